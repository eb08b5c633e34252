// From the service metrics to the scoring inputs of docs/metrics.md §5.2: which figure of §2–§4
// each raw number is, how much of the year the training target is prorated to, and who is in a
// ranking at all. Pure: the incentives module (src/modules/incentives/ranking.ts) reads the
// figures, this decides what they mean for the score.
import { daysInYear } from '../metrics/measures';
import { periodBounds, periodCutoff, type Period } from '../metrics/period';
import type { ServiceMetrics } from '../metrics/views';
import { isoDayNumber, jakartaDate } from '../time/jakarta';
import type { OfficerScore, OfficerInput, UnitInput } from './score';
import type { PublishedRow } from './views';

/**
 * The last Jakarta day a period's ranking counts (its last day once it has ended, today while it
 * runs) and the share of the period's year elapsed by the end of that day — the T component's
 * "share of the year elapsed at period end": July 2026 ends on day 212 of 365. Null for a period
 * that has not begun (nothing to rank).
 */
export function yearShareAt(period: Period, now: Date): { lastDay: string; share: number } | null {
  const cutoff = periodCutoff(period, now);
  if (!cutoff) return null;
  const ended = cutoff.getTime() === periodBounds(period).to.getTime();
  // an ended period's cutoff is 00:00 WIB of the day after it: its last day is the day before
  const lastDay = jakartaDate(ended ? new Date(cutoff.getTime() - 1) : cutoff);
  const dayOfYear = isoDayNumber(lastDay)! - isoDayNumber(`${period.year}-01-01`)! + 1;
  return { lastDay, share: dayOfYear / daysInYear(period.year) };
}

/**
 * Whether a scope did anything the service components measure in the period: handled a case, was
 * rated, had an SLA outcome (an open case past its deadline is one), resolved or had a resolution
 * reopened. Only such ASN are in a ranking; JP alone does not put anyone in it (training is one
 * component of four, and every ASN has some).
 */
export function hasServiceData(m: ServiceMetrics): boolean {
  return m.handled > 0 || m.ikm.respondents > 0 || m.resolution.decided > 0 || m.resolutions > 0 || m.reopens > 0;
}

/** The raw numbers of one scope as §5.2 reads them: ratings and IKM (§3), resolution SLA met/breached, reopens and resolutions (§2). */
function serviceNumbers(m: ServiceMetrics): Pick<UnitInput, 'ratings' | 'sla' | 'reopens' | 'resolutions'> {
  return {
    ratings: { n: m.ikm.respondents, ikm: m.ikm.respondents > 0 ? m.ikm.ikm : null },
    sla: { met: m.resolution.met, breached: m.resolution.breached },
    reopens: m.reopens,
    resolutions: m.resolutions,
  };
}

/** An ASN's inputs: their figures for the period, cases handled credited to who resolved or decided, and their JP up to `lastDay`. */
export function officerInput(
  person: { id: number; nip: string; name: string; unitId: number },
  m: ServiceMetrics,
  jpToDate: number,
  share: number,
): OfficerInput {
  return { staffId: person.id, nip: person.nip, name: person.name, unitId: person.unitId, handled: m.handled, ...serviceNumbers(m), jpYear: jpToDate, yearShareElapsed: share };
}

/** A unit's inputs: what its ASN are shrunk toward. A unit without figures gives no prior (all zero). */
export function unitInput(unitId: number, m: ServiceMetrics | null): UnitInput {
  if (!m) return { unitId, ratings: { n: 0, ikm: null }, sla: { met: 0, breached: 0 }, reopens: 0, resolutions: 0 };
  return { unitId, ...serviceNumbers(m) };
}

/** A scored ASN as the ranking pages show it: the same shape whether previewed live or read from a published snapshot. */
export function rankingRow(r: OfficerScore, unit: { code: string; name: string }): PublishedRow {
  const o = r.input;
  return {
    staffId: o.staffId,
    unitId: o.unitId,
    nip: o.nip,
    name: o.name,
    unitCode: unit.code,
    unitName: unit.name,
    handled: o.handled,
    ratingsN: o.ratings.n,
    ikm: o.ratings.ikm,
    slaMet: o.sla.met,
    slaBreached: o.sla.breached,
    reopens: o.reopens,
    resolutions: o.resolutions,
    jpYear: o.jpYear,
    jpTarget: r.jpTarget,
    components: r.components,
    eligible: r.eligible,
    score: r.score,
    rounded: r.rounded,
    rankCity: r.rankCity,
    rankUnit: r.rankUnit,
    tiedCity: r.tiedCity,
    tiedUnit: r.tiedUnit,
    tier: r.tier?.name ?? null,
    notes: r.notes,
  };
}
