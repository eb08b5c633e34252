import { describe, expect, it } from 'vitest';
import { COMPETENCY_LABELS, isCompetency } from '../training/competencies';
import { recommendTraining, technicalCompetency, type QualityEvidence, type RecommendableCourse } from './recommend';

const DAY = 24 * 3_600_000;
const NOW = Date.parse('2026-08-03T09:00:00+07:00');
const name = (c: string) => (isCompetency(c) ? COMPETENCY_LABELS[c] : { id: c, en: c });

/** `n` ratings `daysAgo` days before NOW, every element 4 except those given (3 × 25 = 75 is already below B). */
function ratings(n: number, daysAgo: number, over: Record<number, number[]> = {}) {
  return Array.from({ length: n }, (_, i) => ({
    at: NOW - daysAgo * DAY + i * 60_000,
    answers: Array.from({ length: 9 }, (_, e) => over[e + 1]?.[i] ?? 4),
  }));
}

const course = (code: string, title: string, competencies: string[], extra: Partial<RecommendableCourse> = {}): RecommendableCourse => ({
  code,
  title: { id: title, en: title },
  competencies,
  jp: 4,
  missingPrerequisites: 0,
  completedAt: null,
  ...extra,
});

const CATALOGUE = [
  course('KPP-01', 'Komunikasi Pelayanan Prima', ['komunikasi_pelayanan', 'etika_integritas']),
  course('MWP-01', 'Manajemen Waktu dan Produktivitas', ['manajemen_waktu'], { jp: 3 }),
  course('PPG-01', 'Penanganan Pengaduan', ['penanganan_pengaduan', 'komunikasi_pelayanan']),
  course('LDA-01', 'Literasi Digital ASN', ['literasi_digital']),
  course('PBG-01', 'Regulasi PBG', ['regulasi_perizinan:pbg', 'regulasi_perizinan:umum'], { jp: 6 }),
];

const empty: QualityEvidence = { ratings: [], outcomes: [], topService: null, digital: null };

