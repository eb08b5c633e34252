import { describe, expect, it } from 'vitest';
import { gapCompetencies, recommendCourses } from './recommend';

const course = (code: string, competencies: string[], extra: Partial<{ jp: number; missingPrerequisites: number; completed: boolean }> = {}) => ({
  code,
  competencies,
  jp: 2,
  missingPrerequisites: 0,
  completed: false,
  ...extra,
});

describe('recommendations', () => {
  it('follow the needs assessment gaps when given', () => {
    const courses = [course('LD', ['literasi_digital']), course('MW', ['manajemen_waktu']), course('KP', ['komunikasi_pelayanan'])];
    expect(recommendCourses(courses, ['komunikasi_pelayanan']).recommended.map((c) => c.code)).toEqual(['KP']);
  });
});

describe('recommendations without a needs assessment', () => {
  it('gap competencies are those with the fewest JP this year', () => {
    const jp = new Map<string, number>([
      ['literasi_digital', 4],
      ['komunikasi_pelayanan', 2],
      ['manajemen_waktu', 2],
      ['penanganan_pengaduan', 3],
      ['regulasi_perizinan:pbg', 2],
      ['regulasi_perizinan:umum', 2],
      ['kepemimpinan_digital', 5],
      ['etika_integritas', 2],
    ]);
    expect(gapCompetencies(jp)).toEqual(['komunikasi_pelayanan', 'manajemen_waktu', 'regulasi_perizinan:pbg', 'regulasi_perizinan:umum', 'etika_integritas']);
  });
  it('puts uncompleted courses covering gaps first, and never completed ones', () => {
    const jp = new Map([['literasi_digital', 4], ['kepemimpinan_digital', 4], ['penanganan_pengaduan', 4], ['regulasi_perizinan:pbg', 4], ['regulasi_perizinan:umum', 4], ['etika_integritas', 4]]);
    const courses = [
      course('LD', ['literasi_digital']),
      course('KP', ['komunikasi_pelayanan'], { completed: true }),
      course('MW', ['manajemen_waktu']),
      course('KPW', ['komunikasi_pelayanan', 'manajemen_waktu'], { jp: 4 }),
    ];
    const r = recommendCourses(courses, gapCompetencies(jp));
    expect(r.recommended.map((c) => c.code)).toEqual(['KPW', 'MW']);
    expect(r.others.map((c) => c.code)).toEqual(['LD', 'KP']);
  });
  it('prefers courses whose prerequisites are met and limits the list', () => {
    const courses = [course('A', ['manajemen_waktu'], { missingPrerequisites: 1 }), course('B', ['manajemen_waktu']), course('C', ['literasi_digital']), course('D', ['etika_integritas'])];
    const r = recommendCourses(courses, gapCompetencies(new Map()), 2);
    expect(r.recommended.map((c) => c.code)).toEqual(['B', 'C']);
  });
});
