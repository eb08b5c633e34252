import { describe, it, expect } from 'vitest';
import {
  IKM_GRADES,
  SKM_ELEMENTS,
  SKM_ELEMENT_COUNT,
  SKM_SCALE_LABELS,
  computeIkm,
  formatIkm,
  ikmFromTotals,
  gradeFor,
  roundIkm,
  validateResponse,
  type SkmResponse,
} from './ikm';

const all = (v: number | null): SkmResponse => new Array(9).fill(v);

describe('SKM_ELEMENTS', () => {
  it('lists the nine elements of PermenPANRB 14/2017 in the legal order', () => {
    expect(SKM_ELEMENT_COUNT).toBe(9);
    expect(SKM_ELEMENTS.map((e) => e.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(SKM_ELEMENTS.map((e) => e.id)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
    expect(SKM_ELEMENTS.map((e) => e.en)).toEqual([
      'Requirements',
      'System, mechanism and procedure',
      'Completion time',
      'Cost/fee',
      'Service product specification',
      'Staff competence',
      'Staff conduct',
      'Handling of complaints, suggestions and input',
      'Facilities and infrastructure',
    ]);
  });
  it('has unique keys and four bilingual answer labels per element', () => {
    expect(new Set(SKM_ELEMENTS.map((e) => e.key)).size).toBe(9);
    for (const e of SKM_ELEMENTS) {
      expect(e.answers).toHaveLength(4);
      for (const a of e.answers) {
        expect(a.id.length).toBeGreaterThan(0);
        expect(a.en.length).toBeGreaterThan(0);
      }
    }
    expect(SKM_ELEMENTS[3]!.answers[3].id).toBe('Gratis'); // cost: 4 = free
    expect(SKM_SCALE_LABELS.map((l) => l.id)).toEqual(['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik']);
    expect(SKM_SCALE_LABELS.map((l) => l.en)).toEqual(['Not good', 'Not quite good', 'Good', 'Very good']);
  });
});

describe('validateResponse', () => {
  it('accepts nine integers 1–4 and returns a copy', () => {
    const input = [1, 2, 3, 4, 4, 3, 2, 1, 4];
    const r = validateResponse(input);
    expect(r).toEqual({ ok: true, value: input });
    if (r.ok) expect(r.value).not.toBe(input);
  });
  it('rejects non-arrays', () => {
    for (const bad of [undefined, null, '1,2,3,4,4,3,2,1,4', 4, { 0: 1, length: 9 }]) {
      const r = validateResponse(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.id).toMatch(/sembilan/);
        expect(r.error.en).toMatch(/nine/);
      }
    }
  });
  it('rejects the wrong number of answers', () => {
    for (const bad of [[], new Array(8).fill(3), new Array(10).fill(3)]) {
      const r = validateResponse(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.en).toContain(`got ${bad.length}`);
    }
  });
  it('names the first bad element', () => {
    for (const bad of [0, 5, 2.5, '3', null, Number.NaN, Number.POSITIVE_INFINITY, true]) {
      const arr: unknown[] = [3, 3, 3, 3, 3, 3, 3, 3, 3];
      arr[6] = bad;
      const r = validateResponse(arr);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.element).toBe(7);
        expect(r.error.id).toBe('Unsur 7 (Perilaku Pelaksana) harus diisi dengan bilangan bulat 1–4.');
        expect(r.error.en).toBe('Element 7 (Staff conduct) must be a whole number from 1 to 4.');
      }
    }
    const r = validateResponse([3, 0, 9, 3, 3, 3, 3, 3, 3]);
    expect(!r.ok && r.error.element).toBe(2);
  });
});

