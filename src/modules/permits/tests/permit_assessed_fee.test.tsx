// Issue 13.9: a permit whose fee is assessed per case (the retribusi PBG, the rent of road space) was
// treated as free — the amount stored is 0 until assessed — so it could be issued with no payment
// step, and the applicant and staff were told "Tanpa retribusi". The amount is now set by staff
// with the proposal to approve (in that event), payment is confirmed before issue when it is above
// 0, and the applicant reads "assessed after review" until the approval, then the amount, its legal
// basis and when to pay. On both runtimes.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, permitApplications, permits, services, units } from '../../../db/schema';
import { formatRupiah } from '../../../platform/i18n/lang';
import type { Harness } from '../../../../tests/harness/types';
import { openPrivate } from '../../../../tests/helpers/complaints';
import { applyForPermit, DOC_FORM } from '../../../../tests/helpers/permits';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

const BASIS = 'UU 1/2022 tentang HKPD; Perda Kota Surakarta tentang Pajak Daerah dan Retribusi Daerah';

let h: Harness;
let officer: TestSession;
let supervisor: TestSession;

beforeAll(async () => {
  h = await makeHarness();
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  await h.deps.db.insert(services).values({
    kind: 'permit',
    code: 'pbg-uji',
    nameId: 'Persetujuan Bangunan Gedung (uji)',
    nameEn: 'Building approval (test)',
    unitId: u!.id,
    slaDays: 10,
    firstResponseDays: 1,
    fee: 0,
    feeKind: 'assessed',
    feeBasis: BASIS,
    validityMonths: null,
    formFields: JSON.stringify(DOC_FORM),
  });
  officer = await signInAs(h, 'petugas.dpmptsp@demo.pelita.id');
  supervisor = await signInAs(h, 'kabid.dpmptsp@demo.pelita.id');
});
afterAll(async () => h.close());

async function act(who: TestSession, id: string, action: string, fields: Record<string, string> = {}) {
  const [row] = await h.deps.db.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
  return postForm(h, `/staf/kasus/${id}/aksi`, who, { action, version: String(row!.version), ...fields });
}

const staffPage = async (id: string) => (await h.request(`/staf/kasus/${id}`, { headers: { Cookie: officer.cookie } })).text();

async function inReview() {
  const made = await applyForPermit(h, { serviceCode: 'pbg-uji' });
  const id = made.row.id;
  expect((await act(officer, id, 'start_check')).status).toBe(303);
  expect((await act(officer, id, 'complete_check')).status).toBe(303);
  return { id, code: made.row.trackingCode, key: made.accessKey };
}

