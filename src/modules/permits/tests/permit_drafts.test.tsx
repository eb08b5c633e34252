// Permit drafts on both runtimes: saved without being complete (documents kept), opened again only
// with their key, sent once (a second send gets the same application back and the draft takes no
// more changes), and gone after 30 days with their documents.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases, permitDraftFiles, permitDrafts, services, units } from '../../../db/schema';
import type { FormField } from '../../../domain/catalogue/service';
import { purgeExpired, runScheduledJobs } from '../../../jobs';
import type { Harness } from '../../../../tests/harness/types';
import { confirmation, cookieFrom, followReceipt, PDF_BYTES } from '../../../../tests/helpers/complaints';
import { visitor } from '../../../../tests/helpers/session';


const L = (id: string, en: string) => ({ id, en });
const FORM: FormField[] = [
  { name: 'lokasi', label: L('Lokasi', 'Site'), type: 'text', required: true, maxLength: 100 },
  { name: 'desain', label: L('Gambar desain', 'Design drawing'), type: 'file', required: true, max: 2 },
];

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  await h.deps.db.insert(services).values({ kind: 'permit', code: 'reklame-draf', nameId: 'Izin Reklame (uji draf)', nameEn: 'Advertising permit (draft test)', unitId: u!.id, slaDays: 10, firstResponseDays: 1, formFields: JSON.stringify(FORM) });
});
afterAll(async () => h.close());

async function post(path: string, who: { cookie: string; csrf: string }, fields: Record<string, string>, doc = false) {
  const fd = new FormData();
  fd.append('_csrf', who.csrf);
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  if (doc) fd.append('dokumen.desain', new File([PDF_BYTES as BlobPart], 'desain.pdf', { type: 'application/pdf' }));
  return h.request(path, { method: 'POST', headers: { Cookie: who.cookie }, body: fd, redirect: 'manual' });
}

describe(`permit drafts on ${RUNTIME}`, () => {
  it('permit_draft_save_resume_submit_once: incomplete is fine as a draft; the key opens it; it is sent once', async () => {
    h.clock.set('2026-07-06T02:00:00Z');
    const v = await visitor(h);
    const saved = await post('/izin/baru/reklame-draf', v, { intent: 'draf', applicant_name: 'CV Draf', 'answers.lokasi': '' }, true);
    expect(saved.status).toBe(200);
    const html = await saved.text();
    expect(html).toContain('Draf tersimpan');
    const href = /href="([^"]*\/izin\/draf\/[^"]+)"/.exec(html)![1]!;
    const id = /\/izin\/draf\/([0-9a-f-]{36})#kunci=/.exec(href)![1]!;
    const key = decodeURIComponent(/#kunci=(.+)$/.exec(href)![1]!);

    // without the key: the key form; a wrong key: 404
    const locked = await h.request(`/izin/draf/${id}`);
    expect(await locked.text()).toContain('data-key-exchange');
    expect((await post(`/izin/draf/${id}/kunci`, v, { kunci: 'salah-kunci' })).status).toBe(404);
    const opened = await post(`/izin/draf/${id}/kunci`, v, { kunci: key });
    expect(opened.status).toBe(303);
    const who = { cookie: `${cookieFrom(opened)}; ${v.cookie}`, csrf: v.csrf };
    const page = await (await h.request(`/izin/draf/${id}`, { headers: { Cookie: who.cookie } })).text();
    expect(page).toContain('CV Draf');
    expect(page).toContain('data-draft-document="desain"');

    // sending it incomplete keeps it as a draft and names what is missing
    const incomplete = await post(`/izin/draf/${id}`, who, { intent: 'kirim', applicant_name: 'CV Draf', contact_email: 'draf@contoh.id', 'answers.lokasi': '' });
    expect(incomplete.status).toBe(422);
    expect(await incomplete.text()).toContain('Lokasi wajib diisi.');
    const posted = await post(`/izin/draf/${id}`, who, { intent: 'kirim', applicant_name: 'CV Draf', contact_email: 'draf@contoh.id', 'answers.lokasi': 'Jl. Draf 1' });
    expect(posted.status).toBe(303);
    const sent = await followReceipt(h, posted, who.cookie);
    expect(sent.status).toBe(200);
    const { code } = confirmation(await sent.text());
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, code));
    expect(row).toMatchObject({ kind: 'permit', status: 'submitted' });
    expect((await h.deps.db.select().from(permitDraftFiles).where(eq(permitDraftFiles.draftId, id))).length).toBe(0);

    // sending it twice: the same application, never a second one; saving is refused
    const again = await followReceipt(h, await post(`/izin/draf/${id}`, who, { intent: 'kirim', applicant_name: 'CV Draf', contact_email: 'draf@contoh.id', 'answers.lokasi': 'Jl. Draf 1' }), who.cookie);
    expect(await again.text()).toContain(code);
    expect((await h.deps.db.select().from(cases).where(eq(cases.serviceId, row!.serviceId))).length).toBe(1);
    const change = await post(`/izin/draf/${id}`, who, { intent: 'draf', applicant_name: 'CV Lain', 'answers.lokasi': 'x' });
    expect(change.status).toBe(409);
    expect(await change.text()).toContain('sudah dikirim');
  });

  it('permit_draft_expires: a draft untouched for 30 days is gone with its documents', async () => {
    h.clock.set('2026-07-06T02:00:00Z');
    const v = await visitor(h);
    await post('/izin/baru/reklame-draf', v, { intent: 'draf', applicant_name: 'CV Lupa' }, true);
    const before = (await h.deps.db.select().from(permitDrafts)).filter((d) => d.content.includes('CV Lupa'));
    expect(before).toHaveLength(1);
    h.clock.set('2026-08-06T02:00:00Z');
    await runScheduledJobs(h.deps, [purgeExpired]);
    expect((await h.deps.db.select().from(permitDrafts).where(eq(permitDrafts.id, before[0]!.id)))).toHaveLength(0);
    expect((await h.deps.db.select().from(permitDraftFiles).where(eq(permitDraftFiles.draftId, before[0]!.id)))).toHaveLength(0);
  });
});
