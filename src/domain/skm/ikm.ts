// Survei Kepuasan Masyarakat (SKM) and its index (IKM), per PermenPANRB 14/2017.
//
// Nine elements (unsur), each answered on a 1–4 scale. For a set of responses:
//   element mean (NRR per unsur) = sum of the answers to that element / number of answers to it
//   IKM = (mean of the element means over the elements that have at least one answer) × 25
// giving 25–100 (equal weights: with all nine answered this is the regulation's Σ NRR × 1/9 × 25).
// Unanswered elements (null) are left out of that element's mean, and an element nobody answered is
// left out of the IKM. Results keep full precision; round only for display with formatIkm.
// The arithmetic is done once, from per-element totals (ikmFromTotals): computeIkm totals a list
// of answer sheets, and SQL totals them with SUM/COUNT for /transparansi.
//
// Grades (mutu pelayanan), decided on the IKM rounded half-up to 2 decimals:
//   A Sangat Baik 88.31–100 · B Baik 76.61–88.30 · C Kurang Baik 65.00–76.60 · D Tidak Baik 25.00–64.99

export interface Bilingual {
  id: string;
  en: string;
}

export type SkmScore = 1 | 2 | 3 | 4;

export type SkmElementKey =
  | 'requirements'
  | 'procedure'
  | 'completion_time'
  | 'cost'
  | 'product_specification'
  | 'staff_competence'
  | 'staff_conduct'
  | 'complaint_handling'
  | 'facilities';

export interface SkmElement extends Bilingual {
  /** 1..9, the element's number in the regulation */
  n: number;
  key: SkmElementKey;
  /** answer labels for scores 1, 2, 3, 4 (index 0 = score 1), after the regulation's example questionnaire */
  answers: readonly [Bilingual, Bilingual, Bilingual, Bilingual];
}

/** Generic labels for the 1–4 scale, for places that show a score without its element's wording. */
export const SKM_SCALE_LABELS: readonly [Bilingual, Bilingual, Bilingual, Bilingual] = [
  { id: 'Tidak baik', en: 'Not good' },
  { id: 'Kurang baik', en: 'Not quite good' },
  { id: 'Baik', en: 'Good' },
  { id: 'Sangat baik', en: 'Very good' },
];

// Score 2 is below the middle of the scale: "Kurang …" is "not quite …" in English, never
// "somewhat …", which reads as positive and would skew ratings given in English (issue 13.14).
const scale = (
  a: [string, string],
  b: [string, string],
  c: [string, string],
  d: [string, string],
): readonly [Bilingual, Bilingual, Bilingual, Bilingual] => [
  { id: a[0], en: a[1] },
  { id: b[0], en: b[1] },
  { id: c[0], en: c[1] },
  { id: d[0], en: d[1] },
];

/** The nine elements in the legal order. */
export const SKM_ELEMENTS: readonly SkmElement[] = [
  {
    n: 1,
    key: 'requirements',
    id: 'Persyaratan',
    en: 'Requirements',
    answers: scale(['Tidak sesuai', 'Not appropriate'], ['Kurang sesuai', 'Not quite appropriate'], ['Sesuai', 'Appropriate'], ['Sangat sesuai', 'Very appropriate']),
  },
  {
    n: 2,
    key: 'procedure',
    id: 'Sistem, Mekanisme, dan Prosedur',
    en: 'System, mechanism and procedure',
    answers: scale(['Tidak mudah', 'Not easy'], ['Kurang mudah', 'Not quite easy'], ['Mudah', 'Easy'], ['Sangat mudah', 'Very easy']),
  },
  {
    n: 3,
    key: 'completion_time',
    id: 'Waktu Penyelesaian',
    en: 'Completion time',
    answers: scale(['Tidak cepat', 'Not fast'], ['Kurang cepat', 'Not quite fast'], ['Cepat', 'Fast'], ['Sangat cepat', 'Very fast']),
  },
  {
    n: 4,
    key: 'cost',
    id: 'Biaya/Tarif',
    en: 'Cost/fee',
    answers: scale(['Sangat mahal', 'Very expensive'], ['Cukup mahal', 'Rather expensive'], ['Murah', 'Inexpensive'], ['Gratis', 'Free']),
  },
  {
    n: 5,
    key: 'product_specification',
    id: 'Produk Spesifikasi Jenis Pelayanan',
    en: 'Service product specification',
    answers: scale(['Tidak sesuai', 'Not as specified'], ['Kurang sesuai', 'Not quite as specified'], ['Sesuai', 'As specified'], ['Sangat sesuai', 'Fully as specified']),
  },
  {
    n: 6,
    key: 'staff_competence',
    id: 'Kompetensi Pelaksana',
    en: 'Staff competence',
    answers: scale(['Tidak kompeten', 'Not competent'], ['Kurang kompeten', 'Not quite competent'], ['Kompeten', 'Competent'], ['Sangat kompeten', 'Very competent']),
  },
  {
    n: 7,
    key: 'staff_conduct',
    id: 'Perilaku Pelaksana',
    en: 'Staff conduct',
    answers: scale(
      ['Tidak sopan dan ramah', 'Not polite and friendly'],
      ['Kurang sopan dan ramah', 'Not quite polite and friendly'],
      ['Sopan dan ramah', 'Polite and friendly'],
      ['Sangat sopan dan ramah', 'Very polite and friendly'],
    ),
  },
  {
    n: 8,
    key: 'complaint_handling',
    id: 'Penanganan Pengaduan, Saran dan Masukan',
    en: 'Handling of complaints, suggestions and input',
    answers: scale(
      ['Tidak ada', 'Not available'],
      ['Ada tetapi tidak berfungsi', 'Available but not working'],
      ['Berfungsi kurang maksimal', 'Working, not fully'],
      ['Dikelola dengan baik', 'Well managed'],
    ),
  },
  {
    n: 9,
    key: 'facilities',
    id: 'Sarana dan Prasarana',
    en: 'Facilities and infrastructure',
    answers: scale(['Buruk', 'Poor'], ['Cukup', 'Adequate'], ['Baik', 'Good'], ['Sangat baik', 'Very good']),
  },
];

