// Issue 13.3 on the applicant's revision form (/lacak/{code}/perbaikan): a try that failed — an
// answer left unchanged, one refused file — dropped every document chosen with it, even the good
// ones, so a corrected drawing had to be found and chosen again on a phone. The form now keeps the
// accepted documents under its token like the application form, lists them with a remove box and
// attaches them when it succeeds. On both runtimes.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, cases } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { EXE_BYTES, openPrivate, PDF_BYTES } from '../../../../tests/helpers/complaints';
import { act, addPermitType, applyForPermit, principalOf } from '../../../../tests/helpers/permits';

let h: Harness;

beforeAll(async () => {
  h = await makeHarness();
  await addPermitType(h, { code: 'reklame-rev', unitCode: 'DPMPTSP', nameId: 'Izin Reklame (uji perbaikan)', nameEn: 'Advertising permit (revision test)', validityMonths: 12 });
});
afterAll(async () => h.close());

/** An application whose officer asked to fix the area and the design drawing; the applicant's private page open. */
async function revisionAsked() {
  const made = await applyForPermit(h, { serviceCode: 'reklame-rev' });
  const officer = await principalOf(h, 'petugas.dpmptsp@demo.pelita.id');
  await act(h, officer, made.row.id, 'start_check');
  await act(h, officer, made.row.id, 'request_revision', { message: 'Luas tidak sesuai gambar.', fields: { items: ['luas_m2', 'desain'] } });
  const { cookie, res } = await openPrivate(h, made.row.trackingCode, made.accessKey);
  const html = await res.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1];
  expect(token).toBeTruthy();
  const send = (fields: Record<string, string>, docs: { name: string; bytes: Uint8Array; type: string }[] = []) => {
    const fd = new FormData();
    fd.append('_csrf', csrf);
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    for (const d of docs) fd.append('dokumen.desain', new File([d.bytes as BlobPart], d.name, { type: d.type }));
    return h.request(`/lacak/${made.row.trackingCode}/perbaikan`, { method: 'POST', headers: { Cookie: cookie }, body: fd });
  };
  return { id: made.row.id, token: token!, send };
}

const LOKASI = 'Jl. Slamet Riyadi No. 10, Kemlayan, Serengan';

describe(`the applicant's revision form keeps its documents, on ${RUNTIME}`, () => {
  it('13.3 the revision form keeps the accepted documents after an error', async () => {
    const { id, token, send } = await revisionAsked();
    // the area left unchanged, and a refused file beside the good drawing: both named, the drawing kept
    const first = await send({ form_token: token, 'answers.lokasi': LOKASI, 'answers.luas_m2': '2,5', 'answers.jenis': 'neon_box' }, [
      { name: 'desain-2.pdf', bytes: PDF_BYTES, type: 'application/pdf' },
      { name: 'virus.exe', bytes: EXE_BYTES, type: 'application/octet-stream' },
    ]);
    expect(first.status).toBe(422);
    const html = await first.text();
    expect(html).toContain('virus.exe');
    expect(html).toContain('data-kept-file="desain-2.pdf"');
    expect(html).not.toContain('data-kept-file="virus.exe"');
    expect(html).toContain(`name="form_token" value="${token}"`);
    expect(html).toContain('name="hapus_berkas"');

    // fixed without choosing the drawing again: it is attached to the application's design field
    const ok = await send({ form_token: token, 'answers.lokasi': LOKASI, 'answers.luas_m2': '3', 'answers.jenis': 'neon_box' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Perbaikan terkirim');
    expect((await h.deps.db.select({ status: cases.status }).from(cases).where(eq(cases.id, id)))[0]!.status).toBe('resubmitted');
    const files = await h.deps.db.select().from(attachments).where(and(eq(attachments.caseId, id), eq(attachments.filename, 'desain-2.pdf')));
    expect(files).toHaveLength(1);
    expect(files[0]!.formField).toBe('desain');
  });

  it('13.3 a kept document ticked for removal is not attached, and another form token sees nothing', async () => {
    const { token, send } = await revisionAsked();
    const first = await send({ form_token: token, 'answers.lokasi': LOKASI, 'answers.luas_m2': '2,5', 'answers.jenis': 'neon_box' }, [
      { name: 'salah.pdf', bytes: PDF_BYTES, type: 'application/pdf' },
    ]);
    expect(first.status).toBe(422);
    const keptId = /name="hapus_berkas" value="([^"]+)"/.exec(await first.text())![1]!;
    // someone else's token: nothing of this form
    const other = await send({ form_token: 'x'.repeat(32), 'answers.lokasi': LOKASI, 'answers.luas_m2': '2,5', 'answers.jenis': 'neon_box' });
    expect(await other.text()).not.toContain('data-kept-file="salah.pdf"');
    // removed: the drawing is missing again, so the revision is refused for it
    const removed = await send({ form_token: token, hapus_berkas: keptId, 'answers.lokasi': LOKASI, 'answers.luas_m2': '3', 'answers.jenis': 'neon_box' });
    expect(removed.status).toBe(422);
    const removedHtml = await removed.text();
    expect(removedHtml).not.toContain('data-kept-file="salah.pdf"');
    expect(removedHtml).toContain('Lampirkan dokumen Gambar desain yang sudah diperbaiki.');
  });
});
