import { describe, expect, it } from 'vitest';
import { competencyMeans, gapsFromAssessment, unitGapTable, validateAnswers } from './assessment';

const items = [
  { id: 1, competency: 'literasi_digital' },
  { id: 2, competency: 'literasi_digital' },
  { id: 3, competency: 'komunikasi_pelayanan' },
  { id: 4, competency: 'manajemen_waktu' },
];

describe('needs assessment', () => {
  it('needs every statement scored 1–4 and no unknown statements', () => {
    expect(validateAnswers(items, { a_1: '4', a_2: '3', a_3: '2', a_4: '1' }).ok).toBe(true);
    const r = validateAnswers(items, { a_1: '5', a_2: '3', a_3: '', a_9: '2' });
    expect(r.ok).toBe(false);
    expect(!r.ok && Object.keys(r.fields).sort()).toEqual(['a_1', 'a_3', 'a_4', 'a_9']);
  });
  it('averages statements per competency', () => {
    const m = competencyMeans(items, { '1': 4, '2': 1, '3': 2, '4': 3 });
    expect(m.get('literasi_digital')).toBe(2.5);
    expect(m.get('komunikasi_pelayanan')).toBe(2);
  });
  it('gaps are competencies below 3, weakest first; else the weakest', () => {
    expect(gapsFromAssessment(new Map([['a', 3], ['b', 2], ['c', 2.5]]))).toEqual(['b', 'c']);
    expect(gapsFromAssessment(new Map([['a', 4], ['b', 3], ['c', 3]]))).toEqual(['b', 'c']);
    expect(gapsFromAssessment(new Map())).toEqual([]);
  });
  it('summarises per unit with respondent counts', () => {
    const t = unitGapTable(items, [
      { unitId: 7, answers: { '1': 4, '2': 4, '3': 2, '4': 3 } },
      { unitId: 7, answers: { '1': 2, '2': 2, '3': 4, '4': 3 } },
      { unitId: 8, answers: { '1': 1, '2': 1, '3': 1, '4': 1 } },
    ]);
    expect(t.get(7)!.get('literasi_digital')).toEqual({ mean: 3, n: 2 });
    expect(t.get(8)!.get('manajemen_waktu')).toEqual({ mean: 1, n: 1 });
  });
});
