// Every staff action's happy path, through the HTML forms of the case page and through the API.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, caseEvents, cases, staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let officer: TestSession;
let officer2: TestSession;
let supervisor: TestSession;

beforeAll(async () => {
  h = await makeHarness();
});
beforeEach(async () => {
  // sessions have a 30-minute idle timeout: every test starts at the same instant, freshly signed in
  h.clock.set('2026-03-02T02:00:00Z');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  officer2 = await signInAs(h, 'petugas2.dpupr@demo.pelita.id');
  supervisor = await signInAs(h, 'kabid.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

async function caseRow(id: string) {
  const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, id));
  return row!;
}

async function lastEvent(id: string) {
  const rows = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
  return rows.sort((a, b) => a.id - b.id).at(-1)!;
}

async function act(who: TestSession, id: string, fields: Record<string, string>) {
  const row = await caseRow(id);
  const res = await postForm(h, `/staf/kasus/${id}/aksi`, who, { version: String(row.version), ...fields });
  return res;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1]);

describe(`staff actions through the case page on ${RUNTIME}`, () => {
  it('the case page shows details, SLA, contact and one form per allowed action', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', privacy: 'publik' });
    const res = await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: officer.cookie } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(k.trackingCode);
    expect(html).toContain('data-sla="first-response"');
    expect(html).toContain('budi.santoso@example.id');
    for (const a of ['verify', 'decline', 'claim', 'forward', 'note']) expect(html).toContain(`id="aksi-${a}"`);
    expect(html).not.toContain('id="aksi-assign"'); // officers do not assign
    expect(html).not.toContain('id="aksi-resolve"'); // not before verification
    expect(html).toContain(`name="version" value="1"`);
    expect(html).toContain('Pengaduan diterima');
  });

  it('verify (tightening privacy), claim, reply, note, request info, resolve with evidence, close', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', privacy: 'anonim' });

    h.clock.advance(20 * 60 * 1000);
    let res = await act(officer, k.id, { action: 'verify', privacy: 'rahasia' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/staf/kasus/${k.id}?selesai=verify`);
    let row = await caseRow(k.id);
    expect(row.status).toBe('verified');
    expect(row.privacy).toBe('rahasia');
    expect(row.version).toBe(2);
    expect(row.firstRespondedAt?.toISOString()).toBe('2026-03-02T02:20:00.000Z');
    const events = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, k.id));
    expect(events.map((e) => e.type)).toEqual(['submitted', 'verify', 'privacy_changed']);

    const page = await (await h.request(`/staf/kasus/${k.id}?selesai=verify`, { headers: { Cookie: officer.cookie } })).text();
    expect(page).toContain('class="success-box"');

    res = await act(officer, k.id, { action: 'claim' });
    expect(res.status).toBe(303);
    row = await caseRow(k.id);
    expect(row.assigneeId).toBe(officer.staffId);

    h.clock.advance(20 * 60 * 1000);
    res = await act(officer, k.id, { action: 'reply', message: 'Tim survei dijadwalkan besok pagi.' });
    expect(res.status).toBe(303);
    row = await caseRow(k.id);
    expect(row.status).toBe('in_progress');
    expect(row.firstRespondedAt?.toISOString()).toBe('2026-03-02T02:20:00.000Z'); // first response stays the first
    expect((await lastEvent(k.id)).visibility).toBe('public');

    res = await act(officer, k.id, { action: 'note', message: 'Perlu alat berat, koordinasi dengan UPT.' });
    expect(res.status).toBe(303);
    const note = await lastEvent(k.id);
    expect(note.type).toBe('note');
    expect(note.visibility).toBe('internal');
    expect((await caseRow(k.id)).status).toBe('in_progress');

    res = await act(officer, k.id, { action: 'request_info', message: 'Mohon kirim foto dari sisi utara.' });
    expect(res.status).toBe(303);
    row = await caseRow(k.id);
    expect(row.status).toBe('info_requested');
    expect(row.pausedSince?.toISOString()).toBe(h.clock.now().toISOString());

    // the citizen answers (their side of the system): back to in progress, clock resumed
    await h.deps.db.update(cases).set({ status: 'in_progress', pausedSince: null, version: row.version + 1 }).where(eq(cases.id, k.id));

    const fd = new FormData();
    fd.append('_csrf', officer.csrf);
    fd.append('action', 'resolve');
    fd.append('version', String((await caseRow(k.id)).version));
    fd.append('message', 'Lubang sudah ditambal dan diaspal ulang.');
    fd.append('evidence', new File([PNG], 'bukti.png', { type: 'image/png' }));
    res = await h.request(`/staf/kasus/${k.id}/aksi`, { method: 'POST', headers: { Cookie: officer.cookie }, body: fd, redirect: 'manual' });
    expect(res.status).toBe(303);
    row = await caseRow(k.id);
    expect(row.status).toBe('resolved');
    expect(row.resolvedById).toBe(officer.staffId);
    expect(row.resolvedAt).not.toBeNull();
    const files = await h.deps.db.select().from(attachments).where(eq(attachments.caseId, k.id));
    expect(files).toHaveLength(1);
    expect(files[0]!.contentType).toBe('image/png');
    expect(files[0]!.uploadedBy).toBe('staff');
    expect(files[0]!.eventId).toBe((await lastEvent(k.id)).id);
    const dl = await h.request(`/staf/kasus/${k.id}/lampiran/${files[0]!.id}`, { headers: { Cookie: officer.cookie } });
    expect(dl.status).toBe(200);
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PNG);

    res = await act(officer, k.id, { action: 'close' });
    expect(res.status).toBe(303);
    row = await caseRow(k.id);
    expect(row.status).toBe('closed');
    expect(row.closedAt).not.toBeNull();

    const history = await (await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(history).toContain('Perlu alat berat, koordinasi dengan UPT.'); // internal notes in the full history
    expect(history).toContain('bukti.png');
  });

  it('decline with a reason; "not our authority" suggests forwarding instead', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    let res = await act(officer, k.id, { action: 'decline', decline_reason: 'other_unit', message: 'Ini urusan saluran, bukan jalan.' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('teruskan ke unit yang berwenang');
    expect(html).toMatch(/<textarea id="forward-message"[^>]*>Ini urusan saluran, bukan jalan\.<\/textarea>/);
    expect((await caseRow(k.id)).status).toBe('submitted');

    res = await act(officer, k.id, { action: 'decline', decline_reason: 'invalid', message: 'Lokasi tidak ditemukan setelah dicek.' });
    expect(res.status).toBe(303);
    const row = await caseRow(k.id);
    expect(row.status).toBe('declined');
    expect(row.firstRespondedAt).not.toBeNull();
    const ev = await lastEvent(k.id);
    expect(ev.message).toBe('Lokasi tidak ditemukan setelah dicek.');
    expect(JSON.parse(ev.data!)).toMatchObject({ reason_kind: 'invalid' });
  });

  it('a supervisor assigns to an officer of the unit', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const page = await (await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: supervisor.cookie } })).text();
    expect(page).toContain('id="aksi-assign"');
    expect(page).toContain(`<option value="${officer2.staffId}"`);
    const res = await act(supervisor, k.id, { action: 'assign', assignee: String(officer2.staffId) });
    expect(res.status).toBe(303);
    expect((await caseRow(k.id)).assigneeId).toBe(officer2.staffId);
  });

  it('forward moves the case to the other unit, clears the assignee and starts it as submitted', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', assigneeEmail: 'petugas.dpupr@demo.pelita.id' });
    await act(officer, k.id, { action: 'verify' });
    await h.deps.db.update(cases).set({ escalatedAt: h.clock.now() }).where(eq(cases.id, k.id));
    const res = await act(officer, k.id, { action: 'forward', to_unit: 'DLH', message: 'Pohon tumbang menutup jalan, kewenangan DLH.' });
    expect(res.status).toBe(303);
    const back = res.headers.get('Location')!;
    expect(back).toBe(`/staf?diteruskan=${k.trackingCode}&ke=DLH`);
    expect(await (await h.request(back, { headers: { Cookie: officer.cookie } })).text()).toContain(`Kasus ${k.trackingCode} telah diteruskan ke DLH`);
    const row = await caseRow(k.id);
    const [dlh] = await h.deps.db.select({ unitId: staff.unitId }).from(staff).where(eq(staff.email, 'petugas.dlh@demo.pelita.id'));
    expect(row.unitId).toBe(dlh!.unitId);
    expect(row.assigneeId).toBeNull();
    expect(row.escalatedAt).toBeNull();
    expect(row.status).toBe('submitted');
    const ev = await lastEvent(k.id);
    // anyone following the case sees where it went; its instruction only the citizen (10.5)
    expect(ev.visibility).toBe('public');
    expect(JSON.parse(ev.data!)).toMatchObject({ from_unit: 'DPUPR', to_unit: 'DLH' });
    // the old unit can no longer open it, the new one can
    expect((await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: officer.cookie } })).status).toBe(403);
    const dlhOfficer = await signInAs(h, 'petugas.dlh@demo.pelita.id');
    expect((await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: dlhOfficer.cookie } })).status).toBe(200);
  });

  it('reply templates of the category are offered (select with JS, listed without)', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'verified' });
    const html = await (await h.request(`/staf/kasus/${k.id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(html).toContain('data-fill="reply-message"');
    expect(html).toContain('Laporan diterima, survei lapangan dijadwalkan');
    expect(html).toContain('class="templates-nojs"');
    expect(html).toMatch(/<script nonce="[^"]+">/);
  });

  it('a missing message re-renders the form with 422 and the field error, keeping the other input', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'verified' });
    const res = await act(officer, k.id, { action: 'forward', to_unit: 'DLH', message: '   ' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Alasan atau instruksi disposisi wajib diisi.');
    expect(html).toMatch(/<option value="DLH" selected/);
    expect((await caseRow(k.id)).version).toBe(1);
  });

  it('a resolve with a renamed file is refused next to the field, nothing stored', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak', status: 'in_progress' });
    const fd = new FormData();
    fd.append('_csrf', officer.csrf);
    fd.append('action', 'resolve');
    fd.append('version', '1');
    fd.append('message', 'Sudah diperbaiki.');
    fd.append('evidence', new File([new TextEncoder().encode('MZ not an image')], 'foto.jpg', { type: 'image/jpeg' }));
    const res = await h.request(`/staf/kasus/${k.id}/aksi`, { method: 'POST', headers: { Cookie: officer.cookie }, body: fd, redirect: 'manual' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('bukan JPEG, PNG, WebP, atau PDF');
    expect(html).toContain('Sudah diperbaiki.');
    expect((await caseRow(k.id)).status).toBe('in_progress');
  });
});