export const SKM_ELEMENT_COUNT = 9;

/** One respondent's answers, element 1..9 in order; each 1..4 or null (not answered). */
export type SkmResponse = readonly (number | null)[];

// ---- validation --------------------------------------------------------------------------------

export type ValidateResult =
  | { ok: true; value: number[] }
  | { ok: false; error: Bilingual & { /** 1..9 when one element is at fault */ element?: number } };

function isScore(v: unknown): v is SkmScore {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4;
}

/**
 * Validates a complete answer sheet from an API body: an array of exactly nine integers 1–4
 * (numbers, not strings; no nulls). Returns a fresh copy on success.
 */
export function validateResponse(x: unknown): ValidateResult {
  if (!Array.isArray(x)) {
    return {
      ok: false,
      error: {
        id: 'Jawaban survei harus berupa daftar sembilan nilai 1–4.',
        en: 'Survey answers must be a list of nine values from 1 to 4.',
      },
    };
  }
  if (x.length !== SKM_ELEMENT_COUNT) {
    return {
      ok: false,
      error: {
        id: `Jawaban survei harus berisi tepat 9 nilai, diterima ${x.length}.`,
        en: `Survey answers must contain exactly 9 values, got ${x.length}.`,
      },
    };
  }
  for (let i = 0; i < SKM_ELEMENT_COUNT; i++) {
    const v: unknown = x[i];
    if (!isScore(v)) {
      const el = SKM_ELEMENTS[i]!;
      return {
        ok: false,
        error: {
          id: `Unsur ${el.n} (${el.id}) harus diisi dengan bilangan bulat 1–4.`,
          en: `Element ${el.n} (${el.en}) must be a whole number from 1 to 4.`,
          element: el.n,
        },
      };
    }
  }
  return { ok: true, value: (x as number[]).slice() };
}

// ---- computation -------------------------------------------------------------------------------

export type IkmLetter = 'A' | 'B' | 'C' | 'D';

export interface IkmGrade {
  letter: IkmLetter;
  id: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';
  en: 'Very good' | 'Good' | 'Poor' | 'Very poor';
}

export const IKM_GRADES: Readonly<Record<IkmLetter, IkmGrade>> = {
  A: { letter: 'A', id: 'Sangat Baik', en: 'Very good' },
  B: { letter: 'B', id: 'Baik', en: 'Good' },
  C: { letter: 'C', id: 'Kurang Baik', en: 'Poor' },
  D: { letter: 'D', id: 'Tidak Baik', en: 'Very poor' },
};

export interface IkmResult {
  /** responses with at least one answered element */
  respondents: number;
  /** per element 1..9 (index 0 = element 1): mean answer 1–4, null when nobody answered it */
  elementMeans: (number | null)[];
  /** 25–100, full precision; null when no element was answered */
  ikm: number | null;
  grade: IkmGrade | null;
}

/** Per-element totals of a set of responses, as SQL's COUNT(*), SUM(u_i) and COUNT(u_i) give them. */
export interface SkmTotals {
  /** responses with at least one answered element */
  respondents: number;
  /** per element 1..9 (index 0 = element 1): the sum of its answers */
  sums: readonly number[];
  /** per element 1..9: how many answered it */
  counts: readonly number[];
}

/**
 * The IKM and its grade from per-element totals: element mean = sum / count, IKM = mean of the
 * answered elements' means × 25. Totals that no set of 1–4 answers could give (a count that is
 * not a whole number, a sum outside count…4 × count) throw a RangeError.
 */