describe('training recommended from service quality (docs/metrics.md §5.1)', () => {
  it('Perilaku Pelaksana 2,80 from 15 ratings is below grade B (3,06): communication course, with the reason in plain words', () => {
    // element 7: three 2s and twelve 3s → 42 ÷ 15 = 2.80
    const e = { ...empty, ratings: ratings(15, 30, { 7: [2, 2, 2, ...new Array(12).fill(3)] }) };
    const [r, ...rest] = recommendTraining(e, CATALOGUE, NOW, name);
    expect(rest).toEqual([]);
    expect(r!.weakness).toEqual({ kind: 'element', element: 7, mean: 2.8, n: 15 });
    expect(r!.course?.code).toBe('KPP-01');
    expect(r!.reason.id).toBe('Perilaku Pelaksana 2,80 dari 15 penilaian, di bawah mutu B (3,06) → Komunikasi Pelayanan Prima');
    expect(r!.reason.en).toBe('Staff conduct 2.80 from 15 ratings, below grade B (3.06) → Komunikasi Pelayanan Prima');
  });

  it('a mean at grade B (3.07 × 25 = 76.75) is no weakness; fewer than 5 ratings are not enough', () => {
    // one 4 and fourteen 3s → 46 ÷ 15 = 3.0667
    expect(recommendTraining({ ...empty, ratings: ratings(15, 30, { 7: [4, ...new Array(14).fill(3)] }) }, CATALOGUE, NOW, name)).toEqual([]);
    // fifteen 3s: 3 × 25 = 75, grade C
    expect(recommendTraining({ ...empty, ratings: ratings(15, 30, { 7: new Array(15).fill(3) }) }, CATALOGUE, NOW, name)).toHaveLength(1);
    expect(recommendTraining({ ...empty, ratings: ratings(4, 30, { 7: [1, 1, 1, 1] }) }, CATALOGUE, NOW, name)).toEqual([]);
  });

  it('only the last 180 days count', () => {
    expect(recommendTraining({ ...empty, ratings: ratings(6, 181, { 7: [1, 1, 1, 1, 1, 1] }) }, CATALOGUE, NOW, name)).toEqual([]);
  });

  it('SLA compliance below 80 % over 5 outcomes recommends time management; element 3 too, once', () => {
    const outcomes = [true, true, true, false, false].map((met, i) => ({ at: NOW - (10 + i) * DAY, met }));
    const [r] = recommendTraining({ ...empty, outcomes }, CATALOGUE, NOW, name);
    expect(r).toMatchObject({ competency: 'manajemen_waktu', course: { code: 'MWP-01' }, weakness: { kind: 'sla', percent: 60, n: 5 } });
    expect(r!.reason.id).toBe('Penyelesaian tepat waktu 60,0% dari 5 penanganan, di bawah 80% → Manajemen Waktu dan Produktivitas');
    const both = recommendTraining({ ...empty, outcomes, ratings: ratings(5, 10, { 3: [1, 2, 2, 2, 2] }) }, CATALOGUE, NOW, name);
    expect(both.map((x) => [x.competency, x.weakness.kind])).toEqual([['manajemen_waktu', 'element']]);
  });

  it('element 6 names the technical course of the service handled most; a complaint category has none yet', () => {
    const weak6 = ratings(5, 10, { 6: [2, 2, 2, 2, 2] });
    const permit = recommendTraining({ ...empty, ratings: weak6, topService: { kind: 'permit', code: 'pbg', name: { id: 'PBG', en: 'PBG' } } }, CATALOGUE, NOW, name);
    expect(permit[0]).toMatchObject({ competency: 'regulasi_perizinan:pbg', course: { code: 'PBG-01' } });
    expect(technicalCompetency({ kind: 'permit', code: 'siup' })).toBe('regulasi_perizinan:umum');
    expect(technicalCompetency({ kind: 'complaint', code: 'jalan-rusak' })).toBeNull();
    expect(recommendTraining({ ...empty, ratings: weak6, topService: { kind: 'complaint', code: 'jalan-rusak', name: { id: 'x', en: 'x' } } }, CATALOGUE, NOW, name)).toEqual([]);
  });

  it('element 8 recommends complaint handling; digital literacy comes from the self-assessment', () => {
    const r = recommendTraining({ ...empty, ratings: ratings(5, 10, { 8: [2, 2, 2, 2, 3] }), digital: { score: 2, answeredAt: NOW - 20 * DAY } }, CATALOGUE, NOW, name);
    expect(r.map((x) => x.course?.code)).toEqual(['PPG-01', 'LDA-01']);
    expect(r[1]!.reason.id).toBe('Literasi digital dinilai sendiri 2,00 dari 4, di bawah 3 (Mampu) → Literasi Digital ASN');
    expect(recommendTraining({ ...empty, digital: { score: 3, answeredAt: NOW } }, CATALOGUE, NOW, name)).toEqual([]);
  });

  it('disappears once the course is completed, and comes back when the weakness persists over ratings 90 days or more after', () => {
    const completedAt = NOW - 120 * DAY;
    const done = CATALOGUE.map((c) => (c.code === 'KPP-01' || c.code === 'PPG-01' ? { ...c, completedAt } : c));
    // weak before the completion only: gone
    const before = { ...empty, ratings: ratings(8, 150, { 7: [1, 1, 1, 1, 1, 1, 1, 1] }) };
    expect(recommendTraining(before, CATALOGUE, NOW, name)).toHaveLength(1);
    expect(recommendTraining(before, done, NOW, name)).toEqual([]);
    // still weak over ratings 100 days after it (given 20 days ago): back, with the completed course
    const after = { ...empty, ratings: [...before.ratings, ...ratings(5, 20, { 7: [2, 2, 2, 2, 2] })] };
    const [r] = recommendTraining(after, done, NOW, name);
    expect(r).toMatchObject({ competency: 'komunikasi_pelayanan', again: { completedAt }, weakness: { mean: 2, n: 5 } });
    expect(r!.reason.id).toBe(
      'Perilaku Pelaksana 2,00 dari 5 penilaian, di bawah mutu B (3,06), masih begitu 90 hari atau lebih setelah kursus selesai pada 5 April 2026 → Komunikasi Pelayanan Prima',
    );
    // ratings only 60 days after the completion do not bring it back
    const soon = { ...empty, ratings: ratings(5, 60, { 7: [1, 1, 1, 1, 1] }) };
    expect(recommendTraining(soon, done, NOW, name)).toEqual([]);
  });

  it('a competency without a course is still named, and says so', () => {
    const [r] = recommendTraining({ ...empty, ratings: ratings(5, 10, { 8: [1, 1, 1, 1, 1] }) }, CATALOGUE.filter((c) => c.code !== 'PPG-01'), NOW, name);
    expect(r!.course).toBeNull();
    expect(r!.reason.en).toContain('→ Complaint handling (no course in the catalogue yet)');
  });
});