describe('computeIkm', () => {
  it('all 4s → 100, grade A', () => {
    const r = computeIkm([all(4), all(4)]);
    expect(r.respondents).toBe(2);
    expect(r.elementMeans).toEqual(new Array(9).fill(4));
    expect(r.ikm).toBe(100);
    expect(r.grade).toEqual(IKM_GRADES.A);
  });
  it('all 1s → 25, grade D', () => {
    const r = computeIkm([all(1)]);
    expect(r.ikm).toBe(25);
    expect(r.grade?.letter).toBe('D');
  });
  it('all 3s → 75, grade C; all 2s → 50, grade D', () => {
    expect(computeIkm([all(3)]).ikm).toBe(75);
    expect(computeIkm([all(3)]).grade?.letter).toBe('C');
    expect(computeIkm([all(2)]).ikm).toBe(50);
  });
  it('hand-computed mixed example with unanswered elements', () => {
    const r = computeIkm([
      [4, 4, 3, 4, 3, 3, 4, 3, 4],
      [3, 3, 3, 4, 3, 2, 3, 3, 3],
      [4, 3, 2, 4, null, 3, 4, null, 3],
    ]);
    // element means: 11/3, 10/3, 8/3, 4, 6/2, 8/3, 11/3, 6/2, 10/3 — sum 88/3
    // IKM = (88/3)/9 × 25 = 2200/27 = 81.4814…
    expect(r.respondents).toBe(3);
    const expected = [11 / 3, 10 / 3, 8 / 3, 4, 3, 8 / 3, 11 / 3, 3, 10 / 3];
    r.elementMeans.forEach((m, i) => expect(m).toBeCloseTo(expected[i]!, 12));
    expect(r.ikm).toBeCloseTo(2200 / 27, 10);
    expect(r.grade).toEqual(IKM_GRADES.B);
    expect(formatIkm(r.ikm)).toBe('81,48');
    expect(formatIkm(r.ikm, 'en')).toBe('81.48');
  });
  it('element means are equally weighted whatever the number of answers per element', () => {
    // element 1 answered by three (mean 2), the rest by one respondent with 4s
    const r = computeIkm([
      [2, 4, 4, 4, 4, 4, 4, 4, 4],
      [2, null, null, null, null, null, null, null, null],
      [2, null, null, null, null, null, null, null, null],
    ]);
    expect(r.elementMeans[0]).toBe(2);
    expect(r.ikm).toBeCloseTo(((2 + 8 * 4) / 9) * 25, 12); // 94.444…
  });
  it('leaves an element nobody answered out of the IKM', () => {
    const r = computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, null], [2, 2, 2, 2, 2, 2, 2, 2, null]]);
    expect(r.elementMeans[8]).toBeNull();
    expect(r.ikm).toBe(75); // mean of eight means of 3, not nine
  });
  it('does not count an all-null response as a respondent', () => {
    const r = computeIkm([all(null), all(4)]);
    expect(r.respondents).toBe(1);
    expect(r.ikm).toBe(100);
  });
  it('no respondents → null IKM and grade', () => {
    expect(computeIkm([])).toEqual({ respondents: 0, elementMeans: new Array(9).fill(null), ikm: null, grade: null });
    expect(computeIkm([all(null)])).toEqual({ respondents: 0, elementMeans: new Array(9).fill(null), ikm: null, grade: null });
  });
  it('keeps full precision (no rounding in the result)', () => {
    const r = computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 3]]);
    expect(r.ikm).toBe(((8 * 4 + 3) / 9) * 25); // 97.2222…
    expect(r.ikm).not.toBe(97.22);
  });
  it('throws on malformed stored responses', () => {
    expect(() => computeIkm([[4, 4, 4]])).toThrow(RangeError);
    expect(() => computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 5]])).toThrow(RangeError);
    expect(() => computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 0]])).toThrow(RangeError);
    expect(() => computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 3.5]])).toThrow(RangeError);
  });
});

