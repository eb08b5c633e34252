// A permit application as its users go through it on the web, on both runtimes: the applicant's
// form rendered from the type's definition (errors keep what was typed), the confirmation with the
// code and key, the officer's case page and action forms (a revision naming its items), the
// applicant's revision form on the tracking page, the decision by a second person and the issued
// permit on both pages.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, outbox, permits, services, units } from '../../../db/schema';
import { runScheduledJobs } from '../../../jobs';
import { slaEscalation } from '../../cases/jobs/sla-escalation';
import type { FormField } from '../../../domain/catalogue/service';
import type { Harness } from '../../../../tests/harness/types';
import { confirmation, followReceipt, openPrivate, PDF_BYTES } from '../../../../tests/helpers/complaints';
import { postForm, signInAs, visitor, type TestSession } from '../../../../tests/helpers/session';

const L = (id: string, en: string) => ({ id, en });
const FORM: FormField[] = [
  { name: 'lokasi', label: L('Lokasi reklame', 'Advertisement site'), type: 'textarea', required: true, maxLength: 200 },
  { name: 'luas_m2', label: L('Luas bidang reklame', 'Advertisement area'), type: 'number', required: true, min: 0.5, max: 100 },
  {
    name: 'sisi',
    label: L('Sisi yang dipasangi', 'Sides used'),
    type: 'multiselect',
    required: false,
    options: [
      { value: 'depan', label: L('Depan', 'Front') },
      { value: 'belakang', label: L('Belakang', 'Back') },
    ],
  },
  { name: 'desain', label: L('Gambar desain', 'Design drawing'), type: 'file', required: true, max: 2 },
];

let h: Harness;
let officer: TestSession;
let supervisor: TestSession;

beforeAll(async () => {
  h = await makeHarness();
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  await h.deps.db.insert(services).values({
    kind: 'permit',
    code: 'reklame-web',
    nameId: 'Izin Reklame (uji web)',
    nameEn: 'Advertising permit (web test)',
    unitId: u!.id,
    slaDays: 10,
    firstResponseDays: 1,
    fee: 0,
    validityMonths: 12,
    requirements: JSON.stringify([L('KTP pemohon', 'Applicant’s ID card')]),
    formFields: JSON.stringify(FORM),
  });
});
afterAll(async () => h.close());

async function apply(fields: Record<string, string | string[]>, documents: { field: string; name: string; bytes: Uint8Array }[]) {
  const v = await visitor(h);
  const fd = new FormData();
  fd.append('_csrf', v.csrf);
  fd.append('form_token', `tok-${crypto.randomUUID()}`);
  for (const [k, val] of Object.entries(fields)) for (const x of [val].flat()) fd.append(k, x);
  for (const d of documents) fd.append(`dokumen.${d.field}`, new File([d.bytes as BlobPart], d.name, { type: 'application/pdf' }));
  return followReceipt(h, await h.request('/izin/baru/reklame-web', { method: 'POST', headers: { Cookie: v.cookie }, body: fd }), v.cookie);
}

const GOOD = { applicant_name: 'CV Maju Jaya', contact_email: 'maju@contoh.id', 'answers.lokasi': 'Jl. Slamet Riyadi 10', 'answers.luas_m2': '2,5', 'answers.sisi': ['depan', 'belakang'] };

async function act(who: TestSession, id: string, action: string, fields: Record<string, string | string[]> = {}) {
  const [row] = await h.deps.db.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
  return postForm(h, `/staf/kasus/${id}/aksi`, who, { action, version: String(row!.version), ...fields });
}