describe(`an assessed permit fee, on ${RUNTIME}`, () => {
  it('13.9 an assessed fee is set with the proposal to approve, told to the applicant with the approval, and paid before issue', async () => {
    const { id, code, key } = await inReview();
    const amount = 1_250_000;
    const rupiah = formatRupiah(amount, 'id');

    // until assessed: nobody is told "no fee"
    let staff = await staffPage(id);
    expect(staff).not.toContain('Tanpa retribusi');
    expect(staff).toContain('Dihitung setelah pemeriksaan teknis');
    expect(staff).toContain('name="fee"');
    const { cookie } = await openPrivate(h, code, key);
    const track = async () => (await h.request(`/lacak/${code}`, { headers: { Cookie: cookie } })).text();
    let mine = await track();
    expect(mine).not.toContain('Tanpa retribusi');
    expect(mine).toContain('Dihitung setelah pemeriksaan teknis');
    expect(mine).toContain(BASIS);

    // the proposal to approve must carry the amount, and keeps what was typed when it fails
    const missing = await act(officer, id, 'propose_approval', { message: 'Sesuai KRK.' });
    expect(missing.status).toBe(422);
    const missingHtml = await missing.text();
    expect(missingHtml).toContain('Isi besarnya retribusi hasil pemeriksaan teknis');
    expect(missingHtml).toContain('Sesuai KRK.');
    expect((await act(officer, id, 'propose_approval', { message: 'Sesuai KRK.', fee: '12,5' })).status).toBe(422);
    expect((await act(officer, id, 'propose_approval', { message: 'Sesuai KRK.', fee: 'Rp 1.250.000' })).status).toBe(303);
    const [app] = await h.deps.db.select().from(permitApplications).where(eq(permitApplications.caseId, id));
    expect(app).toMatchObject({ fee: amount, feeKind: 'assessed', feeBasis: BASIS });
    expect(app!.feeSetAt).not.toBeNull();
    const events = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    const proposal = events.find((e) => e.type === 'propose_approval');
    expect(JSON.parse(proposal!.data!)).toMatchObject({ fee: amount });

    // staff see it at once and in the history; the applicant not before the decision (the proposal is internal)
    staff = await staffPage(id);
    expect(staff).toContain(`data-fee="${amount}"`);
    expect(staff).toContain('data-event-fee');
    mine = await track();
    expect(mine).not.toContain(rupiah);
    expect(mine).toContain('Dihitung setelah pemeriksaan teknis');

    // approved: the applicant reads the amount, its basis and that it is paid now
    expect((await act(supervisor, id, 'approve')).status).toBe(303);
    mine = await track();
    expect(mine).toContain(`data-fee="${amount}"`);
    expect(mine).toContain(rupiah);
    expect(mine).toContain(BASIS);
    expect(mine).toContain('Bayar sekarang: izin diterbitkan setelah pembayaran dikonfirmasi petugas.');
    expect(mine).toContain(`retribusi ${rupiah}`);

    // no issue before the payment is confirmed (the regression: it was issued straight away)
    const early = await act(officer, id, 'issue');
    expect(early.status).toBe(422);
    expect(await early.text()).toContain('konfirmasi pembayaran dahulu');
    expect(await h.deps.db.select().from(permits).where(eq(permits.caseId, id))).toHaveLength(0);
    expect(await staffPage(id)).toContain(`Retribusi: ${rupiah}`);
    expect((await act(officer, id, 'confirm_payment')).status).toBe(303);
    expect((await act(officer, id, 'issue')).status).toBe(303);
    expect(await h.deps.db.select().from(permits).where(eq(permits.caseId, id))).toHaveLength(1);
    expect(await track()).toContain('Sudah dibayar.');
  });

  it('13.9 an assessed permit is not approved without its amount; a levy waived to 0 needs no payment', async () => {
    const a = await inReview();
    // a proposal to reject sets no amount: approving it instead is refused until a proposal to approve sets one
    expect((await act(officer, a.id, 'propose_rejection', { message: 'KRK tidak sesuai.' })).status).toBe(303);
    const refused = await act(supervisor, a.id, 'approve');
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Retribusi izin ini belum ditetapkan');

    const b = await inReview();
    expect((await act(officer, b.id, 'propose_approval', { message: 'Rumah ibadah: dibebaskan.', fee: '0' })).status).toBe(303);
    expect((await act(supervisor, b.id, 'approve')).status).toBe(303);
    expect((await act(officer, b.id, 'confirm_payment')).status).toBe(422);
    expect((await act(officer, b.id, 'issue')).status).toBe(303);
  });

  it('13.9 the permit type API says the fee is assessed, with its basis', async () => {
    const res = await h.request('/api/v1/permit-types/pbg-uji');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ fee: 0, fee_kind: 'assessed', fee_basis: BASIS });
  });

  it('13.9 the staff API sets the assessed amount with propose_approval', async () => {
    const { id } = await inReview();
    const [row] = await h.deps.db.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
    const bad = await apiWithSession(h, `/api/v1/cases/${id}/actions`, officer, { json: { action: 'propose_approval', version: row!.version, message: 'OK.' } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('fee');
    const ok = await apiWithSession(h, `/api/v1/cases/${id}/actions`, officer, { json: { action: 'propose_approval', version: row!.version, message: 'OK.', fee: 750_000 } });
    expect(ok.status).toBe(200);
    const [app] = await h.deps.db.select().from(permitApplications).where(eq(permitApplications.caseId, id));
    expect(app!.fee).toBe(750_000);
  });
});
