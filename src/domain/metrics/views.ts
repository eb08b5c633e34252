// What the metrics module answers (src/modules/metrics/query.ts) and pages show: the figures of
// docs/metrics.md §2–§4 for one scope and period, a list of them by unit or by officer, a monthly
// trend, and training standing. Plain data.
import type { IkmResult } from '../skm/ikm';
import type { Compliance, JpStanding, Median } from './measures';
import type { Recommendation } from './recommend';
import type { Period } from './period';
import type { Scope } from './rollup';

/** The case figures of one scope (the city, a unit, a service, an officer) for one period. */
export interface ServiceMetrics {
  scope: Scope;
  period: Period;
  /** [from, to): the period's instants */
  from: Date;
  to: Date;
  /** the period has not begun: every figure is empty (a state, not an error) */
  future: boolean;
  /** episodes begun by a submission (per unit: the unit first routed to; no officer has any) */
  submitted: number;
  /** resolutions, decisions and declines performed in the period, credited to who performed them */
  handled: number;
  /** outcomes judged against the deadline (a resolution, a permit decision) */
  resolutions: number;
  declined: number;
  withdrawn: number;
  closedUnanswered: number;
  /** reopens in the period of episodes this scope resolved */
  reopens: number;
  /** reopens ÷ resolutions, in percent; null without resolutions */
  reopenRate: number | null;
  /** SLA outcomes decided in the period; open segments past their deadline count as breached */
  firstResponse: Compliance;
  resolution: Compliance;
  /** overdue segments at the period's end (or now while it runs); null for a period in the future */
  overdue: { at: Date; count: number } | null;
  /** medians in working ms, at the roll-ups' precision (whole minutes under an hour, whole hours above) */
  medianFirstResponse: Median;
  medianResolution: Median;
  /** the ratings given in the period: respondents, the nine element means, the IKM and its grade */
  ikm: IkmResult;
}

/** ServiceMetrics of one unit, with its name. */
export interface UnitMetrics {
  unit: { id: number; code: string; name: string; nameEn: string };
  metrics: ServiceMetrics;
}

/** Training figures of one ASN (docs/metrics.md §4). */
export interface TrainingFigures {
  /** JP of the period's year (the year of the learning), against 20 and against 20 prorated to the day asked */
  jp: JpStanding;
  /** distinct courses with a completion credited in the period (a revoked one's completion voided) */
  coursesCompleted: number;
}

/** One ASN's raw numbers for a period: what the incentive scheme and the unit lists read. */
export interface OfficerMetrics {
  staff: { id: number; name: string; nip: string; unitId: number; position: string };
  /** medians are left out of lists (medianFirstResponse/medianResolution have n = 0) */
  metrics: ServiceMetrics;
  training: TrainingFigures;
}

/** Training compliance of a group of ASN (a unit, the city): on track ÷ active ASN. */
export interface TrainingCompliance {
  active: number;
  onTrack: number;
  /** onTrack ÷ active, in percent; null without active ASN */
  percent: number | null;
  coursesCompleted: number;
}

/** One month of a trend: its key ('YYYY-MM') and its figures. */
export interface MonthPoint {
  month: string;
  metrics: ServiceMetrics;
}

/** The ASN a /kinerja page is about. */
export interface PerformanceSubject {
  id: number;
  name: string;
  nip: string;
  position: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitNameEn: string;
  roles: string[];
}

/** What one ASN's /kinerja page shows. */
export interface PersonPerformance {
  subject: PerformanceSubject;
  period: Period;
  choices: Period[];
  metrics: ServiceMetrics;
  trend: MonthPoint[];
  /** of the period's year */
  training: TrainingFigures;
  recommendations: Recommendation[];
  rebuilding: boolean;
}

/** What a unit's /kinerja/unit page shows. */
export interface UnitPerformance {
  unit: { id: number; code: string; name: string; nameEn: string };
  period: Period;
  choices: Period[];
  metrics: ServiceMetrics;
  people: OfficerMetrics[];
  /** every unit, for an official choosing one; empty for a supervisor */
  units: { id: number; name: string; nameEn: string }[];
  rebuilding: boolean;
}
