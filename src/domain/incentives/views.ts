// What the incentive pages show: plain shapes the incentives module reads from the database and
// hands to templates/pages/incentives. No behaviour.
import type { Msg } from '../../platform/i18n/lang';
import type { ComponentKey, Scheme } from './scheme';
import type { ComponentScore } from './score';

export interface SchemeSummary {
  id: number;
  period: string;
  version: number;
  scheme: Scheme;
  /** when the period's ranking was published; null while it is not */
  publishedAt: Date | null;
}

/** One ASN of a ranking: as it was published, or as a preview computes it now. */
export interface PublishedRow {
  staffId: number;
  unitId: number;
  nip: string;
  name: string;
  unitCode: string;
  unitName: string;
  handled: number;
  ratingsN: number;
  ikm: number | null;
  slaMet: number;
  slaBreached: number;
  reopens: number;
  resolutions: number;
  jpYear: number;
  jpTarget: number;
  components: Record<ComponentKey, ComponentScore>;
  eligible: boolean;
  score: number | null;
  rounded: number | null;
  rankCity: number | null;
  rankUnit: number | null;
  tiedCity: number;
  tiedUnit: number;
  tier: Msg | null;
  notes: Msg[];
}

export interface PublishedRanking {
  period: string;
  schemeVersion: number;
  scheme: Scheme;
  scored: number;
  unscored: number;
  publishedAt: Date;
  publishedByName: string;
  rows: PublishedRow[];
}

/** A period's live ranking as an admin previews it before publishing (computed now from the metrics). */
export interface RankingPreview {
  period: string;
  /** future: not begun; empty: nobody has service data in it; ranked: there are rows */
  state: 'future' | 'empty' | 'ranked';
  /** over: may be published */
  ended: boolean;
  /** the last Jakarta day counted, and the share of the year elapsed by it (the JP target's proration) */
  lastDay: string | null;
  yearShare: number | null;
  scored: number;
  unscored: number;
  /** the rows shown: of the unit chosen, or the first PREVIEW_ROWS of the city */
  rows: PublishedRow[];
  /** how many rows the choice holds (more than `rows` when the city-wide list is cut) */
  total: number;
  unitId: number | null;
  units: { id: number; name: string; nameEn: string }[];
}

/** How many ASN a city-wide preview lists: a unit's list shows all of them, the publication holds everyone. */
export const PREVIEW_ROWS = 200;

/** An ASN's own incentive score on /kinerja: never anyone else's row. */
export interface MyIncentive {
  /** the period shown if it is published with them in it, else the latest publication they are in */
  published: { period: string; schemeVersion: number; scheme: Scheme; publishedAt: Date; scored: number; row: PublishedRow } | null;
  /** the period shown, when it has a scheme and is not published: computed now, within their unit */
  provisional: {
    period: string;
    schemeVersion: number;
    scheme: Scheme;
    state: 'future' | 'empty' | 'ranked';
    ended: boolean;
    lastDay: string | null;
    /** null: they have no service data in the period */
    row: PublishedRow | null;
  } | null;
}