describe(`staff actions through the API on ${RUNTIME}`, () => {
  async function post(who: TestSession, id: string, json: Record<string, unknown>) {
    const row = await caseRow(id);
    return apiWithSession(h, `/api/v1/cases/${id}/actions`, who, { json: { version: row.version, ...json } });
  }

  it('GET a case includes version, SLA and events', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const res = await apiWithSession(h, `/api/v1/cases/${k.id}`, officer);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & { events: { type: string }[] };
    expect(body['version']).toBe(1);
    expect(body['tracking_code']).toBe(k.trackingCode);
    expect(body.events.map((e) => e.type)).toEqual(['submitted']);
    expect(body['allowed_actions']).toEqual(expect.arrayContaining(['verify', 'decline', 'claim', 'forward', 'note']));
    expect(body['contact']).toBeNull(); // anonim: only the unit's supervisor sees the identity
    const sup = (await (await apiWithSession(h, `/api/v1/cases/${k.id}`, supervisor)).json()) as Record<string, unknown>;
    expect(sup['contact']).toMatchObject({ email: 'budi.santoso@example.id' });
  });

  it('every action in turn returns the updated case', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const steps: [TestSession, Record<string, unknown>, string][] = [
      [officer, { action: 'verify' }, 'verified'],
      [officer, { action: 'claim' }, 'verified'],
      [supervisor, { action: 'assign', assignee: officer2.staffId }, 'verified'],
      [officer2, { action: 'reply', message: 'Sedang kami tangani.' }, 'in_progress'],
      [officer2, { action: 'note', message: 'Catatan internal.' }, 'in_progress'],
      [officer2, { action: 'request_info', message: 'Nomor rumah terdekat?' }, 'info_requested'],
    ];
    let version = 1;
    for (const [who, json, status] of steps) {
      const res = await post(who, k.id, json);
      expect(res.status, JSON.stringify(json)).toBe(200);
      const body = (await res.json()) as { status: string; version: number; events: { type: string }[] };
      expect(body.status).toBe(status);
      expect(body.version).toBe(++version);
      expect(body.events.at(-1)!.type).toBe(json['action']);
    }
    expect((await caseRow(k.id)).assigneeId).toBe(officer2.staffId);
    await h.deps.db.update(cases).set({ status: 'in_progress', pausedSince: null, version: version + 1 }).where(eq(cases.id, k.id));
    let res = await post(officer2, k.id, { action: 'resolve', message: 'Selesai diperbaiki.' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('resolved');
    res = await post(officer2, k.id, { action: 'close' });
    expect(((await res.json()) as { status: string }).status).toBe('closed');

    const k2 = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    res = await post(officer, k2.id, { action: 'decline', message: 'Duplikat laporan sebelumnya.' });
    expect(((await res.json()) as { status: string }).status).toBe('declined');

    const k3 = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    res = await post(officer, k3.id, { action: 'forward', to_unit: 'DISHUB', message: 'Lampu jalan, kewenangan Dishub.' });
    expect(res.status).toBe(200);
    const fw = (await res.json()) as { status: string; unit: { code: string }; assignee: unknown };
    expect(fw).toMatchObject({ status: 'submitted', unit: { code: 'DISHUB' }, assignee: null });
  });

  it('the list endpoint filters and counts', async () => {
    const res = await apiWithSession(h, '/api/v1/cases?status=all', officer);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; cases: { unit: string }[]; counts: Record<string, number> };
    expect(body.total).toBeGreaterThan(0);
    expect(body.cases.every((c) => c.unit === 'DPUPR')).toBe(true);
    expect(body.counts['closed']).toBeGreaterThan(0);
    const badStatus = await apiWithSession(h, '/api/v1/cases?status=zzz', officer);
    expect(badStatus.status).toBe(422);
    const other = await apiWithSession(h, '/api/v1/cases?unit=DLH', officer);
    expect(other.status).toBe(403);
  });

  it('a missing version or action is a 422 naming the field; an unknown id is 404', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const res = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, officer, { json: { action: 'verify' } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { fields: Record<string, unknown> } };
    expect(Object.keys(body.error.fields)).toEqual(['version']);
    const missingMsg = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, officer, {
      json: { action: 'note', version: 1 },
    });
    expect(missingMsg.status).toBe(422);
    expect(((await missingMsg.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('message');
    const unknown = await apiWithSession(h, `/api/v1/cases/00000000-0000-4000-8000-000000000000`, officer);
    expect(unknown.status).toBe(404);
    const unknownPost = await apiWithSession(h, `/api/v1/cases/00000000-0000-4000-8000-000000000000/actions`, officer, {
      json: { action: 'verify', version: 1 },
    });
    expect(unknownPost.status).toBe(404);
    const rows = await h.deps.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, k.id)));
    expect(rows).toHaveLength(1);
  });
});
