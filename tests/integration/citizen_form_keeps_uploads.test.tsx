// Issue 13, item 3: every form error dropped the chosen photos, even valid ones (painful on a
// phone). Now accepted files are kept server-side against the form's token, shown as already
// attached (with a remove checkbox) on the form shown again, and attached when it is sent; only
// the browser holding the token can see, remove or send them, and the cron removes expired ones.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, cases, pendingUploads, services, units } from '../../src/db/schema';
import type { FormField } from '../../src/domain/catalogue/service';
import { purgeExpired } from '../../src/jobs';
import type { Harness } from '../harness/types';
import { cookieFrom, EXE_BYTES, PDF_BYTES, PNG_BYTES, postComplaint, validFields } from '../helpers/complaints';
import { visitor } from '../helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  const form: FormField[] = [
    { name: 'lokasi', label: { id: 'Lokasi', en: 'Site' }, type: 'text', required: true, maxLength: 100 },
    { name: 'desain', label: { id: 'Gambar desain', en: 'Design drawing' }, type: 'file', required: true, max: 2 },
  ];
  await h.deps.db
    .insert(services)
    .values({ kind: 'permit', code: 'reklame-simpan', nameId: 'Izin Reklame (uji lampiran)', nameEn: 'Advertising permit (upload test)', unitId: u!.id, slaDays: 10, firstResponseDays: 1, formFields: JSON.stringify(form) });
});
afterAll(async () => h.close());

const photo = (name = 'lubang.png') => ({ name, bytes: PNG_BYTES, type: 'image/png' });

/** The ids of the kept files' remove checkboxes on a form, by file name. */
function keptIds(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<li data-kept-file="([^"]+)">[\s\S]*?name="hapus_berkas" value="([0-9a-f-]{36})"/g)) out[m[1]!] = m[2]!;
  return out;
}

async function attachedTo(post: Response): Promise<string[]> {
  expect(post.status).toBe(303);
  const code = (post.headers.get('Location') ?? '').split('/').pop()!;
  const [row] = await h.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, code));
  return (await h.deps.db.select({ name: attachments.filename }).from(attachments).where(eq(attachments.caseId, row!.id))).map((r) => r.name).sort();
}

