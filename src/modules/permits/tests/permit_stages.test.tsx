// A permit application through every stage on the case kernel: intake against the type's form
// definition, the completeness check, a revision asked and made (the clock stands still
// meanwhile), the technical review, a proposal, four eyes, payment before issuing, a gap-free
// number under concurrent issuing, revocation (once) — on libSQL and on D1.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, permitApplications, permits, ratings, services, staff, staffRoles, units } from '../../../db/schema';
import { checkFiles } from '../../../domain/cases/files';
import { formatPermitNumber, parsePermitNumber } from '../../../domain/permits/numbering';
import { ValidationError } from '../../../platform/http/errors';
import { checkIntake, createCase } from '../../cases/create';
import { rateCase } from '../../cases/citizen-actions';
import { loadPermitFacts } from '../facts';
import { permitKind } from '../kind';
import { resubmitPermit } from '../resubmit';
import type { Harness } from '../../../../tests/harness/types';
import { PDF_BYTES } from '../../../../tests/helpers/complaints';
import { act, DOC_FORM, principalOf } from '../../../../tests/helpers/permits';
import type { StaffPrincipal } from '../../../platform/http/context';

let h: Harness;
let officer: StaffPrincipal;
let supervisor: StaffPrincipal;
let officer2: StaffPrincipal;

beforeAll(async () => {
  h = await makeHarness();
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  await h.deps.db.insert(services).values([
    { kind: 'permit', code: 'reklame-uji', nameId: 'Izin Reklame Uji', nameEn: 'Test advertising permit', unitId: u!.id, slaDays: 10, firstResponseDays: 1, fee: 150000, validityMonths: 12, formFields: JSON.stringify(DOC_FORM) },
    { kind: 'permit', code: 'gratis-uji', nameId: 'Izin Gratis Uji', nameEn: 'Test free permit', unitId: u!.id, slaDays: 10, firstResponseDays: 1, fee: 0, validityMonths: null, formFields: JSON.stringify(DOC_FORM.slice(0, 3)) },
  ]);
  officer = await principalOf(h, 'petugas.dpmptsp@demo.pelita.id');
  supervisor = await principalOf(h, 'kabid.dpmptsp@demo.pelita.id');
  const [second] = await h.deps.db
    .insert(staff)
    .values({ nip: '199501012020121001', name: 'Bima Prasetyo, S.T.', email: 'petugas2.dpmptsp@demo.pelita.id', unitId: u!.id, position: 'Penata Perizinan', active: true })
    .returning();
  await h.deps.db.insert(staffRoles).values({ staffId: second!.id, role: 'officer' });
  officer2 = await principalOf(h, 'petugas2.dpmptsp@demo.pelita.id');
});
afterAll(async () => h.close());

const pdf = (field: string) => {
  const r = checkFiles([{ name: `${field}.pdf`, bytes: PDF_BYTES }]);
  if (!r.ok) throw new Error('test PDF refused');
  return r.files.map((f) => ({ ...f, field }));
};