describe('ikmFromTotals (what SQL gives: COUNT(*), SUM(u_i), COUNT(u_i))', () => {
  it('hand-computed: the mixed example above, from its totals', () => {
    // sums of the three sheets per element; elements 5 and 8 answered by two of them
    const r = ikmFromTotals({ respondents: 3, sums: [11, 10, 8, 12, 6, 8, 11, 6, 10], counts: [3, 3, 3, 3, 2, 3, 3, 2, 3] });
    // means 11/3 10/3 8/3 4 3 8/3 11/3 3 10/3 = 88/3 in all; IKM = 88/3 / 9 × 25 = 2200/27
    expect(r.ikm).toBeCloseTo(2200 / 27, 10);
    expect(r.grade?.letter).toBe('B');
    expect(formatIkm(r.ikm)).toBe('81,48');
    expect(r.elementMeans[4]).toBe(3);
  });
  it('two respondents, all 4s and all 2s: every mean 6/2 = 3, IKM 75, grade C', () => {
    const r = ikmFromTotals({ respondents: 2, sums: new Array(9).fill(6), counts: new Array(9).fill(2) });
    expect(r).toMatchObject({ respondents: 2, ikm: 75, grade: IKM_GRADES.C });
  });
  it('two respondents, all 4s and all 3s: means 7/2 = 3.5, IKM 87.5 — just below A (88.31), grade B', () => {
    expect(ikmFromTotals({ respondents: 2, sums: new Array(9).fill(7), counts: new Array(9).fill(2) }).ikm).toBe(87.5);
    expect(ikmFromTotals({ respondents: 2, sums: new Array(9).fill(7), counts: new Array(9).fill(2) }).grade?.letter).toBe('B');
  });
  it('is what computeIkm computes from the answer sheets', () => {
    const sheets = [
      [4, 4, 3, 4, 3, 3, 4, 3, 4],
      [3, 3, 3, 4, 3, 2, 3, 3, 3],
      [4, 3, 2, 4, null, 3, 4, null, 3],
      [1, 2, 1, 4, 2, 2, 1, 3, 2],
    ];
    const sums = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => sheets.reduce((a, r) => a + (r[i] ?? 0), 0));
    const counts = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => sheets.filter((r) => r[i] !== null).length);
    expect(ikmFromTotals({ respondents: 4, sums, counts })).toEqual(computeIkm(sheets));
  });
  it('no answers → null IKM and grade', () => {
    expect(ikmFromTotals({ respondents: 0, sums: new Array(9).fill(0), counts: new Array(9).fill(0) })).toMatchObject({ ikm: null, grade: null });
  });
  it('refuses totals no set of 1–4 answers could give', () => {
    const nine = (n: number) => new Array(9).fill(n);
    expect(() => ikmFromTotals({ respondents: 2, sums: nine(9), counts: nine(2) })).toThrow(RangeError); // > 4 × 2
    expect(() => ikmFromTotals({ respondents: 2, sums: nine(1), counts: nine(2) })).toThrow(RangeError); // < 1 × 2
    expect(() => ikmFromTotals({ respondents: 1, sums: nine(4), counts: nine(2) })).toThrow(RangeError); // more answers than respondents
    expect(() => ikmFromTotals({ respondents: 2, sums: nine(6), counts: nine(1.5) })).toThrow(RangeError);
    expect(() => ikmFromTotals({ respondents: 2, sums: [6, 6], counts: [2, 2] })).toThrow(RangeError);
  });
});

describe('gradeFor', () => {
  const cases: [number, 'A' | 'B' | 'C' | 'D'][] = [
    [100, 'A'],
    [88.31, 'A'],
    [88.305, 'A'], // rounds to 88.31
    [88.3049, 'B'], // rounds to 88.30
    [88.3, 'B'],
    [76.61, 'B'],
    [76.605, 'B'], // rounds to 76.61
    [76.6049, 'C'],
    [76.6, 'C'],
    [65, 'C'],
    [64.995, 'C'], // rounds to 65.00
    [64.9949, 'D'],
    [64.99, 'D'],
    [25, 'D'],
    [24.995, 'D'], // rounds to 25.00
  ];
  it.each(cases)('%s → %s', (ikm, letter) => {
    expect(gradeFor(ikm).letter).toBe(letter);
  });
  it('carries the bilingual labels', () => {
    expect(gradeFor(90)).toEqual({ letter: 'A', id: 'Sangat Baik', en: 'Very good' });
    expect(gradeFor(80)).toEqual({ letter: 'B', id: 'Baik', en: 'Good' });
    expect(gradeFor(70)).toEqual({ letter: 'C', id: 'Kurang Baik', en: 'Poor' });
    expect(gradeFor(50)).toEqual({ letter: 'D', id: 'Tidak Baik', en: 'Very poor' });
  });
  it('rejects values outside 25–100 and non-finite numbers', () => {
    for (const bad of [24.99, 24.994, 100.01, 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => gradeFor(bad)).toThrow(RangeError);
    }
    expect(gradeFor(100.004).letter).toBe('A'); // rounds to 100.00
  });
});

describe('roundIkm and formatIkm', () => {
  it('round half-up to 2 decimals despite binary floating point', () => {
    expect(roundIkm(88.305)).toBe(88.31);
    expect(roundIkm(76.605)).toBe(76.61);
    expect(roundIkm(64.995)).toBe(65);
    expect(roundIkm(81.48148148)).toBe(81.48);
    expect(roundIkm(100)).toBe(100);
  });
  it('formats with a decimal comma in Indonesian and a point in English', () => {
    expect(formatIkm(88.305)).toBe('88,31');
    expect(formatIkm(88.305, 'en')).toBe('88.31');
    expect(formatIkm(100)).toBe('100,00');
    expect(formatIkm(25, 'en')).toBe('25.00');
    expect(formatIkm(76.6)).toBe('76,60');
    expect(formatIkm(null)).toBe('–');
  });
});
