import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, mayDecideEvidence, validateEvidence } from './evidence';

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
  it('only a supervisor of the unit decides, never on their own evidence', () => {
    const ev = { staffId: 5, unitId: 2 };
    expect(mayDecideEvidence({ id: 9, unitId: 2, roles: ['supervisor'] }, ev)).toBe('ok');
    expect(mayDecideEvidence({ id: 5, unitId: 2, roles: ['supervisor'] }, ev)).toBe('own');
    expect(mayDecideEvidence({ id: 9, unitId: 3, roles: ['supervisor'] }, ev)).toBe('not_supervisor');
    expect(mayDecideEvidence({ id: 9, unitId: 2, roles: ['officer'] }, ev)).toBe('not_supervisor');
  });
});
