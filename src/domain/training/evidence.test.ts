import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, evidenceDeciders, mayDecideEvidence, validateEvidence, type SupervisorRef, type UnitLink } from './evidence';

const base = { kind: 'coaching', title: 'Coaching penanganan pengaduan', provider: 'Kabid DPUPR', startDate: '2026-02-10', endDate: '2026-02-11', jp: '6' };
const today = '2026-03-02';

describe('evidence rules', () => {
  it('accepts a sensible submission', () => {
    const r = validateEvidence(base, today);
    expect(r.ok && r.value.jp).toBe(6);
  });
  it('refuses impossible dates', () => {
    const bad = (patch: Partial<typeof base>) => {
      const r = validateEvidence({ ...base, ...patch }, today);
      return r.ok ? {} : r.fields;
    };
    expect(bad({ startDate: '2026-02-30' })['mulai']?.en).toContain('Invalid start date');
    expect(bad({ endDate: '2026-02-01' })['selesai']?.en).toContain('before the start');
    expect(bad({ endDate: '2026-03-03' })['selesai']?.en).toContain('future');
    expect(bad({ startDate: '2024-12-31', endDate: '2025-01-02' })['mulai']?.en).toContain('1 January of last year');
    expect(bad({ startDate: '10/02/2026' })['mulai']).toBeTruthy();
  });
  it('refuses impossible JP', () => {
    const f = (jp: string, end = '2026-02-11') => {
      const r = validateEvidence({ ...base, jp, endDate: end }, today);
      return r.ok ? null : r.fields['jp']?.en;
    };
    expect(f('0')).toContain('1 to 80');
    expect(f('2.5')).toContain('whole number');
    expect(f('-3')).toBeTruthy();
    expect(f('21')).toContain('Too many JP for 2 day(s)');
    expect(f('20')).toBeNull();
    expect(f('81', '2026-02-28')).toContain('1 to 80');
  });
  it('checks the file by its content', () => {
    expect(checkEvidenceFile(null).ok).toBe(false);
    expect(checkEvidenceFile({ name: 'a.pdf', bytes: new TextEncoder().encode('%PDF-1.7 ...') })).toEqual({ ok: true, type: 'application/pdf' });
    const exe = checkEvidenceFile({ name: 'sertifikat.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0]) });
    expect(!exe.ok && exe.message.en).toContain('not a PDF');
    const big = checkEvidenceFile({ name: 'a.pdf', bytes: new Uint8Array(5 * 1024 * 1024 + 1) });
    expect(!big.ok && big.message.en).toContain('5 MB');
  });
  it('refuses a period over the turn of a year: JP count in the year of the learning', () => {
    const r = validateEvidence({ ...base, startDate: '2025-12-30', endDate: '2026-01-02', jp: '8' }, today);
    expect(!r.ok && r.fields['selesai']?.en).toContain('one submission per year');
  });
});

// Units: 1 SETDA (no supervisor) ← 2 DPUPR, 3 KEC (no supervisor) ← 4 a kelurahan office; 5 BKPSDM; 6 SATPOLPP (no parent).
const UNITS: UnitLink[] = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 3 },
  { id: 5, parentId: null },
  { id: 6, parentId: null },
  { id: 7, parentId: 8 },
  { id: 8, parentId: 7 },
];
const SUPERVISORS: SupervisorRef[] = [
  { staffId: 20, unitId: 2 },
  { staffId: 10, unitId: 1 },
  { staffId: 50, unitId: 5 },
  { staffId: 51, unitId: 5 },
];

describe('15 who decides evidence', () => {
  it('a supervisor of the unit, never the submitter', () => {
    const d = evidenceDeciders({ staffId: 21, unitId: 2 }, UNITS, SUPERVISORS, 5);
    expect(d).toEqual({ unitId: 2, staffIds: [20], via: 'unit' });
    expect(mayDecideEvidence(20, { staffId: 21 }, d)).toBe('ok');
    expect(mayDecideEvidence(21, { staffId: 21 }, d)).toBe('own');
    expect(mayDecideEvidence(50, { staffId: 21 }, d)).toBe('not_decider');
  });
  it('the only supervisor of a unit goes to the nearest ancestor with a supervisor', () => {
    expect(evidenceDeciders({ staffId: 20, unitId: 2 }, UNITS, SUPERVISORS, 5)).toEqual({ unitId: 1, staffIds: [10], via: 'parent' });
  });
  it('a unit without a supervisor goes up the tree, skipping ancestors without one', () => {
    expect(evidenceDeciders({ staffId: 40, unitId: 4 }, UNITS, SUPERVISORS, 5)).toEqual({ unitId: 1, staffIds: [10], via: 'parent' });
  });
  it('with no supervisor up the tree, BKPSDM decides; a BKPSDM supervisor never decides their own', () => {
    expect(evidenceDeciders({ staffId: 60, unitId: 6 }, UNITS, SUPERVISORS, 5)).toEqual({ unitId: 5, staffIds: [50, 51], via: 'bkpsdm' });
    expect(evidenceDeciders({ staffId: 50, unitId: 5 }, UNITS, SUPERVISORS, 5)).toEqual({ unitId: 5, staffIds: [51], via: 'unit' });
    expect(evidenceDeciders({ staffId: 50, unitId: 5 }, UNITS, SUPERVISORS.filter((s) => s.staffId !== 51), 5)).toBeNull();
  });
  it('a cycle in the unit tree ends the walk instead of looping', () => {
    expect(evidenceDeciders({ staffId: 70, unitId: 7 }, UNITS, SUPERVISORS, 5)).toEqual({ unitId: 5, staffIds: [50, 51], via: 'bkpsdm' });
    expect(evidenceDeciders({ staffId: 70, unitId: 7 }, UNITS, SUPERVISORS, null)).toBeNull();
  });
});