describe(`13.3 a form error keeps the accepted files on ${RUNTIME}`, () => {
  it('13.3 the complaint form with one bad field keeps the photo and shows it as attached', async () => {
    const who = await visitor(h);
    const fields = validFields({ title: '' });
    const res = await postComplaint(h, fields, [photo()], who);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Judul wajib diisi.');
    expect(html).toContain(`name="form_token" value="${fields['form_token']}"`);
    expect(Object.keys(keptIds(html))).toEqual(['lubang.png']);
    expect(html).toContain('Sudah terlampir');
    expect(html).not.toContain('Pilih kembali foto atau dokumen Anda');
  });

  it('13.3 the submit after fixing the field attaches the kept photo, with the new one', async () => {
    const who = await visitor(h);
    const fields = validFields({ title: '' });
    await postComplaint(h, fields, [photo('pertama.png')], who);
    const sent = await postComplaint(h, { ...fields, title: 'Lubang besar di Jalan Slamet Riyadi' }, [photo('kedua.png')], who);
    expect(await attachedTo(sent)).toEqual(['kedua.png', 'pertama.png']);
  });

  it('13.3 a bad file is refused by name while the good one beside it is kept; a ticked remove drops a kept file', async () => {
    const who = await visitor(h);
    const fields = validFields();
    const first = await postComplaint(h, fields, [photo('baik.png'), { name: 'setup.exe', bytes: EXE_BYTES, type: 'application/octet-stream' }], who);
    expect(first.status).toBe(422);
    const html = await first.text();
    expect(html).toContain('setup.exe');
    expect(Object.keys(keptIds(html))).toEqual(['baik.png']);

    const second = await postComplaint(h, { ...fields, title: '' }, [photo('lain.png')], who);
    const ids = keptIds(await second.text());
    expect(Object.keys(ids).sort()).toEqual(['baik.png', 'lain.png']);
    const sent = await postComplaint(h, { ...fields, hapus_berkas: ids['baik.png'] }, [], who);
    expect(await attachedTo(sent)).toEqual(['lain.png']);
  });

  it('13.3 someone else’s token can neither claim nor remove the kept photo', async () => {
    const victim = await visitor(h);
    const victimFields = validFields({ title: '' });
    const ids = keptIds(await (await postComplaint(h, victimFields, [photo('milik-warga.png')], victim)).text());
    const id = ids['milik-warga.png']!;

    const attacker = await visitor(h);
    const theirs = await postComplaint(h, validFields({ hapus_berkas: id }), [], attacker);
    expect(await attachedTo(theirs)).toEqual([]);
    expect(await h.deps.db.select().from(pendingUploads).where(eq(pendingUploads.id, id))).toHaveLength(1);

    const mine = await postComplaint(h, { ...victimFields, title: 'Lubang besar di Jalan Slamet Riyadi' }, [], victim);
    expect(await attachedTo(mine)).toEqual(['milik-warga.png']);
  });

  it('13.3 sending the same form twice after an error gives the same complaint back', async () => {
    const who = await visitor(h);
    const fields = validFields({ title: '' });
    await postComplaint(h, fields, [photo()], who);
    const fixed = { ...fields, title: 'Lubang besar di Jalan Slamet Riyadi' };
    const a = await postComplaint(h, fixed, [], who);
    const b = await postComplaint(h, fixed, [], who);
    expect(b.headers.get('Location')).toBe(`${a.headers.get('Location')}?ulang=1`);
    expect(cookieFrom(b)).toMatch(/pelita_terkirim_/);
  });

  it('13.3 kept files expire: the cron removes the rows and their bytes', async () => {
    const who = await visitor(h);
    await postComplaint(h, validFields({ title: '' }), [photo('lama.png')], who);
    const [row] = await h.deps.db.select().from(pendingUploads).where(eq(pendingUploads.filename, 'lama.png'));
    expect(await h.deps.files.get(row!.storageKey)).not.toBeNull();
    h.clock.advance(6 * 3_600_000 + 1);
    const result = await purgeExpired.run(h.deps);
    expect(result['pending_uploads']).toBeGreaterThanOrEqual(1);
    expect(await h.deps.db.select().from(pendingUploads).where(eq(pendingUploads.id, row!.id))).toHaveLength(0);
    expect(await h.deps.files.get(row!.storageKey)).toBeNull();
  });

  it('13.3 the permit form keeps an accepted document through an error and attaches it when sent', async () => {
    const who = await visitor(h);
    const token = `tok-${crypto.randomUUID()}`;
    const post = (fields: Record<string, string>, doc: boolean) => {
      const fd = new FormData();
      fd.append('_csrf', who.csrf);
      fd.append('form_token', token);
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      if (doc) fd.append('dokumen.desain', new File([PDF_BYTES as BlobPart], 'desain.pdf', { type: 'application/pdf' }));
      return h.request('/izin/baru/reklame-simpan', { method: 'POST', headers: { Cookie: who.cookie }, body: fd, redirect: 'manual' });
    };
    const good = { intent: 'kirim', applicant_name: 'CV Simpan', contact_email: 'simpan@contoh.id', 'answers.lokasi': 'Jl. Simpan 1' };
    const failed = await post({ ...good, 'answers.lokasi': '' }, true);
    expect(failed.status).toBe(422);
    const html = await failed.text();
    expect(html).toContain('Lokasi wajib diisi.');
    expect(Object.keys(keptIds(html))).toEqual(['desain.pdf']);
    // the required document is there though not chosen again
    expect(html).not.toContain('Lampirkan Gambar desain.');
    expect(await attachedTo(await post(good, false))).toEqual(['desain.pdf']);
  });

  it('13.3 on a saved draft, a refused document does not drop the good one sent with it', async () => {
    const who = await visitor(h);
    const send = (path: string, fields: Record<string, string>, docs: { name: string; bytes: Uint8Array }[], cookie = who.cookie) => {
      const fd = new FormData();
      fd.append('_csrf', who.csrf);
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      for (const d of docs) fd.append('dokumen.desain', new File([d.bytes as BlobPart], d.name, { type: 'application/octet-stream' }));
      return h.request(path, { method: 'POST', headers: { Cookie: cookie }, body: fd, redirect: 'manual' });
    };
    const saved = await (await send('/izin/baru/reklame-simpan', { intent: 'draf', applicant_name: 'CV Draf Simpan' }, [])).text();
    const href = /href="([^"]*\/izin\/draf\/[^"]+)"/.exec(saved)![1]!;
    const id = /\/izin\/draf\/([0-9a-f-]{36})#kunci=/.exec(href)![1]!;
    const key = decodeURIComponent(/#kunci=(.+)$/.exec(href)![1]!);
    const opened = await send(`/izin/draf/${id}/kunci`, { kunci: key }, []);
    const cookie = `${cookieFrom(opened)}; ${who.cookie}`;
    const res = await send(`/izin/draf/${id}`, { intent: 'draf', applicant_name: 'CV Draf Simpan' }, [{ name: 'desain.pdf', bytes: PDF_BYTES }, { name: 'setup.exe', bytes: EXE_BYTES }], cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('setup.exe');
    expect(html).toMatch(/data-draft-document="desain"[^>]*>[^<]*desain\.pdf/);
  });
});
