// Issue 13.1: the citizen is told. Every citizen-facing change of a case queues a mail to the
// address the citizen left, in the language they submitted in, with the tracking link and never
// the access key; none without an address; internal work tells no one. Through the real app.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases, outbox } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { caseDriver, type DrivenCase } from '../../../../tests/helpers/case-driver';
import { API_BODY } from '../../../../tests/helpers/complaints';
import { addPermitType, issuePermit } from '../../../../tests/helpers/permits';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
}, 60_000);
afterAll(async () => h.close());

const notices = (caseId: string) =>
  h.deps.db.select().from(outbox).where(and(eq(outbox.caseId, caseId), eq(outbox.kind, 'complaint_notice'))).orderBy(asc(outbox.id));

/** A complaint sent through the API in the language the client asks for. */
async function submitIn(lang: 'id' | 'en', body: Record<string, unknown> = API_BODY): Promise<DrivenCase> {
  const res = await h.request('/api/v1/complaints', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': lang === 'en' ? 'en-GB,en;q=0.9' : 'id-ID' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  const j = (await res.json()) as { tracking_code: string; access_key: string };
  const [row] = await h.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, j.tracking_code));
  return { id: row!.id, code: j.tracking_code, key: j.access_key };
}

describe(`13.1 every citizen-facing change notifies the citizen, on ${RUNTIME}`, () => {
  it('13.1 a reply, a request for information (the SLA paused until the answer), resolution, a reopening and closing each queue a mail in the language the citizen used; internal work and the citizen’s own answer none', async () => {
    const d = caseDriver(h);
    h.clock.set('2026-03-02T02:00:00Z');
    const k = await submitIn('id');
    expect((await h.deps.db.select({ l: cases.language }).from(cases).where(eq(cases.id, k.id)))[0]!.l).toBe('id');
    const officer = 'petugas.dpupr@demo.pelita.id';
    await d.staff('2026-03-02T09:30', officer, k, 'claim');
    await d.staff('2026-03-02T09:40', officer, k, 'note', { message: 'Cek ke lokasi besok.' });
    expect(await notices(k.id)).toHaveLength(0);
    await d.staff('2026-03-02T10:00', officer, k, 'verify');
    await d.staff('2026-03-02T11:00', officer, k, 'reply', { message: 'Tim kami akan meninjau lokasi besok pagi.' });
    await d.staff('2026-03-03T09:00', officer, k, 'request_info', { message: 'Mohon kirim foto lubang dari dekat.' });
    await d.citizen('2026-03-03T12:00', k, 'information', { message: 'Foto sudah saya lampirkan.' });
    await d.staff('2026-03-04T09:00', officer, k, 'resolve', { message: 'Lubang sudah ditambal.' });
    await d.citizen('2026-03-04T12:00', k, 'reopen', { reason: 'Tambalannya sudah rusak lagi.' });
    await d.staff('2026-03-05T09:00', officer, k, 'verify');
    await d.staff('2026-03-05T10:00', officer, k, 'resolve', { message: 'Ditambal ulang dengan aspal panas.' });
    await d.staff('2026-03-05T11:00', officer, k, 'close');

    const mails = await notices(k.id);
    expect(mails.map((m) => m.subject)).toEqual([
      `Pengaduan ${k.code}: Diverifikasi`,
      `Pengaduan ${k.code}: Balasan petugas`,
      `Pengaduan ${k.code}: Petugas meminta informasi`,
      `Pengaduan ${k.code}: Diselesaikan`,
      `Pengaduan ${k.code}: Dibuka kembali oleh pelapor`,
      `Pengaduan ${k.code}: Diverifikasi`,
      `Pengaduan ${k.code}: Diselesaikan`,
      `Pengaduan ${k.code}: Ditutup`,
    ]);
    expect(mails.every((m) => m.to === 'warga@contoh.id' && !m.sealed)).toBe(true);
    const reply = mails[1]!.body;
    expect(reply).toContain('Pesan petugas:\nTim kami akan meninjau lokasi besok pagi.');
    expect(reply).toContain('Status sekarang: Diproses');
    const info = mails[2]!.body;
    expect(info).toContain('Mohon kirim foto lubang dari dekat.');
    expect(info).toContain('Target waktu penyelesaian dihentikan sementara sampai Anda menjawab');
    expect(info).toMatch(/Jawab paling lambat: .+ WIB/);
    // Indonesian only: not a word of the English version
    expect(info).not.toContain('paused');
  });

  it('13.1 a complaint made in English gets its notifications in English', async () => {
    const d = caseDriver(h);
    h.clock.set('2026-03-09T02:00:00Z');
    const k = await submitIn('en');
    await d.staff('2026-03-09T10:00', 'petugas.dpupr@demo.pelita.id', k, 'verify');
    await d.staff('2026-03-09T11:00', 'petugas.dpupr@demo.pelita.id', k, 'request_info', { message: 'Mohon kirim foto.' });
    const [verified, asked] = await notices(k.id);
    expect(verified!.subject).toBe(`Complaint ${k.code}: Verified`);
    expect(asked!.subject).toBe(`Complaint ${k.code}: Staff asked for information`);
    expect(asked!.body).toContain('The time target is paused until you answer.');
    expect(asked!.body).toMatch(/Answer by: .+ WIB/);
    expect(asked!.body).toContain('Message from staff:\nMohon kirim foto.');
    expect(asked!.body).not.toContain('Status sekarang');
  });

  it('13.1 the notification links to the tracking page without the access key (the key is only in the confirmation)', async () => {
    const d = caseDriver(h);
    h.clock.set('2026-03-10T02:00:00Z');
    const k = await submitIn('id');
    await d.staff('2026-03-10T10:00', 'petugas.dpupr@demo.pelita.id', k, 'verify');
    const [mail] = await notices(k.id);
    expect(mail!.body).toContain(`${h.deps.config.baseUrl}/lacak/${k.code}\n`);
    expect(mail!.body).not.toContain(k.key);
    expect(mail!.body).not.toContain('#kunci');
  });

  it('13.1 no mail without an address', async () => {
    const d = caseDriver(h);
    h.clock.set('2026-03-11T02:00:00Z');
    const { contact: _none, ...noContact } = API_BODY;
    const k = await submitIn('id', noContact);
    await d.staff('2026-03-11T10:00', 'petugas.dpupr@demo.pelita.id', k, 'verify');
    await d.staff('2026-03-11T11:00', 'petugas.dpupr@demo.pelita.id', k, 'resolve', { message: 'Sudah diperbaiki.' });
    expect(await h.deps.db.select().from(outbox).where(eq(outbox.caseId, k.id))).toHaveLength(0);
  });

  it('13.1 a permit’s stages and decision notify the applicant; the internal proposal does not', async () => {
    h.clock.set('2026-03-12T02:00:00Z');
    await addPermitType(h, { code: 'reklame-surat', unitCode: 'DPMPTSP', nameId: 'Izin Reklame Uji Surat', nameEn: 'Test advertising permit', validityMonths: 12 });
    const p = await issuePermit(h, { serviceCode: 'reklame-surat', officer: 'petugas.dpmptsp@demo.pelita.id', supervisor: 'kabid.dpmptsp@demo.pelita.id' });
    const mails = await h.deps.db.select().from(outbox).where(and(eq(outbox.caseId, p.caseId), eq(outbox.kind, 'permit_notice'))).orderBy(asc(outbox.id));
    const subjects = mails.map((m) => m.subject.replace(`${p.trackingCode}: `, ''));
    expect(subjects).toEqual(['Permohonan izin Pemeriksaan kelengkapan', 'Permohonan izin Pemeriksaan teknis', 'Permohonan izin Disetujui', 'Permohonan izin Izin terbit']);
    expect(subjects.some((s) => /usul/i.test(s))).toBe(false);
    expect(mails.every((m) => m.to === 'maju@example.id' && !m.body.includes(p.accessKey))).toBe(true);
  });
});
