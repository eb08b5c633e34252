// Issue 10, item 15: evidence that no one may decide. In a unit without a supervisor, or from a
// supervisor who is the only one in the unit, evidence stayed pending forever. It now goes to the
// nearest parent unit with a supervisor, else to BKPSDM's supervisors; the approvals list and the
// access check on the decision follow the same rule.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { staff, staffRoles, units } from '../../../db/schema';
import { trainingEvidence, trainingLedger } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { pdfBytes, submitEvidenceForm } from '../../../../tests/helpers/training';

let h: Harness;
let satpolpp: TestSession;
let dpuprSupervisor: TestSession;
let dpuprOfficer: TestSession;
let bkpsdmSupervisor: TestSession;
let setdaSupervisor: TestSession;
let kecamatanOfficer: TestSession;

async function addStaff(email: string, nip: string, unitCode: string, role: string) {
  const [unit] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, unitCode));
  const [row] = await h.deps.db.insert(staff).values({ nip, name: `Uji ${email}`, email, unitId: unit!.id }).returning({ id: staff.id });
  await h.deps.db.insert(staffRoles).values({ staffId: row!.id, role });
  return signInAs(h, email);
}

beforeAll(async () => {
  h = await makeHarness();
  satpolpp = await signInAs(h, 'petugas.satpolpp@demo.pelita.id');
  dpuprSupervisor = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
  dpuprOfficer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  // BKPSDM and Setda get a supervisor each; a kecamatan (under Setda) gets an officer and none
  bkpsdmSupervisor = await addStaff('kabid.bkpsdm.uji@demo.pelita.id', '198001012010011501', 'BKPSDM', 'supervisor');
  setdaSupervisor = await addStaff('kabag.setda.uji@demo.pelita.id', '198001012010011502', 'SETDA', 'supervisor');
  kecamatanOfficer = await addStaff('petugas.jebres.uji@demo.pelita.id', '198001012010011503', 'KEC-JEBRES', 'officer');
});
afterAll(async () => h.close());

const get = (path: string, who: TestSession) => h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' });
const evidence = (title: string) => ({ jenis: 'mentoring', judul: title, penyelenggara: 'BKPSDM', mulai: '2026-02-16', selesai: '2026-02-16', jp: '3' });
async function submitted(who: TestSession, title: string): Promise<number> {
  expect((await submitEvidenceForm(h, who, evidence(title), { name: 'bukti.pdf', bytes: pdfBytes(title) })).status).toBe(303);
  const rows = await h.deps.db.select().from(trainingEvidence).where(eq(trainingEvidence.staffId, who.staffId));
  return rows.find((r) => r.title === title)!.id;
}
const decide = (id: number, who: TestSession) => postForm(h, `/pelatihan/bukti/${id}/putusan`, who, { keputusan: 'setujui', alasan: 'Sesuai bukti.' });
const credited = async (who: TestSession) => (await h.deps.db.select().from(trainingLedger).where(eq(trainingLedger.staffId, who.staffId))).reduce((s, r) => s + r.jp, 0);

describe(`15 every piece of evidence has someone who may decide it, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  let fromSatpolpp = 0;
  let fromDpuprSupervisor = 0;
  let fromKecamatan = 0;
  let fromDpuprOfficer = 0;

  it('15 the approvals list shows each decider what they may decide', async () => {
    fromSatpolpp = await submitted(satpolpp, 'Mentoring penegakan perda');
    fromDpuprSupervisor = await submitted(dpuprSupervisor, 'Mentoring kepemimpinan bidang');
    fromKecamatan = await submitted(kecamatanOfficer, 'Mentoring pelayanan kecamatan');
    fromDpuprOfficer = await submitted(dpuprOfficer, 'Mentoring pemeriksaan jalan');
    const bkpsdm = await (await get('/pelatihan/persetujuan', bkpsdmSupervisor)).text();
    expect(bkpsdm).toContain('Mentoring penegakan perda');
    expect(bkpsdm).toContain('Mentoring kepemimpinan bidang');
    expect(bkpsdm).not.toContain('Mentoring pelayanan kecamatan');
    expect(bkpsdm).not.toContain('Mentoring pemeriksaan jalan');
    const setda = await (await get('/pelatihan/persetujuan', setdaSupervisor)).text();
    expect(setda).toContain('Mentoring pelayanan kecamatan');
    expect(setda).not.toContain('Mentoring penegakan perda');
    const dpupr = await (await get('/pelatihan/persetujuan', dpuprSupervisor)).text();
    expect(dpupr).toContain('Mentoring pemeriksaan jalan');
    expect(dpupr).not.toContain('Mentoring kepemimpinan bidang'); // their own
    expect(dpupr).not.toContain('Mentoring penegakan perda');
  });

  it('15 a unit without a supervisor: BKPSDM decides (and opens the file), nobody else', async () => {
    expect((await decide(fromSatpolpp, dpuprSupervisor)).status).toBe(403);
    expect((await get(`/pelatihan/bukti/${fromSatpolpp}/berkas`, bkpsdmSupervisor)).status).toBe(200);
    expect((await decide(fromSatpolpp, bkpsdmSupervisor)).status).toBe(303);
    expect(await credited(satpolpp)).toBe(3);
  });

  it('15 the only supervisor of a unit: BKPSDM decides their evidence, they never do', async () => {
    const own = await decide(fromDpuprSupervisor, dpuprSupervisor);
    expect(own.status).toBe(403);
    expect((await decide(fromDpuprSupervisor, bkpsdmSupervisor)).status).toBe(303);
    expect(await credited(dpuprSupervisor)).toBe(3);
  });

  it('15 a unit without a supervisor under a parent with one: the parent unit decides, not BKPSDM', async () => {
    expect((await decide(fromKecamatan, bkpsdmSupervisor)).status).toBe(403);
    expect((await decide(fromKecamatan, setdaSupervisor)).status).toBe(303);
    expect(await credited(kecamatanOfficer)).toBe(3);
  });

  it('15 a unit with its own supervisor decides its own evidence, as before', async () => {
    expect((await decide(fromDpuprOfficer, bkpsdmSupervisor)).status).toBe(403);
    expect((await decide(fromDpuprOfficer, dpuprSupervisor)).status).toBe(303);
  });
});
