// The monthly roll-ups (docs/metrics.md §6.2): what one case adds to the counters and histograms
// pages read, computed from the case's `case_segments` rows (and its rating). Pure and additive:
// the roll-up tables hold the sum of every case's contribution, so a change to a case is applied
// as the difference between its contribution before and after (diffContributions), and a rebuild
// is the sum over every case.
//
// Every contribution is credited to four scopes at once — the city, the unit, the service and the
// officer (when there is one) — in the Jakarta month of the instant it happened. Pages ask for one
// scope and a few months, so each reads a handful of rows whatever the size of the city's history.
import { monthKeyOf } from './period';

export const SCOPE_KINDS = ['city', 'unit', 'service', 'officer'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** What a metric is asked for: the whole city (id 0), one unit, one service, one officer. */
export interface Scope {
  kind: ScopeKind;
  /** units.id, services.id or staff.id; 0 for the city */
  id: number;
}

export const CITY: Scope = { kind: 'city', id: 0 };

/**
 * The counters of a month and scope (docs/metrics.md §2–§3):
 *  submitted         episodes begun by a submission, at their start (per unit: the first unit)
 *  handled           outcomes performed by staff that answer the case: resolutions, decisions, declines
 *  resolutions       outcomes judged against the deadline (a resolution, a permit decision)
 *  declined          declines (no resolution SLA)
 *  withdrawn         episodes the citizen withdrew
 *  closed_unanswered episodes closed after the citizen's answer deadline passed
 *  reopens           reopens of resolved episodes, credited to who resolved them, in the month of the reopen
 *  fr_met … res_breached  SLA outcomes of segments (§1.4), in the month of their outcome instant
 *  overdue_in, overdue_out  a segment became overdue / stopped being overdue: the backlog at the
 *                    end of month M is the sum of (in − out) over every month up to M
 *  ratings, u1 … u9  SKM ratings given, and the sum of each element's answers (every rating answers all nine)
 *  submitted_confidential, ratings_confidential  of `submitted` and `ratings`, those of *rahasia*
 *                    cases: public pages count them in totals and never break them down (§3)
 */
export const COUNTERS = [
  'submitted',
  'handled',
  'resolutions',
  'declined',
  'withdrawn',
  'closed_unanswered',
  'reopens',
  'fr_met',
  'fr_breached',
  'res_met',
  'res_breached',
  'overdue_in',
  'overdue_out',
  'ratings',
  'u1',
  'u2',
  'u3',
  'u4',
  'u5',
  'u6',
  'u7',
  'u8',
  'u9',
  'submitted_confidential',
  'ratings_confidential',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counters = Record<Counter, number>;

export function emptyCounters(): Counters {
  return Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Counters;
}

/**
 * The durations whose medians pages show: `fr` the first-response time of a segment; `res` the
 * resolution time of an episode (the city, its service, the officer who resolved it) and, for a
 * unit, the time each of its segments held the episode (a forwarded case counts per unit for its part).
 */
export const MEASURES = ['fr', 'res'] as const;
export type Measure = (typeof MEASURES)[number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The histogram bucket of a working duration, as whole working minutes at its lower bound:
 * durations under an hour by the minute, longer ones by the hour — the precision the pages show
 * them in (formatWorking: "2 hari 3 jam", minutes only under an hour). A month holds at most 60
 * buckets under an hour and one per working hour above, whatever the number of cases.
 */
export function bucketMinutes(ms: number): number {
  const v = Math.max(0, ms);
  return v < HOUR ? Math.floor(v / MINUTE) : Math.floor(v / HOUR) * 60;
}

/** What the roll-ups read of a `case_segments` row (src/domain/metrics/segments.ts); instants in epoch ms. */
export interface RollupRow {
  kind: string;
  /** the case's privacy now (only ever tightens): `rahasia` is never broken down (§3) */
  privacy: string;
  kelurahanCode: string | null;
  episode: number;
  unitId: number;
  serviceId: number;
  startAt: number;
  endAt: number | null;
  submitted: boolean;
  firstResponseAt: number | null;
  firstResponseBy: number | null;
  firstResponseMs: number | null;
  frOutcome: string | null;
  frOutcomeAt: number | null;
  frOutcomeBy: number | null;
  resOutcome: string | null;
  resOutcomeAt: number | null;
  resOutcomeBy: number | null;
  outcome: string | null;
  outcomeAt: number | null;
  outcomeBy: number | null;
  outcomeSla: boolean | null;
  resolutionMs: number | null;
  heldMs: number | null;
  reopenedAt: number | null;
  ratedAt: number | null;
}

/** The case's rating (`ratings`), counted with the row that records it was given (`ratedAt`). */
export interface RatingFacts {
  createdAt: number;
  unitId: number;
  serviceId: number;
  /** the officer who resolved the rated episode; null when its answer was not a resolution */
  officerId: number | null;
  /** the nine answers, 1–4 */
  answers: readonly number[];
}

/**
 * The counters of a hotspot cell (docs/metrics.md §2.2): cases submitted (at the episode's
 * start, credited to the first unit) and resolution breaches (at the breach, to the segment's unit).
 */
export const SPOT_COUNTERS = ['submitted', 'res_breached'] as const;
export type SpotCounter = (typeof SPOT_COUNTERS)[number];
export type SpotCounts = Partial<Record<SpotCounter, number>>;

/** One case's (or many cases') contribution: counters per month and scope, histogram counts, hotspots. */
export interface Contribution {
  /** key: monthCellKey(…) */
  months: Map<string, Partial<Counters>>;
  /** key: histCellKey(…) */
  hist: Map<string, number>;
  /** key: placeCellKey(…): cases not rahasia, per unit (and the city, 0) and kelurahan at submission */
  places: Map<string, SpotCounts>;
  /** key: categoryCellKey(…): every case, per unit (and the city, 0) and category */
  categories: Map<string, SpotCounts>;
}

export interface MonthCell {
  month: string;
  kind: string;
  scope: ScopeKind;
  scopeId: number;
}

export interface HistCell extends MonthCell {
  measure: Measure;
  minutes: number;
}

const SEP = '\u0001';
export const monthCellKey = (c: MonthCell) => [c.month, c.kind, c.scope, c.scopeId].join(SEP);
export const histCellKey = (c: HistCell) => [c.month, c.kind, c.scope, c.scopeId, c.measure, c.minutes].join(SEP);

/** A kelurahan's cases of a month, kind and unit (0: the city; `kelurahan` '' for a case without one). */
export interface PlaceCell {
  month: string;
  kind: string;
  unitId: number;
  kelurahan: string;
}

export const placeCellKey = (c: PlaceCell) => [c.month, c.kind, c.unitId, c.kelurahan].join(SEP);

export function parsePlaceCellKey(key: string): PlaceCell {
  const [month, kind, unitId, kelurahan] = key.split(SEP);
  return { month: month!, kind: kind!, unitId: Number(unitId), kelurahan: kelurahan! };
}

/** A category's cases of a month, kind and unit (0: the city). */
export interface CategoryCell {
  month: string;
  kind: string;
  unitId: number;
  serviceId: number;
}

export const categoryCellKey = (c: CategoryCell) => [c.month, c.kind, c.unitId, c.serviceId].join(SEP);

export function parseCategoryCellKey(key: string): CategoryCell {
  const [month, kind, unitId, serviceId] = key.split(SEP);
  return { month: month!, kind: kind!, unitId: Number(unitId), serviceId: Number(serviceId) };
}

export function parseMonthCellKey(key: string): MonthCell {
  const [month, kind, scope, scopeId] = key.split(SEP);
  return { month: month!, kind: kind!, scope: scope as ScopeKind, scopeId: Number(scopeId) };
}

export function parseHistCellKey(key: string): HistCell {
  const [month, kind, scope, scopeId, measure, minutes] = key.split(SEP);
  return { month: month!, kind: kind!, scope: scope as ScopeKind, scopeId: Number(scopeId), measure: measure as Measure, minutes: Number(minutes) };
}

export function emptyContribution(): Contribution {
  return { months: new Map(), hist: new Map(), places: new Map(), categories: new Map() };
}

/** Where one fact is credited: the city, the unit, the service, and the officer if any. */
interface Credit {
  kind: string;
  unitId: number;
  serviceId: number;
  officerId: number | null;
}

function scopesOf(c: Credit): Scope[] {
  const out: Scope[] = [CITY, { kind: 'unit', id: c.unitId }, { kind: 'service', id: c.serviceId }];
  if (c.officerId !== null) out.push({ kind: 'officer', id: c.officerId });
  return out;
}

function add(to: Contribution, at: number, credit: Credit, counter: Counter, n = 1, scopes = scopesOf(credit)) {
  const month = monthKeyOf(at);
  for (const s of scopes) {
    const key = monthCellKey({ month, kind: credit.kind, scope: s.kind, scopeId: s.id });
    const cell = to.months.get(key) ?? {};
    cell[counter] = (cell[counter] ?? 0) + n;
    to.months.set(key, cell);
  }
}

function addHist(to: Contribution, at: number, kind: string, scopes: readonly Scope[], measure: Measure, ms: number) {
  const month = monthKeyOf(at);
  const minutes = bucketMinutes(ms);
  for (const s of scopes) {
    const key = histCellKey({ month, kind, scope: s.kind, scopeId: s.id, measure, minutes });
    to.hist.set(key, (to.hist.get(key) ?? 0) + 1);
  }
}

function addSpot(to: Map<string, SpotCounts>, key: string, counter: SpotCounter) {
  const cell = to.get(key) ?? {};
  cell[counter] = (cell[counter] ?? 0) + 1;
  to.set(key, cell);
}

/**
 * A hotspot fact (§2.2) of segment `r` at `at`, for its unit and the city: by category always, by
 * kelurahan unless the case is rahasia (the place of a confidential report could point to the reporter, §3).
 */
function addSpots(to: Contribution, r: RollupRow, at: number, counter: SpotCounter) {
  const month = monthKeyOf(at);
  for (const unitId of [CITY.id, r.unitId]) {
    addSpot(to.categories, categoryCellKey({ month, kind: r.kind, unitId, serviceId: r.serviceId }), counter);
    if (r.privacy !== 'rahasia') addSpot(to.places, placeCellKey({ month, kind: r.kind, unitId, kelurahan: r.kelurahanCode ?? '' }), counter);
  }
}

/**
 * The stretches a segment was overdue (docs/metrics.md §2): from its first-response breach until
 * its first response, and from its resolution breach until it ended; overlapping stretches count
 * once. Each is [from, to) with `to` null while it lasts, credited to whoever its breach was.
 */
export function overdueStretches(r: RollupRow): { from: number; to: number | null; by: number | null }[] {
  const pieces: { from: number; to: number | null; by: number | null }[] = [];
  if (r.frOutcome === 'breached' && r.frOutcomeAt !== null) {
    const ends = [r.firstResponseAt, r.endAt].filter((x): x is number => x !== null);
    pieces.push({ from: r.frOutcomeAt, to: ends.length ? Math.min(...ends) : null, by: r.frOutcomeBy });
  }
  if (r.resOutcome === 'breached' && r.resOutcomeAt !== null) pieces.push({ from: r.resOutcomeAt, to: r.endAt, by: r.resOutcomeBy });
  pieces.sort((a, b) => a.from - b.from);
  const out: typeof pieces = [];
  for (const p of pieces) {
    if (p.to !== null && p.to <= p.from) continue;
    const last = out[out.length - 1];
    if (last && (last.to === null || p.from <= last.to)) {
      if (last.to !== null && (p.to === null || p.to > last.to)) last.to = p.to;
    } else out.push({ ...p });
  }
  return out;
}

/** Whether an episode's outcome answers the case (handled, §2): a resolution, a decision, a decline. */
export function isHandled(outcome: string, sla: boolean | null): boolean {
  return sla === true || outcome === 'declined';
}

/**
 * What one case adds to the roll-ups: its rows (every segment) and, when a row records that the
 * citizen rated the episode, its rating. Instants decide the month; §1.3 decides who is credited.
 */
export function caseContribution(rows: readonly RollupRow[], rating: RatingFacts | null): Contribution {
  const out = emptyContribution();
  for (const r of rows) {
    const seg: Credit = { kind: r.kind, unitId: r.unitId, serviceId: r.serviceId, officerId: null };
    const confidential = r.privacy === 'rahasia';
    if (r.submitted) {
      add(out, r.startAt, seg, 'submitted');
      if (confidential) add(out, r.startAt, seg, 'submitted_confidential');
      addSpots(out, r, r.startAt, 'submitted');
    }
    if (r.frOutcome && r.frOutcomeAt !== null) add(out, r.frOutcomeAt, { ...seg, officerId: r.frOutcomeBy }, r.frOutcome === 'met' ? 'fr_met' : 'fr_breached');
    if (r.resOutcome && r.resOutcomeAt !== null) add(out, r.resOutcomeAt, { ...seg, officerId: r.resOutcomeBy }, r.resOutcome === 'met' ? 'res_met' : 'res_breached');
    if (r.resOutcome === 'breached' && r.resOutcomeAt !== null) addSpots(out, r, r.resOutcomeAt, 'res_breached');
    for (const s of overdueStretches(r)) {
      const credit = { ...seg, officerId: s.by };
      // a stretch that began and ended within one month leaves that month's backlog as it was
      if (s.to !== null && monthKeyOf(s.to) === monthKeyOf(s.from)) continue;
      add(out, s.from, credit, 'overdue_in');
      if (s.to !== null) add(out, s.to, credit, 'overdue_out');
    }
    if (r.firstResponseAt !== null && r.firstResponseMs !== null)
      addHist(out, r.firstResponseAt, r.kind, scopesOf({ ...seg, officerId: r.firstResponseBy }), 'fr', r.firstResponseMs);
    if (r.outcome !== null && r.outcomeAt !== null) episodeOutcome(out, r, rows);
    if (r.ratedAt !== null && rating) {
      const credit: Credit = { kind: r.kind, unitId: rating.unitId, serviceId: rating.serviceId, officerId: rating.officerId };
      add(out, rating.createdAt, credit, 'ratings');
      if (confidential) add(out, rating.createdAt, credit, 'ratings_confidential');
      rating.answers.forEach((v, i) => add(out, rating.createdAt, credit, `u${i + 1}` as Counter, v));
    }
  }
  return out;
}

/** The facts of an episode's outcome, on its last segment `r`; `rows` are the case's rows. */
function episodeOutcome(out: Contribution, r: RollupRow, rows: readonly RollupRow[]) {
  const at = r.outcomeAt!;
  const outcome = r.outcome!;
  const seg: Credit = { kind: r.kind, unitId: r.unitId, serviceId: r.serviceId, officerId: null };
  const byOfficer: Credit = { ...seg, officerId: r.outcomeBy };
  if (isHandled(outcome, r.outcomeSla)) add(out, at, byOfficer, 'handled');
  if (outcome === 'declined') add(out, at, byOfficer, 'declined');
  if (outcome === 'withdrawn') add(out, at, seg, 'withdrawn');
  if (outcome === 'closed_unanswered') add(out, at, seg, 'closed_unanswered');
  if (r.outcomeSla !== true) return;
  add(out, at, byOfficer, 'resolutions');
  if (r.reopenedAt !== null) add(out, r.reopenedAt, byOfficer, 'reopens');
  // the resolution time: the whole episode for the city, its service and its officer; for each
  // unit, the time its own segments held the episode
  const whole = scopesOf(byOfficer).filter((s) => s.kind !== 'unit');
  if (r.resolutionMs !== null) addHist(out, at, r.kind, whole, 'res', r.resolutionMs);
  for (const s of rows) if (s.episode === r.episode && s.heldMs !== null) addHist(out, at, r.kind, [{ kind: 'unit', id: s.unitId }], 'res', s.heldMs);
}

/** after − before, leaving out what did not change: what a rewrite applies to the roll-ups. */
export function diffContributions(before: Contribution, after: Contribution): Contribution {
  const out = emptyContribution();
  for (const key of new Set([...before.months.keys(), ...after.months.keys()])) {
    const a = before.months.get(key) ?? {};
    const b = after.months.get(key) ?? {};
    const d: Partial<Counters> = {};
    for (const c of COUNTERS) {
      const v = (b[c] ?? 0) - (a[c] ?? 0);
      if (v !== 0) d[c] = v;
    }
    if (Object.keys(d).length) out.months.set(key, d);
  }
  for (const key of new Set([...before.hist.keys(), ...after.hist.keys()])) {
    const v = (after.hist.get(key) ?? 0) - (before.hist.get(key) ?? 0);
    if (v !== 0) out.hist.set(key, v);
  }
  for (const field of ['places', 'categories'] as const)
    for (const key of new Set([...before[field].keys(), ...after[field].keys()])) {
      const a = before[field].get(key) ?? {};
      const b = after[field].get(key) ?? {};
      const d: SpotCounts = {};
      for (const c of SPOT_COUNTERS) {
        const v = (b[c] ?? 0) - (a[c] ?? 0);
        if (v !== 0) d[c] = v;
      }
      if (Object.keys(d).length) out[field].set(key, d);
    }
  return out;
}

/** The sum of contributions (a rebuild's expectation: every case added up). */
export function sumContributions(parts: Iterable<Contribution>): Contribution {
  const out = emptyContribution();
  for (const p of parts) {
    for (const [key, cell] of p.months) {
      const to = out.months.get(key) ?? {};
      for (const c of COUNTERS) if (cell[c]) to[c] = (to[c] ?? 0) + cell[c]!;
      out.months.set(key, to);
    }
    for (const [key, n] of p.hist) out.hist.set(key, (out.hist.get(key) ?? 0) + n);
    for (const field of ['places', 'categories'] as const)
      for (const [key, cell] of p[field]) {
        const to = out[field].get(key) ?? {};
        for (const c of SPOT_COUNTERS) if (cell[c]) to[c] = (to[c] ?? 0) + cell[c]!;
        out[field].set(key, to);
      }
  }
  return out;
}

export function isEmptyContribution(c: Contribution): boolean {
  return c.months.size === 0 && c.hist.size === 0 && c.places.size === 0 && c.categories.size === 0;
}