export function ikmFromTotals(totals: SkmTotals): IkmResult {
  const { respondents, sums, counts } = totals;
  if (sums.length !== SKM_ELEMENT_COUNT || counts.length !== SKM_ELEMENT_COUNT)
    throw new RangeError(`SKM totals must have ${SKM_ELEMENT_COUNT} sums and ${SKM_ELEMENT_COUNT} counts`);
  if (!Number.isSafeInteger(respondents) || respondents < 0) throw new RangeError(`respondents must be a whole number, got ${String(respondents)}`);
  const elementMeans = sums.map((sum, i) => {
    const count = counts[i]!;
    if (!Number.isSafeInteger(count) || count < 0 || count > respondents)
      throw new RangeError(`element ${i + 1}: count must be a whole number from 0 to ${respondents}, got ${String(count)}`);
    if (!Number.isFinite(sum) || sum < count || sum > 4 * count)
      throw new RangeError(`element ${i + 1}: a sum of ${count} answers 1–4 lies in ${count}…${4 * count}, got ${String(sum)}`);
    return count > 0 ? sum / count : null;
  });
  const answeredMeans = elementMeans.filter((m): m is number => m !== null);
  if (answeredMeans.length === 0) return { respondents, elementMeans, ikm: null, grade: null };
  const ikm = (answeredMeans.reduce((a, b) => a + b, 0) / answeredMeans.length) * 25;
  return { respondents, elementMeans, ikm, grade: gradeFor(ikm) };
}

/**
 * Computes the IKM of a set of responses. Each response must have exactly nine entries, each an
 * integer 1–4 or null; anything else throws a RangeError (stored data is validated on the way in,
 * so a bad row is a bug to surface, not a value to guess).
 */
export function computeIkm(responses: readonly SkmResponse[]): IkmResult {
  const sums = new Array<number>(SKM_ELEMENT_COUNT).fill(0);
  const counts = new Array<number>(SKM_ELEMENT_COUNT).fill(0);
  let respondents = 0;
  responses.forEach((r, ri) => {
    if (!Array.isArray(r) || r.length !== SKM_ELEMENT_COUNT) {
      throw new RangeError(`SKM response ${ri} must have exactly ${SKM_ELEMENT_COUNT} entries`);
    }
    let answered = false;
    for (let i = 0; i < SKM_ELEMENT_COUNT; i++) {
      const v: unknown = r[i];
      if (v === null) continue;
      if (!isScore(v)) throw new RangeError(`SKM response ${ri}, element ${i + 1}: expected 1–4 or null, got ${String(v)}`);
      sums[i]! += v;
      counts[i]! += 1;
      answered = true;
    }
    if (answered) respondents++;
  });
  return ikmFromTotals({ respondents, sums, counts });
}

/**
 * Hundredths of `x`, rounded half-up. Tolerates binary floating-point error: 88.305 is stored as
 * 88.30499999999999…, which a plain Math.round(x * 100) would round down.
 */
function toCents(x: number): number {
  const scaled = x * 100;
  const floor = Math.floor(scaled);
  return scaled - floor >= 0.5 - 1e-9 ? floor + 1 : floor;
}

/** The IKM rounded half-up to 2 decimals (the precision grades and reports use). */
export function roundIkm(ikm: number): number {
  if (!Number.isFinite(ikm)) throw new RangeError(`IKM must be a finite number, got ${String(ikm)}`);
  return toCents(ikm) / 100;
}

/**
 * Grade of an IKM, decided on the value rounded to 2 decimals (88.305 → 88.31 → A; 88.30 → B).
 * Throws RangeError outside 25–100 (after rounding) or for a non-finite number.
 */
export function gradeFor(ikm: number): IkmGrade {
  if (!Number.isFinite(ikm)) throw new RangeError(`IKM must be a finite number, got ${String(ikm)}`);
  const cents = toCents(ikm);
  if (cents < 2500 || cents > 10000) throw new RangeError(`IKM must be between 25 and 100, got ${ikm}`);
  if (cents >= 8831) return IKM_GRADES.A;
  if (cents >= 7661) return IKM_GRADES.B;
  if (cents >= 6500) return IKM_GRADES.C;
  return IKM_GRADES.D;
}

/**
 * IKM for display: 2 decimals, half-up; Indonesian uses a decimal comma ("81,48"), English a point
 * ("81.48"). null → "–".
 */
export function formatIkm(ikm: number | null, lang: 'id' | 'en' = 'id'): string {
  if (ikm === null) return '–';
  if (!Number.isFinite(ikm)) throw new RangeError(`IKM must be a finite number, got ${String(ikm)}`);
  const cents = toCents(ikm);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, '0');
  return `${sign}${whole}${lang === 'id' ? ',' : '.'}${frac}`;
}
