// Issue 12 "Issuing": the issued permit's document — a PDF drawn with pdf-lib on both runtimes and
// an HTML print view with the same content — carries a QR code of its /verifikasi address that
// decodes and verifies; staff who may read the case and the applicant with the access key get it,
// nobody else; a revoked permit's document is still served, marked DICABUT.
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import {
  act,
  addPermitType,
  applyForPermit,
  citizenKeyCookie,
  issuePermit,
  pdfQrText,
  pdfText,
  principalOf,
  svgQrText,
  type IssuedPermit,
} from '../../../../tests/helpers/permits';
import { signInAs, visitor, type TestSession } from '../../../../tests/helpers/session';

const OFFICER = 'petugas.dpmptsp@demo.pelita.id';
const SUPERVISOR = 'kabid.dpmptsp@demo.pelita.id';
/** a holder name WinAnsi cannot fully encode: the PDF must still be made */
const HOLDER = 'CV Maju Jaya — Łukasz Nguyễn 王';

let h: Harness;
let issued: IssuedPermit;
let officer: TestSession;
let officerName: string;

beforeAll(async () => {
  h = await makeHarness();
  h.clock.set('2026-07-06T02:00:00Z'); // Monday 6 July 2026, 09:00 WIB
  await addPermitType(h, { code: 'reklame-dok', unitCode: 'DPMPTSP', nameId: 'Izin Reklame Uji Dokumen', nameEn: 'Test advertising permit', validityMonths: 12 });
  issued = await issuePermit(h, { serviceCode: 'reklame-dok', officer: OFFICER, supervisor: SUPERVISOR, holder: HOLDER });
  officer = await signInAs(h, OFFICER);
  officerName = (await h.deps.db.select({ name: staff.name }).from(staff).where(eq(staff.email, OFFICER)))[0]!.name;
});
afterAll(async () => h.close());

