import { describe, expect, it } from 'vitest';
import { parseAuditFilter } from './audit-data';
import { likeEscape } from '../../db/like';
import { auditChanges } from '../../platform/audit/audit';
import { FormInput } from '../../platform/http/form';
import { conflictErrors, isUniqueViolation, parseWhole } from './validation';
import { validateHoliday } from './holidays-data';
import { validateService } from './services-data';
import { generateTemporaryPassword, validateStaff } from './staff-data';
import { selfAndDescendants, validateUnit } from './units-data';

/** A submitted form, as the route reads it. */
const form = (fields: Record<string, string | string[]>) => new FormInput(fields);

const UNITS = [
  { id: 1, code: 'SETDA', parentId: null },
  { id: 2, code: 'KEC-JEBRES', parentId: 1 },
  { id: 3, code: 'KEL-X', parentId: 2 },
  { id: 4, code: 'DLH', parentId: null },
];

describe('units', () => {
  it('finds a unit and everything below it', () => {
    expect([...selfAndDescendants(UNITS, 1)].sort()).toEqual([1, 2, 3]);
    expect([...selfAndDescendants(UNITS, 4)]).toEqual([4]);
  });

  it('accepts a good unit and refuses bad codes, cycles and unknown kinds', () => {
    const ok = validateUnit(form({ code: 'DPUPR', name: 'Dinas PU', nameEn: 'Public Works', kind: 'dinas', parentId: '' }), { all: UNITS, selfId: null });
    expect(ok.input).toEqual({ code: 'DPUPR', name: 'Dinas PU', nameEn: 'Public Works', kind: 'dinas', parentId: null });
    for (const code of ['dpupr', 'DP UPR', '-DP', 'DP-', 'DP--X', 'D']) {
      expect(validateUnit(form({ code, name: 'Dinas', nameEn: 'Office', kind: 'dinas' }), { all: UNITS, selfId: null }).errors['code'], code).toBeDefined();
    }
    expect(validateUnit(form({ code: 'DLH', name: 'Dinas', nameEn: 'Office', kind: 'dinas' }), { all: UNITS, selfId: null }).errors['code']?.en).toContain('already used');
    expect(validateUnit(form({ code: 'DLH', name: 'Dinas', nameEn: 'Office', kind: 'dinas' }), { all: UNITS, selfId: 4 }).input).not.toBeNull();
    const cycle = validateUnit(form({ code: 'SETDA', name: 'Setda', nameEn: 'Secretariat', kind: 'sekretariat', parentId: '3' }), { all: UNITS, selfId: 1 });
    expect(cycle.errors['parentId']?.id).toContain('tidak boleh');
    expect(validateUnit(form({ code: 'X1', name: 'Xxx', nameEn: 'Xxx', kind: 'kementerian', parentId: '99' }), { all: UNITS, selfId: null }).errors).toHaveProperty('kind');
  });
});

describe('staff', () => {
  const ctx = { nipTaken: false, emailTaken: false, unitIds: new Set([4]), editing: false };
  const good = { nip: '199505052020121005', name: 'Nadia', email: 'Nadia@Solo.go.id', unitId: '4', position: '', roles: ['officer', 'admin', 'officer'] };

  it('normalises e-mail and roles', () => {
    const r = validateStaff(form(good), ctx);
    expect(r.input).toMatchObject({ email: 'nadia@solo.go.id', roles: ['officer', 'admin'], unitId: 4 });
  });

  it('wants exactly 18 digits for a NIP', () => {
    for (const nip of ['1995050520201210', '1995050520201210051', '19950505202012100a', ''])
      expect(validateStaff(form({ ...good, nip }), ctx).errors['nip'], nip).toBeDefined();
    expect(validateStaff(form({ ...good, nip: '199505052020121005' }), { ...ctx, nipTaken: true }).errors['nip']?.en).toContain('already registered');
    // the NIP is not part of the edit form
    expect(validateStaff(form({ ...good, nip: '' }), { ...ctx, editing: true }).input).not.toBeNull();
  });

  it('refuses bad e-mails, unknown units and unknown roles', () => {
    for (const email of ['nadia', 'nadia@', '@solo.go.id', 'na dia@solo.go.id', 'nadia@solo'])
      expect(validateStaff(form({ ...good, email }), ctx).errors['email'], email).toBeDefined();
    expect(validateStaff(form({ ...good, unitId: '5' }), ctx).errors['unitId']).toBeDefined();
    expect(validateStaff(form({ ...good, roles: ['root'] }), ctx).errors['roles']?.en).toBe('Unknown role: root.');
  });

  it('makes temporary passwords long, unambiguous and different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = generateTemporaryPassword();
      expect(p).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{5}(-[a-km-np-zA-HJ-NP-Z2-9]{5}){3}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(50);
  });
});