async function apply(code = 'reklame-uji', answers: Record<string, unknown> = { lokasi: 'Jl. Slamet Riyadi 10', luas_m2: '2,5', jenis: 'neon_box' }) {
  const files = code === 'reklame-uji' ? pdf('desain') : [];
  const checked = await checkIntake(
    h.deps.db,
    permitKind,
    { service_code: code, answers, files_by_field: { desain: files.length }, applicant_name: 'CV Maju Jaya', contact_email: 'maju@example.id', contact_phone: '' },
    h.clock.now(),
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return createCase(h.deps, permitKind, checked.value, { origin: 'http://localhost', files, channel: 'web' });
}

const caseOf = async (id: string) => (await h.deps.db.select().from(cases).where(eq(cases.id, id)))[0]!;

describe(`permit stages on ${RUNTIME}`, () => {
  it('intake refuses a missing document, a wrong type, an unknown field — every one named', async () => {
    const r = await checkIntake(
      h.deps.db,
      permitKind,
      { service_code: 'reklame-uji', answers: { lokasi: '', luas_m2: 'lebar', jenis: 'neon_box', warna: 'merah' }, files_by_field: {}, applicant_name: 'CV Maju Jaya', contact_email: '', contact_phone: '' },
      h.clock.now(),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['answers.desain', 'answers.lokasi', 'answers.luas_m2', 'answers.warna', 'contact_email']);
  });

  it('an application keeps the form it was made with when the admin edits the type', async () => {
    h.clock.set('2026-07-06T02:00:00Z'); // Monday 6 July 2026, 09:00 WIB: no holiday for weeks either side
    const made = await apply();
    expect(made.row.trackingCode).toMatch(/^IZN-/);
    expect(made.row).toMatchObject({ kind: 'permit', status: 'submitted', privacy: 'rahasia' });
    await h.deps.db.update(services).set({ formFields: '[]' }).where(eq(services.code, 'reklame-uji'));
    const [app] = await h.deps.db.select().from(permitApplications).where(eq(permitApplications.caseId, made.row.id));
    expect(JSON.parse(app!.form)).toHaveLength(4);
    expect(app).toMatchObject({ fee: 150000, typeCode: 'REKLAME-UJI', validityMonths: 12 });
    await h.deps.db.update(services).set({ formFields: JSON.stringify(DOC_FORM) }).where(eq(services.code, 'reklame-uji'));
  });

  it('check → revision asked (clock paused) → a resubmission that changes nothing is refused → fixed → review → proposal → four eyes → payment → issued', async () => {
    h.clock.set('2026-07-06T02:00:00Z');
    const { row } = await apply();
    await act(h, officer, row.id, 'start_check');
    await expect(act(h, officer, row.id, 'request_revision', { message: 'Perbaiki.', fields: { items: ['warna'] } })).rejects.toBeInstanceOf(ValidationError);
    await act(h, officer, row.id, 'request_revision', { message: 'Luas tidak sesuai gambar; unggah gambar yang ditandatangani.', fields: { items: ['luas_m2', 'desain'] } });
    let c = await caseOf(row.id);
    expect(c.status).toBe('revision_requested');
    expect(c.pausedSince).not.toBeNull();
    const facts = await loadPermitFacts(h.deps.db, c, h.clock.now());
    expect(facts?.revisionItems).toEqual(['luas_m2', 'desain']);

    // the applicant answers two working days later, first without fixing the area
    h.clock.set('2026-07-08T02:00:00Z');
    const same = { lokasi: 'Jl. Slamet Riyadi 10', luas_m2: '2,5', jenis: 'neon_box' };
    const err = await resubmitPermit(h.deps, c, { answers: same, files: pdf('desain') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fields)).toEqual(['answers.luas_m2']);
    await resubmitPermit(h.deps, c, { answers: { ...same, luas_m2: '3' }, files: pdf('desain') });
    c = await caseOf(row.id);
    expect(c.status).toBe('resubmitted');
    expect(c.pausedSince).toBeNull();
    // two working days of waiting moved the deadline by two working days
    expect(c.resolutionDueAt.getTime() - row.resolutionDueAt.getTime()).toBe(2 * 86_400_000);
    expect(JSON.parse(c.formData!)).toMatchObject({ luas_m2: 3 });

    await act(h, officer, row.id, 'start_check');
    await act(h, officer, row.id, 'complete_check');
    await act(h, officer, row.id, 'propose_approval', { message: 'Sesuai rencana tata reklame.' });
    // four eyes: the proposer may not decide, even with a supervisor's role
    const selfApproval = await act(h, { ...officer, roles: ['officer', 'supervisor'] } as StaffPrincipal, row.id, 'approve').catch((e: unknown) => e);
    expect((selfApproval as Error).constructor.name).toBe('ForbiddenError');
    await act(h, supervisor, row.id, 'approve');
    c = await caseOf(row.id);
    expect(c).toMatchObject({ status: 'approved', resolvedById: supervisor.id });

    // a fee: issuing before the payment is confirmed is refused
    await expect(act(h, officer, row.id, 'issue')).rejects.toThrow(/konfirmasi pembayaran|confirm the payment/);
    await act(h, officer, row.id, 'confirm_payment');
    h.clock.set('2026-07-10T03:00:00Z');
    await act(h, officer, row.id, 'issue');
    const [p] = await h.deps.db.select().from(permits).where(eq(permits.caseId, row.id));
    expect(p).toMatchObject({ typeCode: 'REKLAME-UJI', year: 2026, seq: 1, holderName: 'CV Maju Jaya', validFrom: '2026-07-10', validUntil: '2027-07-09' });
    expect(p!.number).toBe(formatPermitNumber({ typeCode: 'REKLAME-UJI', year: 2026, seq: 1 }));
    expect(parsePermitNumber(p!.number)).toEqual({ typeCode: 'REKLAME-UJI', year: 2026, seq: 1 });

    // the applicant rates the service after the decision (SKM): credited to the supervisor who decided
    await rateCase(h.deps, await caseOf(row.id), [4, 4, 3, 3, 4, 4, 4, 4, 4], 'Jelas dan cepat.');
    const [r] = await h.deps.db.select().from(ratings).where(eq(ratings.caseId, row.id));
    expect(r).toMatchObject({ officerId: supervisor.id, u3: 3, u7: 4 });
  });

  it('a rejection carries its reasons and is the supervisor’s; a free permit is issued without payment', async () => {
    h.clock.set('2026-07-13T02:00:00Z');
    const a = await apply('gratis-uji');
    await act(h, officer, a.row.id, 'start_check');
    await act(h, officer, a.row.id, 'propose_rejection', { message: 'Lokasi di kawasan cagar budaya.' });
    await expect(act(h, supervisor, a.row.id, 'reject')).rejects.toBeInstanceOf(ValidationError);
    await act(h, supervisor, a.row.id, 'reject', { message: 'Lokasi berada di kawasan cagar budaya Keraton.' });
    expect((await caseOf(a.row.id)).status).toBe('rejected');

    const b = await apply('gratis-uji');
    await act(h, officer, b.row.id, 'start_check');
    await act(h, officer, b.row.id, 'complete_check');
    await act(h, officer2, b.row.id, 'propose_approval', { message: 'Layak.' });
    await act(h, supervisor, b.row.id, 'approve');
    await expect(act(h, officer, b.row.id, 'confirm_payment')).rejects.toThrow(/tanpa retribusi|no fee/);
    await act(h, officer, b.row.id, 'issue');
    const [p] = await h.deps.db.select().from(permits).where(eq(permits.caseId, b.row.id));
    expect(p).toMatchObject({ number: '503/GRATIS-UJI/2026/000001', validUntil: null });
  });

  it('concurrent issuing takes every number once, with no gap', async () => {
    h.clock.set('2026-07-14T02:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { row } = await apply('gratis-uji');
      await act(h, officer, row.id, 'start_check');
      await act(h, officer, row.id, 'complete_check');
      await act(h, officer2, row.id, 'propose_approval', { message: 'Layak.' });
      await act(h, supervisor, row.id, 'approve');
      ids.push(row.id);
    }
    await Promise.all(ids.map((id) => act(h, officer, id, 'issue')));
    const rows = await h.deps.db.select({ seq: permits.seq }).from(permits).where(eq(permits.typeCode, 'GRATIS-UJI'));
    expect(rows.map((r) => r.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('revoking: a supervisor, with a reason, once', async () => {
    const [p] = await h.deps.db.select().from(permits).where(eq(permits.typeCode, 'REKLAME-UJI'));
    await expect(act(h, officer, p!.caseId, 'revoke', { message: 'Tidak sesuai.' })).rejects.toThrow();
    await act(h, supervisor, p!.caseId, 'revoke', { message: 'Reklame dipasang di luar titik yang diizinkan.' });
    const [after] = await h.deps.db.select().from(permits).where(eq(permits.id, p!.id));
    expect(after).toMatchObject({ revokeReason: 'Reklame dipasang di luar titik yang diizinkan.', revokedById: supervisor.id });
    await expect(act(h, supervisor, p!.caseId, 'revoke', { message: 'Lagi.' })).rejects.toThrow();
    const events = await h.deps.db.select({ type: caseEvents.type }).from(caseEvents).where(eq(caseEvents.caseId, p!.caseId));
    expect(events.filter((e) => e.type === 'revoke')).toHaveLength(1);
  });
});
