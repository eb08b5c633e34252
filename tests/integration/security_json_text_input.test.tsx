// Issue 8, finding 5: JSON endpoints took any content type, control characters slipped into
// stored text (a title "Ab\u0000 …" passed the 5-character minimum and read back as "Ab"), and
// lengths were counted in UTF-16 units while the OpenAPI document promises characters.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { insertComplaint } from '../helpers/cases';
import { apiWithSession, postForm, signInAs } from '../helpers/session';
import { API_BODY, createViaApi, openPrivate, patchCase, submitComplaint, trackApi, validFields } from '../helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
beforeEach(() => h.clock.set('2026-03-02T02:00:00Z'));
afterAll(async () => h.close());

interface ErrorBody {
  error: { code: string; message: string; message_en: string; fields?: Record<string, { message: string; message_en: string }> };
}

const countCases = async () => (await h.deps.db.select({ id: cases.id }).from(cases)).length;

function postComplaint(body: string, contentType: string | null) {
  return h.request('/api/v1/complaints', {
    method: 'POST',
    headers: contentType === null ? {} : { 'Content-Type': contentType },
    body,
  });
}

describe(`8.5 JSON bodies and submitted text on ${RUNTIME}`, () => {
  it('8.5 a complaint sent as text/plain, XML, urlencoded or without a content type is refused with 415 and creates nothing', async () => {
    const before = await countCases();
    const json = JSON.stringify(API_BODY);
    const xml = '<complaint><service_code>jalan-rusak</service_code></complaint>';
    const form = new URLSearchParams({ service_code: 'jalan-rusak', title: API_BODY.title }).toString();
    for (const [body, type] of [
      [json, 'text/plain'],
      [json, 'text/plain;charset=UTF-8'],
      [xml, 'application/xml'],
      [form, 'application/x-www-form-urlencoded'],
      [json, null],
      [json, 'application/jsonp'],
    ] as const) {
      const res = await postComplaint(body, type);
      expect(res.status, `Content-Type ${type}`).toBe(415);
      const e = (await res.json()) as ErrorBody;
      expect(e.error.code).toBe('unsupported_media_type');
      expect(e.error.message_en).toContain('application/json');
    }
    expect(await countCases()).toBe(before);

    // JSON with a charset, and vendor types ending in +json, are JSON
    expect((await postComplaint(json, 'application/json; charset=utf-8')).status).toBe(201);
    expect((await postComplaint(json, 'application/vnd.pelita.complaint+json')).status).toBe(201);
    // declared JSON that is not JSON stays the precise 400
    const broken = await postComplaint('{"title": ', 'application/json');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorBody).error.code).toBe('malformed_json');
  });

  it('8.5 every JSON endpoint reads its body the same way: 415 for another type, 400 malformed_json when unreadable', async () => {
    const { code, key, id } = await createViaApi(h);
    await patchCase(h, id, { status: 'info_requested', pausedSince: h.clock.now() });
    const plain = { 'Content-Type': 'text/plain', 'X-Access-Key': key };
    for (const path of ['/information', '/reopen', '/rating']) {
      const res = await h.request(`/api/v1/track/${code}${path}`, { method: 'POST', headers: plain, body: '{"message":"x"}' });
      expect(res.status, path).toBe(415);
      const broken = await h.request(`/api/v1/track/${code}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Access-Key': key },
        body: '{"message":',
      });
      expect(broken.status, path).toBe(400);
      expect(((await broken.json()) as ErrorBody).error.code).toBe('malformed_json');
    }

    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const staffCase = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const asText = await h.request(`/api/v1/cases/${staffCase.id}/actions`, {
      method: 'POST',
      headers: { Cookie: officer.cookie, 'X-CSRF-Token': officer.csrf, 'Content-Type': 'text/plain' },
      body: JSON.stringify({ action: 'note', version: 1, message: 'Catatan internal' }),
    });
    expect(asText.status).toBe(415);
    const brokenStaff = await h.request(`/api/v1/cases/${staffCase.id}/actions`, {
      method: 'POST',
      headers: { Cookie: officer.cookie, 'X-CSRF-Token': officer.csrf, 'Content-Type': 'application/json' },
      body: '{"action":',
    });
    expect(brokenStaff.status).toBe(400);
    expect(((await brokenStaff.json()) as ErrorBody).error.code).toBe('malformed_json');

    const started = await apiWithSession(h, '/api/v1/training/courses/LDA-01/enrol', officer, { json: {} });
    expect(started.status).toBe(201);
    const attempt = (await (await apiWithSession(h, '/api/v1/training/courses/LDA-01/quiz/attempts', officer, { json: {} })).json()) as {
      attempt: { id: string };
    };
    const quizAsText = await h.request(`/api/v1/training/attempts/${attempt.attempt.id}`, {
      method: 'POST',
      headers: { Cookie: officer.cookie, 'X-CSRF-Token': officer.csrf, 'Content-Type': 'text/plain' },
      body: '{"answers":{}}',
    });
    expect(quizAsText.status).toBe(415);

    const login = await h.request('/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'username=x' });
    expect(login.status).toBe(400);
    expect(((await login.json()) as ErrorBody).error.code).toBe('malformed_json');
  });

  it('8.5 a NUL or another control character in a complaint is a field error, never stored cut short', async () => {
    const before = await countCases();
    const res = await postComplaint(JSON.stringify({ ...API_BODY, title: 'Ab\u0000 cdefgh' }), 'application/json');
    expect(res.status).toBe(422);
    const f = ((await res.json()) as ErrorBody).error.fields!;
    expect(Object.keys(f)).toEqual(['title']);
    expect(f['title']!.message_en).toContain('control character');
    expect(f['title']!.message_en).toContain('U+0000');
    expect(f['title']!.message).toContain('karakter kendali');

    for (const [field, value] of [
      ['description', `Lubang besar di tengah jalan\u0007 dekat pasar yang berbahaya.`],
      ['address', 'Jl. Kolonel\u001b[31m Sutarto'],
      ['description', `Lubang besar di tengah jalan dekat pasar\u007f yang berbahaya.`],
      ['description', `Lubang besar di tengah jalan dekat pasar\u0085 yang berbahaya.`],
      ['description', `Lubang besar di tengah jalan dekat pasar \ud800 yang berbahaya.`],
    ] as const) {
      const r = await postComplaint(JSON.stringify({ ...API_BODY, [field]: value }), 'application/json');
      expect(r.status, JSON.stringify(value)).toBe(422);
      expect(Object.keys(((await r.json()) as ErrorBody).error.fields!)).toEqual([field]);
    }
    const email = await postComplaint(JSON.stringify({ ...API_BODY, contact: { email: 'wa\u0000rga@contoh.id' } }), 'application/json');
    expect(email.status).toBe(422);
    expect(Object.keys(((await email.json()) as ErrorBody).error.fields!)).toEqual(['contact.email']);
    expect(await countCases()).toBe(before);

    // tab and newline are ordinary text; CR LF becomes LF
    const ok = await postComplaint(
      JSON.stringify({ ...API_BODY, description: 'Lubang besar:\r\n\t- di tengah jalan\n\t- dekat pasar, berbahaya.' }),
      'application/json',
    );
    expect(ok.status).toBe(201);
    const { tracking_code } = (await ok.json()) as { tracking_code: string };
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, tracking_code));
    expect(row!.description).toBe('Lubang besar:\n\t- di tengah jalan\n\t- dekat pasar, berbahaya.');
  });

  it('8.5 the complaint form refuses a control character next to the field and keeps what was typed', async () => {
    const before = await countCases();
    const res = await submitComplaint(h, validFields({ title: 'Ab\u0000 cdefgh', address: 'Jl. Slamet Riyadi No. 123' }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('karakter kendali');
    expect(html).toContain('Jl. Slamet Riyadi No. 123');
    expect(await countCases()).toBe(before);
  });

  it('8.5 citizen messages and staff messages refuse control characters too (form and API)', async () => {
    const { code, key, id } = await createViaApi(h);
    await patchCase(h, id, { status: 'info_requested', pausedSince: h.clock.now() });
    const api = await trackApi(h, code, '/information', { key, json: { message: 'Foto\u0000 sudah saya kirim' } });
    expect(api.status).toBe(422);
    expect(((await api.json()) as ErrorBody).error.fields!['message']!.message_en).toContain('control character');

    const { cookie, res } = await openPrivate(h, code, key);
    expect(res.status).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())![1]!;
    const form = await postForm(h, `/lacak/${code}/informasi`, { cookie, csrf }, { message: 'Ini\u0008 jawabannya' });
    expect(form.status).toBe(422);
    const page = await form.text();
    expect(page).toContain('karakter kendali');
    expect(page).toContain('jawabannya');

    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const staffForm = await postForm(h, `/staf/kasus/${k.id}/aksi`, officer, { action: 'note', version: '1', message: 'Catatan\u0000 internal' });
    expect(staffForm.status).toBe(422);
    expect(await staffForm.text()).toContain('karakter kendali');
    const staffApi = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, officer, {
      json: { action: 'note', version: 1, message: 'Catatan\u001f internal' },
    });
    expect(staffApi.status).toBe(422);
    expect(((await staffApi.json()) as ErrorBody).error.fields!['message']!.message_en).toContain('control character');
  });

  it('8.5 lengths count characters (code points) as the OpenAPI document does: 150 emoji fit a title, 151 do not, 3 are too few', async () => {
    const fits = await postComplaint(JSON.stringify({ ...API_BODY, title: '🕳'.repeat(150) }), 'application/json');
    expect(fits.status).toBe(201);

    const tooLong = await postComplaint(JSON.stringify({ ...API_BODY, title: '🕳'.repeat(151) }), 'application/json');
    expect(tooLong.status).toBe(422);
    expect(((await tooLong.json()) as ErrorBody).error.fields!['title']!.message_en).toContain('(now 151)');

    const tooShort = await postComplaint(JSON.stringify({ ...API_BODY, title: '🕳🕳🕳' }), 'application/json');
    expect(tooShort.status).toBe(422);
    expect(((await tooShort.json()) as ErrorBody).error.fields!['title']!.message_en).toContain('at least 5');

    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const long = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, officer, { json: { action: 'note', version: 1, message: '🕳'.repeat(4000) } });
    expect(long.status).toBe(200);
  });
});
