import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEventInsert } from '../../cases/events';
import type { Harness } from '../../../../tests/harness/types';
import { visitor } from '../../../../tests/helpers/session';
import { API_BODY, createViaApi, openPrivate, PNG_BYTES, trackApi } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PERSONAL = { name: 'Siti Rahayu', email: 'siti.rahayu@contoh.id', phone: '081298765432' };

describe(`public tracking view on ${RUNTIME}`, () => {
  it('anyone sees status, category and the public history, never personal data', async () => {
    const { code } = await createViaApi(h, { ...API_BODY, privacy: 'publik', contact: PERSONAL });
    const res = await h.request(`/lacak/${code}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(code);
    expect(html).toContain('Diterima');
    expect(html).toContain('Jalan berlubang di Jebres');
    expect(html).toContain('Pengaduan diterima');
    for (const v of [PERSONAL.name, PERSONAL.email, '81298765432']) expect(html).not.toContain(v);
    expect(html).toContain('Masukkan kunci akses');

    const api = await trackApi(h, code);
    expect(api.status).toBe(200);
    const j = (await api.json()) as Record<string, unknown>;
    expect(j['view']).toBe('public');
    expect(j['status']).toBe('submitted');
    expect(j).not.toHaveProperty('contact');
    expect(JSON.stringify(j)).not.toMatch(/siti|81298765432/i);
  });

  it('internal notes never show; replies meant for the citizen show only with the key', async () => {
    const { code, key, id } = await createViaApi(h, { ...API_BODY, privacy: 'publik' });
    const now = h.clock.now();
    await caseEventInsert(h.deps.db, id, now, { actorKind: 'staff', type: 'note', visibility: 'internal', message: 'Catatan internal: pelapor sering melapor.' });
    await caseEventInsert(h.deps.db, id, now, { actorKind: 'staff', type: 'request_info', visibility: 'citizen', message: 'Mohon nomor rumah terdekat.' });
    await caseEventInsert(h.deps.db, id, now, { actorKind: 'staff', type: 'reply', visibility: 'public', message: 'Tim akan meninjau lokasi besok.' });
    const pub = await (await h.request(`/lacak/${code}`)).text();
    expect(pub).toContain('Tim akan meninjau lokasi besok.');
    expect(pub).not.toContain('Mohon nomor rumah terdekat.');
    expect(pub).not.toContain('Catatan internal');
    const { res } = await openPrivate(h, code, key);
    const mine = await res.text();
    expect(mine).toContain('Mohon nomor rumah terdekat.');
    expect(mine).toContain('Tim akan meninjau lokasi besok.');
    expect(mine).not.toContain('Catatan internal');
    const api = JSON.stringify(await (await trackApi(h, code, '', { key })).json());
    expect(api).toContain('Mohon nomor rumah terdekat.');
    expect(api).not.toContain('Catatan internal');
    const apiPublic = JSON.stringify(await (await trackApi(h, code)).json());
    expect(apiPublic).not.toContain('Mohon nomor rumah terdekat.');
  });

  it('an anonim complaint hides the reporter from the public too', async () => {
    const { code } = await createViaApi(h, { ...API_BODY, privacy: 'anonim', contact: PERSONAL });
    const html = await (await h.request(`/lacak/${code}`)).text();
    expect(html).not.toContain(PERSONAL.name);
    expect(html).not.toContain(PERSONAL.email);
  });

  it('a rahasia complaint shows only its status to the public, everything to the key holder', async () => {
    const { code, key } = await createViaApi(h, { ...API_BODY, title: 'Pungutan liar di kantor', privacy: 'rahasia', contact: PERSONAL });
    const html = await (await h.request(`/lacak/${code}`)).text();
    expect(html).toContain('Diterima');
    expect(html).toContain('bersifat rahasia');
    expect(html).not.toContain('Pungutan liar');
    expect(html).not.toContain('Lubang besar');
    expect(html).not.toContain('Riwayat publik');
    expect(html).not.toContain(PERSONAL.email);

    const api = (await (await trackApi(h, code)).json()) as Record<string, unknown>;
    expect(api).toEqual({
      tracking_code: code,
      status: 'submitted',
      status_label: { id: 'Diterima', en: 'Received' },
      view: 'public',
      confidential: true,
    });

    const { res } = await openPrivate(h, code, key);
    const mine = await res.text();
    expect(mine).toContain('Pungutan liar di kantor');
    expect(mine).toContain(PERSONAL.email);
  });

  it("the citizen's own files are not downloadable by the public; with the key they are, as attachments", async () => {
    const { code, key } = await createViaApi(h, { ...API_BODY, privacy: 'publik' });
    const fd = new FormData();
    fd.append('files', new File([PNG_BYTES as BlobPart], 'bukti.png', { type: 'image/png' }));
    const up = await h.request(`/api/v1/track/${code}/attachments`, { method: 'POST', body: fd, headers: { 'X-Access-Key': key } });
    expect(up.status).toBe(201);
    const body = (await up.json()) as { attachments: { id: string; url: string }[] };
    const id = body.attachments[0]!.id;
    const pub = await h.request(`/lacak/${code}/lampiran/${id}`);
    expect(pub.status).toBe(404);
    const { cookie } = await openPrivate(h, code, key);
    const dl = await h.request(`/lacak/${code}/lampiran/${id}`, { headers: { Cookie: cookie } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('Content-Type')).toBe('image/png');
    expect(dl.headers.get('Content-Disposition')).toMatch(/^attachment; filename="bukti\.png"/);
    expect(dl.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PNG_BYTES);
  });

  it('the lookup form with code and key opens the private view without putting the key in the address', async () => {
    const { code, key } = await createViaApi(h, { ...API_BODY, contact: PERSONAL });
    const v = await visitor(h);
    const res = await h.request('/lacak', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie },
      body: new URLSearchParams({ _csrf: v.csrf, kode: code.toLowerCase(), kunci: key }),
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(PERSONAL.email);
    expect(html).toContain('Riwayat dan balasan');
    expect(res.headers.get('Set-Cookie') ?? '').toMatch(/pelita_kunci_[A-Z0-9]+=.*HttpOnly/i);
    // a page that knows the key never sends it onward in a Referer
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
  });

  it('an unknown code is a 404; the lookup form finds a code typed loosely', async () => {
    expect((await h.request('/lacak/ADU-0000-0000-0000')).status).toBe(404);
    const { code } = await createViaApi(h);
    const loose = code.toLowerCase().replace(/-/g, ' ');
    const res = await h.request(`/lacak?kode=${encodeURIComponent(loose)}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/lacak/${code}`);
  });
});