const staffPdf = (who: { cookie: string }, caseId = issued.caseId) =>
  h.request(`/staf/kasus/${caseId}/izin.pdf`, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
/** the path of an absolute verification address on this portal (the harness's base URL) */
const pathOf = (url: string) => new URL(url).pathname;

describe(`the permit document on ${RUNTIME}`, () => {
  it('the PDF starts with %PDF, parses back with pdf-lib, and carries the number, holder, particulars, validity and issuing officer', async () => {
    const res = await staffPdf(officer);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('Content-Disposition')).toContain('attachment; filename="izin-503-REKLAME-DOK-2026-000001.pdf"');
    const bytes = await bytesOf(res);
    expect(String.fromCharCode(...bytes.slice(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]); // A4 in points
    expect(pdf.getTitle()).toContain('503/REKLAME-DOK/2026/000001');
    const text = await pdfText(bytes);
    for (const s of [
      'PEMERINTAH KOTA SURAKARTA',
      'DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU',
      'IZIN REKLAME UJI DOKUMEN',
      'Nomor: 503/REKLAME-DOK/2026/000001',
      // "Ł" and "ễ" mapped to what WinAnsi has, "王" replaced: never an exception
      'CV Maju Jaya — Lukasz Nguyên ?',
      'Lokasi reklame',
      'Jl. Slamet Riyadi No. 10, Kemlayan, Serengan',
      'Luas bidang reklame (m²)',
      '2,5',
      'Neon box',
      '6 Juli 2026 s.d. 5 Juli 2027',
      'Ditetapkan di Surakarta',
      'pada tanggal 6 Juli 2026',
      officerName,
    ])
      expect(text).toContain(s);
    // a document field is answered by files: not printed
    expect(text).not.toContain('Gambar desain');
    expect(text).not.toContain('DICABUT');
  });

  it('the QR code drawn in the PDF decodes to the verification address, which verifies as BERLAKU', async () => {
    const bytes = await bytesOf(await staffPdf(officer));
    const url = await pdfQrText(bytes);
    expect(url).toMatch(/^http:\/\/localhost\/verifikasi\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    // the address is printed under the code as well
    expect((await pdfText(bytes)).replace(/\n/g, '')).toContain(url!);
    const page = await h.request(pathOf(url!));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('BERLAKU');
    expect(html).toContain('503/REKLAME-DOK/2026/000001');
    expect(html).toContain('CV Maju Jaya — Łukasz Nguyễn 王');
    const api = await h.request(`/api/v1/verify/${url!.split('/').pop()}`);
    expect(api.status).toBe(200);
    expect(await api.json()).toMatchObject({ valid: true, kind: 'permit', number: '503/REKLAME-DOK/2026/000001', status: 'valid' });
  });

  it('the print view has the same content, an inline SVG QR code that decodes to the same address, and its controls hidden in print', async () => {
    const res = await h.request(`/staf/kasus/${issued.caseId}/izin/cetak`, { headers: { Cookie: officer.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const html = await res.text();
    for (const s of ['PEMERINTAH KOTA SURAKARTA', 'IZIN REKLAME UJI DOKUMEN', '503/REKLAME-DOK/2026/000001', 'Lokasi reklame', 'Neon box', '6 Juli 2026 s.d. 5 Juli 2027', officerName])
      expect(html).toContain(s);
    expect(html).toContain('CV Maju Jaya — Łukasz Nguyễn 王'); // HTML needs no mapping
    expect(html).not.toContain('Gambar desain');
    expect(html).toContain(`href="/staf/kasus/${issued.caseId}/izin.pdf"`);
    expect(html).toContain('data-print');
    expect(html).toMatch(/class="no-print permit-print-controls"/);
    expect(html).toContain('class="permit-sheet"');
    const url = svgQrText(html);
    expect(url).toBe(await pdfQrText(await bytesOf(await staffPdf(officer))));
    expect(await (await h.request(pathOf(url!))).text()).toContain('BERLAKU');
  });

  it('the staff case page and the applicant’s tracking page offer "Unduh izin (PDF)" and "Cetak"', async () => {
    const staffPage = await (await h.request(`/staf/kasus/${issued.caseId}`, { headers: { Cookie: officer.cookie } })).text();
    expect(staffPage).toContain(`href="/staf/kasus/${issued.caseId}/izin.pdf"`);
    expect(staffPage).toContain(`href="/staf/kasus/${issued.caseId}/izin/cetak"`);
    expect(staffPage).toContain('Unduh izin (PDF)');
    const cookie = await citizenKeyCookie(h, issued.trackingCode, issued.accessKey);
    const tracking = await (await h.request(`/lacak/${issued.trackingCode}`, { headers: { Cookie: cookie } })).text();
    expect(tracking).toContain(`href="/lacak/${issued.trackingCode}/izin.pdf"`);
    expect(tracking).toContain(`href="/lacak/${issued.trackingCode}/izin/cetak"`);
    expect(tracking).toContain('Cetak');
  });

  it('the applicant downloads the PDF and the print view with the access key’s cookie; without it, the tracking 404', async () => {
    const cookie = await citizenKeyCookie(h, issued.trackingCode, issued.accessKey);
    const pdf = await h.request(`/lacak/${issued.trackingCode}/izin.pdf`, { headers: { Cookie: cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Cache-Control')).toBe('private, no-store');
    expect(pdf.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(await pdfText(await bytesOf(pdf))).toContain('503/REKLAME-DOK/2026/000001');
    const print = await h.request(`/lacak/${issued.trackingCode}/izin/cetak`, { headers: { Cookie: cookie } });
    expect(print.status).toBe(200);
    expect(print.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(await print.text()).toContain(`href="/lacak/${issued.trackingCode}/izin.pdf"`);

    const v = await visitor(h);
    const wrongKey = `__Host-pelita_kunci_${issued.trackingCode.replace(/-/g, '')}=${'x'.repeat(32)}; ${v.cookie}`;
    for (const headers of [{}, { Cookie: v.cookie }, { Cookie: wrongKey }] as Record<string, string>[]) {
      for (const path of [`/lacak/${issued.trackingCode}/izin.pdf`, `/lacak/${issued.trackingCode}/izin/cetak`]) {
        const res = await h.request(path, { headers });
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(404);
        expect(await res.text()).not.toContain('503/REKLAME-DOK');
      }
    }
    // the key in the URL is never read
    expect((await h.request(`/lacak/${issued.trackingCode}/izin.pdf?kunci=${encodeURIComponent(issued.accessKey)}`)).status).toBe(404);
  });

  it('staff: another unit’s officer is refused (403), an official reads it, the anonymous are sent to sign in', async () => {
    const dpupr = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    for (const path of [`/staf/kasus/${issued.caseId}/izin.pdf`, `/staf/kasus/${issued.caseId}/izin/cetak`]) {
      const res = await h.request(path, { headers: { Cookie: dpupr.cookie } });
      expect(res.status, path).toBe(403);
      expect(await res.text()).not.toContain('503/REKLAME-DOK');
    }
    const official = await signInAs(h, 'pimpinan@demo.pelita.id');
    expect((await staffPdf(official)).status).toBe(200);
    const anon = await staffPdf({ cookie: '' });
    expect(anon.status).toBe(303);
    expect(anon.headers.get('Location')).toMatch(/^\/masuk/);
  });

  it('no document before issuing, and none for a complaint: 404', async () => {
    const pending = await applyForPermit(h, { serviceCode: 'reklame-dok' });
    await act(h, await principalOf(h, OFFICER), pending.row.id, 'start_check');
    const complaint = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const official = await signInAs(h, 'pimpinan@demo.pelita.id');
    for (const id of [pending.row.id, complaint.id, 'no-such-case']) {
      for (const path of [`/staf/kasus/${id}/izin.pdf`, `/staf/kasus/${id}/izin/cetak`]) {
        const res = await h.request(path, { headers: { Cookie: official.cookie } });
        expect(res.status, path).toBe(404);
        await res.arrayBuffer();
      }
    }
    // nor for the applicant of the pending one, with the key
    const cookie = await citizenKeyCookie(h, pending.row.trackingCode, pending.accessKey);
    const res = await h.request(`/lacak/${pending.row.trackingCode}/izin.pdf`, { headers: { Cookie: cookie } });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('belum diterbitkan');
  });

  it('a revoked permit’s document is still served, marked DICABUT with the date and reason', async () => {
    const revoked = await issuePermit(h, { serviceCode: 'reklame-dok', officer: OFFICER, supervisor: SUPERVISOR, holder: 'PT Sinar Terang' });
    h.clock.set('2026-07-20T03:00:00Z');
    await act(h, await principalOf(h, SUPERVISOR), revoked.caseId, 'revoke', { message: 'Reklame dipasang di luar titik yang diizinkan.' });
    officer = await signInAs(h, OFFICER); // two weeks later: a new session
    const res = await staffPdf(officer, revoked.caseId);
    expect(res.status).toBe(200);
    const bytes = await bytesOf(res);
    const text = await pdfText(bytes);
    expect(text).toContain('DICABUT');
    expect(text).toContain('IZIN INI TELAH DICABUT');
    expect(text).toContain('Dicabut pada 20 Juli 2026: Reklame dipasang di luar titik yang diizinkan.');
    // its QR code still leads to the verification, which says DICABUT
    const url = await pdfQrText(bytes);
    expect(await (await h.request(pathOf(url!))).text()).toContain('DICABUT');
    const print = await (await h.request(`/staf/kasus/${revoked.caseId}/izin/cetak`, { headers: { Cookie: officer.cookie } })).text();
    expect(print).toContain('permit-stamp');
    expect(print).toContain('IZIN INI TELAH DICABUT');
    expect(print).toContain('data-standing="revoked"');
  });
});
