// Small numbers on public pages (docs/metrics.md §3, issue 10.10). A grade from one response, or a
// count of two complaints in a kelurahan, tells little about a service and may tell a lot about a
// person: the one citizen who rated a unit, the neighbour who complained. Public pages therefore
// show a cell — a unit's IKM and grade, a category's or kelurahan's count, a compliance share, a
// median — only when it rests on at least `min_public_cell` responses or cases (admin setting,
// default 5, as statistics offices commonly use); below that the cell says "fewer than n" and
// why. Totals are always shown.
import type { Bilingual } from '../cases/state-machine';

export const MIN_PUBLIC_CELL_KEY = 'min_public_cell';
export const MIN_PUBLIC_CELL_DEFAULT = 5;
export const MIN_PUBLIC_CELL_MIN = 1;
export const MIN_PUBLIC_CELL_MAX = 100;

/** What an admin typed: a whole number from 1 to 100. */
export function checkMinPublicCell(input: string): { ok: true; value: number } | { ok: false; error: Bilingual } {
  const v = input.trim();
  const n = /^\d{1,3}$/.test(v) ? Number(v) : Number.NaN;
  if (Number.isInteger(n) && n >= MIN_PUBLIC_CELL_MIN && n <= MIN_PUBLIC_CELL_MAX) return { ok: true, value: n };
  return {
    ok: false,
    error: {
      id: `Tulis bilangan bulat dari ${MIN_PUBLIC_CELL_MIN} sampai ${MIN_PUBLIC_CELL_MAX}, misalnya ${MIN_PUBLIC_CELL_DEFAULT}.`,
      en: `Enter a whole number from ${MIN_PUBLIC_CELL_MIN} to ${MIN_PUBLIC_CELL_MAX}, e.g. ${MIN_PUBLIC_CELL_DEFAULT}.`,
    },
  };
}

/** A stored value; anything missing or out of range is the default. */
export function minPublicCellOf(stored: string | null | undefined): number {
  const r = checkMinPublicCell(stored ?? '');
  return r.ok ? r.value : MIN_PUBLIC_CELL_DEFAULT;
}

/** A public figure: shown, or withheld because it rests on fewer than `fewerThan` responses or cases. */
export type PublicCell<T> = { shown: true; value: T } | { shown: false; fewerThan: number };

/** The figure when `n` reaches `min`, else withheld; `value` is computed only when shown. */
export function publicCell<T>(n: number, min: number, value: () => T): PublicCell<T> {
  return n >= min ? { shown: true, value: value() } : { shown: false, fewerThan: min };
}

/** What a withheld cell says in place of its number. */
export function fewerThanText(min: number): Bilingual {
  return { id: `kurang dari ${min}`, en: `fewer than ${min}` };
}

/** Why cells are withheld, said once under the figures. */
export function smallNumbersNote(min: number): Bilingual {
  return {
    id: `Angka yang bertumpu pada kurang dari ${min} pengaduan atau penilaian ditampilkan sebagai “kurang dari ${min}”: angka sekecil itu tidak dapat diandalkan dan dapat menunjuk orang tertentu. Jumlah total tetap ditampilkan.`,
    en: `Figures resting on fewer than ${min} complaints or ratings are shown as “fewer than ${min}”: numbers that small are not reliable and could point to a particular person. Totals are always shown.`,
  };
}
