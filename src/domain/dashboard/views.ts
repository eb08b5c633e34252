// What the officials' dashboard (/dasbor) and its weekly report (/dasbor/mingguan) show: plain
// shapes the dashboard module reads and hands to templates/pages/dashboard. No behaviour.
import type { PermitAtRisk } from '../permits/views';
import type { PublishedRow } from '../incentives/views';
import type { Compliance } from '../metrics/measures';
import type { Period } from '../metrics/period';
import type { MonthPoint, OfficerMetrics, ServiceMetrics, TrainingCompliance, UnitMetrics } from '../metrics/views';
import type { IsoWeek } from './week';

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  nameEn: string;
}

/** One kelurahan or category of the hotspots (docs/metrics.md §2.2). */
export interface Hotspot {
  /** the kelurahan code or the service id */
  key: string;
  name: string;
  nameEn: string;
  /** cases submitted in the period */
  submitted: number;
  /** resolution SLA breaches in the period (open segments past their deadline included) */
  breached: number;
}

/** The published incentive ranking of the period, as far as the dashboard shows it. */
export interface DashboardRanking {
  period: string;
  schemeVersion: number;
  /** the top rows (of the city, or of the unit shown), by rank */
  top: PublishedRow[];
  /** ranked ASN in the whole ranking (or the unit) */
  ranked: number;
}

export interface DashboardData {
  period: Period;
  choices: Period[];
  /** the unit shown; null: the whole city */
  unit: UnitRef | null;
  /** the units an official may choose from; empty for a supervisor (fixed to their unit) */
  units: UnitRef[];
  /** whether the reader sees the whole city (officials, admins): rankings, the weekly report */
  cityReader: boolean;
  metrics: ServiceMetrics;
  /** the city view's table: every unit's figures with its training compliance */
  byUnit: { unit: UnitMetrics['unit']; metrics: ServiceMetrics; training: TrainingCompliance }[];
  /** the unit view's table: every active ASN of the unit */
  people: OfficerMetrics[];
  trend: MonthPoint[];
  training: TrainingCompliance;
  hotspots: { kelurahan: Hotspot[]; categories: Hotspot[] };
  /** null: not published for the period; undefined: not shown to this reader */
  ranking: DashboardRanking | null | undefined;
  /** permit applications at or past their legal deadline now (fiktif positif), nearest first */
  permitsAtRisk: PermitAtRisk[];
  rebuilding: boolean;
}

/** One OPD (unit) of the weekly report. */
export interface WeeklyUnitRow {
  unit: UnitRef;
  received: number;
  resolved: number;
  firstResponse: Compliance;
  resolution: Compliance;
}

export interface WeeklyCount {
  key: string;
  name: string;
  nameEn: string;
  received: number;
  resolved: number;
}

export interface WeeklyReport {
  week: IsoWeek;
  choices: IsoWeek[];
  from: Date;
  to: Date;
  /** the instant the report is read at: the end of the week, or now while it runs */
  cutoff: Date;
  /** the week has not begun */
  future: boolean;
  received: number;
  /** of the cases received in the week, resolved by the cut-off */
  resolved: number;
  /** resolved ÷ received, percent; null without cases */
  resolvedShare: number | null;
  /** resolutions and permit decisions performed in the week, whatever the week of submission */
  resolvedInWeek: number;
  firstResponse: Compliance;
  resolution: Compliance;
  /** by OPD: units with a case received or an SLA outcome in the week, most breaches first */
  byUnit: WeeklyUnitRow[];
  /** by category, most received first */
  categories: WeeklyCount[];
  /** by channel (web form, API; cases recorded before the channel was: "not recorded") */
  channels: WeeklyCount[];
}