describe('service catalogue', () => {
  it('keeps code and kind of an existing service, and range-checks numbers', () => {
    const base = {
      kind: 'permit', code: 'izin-baru', nameId: 'Izin baru', nameEn: 'New permit', unitId: '4',
      slaDays: '5', firstResponseDays: '1', fee: '1.500.000', validityMonths: '', sortOrder: '', active: 'on',
    };
    const ctx = { codeTaken: false, unitIds: new Set([4]), existing: null };
    const r = validateService(form(base), ctx);
    expect(r.input).toMatchObject({ fee: 1_500_000, validityMonths: null, sortOrder: 0, active: true, requirements: '[]', formFields: '[]' });
    expect(validateService(form({ ...base, code: 'Izin_Baru' }), ctx).errors['code']).toBeDefined();
    expect(validateService(form({ ...base, slaDays: '366' }), ctx).errors['slaDays']).toBeDefined();
    expect(validateService(form({ ...base, firstResponseDays: '0' }), ctx).errors['firstResponseDays']).toBeDefined();
    expect(validateService(form({ ...base, fee: '-1' }), ctx).errors['fee']).toBeDefined();
    const existing = { kind: 'complaint', code: 'sampah' } as Parameters<typeof validateService>[1]['existing'];
    const edit = validateService(form({ ...base, kind: 'permit', code: 'lain' }), { ...ctx, existing });
    expect(edit.input).toMatchObject({ kind: 'complaint', code: 'sampah' });
  });

  it('a permit type’s stages: none (the default split) or all four adding up to the total; at least 4 days', () => {
    const base = {
      kind: 'permit', code: 'izin-tahap', nameId: 'Izin tahap', nameEn: 'Staged permit', unitId: '4',
      slaDays: '10', firstResponseDays: '1', fee: '0', validityMonths: '', sortOrder: '', active: 'on',
    };
    const ctx = { codeTaken: false, unitIds: new Set([4]), existing: null };
    expect(validateService(form(base), ctx).input?.stagePlan).toBeNull();
    const stages = { stage_completeness: '2', stage_technical: '6', stage_decision: '1', stage_issuance: '1' };
    expect(JSON.parse(validateService(form({ ...base, ...stages }), ctx).input!.stagePlan!)).toEqual({ completeness: 2, technical: 6, decision: 1, issuance: 1 });
    const over = validateService(form({ ...base, ...stages, stage_technical: '7' }), ctx);
    expect(over.errors['stage_completeness']!.id).toBe('Jumlah hari tahapan (11) harus sama dengan batas waktu layanan (10 hari kerja).');
    expect(validateService(form({ ...base, ...stages, stage_issuance: '' }), ctx).errors['stage_issuance']).toBeDefined();
    expect(validateService(form({ ...base, slaDays: '3' }), ctx).errors['slaDays']!.en).toBe('A permit type takes at least 4 working days (one per stage).');
  });
});

describe('holidays', () => {
  it('refuses a date that is already a holiday, except the one being edited', () => {
    const existing = { date: '2026-08-17', name: 'HUT RI', kind: 'libur_nasional' };
    const existingOn = (d: string) => (d === existing.date ? existing : undefined);
    const v = { date: '2026-08-17', name: 'Kemerdekaan', kind: 'libur_nasional' };
    expect(validateHoliday(form(v), { existingOn, selfDate: null }).errors['date']?.en).toContain('already listed as a holiday: HUT RI');
    expect(validateHoliday(form(v), { existingOn, selfDate: '2026-08-17' }).input).toEqual(v);
  });
});

describe('form helpers', () => {
  it('parses whole numbers with Indonesian thousand separators only where allowed', () => {
    expect(parseWhole('150.000', { min: 0, max: 1e9, separators: true }).value).toBe(150000);
    expect(parseWhole('150.000', { min: 0, max: 1e9 }).error).not.toBeNull();
    expect(parseWhole('', { min: 0, max: 9, required: false })).toEqual({ value: null, error: null });
    expect(parseWhole('', { min: 0, max: 9 }).error?.en).toBe('Required.');
  });

  it('escapes LIKE wildcards, reads checkbox groups, diffs records', () => {
    expect(likeEscape('50%_a\\')).toBe('50\\%\\_a\\\\');
    expect(form({ r: ['a', ' ', 'b'] }).all('r')).toEqual(['a', 'b']);
    expect(form({}).all('r')).toEqual([]);
    expect(auditChanges({ a: 1, b: 'x', c: null }, { a: 1, b: 'y', c: undefined })).toEqual({ b: { from: 'x', to: 'y' } });
  });

  it('recognises UNIQUE failures, also when wrapped, and never returns empty conflict errors', () => {
    const inner = new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: units.code');
    expect(isUniqueViolation(new Error('Failed query: insert …', { cause: inner }))).toBe(true);
    expect(isUniqueViolation(new Error('no such table'))).toBe(false);
    expect(Object.keys(conflictErrors({}, 'code'))).toEqual(['code']);
  });

  it('reads audit filters defensively', () => {
    expect(parseAuditFilter({ event: 'Staff.', actor: '12', hal: '3' })).toEqual({ event: 'staff.', actor: 12, page: 3 });
    expect(parseAuditFilter({ event: "x' or 1=1", actor: 'system', hal: '0' })).toEqual({ event: '', actor: 'system', page: 1 });
    expect(parseAuditFilter({})).toEqual({ event: '', actor: null, page: 1 });
  });
});
