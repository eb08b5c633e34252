// What /transparansi shows: the periods it offers and the figures it computes for one period
// (src/modules/transparency/stats.ts computes them; templates/pages/transparency shows them).
import type { IkmGrade } from '../skm/ikm';

export const PERIODS = [30, 90, 365] as const;
export type PeriodDays = (typeof PERIODS)[number];

export interface Compliance {
  /** complaints whose SLA has come due (or that were answered) */
  due: number;
  met: number;
  /** 0–100, null when nothing was due */
  percent: number | null;
}

export interface UnitIkm {
  unitCode: string;
  unitName: string;
  unitNameEn: string;
  respondents: number;
  /** per element 1..9, null when nobody answered it */
  elementMeans: (number | null)[];
  ikm: number;
  grade: IkmGrade;
}

export interface TransparencyStats {
  periodDays: PeriodDays;
  from: Date;
  to: Date;
  total: number;
  /** counted in total, never broken down */
  confidential: number;
  byCategory: { code: string; nameId: string; nameEn: string; count: number }[];
  byKelurahan: { code: string; name: string; count: number }[];
  /** non-confidential complaints without a kelurahan */
  withoutKelurahan: number;
  firstResponse: Compliance;
  resolution: Compliance;
  medianFirstResponseMs: number | null;
  medianResolutionMs: number | null;
  ikm: UnitIkm[];
}