describe(`a permit application on the web, on ${RUNTIME}`, () => {
  it('permit_form_renders_from_definition: the form shows the type’s fields, requirements and deadline; an unknown type is 404', async () => {
    const page = await h.request('/izin/baru/reklame-web');
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const s of ['name="answers.lokasi"', 'name="answers.luas_m2"', 'name="answers.sisi"', 'name="dokumen.desain"', 'KTP pemohon', '10 hari kerja', 'Tidak ada pembayaran untuk layanan ini.'])
      expect(html).toContain(s);
    expect((await h.request('/izin/baru/tidak-ada')).status).toBe(404);
    expect((await h.request('/izin/baru/jalan-rusak')).status).toBe(404); // a complaint category is not a permit type
  });

  it('permit_form_errors_keep_input: a missing document and a bad number are named; what was typed stays', async () => {
    const res = await apply({ ...GOOD, 'answers.luas_m2': 'dua' }, []);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Lampirkan Gambar desain.');
    expect(html).toContain('Luas bidang reklame harus berupa angka');
    expect(html).toContain('Jl. Slamet Riyadi 10');
    expect(html).toContain('value="dua"');
    expect(html).toMatch(/value="belakang"[^>]*checked|checked[^>]*value="belakang"/);
  });

  it('permit_web_journey: apply → check → revision asked → revised by the applicant → approved by a second person → issued', async () => {
    h.clock.set('2026-07-06T02:00:00Z');
    const res = await apply(GOOD, [{ field: 'desain', name: 'desain.pdf', bytes: PDF_BYTES }]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Permohonan izin terkirim');
    const { code, key } = confirmation(html);
    expect(code).toMatch(/^IZN-/);
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, code));
    expect(row).toMatchObject({ kind: 'permit', channel: 'web', status: 'submitted' });
    // the confirmation mail, sealed (it carries the private link)
    const [mail] = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, row!.id));
    expect(mail).toMatchObject({ kind: 'permit_confirmation' });
    expect(mail!.body).not.toContain(key); // sealed at rest

    // the public sees the status only
    const pub = await (await h.request(`/lacak/${code}`)).text();
    expect(pub).not.toContain('Jl. Slamet Riyadi 10');

    officer = await signInAs(h, 'petugas.dpmptsp@demo.pelita.id');
    supervisor = await signInAs(h, 'kabid.dpmptsp@demo.pelita.id');
    let casePage = await (await h.request(`/staf/kasus/${row!.id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(casePage).toContain('Jl. Slamet Riyadi 10');
    expect(casePage).toContain('Depan, Belakang');
    expect(casePage).toContain('id="aksi-start_check"');
    expect((await act(officer, row!.id, 'start_check')).status).toBe(303);
    casePage = await (await h.request(`/staf/kasus/${row!.id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(casePage).toContain('id="aksi-request_revision"');
    expect(casePage).toContain('name="items" value="desain"');
    const noItems = await act(officer, row!.id, 'request_revision', { message: 'Perbaiki.' });
    expect(noItems.status).toBe(422);
    expect(await noItems.text()).toContain('Pilih isian atau dokumen yang harus diperbaiki');
    expect((await act(officer, row!.id, 'request_revision', { message: 'Luas tidak sesuai gambar.', items: ['luas_m2', 'desain'] })).status).toBe(303);

    // the applicant opens the private page: the revision form with the two items
    const { cookie, res: priv } = await openPrivate(h, code, key);
    const privHtml = await priv.text();
    expect(privHtml).toContain('Kirim perbaikan');
    expect(privHtml).toContain('Luas tidak sesuai gambar.');
    expect(privHtml).toMatch(/data-item="luas_m2"/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(privHtml)![1]!;
    const send = async (answers: Record<string, string>, withDoc: boolean) => {
      const fd = new FormData();
      fd.append('_csrf', csrf);
      for (const [k, v] of Object.entries(answers)) fd.append(k, v);
      if (withDoc) fd.append('dokumen.desain', new File([PDF_BYTES as BlobPart], 'desain-2.pdf', { type: 'application/pdf' }));
      return h.request(`/lacak/${code}/perbaikan`, { method: 'POST', headers: { Cookie: cookie }, body: fd });
    };
    // unchanged area: refused, naming it, the typed text kept
    const same = await send({ 'answers.lokasi': 'Jl. Slamet Riyadi 10A', 'answers.luas_m2': '2,5' }, true);
    expect(same.status).toBe(422);
    const sameHtml = await same.text();
    expect(sameHtml).toContain('Luas bidang reklame diminta diperbaiki tetapi belum diubah.');
    expect(sameHtml).toContain('Jl. Slamet Riyadi 10A');
    const ok = await send({ 'answers.lokasi': 'Jl. Slamet Riyadi 10', 'answers.luas_m2': '3' }, true);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Perbaikan terkirim');
    expect((await h.deps.db.select({ status: cases.status }).from(cases).where(eq(cases.id, row!.id)))[0]!.status).toBe('resubmitted');

    // on to the decision: the proposer cannot approve, a second person does
    await act(officer, row!.id, 'start_check');
    await act(officer, row!.id, 'complete_check');
    expect((await act(officer, row!.id, 'propose_approval', { message: 'Sesuai rencana tata reklame.' })).status).toBe(303);
    expect((await act(supervisor, row!.id, 'approve')).status).toBe(303);
    expect((await act(officer, row!.id, 'issue')).status).toBe(303);
    const [p] = await h.deps.db.select().from(permits).where(eq(permits.caseId, row!.id));
    expect(p!.number).toBe('503/REKLAME-WEB/2026/000001');
    casePage = await (await h.request(`/staf/kasus/${row!.id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(casePage).toContain('503/REKLAME-WEB/2026/000001');
    expect(casePage).toContain('data-standing="valid"');
    const after = await (await h.request(`/lacak/${code}`, { headers: { Cookie: cookie } })).text();
    expect(after).toContain('Izin terbit');
    expect(after).toContain('503/REKLAME-WEB/2026/000001');
  });

  it('permit_fiktif_positif_flagged: near the legal deadline the queue warns; past it the queue, the case and the escalation say so', async () => {
    h.clock.set('2026-07-06T02:00:00Z'); // Monday 09:00 WIB; 10 working days → Monday 20 July 09:00
    const res = await apply(GOOD, [{ field: 'desain', name: 'desain.pdf', bytes: PDF_BYTES }]);
    const { code } = confirmation(await res.text());
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, code));
    expect(row!.resolutionDueAt.toISOString()).toBe('2026-07-20T02:00:00.000Z');
    h.clock.set('2026-07-17T03:00:00Z'); // Friday 10:00: less than one working day of the authority's time left (Fri 14 h + Mon 9 h)
    const staff = await signInAs(h, 'petugas.dpmptsp@demo.pelita.id');
    const near = await (await h.request('/staf', { headers: { Cookie: staff.cookie } })).text();
    expect(near).toMatch(new RegExp(`data-case="${row!.id}"[\\s\\S]*?Risiko fiktif positif`));
    h.clock.set('2026-07-20T03:00:00Z');
    const late = await signInAs(h, 'petugas.dpmptsp@demo.pelita.id');
    const past = await (await h.request('/staf', { headers: { Cookie: late.cookie } })).text();
    expect(past).toMatch(new RegExp(`data-case="${row!.id}"[\\s\\S]*?data-flag="overdue"`));
    const casePage = await (await h.request(`/staf/kasus/${row!.id}`, { headers: { Cookie: late.cookie } })).text();
    expect(casePage).toContain('data-fiktif="deemed"');
    const reader = await signInAs(h, 'pimpinan@demo.pelita.id');
    const dash = await (await h.request('/dasbor', { headers: { Cookie: reader.cookie } })).text();
    expect(dash).toMatch(new RegExp(`data-table="fiktif"[\\s\\S]*?${code}[\\s\\S]*?data-flag="deemed"`));
    await runScheduledJobs(h.deps, [slaEscalation]);
    const escalations = await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, row!.id), eq(caseEvents.type, 'escalate')));
    expect(escalations.length).toBeGreaterThan(0);
  });
});
