// What /transparansi shows: the figures it computes for one period (periods.ts: whole Jakarta
// months; src/modules/transparency/stats.ts reads them from the monthly roll-ups, as
// docs/metrics.md §2–3 define them; templates/pages/transparency shows them). A figure resting on
// fewer than `minCell` cases or responses is withheld (small-numbers.ts).
import type { IkmGrade } from '../skm/ikm';
import type { TransparencyPeriod } from './periods';
import type { PublicCell } from './small-numbers';

/** An SLA's compliance: segments whose outcome (met or breached) fell in the period. */
export interface ComplianceFigures {
  met: number;
  /** met + breached */
  decided: number;
  /** 0–100 */
  percent: number;
}

export type Compliance = PublicCell<ComplianceFigures>;

export interface IkmFigures {
  respondents: number;
  /** per element 1..9, null when nobody answered it */
  elementMeans: (number | null)[];
  ikm: number;
  grade: IkmGrade;
}

export interface UnitIkm {
  unitCode: string;
  unitName: string;
  unitNameEn: string;
  figures: PublicCell<IkmFigures>;
}

export interface TransparencyStats {
  period: TransparencyPeriod;
  from: Date;
  /** the first instant after the period (00:00 WIB of the current month), or now for the month to date */
  to: Date;
  /** the admin's minimum for a public cell */
  minCell: number;
  /** cases submitted in the period */
  total: number;
  /** counted in total, never broken down */
  confidential: number;
  byCategory: { code: string; nameId: string; nameEn: string; count: PublicCell<number> }[];
  byKelurahan: { code: string; name: string; count: PublicCell<number> }[];
  /** non-confidential cases without a kelurahan; null when there are none */
  withoutKelurahan: PublicCell<number> | null;
  /** null when nothing was decided in the period */
  firstResponse: Compliance | null;
  resolution: Compliance | null;
  /** working ms, paused time excluded; null when there was nothing to measure */
  medianFirstResponseMs: PublicCell<number> | null;
  medianResolutionMs: PublicCell<number> | null;
  ikm: UnitIkm[];
}
