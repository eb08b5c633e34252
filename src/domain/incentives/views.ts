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

/** One ASN of a published ranking, as it was published. */
export interface PublishedRow {
  staffId: number;
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
