import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingEvidence, trainingLedger } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let officer: TestSession;
let colleague: TestSession;
let supervisor: TestSession;
let otherSupervisor: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  colleague = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
  supervisor = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
  otherSupervisor = await signInAs(h, 'kabid.dlh@demo.pelita.id');
});
afterAll(async () => h.close());

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const good = { jenis: 'coaching', judul: 'Coaching penanganan pengaduan warga', penyelenggara: 'Kabid DPUPR', mulai: '2026-02-10', selesai: '2026-02-11', jp: '6' };

function submit(who: TestSession, fields: Record<string, string>, file: { name: string; bytes: Uint8Array } | null = { name: 'sertifikat.pdf', bytes: PDF }) {
  const fd = new FormData();
  fd.append('_csrf', who.csrf);
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  if (file) fd.append('berkas', new Blob([file.bytes as BlobPart], { type: 'application/pdf' }), file.name);
  return h.request('/pelatihan/saya/bukti', { method: 'POST', headers: { Cookie: who.cookie }, body: fd, redirect: 'manual' });
}
const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const evidenceOf = async (who: TestSession) => h.deps.db.select().from(trainingEvidence).where(eq(trainingEvidence.staffId, who.staffId));

describe(`other learning evidence on ${RUNTIME}`, () => {
  it('a bad file is refused next to the field, with everything typed kept', async () => {
    const exe = await submit(officer, good, { name: 'sertifikat.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0]) });
    expect(exe.status).toBe(422);
    const html = await exe.text();
    expect(html).toContain('Berkas bukan PDF, JPEG atau PNG (diperiksa dari isinya).');
    expect(html).toContain('value="Coaching penanganan pengaduan warga"');
    expect(html).toContain('value="2026-02-10"');
    const none = await submit(officer, good, null);
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('Lampirkan bukti');
    expect(await evidenceOf(officer)).toHaveLength(0);
  });

  it('impossible dates and JP are refused', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ ...good, selesai: '2026-02-01' }, 'Tanggal selesai tidak boleh sebelum tanggal mulai.'],
      [{ ...good, selesai: '2026-04-01' }, 'Tanggal selesai tidak boleh di masa depan'],
      [{ ...good, mulai: '2026-02-30' }, 'Tanggal mulai tidak sah'],
      [{ ...good, jp: '25' }, 'JP terlalu banyak untuk 2 hari'],
      [{ ...good, jp: '0' }, 'JP berupa bilangan bulat 1–80.'],
      [{ ...good, jp: 'enam' }, 'JP berupa bilangan bulat 1–80.'],
    ];
    for (const [fields, message] of cases) {
      const res = await submit(officer, fields);
      expect(res.status).toBe(422);
      expect(await res.text()).toContain(message);
    }
    expect(await evidenceOf(officer)).toHaveLength(0);
  });

  it('a good submission is pending; only the owner, the unit’s supervisors and officials open the file', async () => {
    const res = await submit(officer, good);
    expect(res.status).toBe(303);
    const [e] = await evidenceOf(officer);
    expect(e!.status).toBe('pending');
    const page = await (await get('/pelatihan/saya/bukti', officer)).text();
    expect(page).toContain('menunggu');
    const own = await get(`/pelatihan/bukti/${e!.id}/berkas`, officer);
    expect(own.status).toBe(200);
    expect(own.headers.get('Content-Disposition')).toContain('sertifikat.pdf');
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(PDF);
    expect((await get(`/pelatihan/bukti/${e!.id}/berkas`, supervisor)).status).toBe(200);
    expect((await get(`/pelatihan/bukti/${e!.id}/berkas`, colleague)).status).toBe(403);
    expect((await get(`/pelatihan/bukti/${e!.id}/berkas`, otherSupervisor)).status).toBe(403);
  });

  it('only a supervisor of the unit decides; a rejection needs a reason', async () => {
    const [e] = await evidenceOf(officer);
    expect((await get('/pelatihan/persetujuan', officer)).status).toBe(403);
    expect((await postForm(h, `/pelatihan/bukti/${e!.id}/putusan`, colleague, { keputusan: 'setujui' })).status).toBe(403);
    expect((await postForm(h, `/pelatihan/bukti/${e!.id}/putusan`, otherSupervisor, { keputusan: 'setujui' })).status).toBe(403);
    const list = await (await get('/pelatihan/persetujuan', supervisor)).text();
    expect(list).toContain('Coaching penanganan pengaduan warga');
    const noReason = await postForm(h, `/pelatihan/bukti/${e!.id}/putusan`, supervisor, { keputusan: 'tolak', alasan: '' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Tuliskan alasan penolakan');
  });

  it('approval credits the JP once, in the year the learning ended', async () => {
    const [e] = await evidenceOf(officer);
    const ok = await postForm(h, `/pelatihan/bukti/${e!.id}/putusan`, supervisor, { keputusan: 'setujui', alasan: 'Sesuai surat tugas.' });
    expect(ok.status).toBe(303);
    const again = await postForm(h, `/pelatihan/bukti/${e!.id}/putusan`, supervisor, { keputusan: 'setujui' });
    expect(again.status).toBe(409);
    const rows = await h.deps.db.select().from(trainingLedger).where(and(eq(trainingLedger.staffId, officer.staffId), eq(trainingLedger.objectType, 'evidence')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.jp).toBe(6);
    expect(rows[0]!.year).toBe(2026);
    const record = await (await get('/pelatihan/saya', officer)).text();
    expect(record).toContain('<strong>6</strong> / 20 JP');
  });

  it("approving one's own evidence is refused", async () => {
    expect((await submit(supervisor, { ...good, judul: 'Mentoring kepemimpinan' })).status).toBe(303);
    const [mine] = await evidenceOf(supervisor);
    const res = await postForm(h, `/pelatihan/bukti/${mine!.id}/putusan`, supervisor, { keputusan: 'setujui' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Anda tidak dapat menyetujui bukti pembelajaran Anda sendiri');
    const [after] = await evidenceOf(supervisor);
    expect(after!.status).toBe('pending');
  });
});
