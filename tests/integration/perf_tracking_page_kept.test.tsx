// Issue 14.4: a case's public tracking page (/lacak/{code}) is kept as answered while nothing it
// shows has changed (src/modules/tracking/kept-page.ts): the case's mark, moved by triggers in the
// transaction of any change to the case, its history or its files (migration 0024; and with it one
// row for all cases, migration 0025), and the reference version. Its key form carries no CSRF token (the page is everyone's): the browser's
// word of its origin stands in for it (src/platform/security/csrf.ts originSuffices).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, caseEvents, cases, services, settings } from '../../src/db/schema';
import { CASE_PAGES_VERSION_KEY } from '../../src/modules/tracking/kept-page';
import type { Harness } from '../harness/types';
import { cookieFrom, createViaApi, openPrivate } from '../helpers/complaints';
import { addPermitType, applyForPermit } from '../helpers/permits';
import { postForm, signInAs, visitor, type TestSession } from '../helpers/session';

let h: Harness;
let officer: TestSession;

beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());
beforeEach(async () => {
  h.clock.set('2026-11-02T02:00:00Z');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});

const casePagesVersion = async () => (await h.deps.db.select().from(settings).where(eq(settings.key, CASE_PAGES_VERSION_KEY)))[0]!.value;
const mark = async (id: string) => (await h.deps.db.select({ m: cases.pageMark }).from(cases).where(eq(cases.id, id)))[0]!.m;
const page = async (code: string, init?: RequestInit) => {
  const res = await h.request(`/lacak/${code}`, init);
  return { res, body: await res.text() };
};
const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([k]) => k !== 'date'));

/** Changes the case's title behind the page's back: the trigger moves the mark, which is then put back. */
async function retitleUnseen(id: string, title: string) {
  const before = await mark(id);
  await h.deps.db.update(cases).set({ title }).where(eq(cases.id, id));
  expect(await mark(id)).not.toBe(before);
  await h.deps.db.update(cases).set({ pageMark: before }).where(eq(cases.id, id));
  expect(await mark(id)).toBe(before);
}

function exchange(code: string, key: string, headers: Record<string, string>) {
  return h.request(`/lacak/${code}/kunci`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ _csrf: '', kunci: key }),
    redirect: 'manual',
  });
}

describe(`14.4 a case's public tracking page kept as answered on ${RUNTIME}`, () => {
  it('14.4 the next visitor gets the kept answer (same bytes and headers); a change to the case shows on the request after it', async () => {
    const { id, code } = await createViaApi(h);
    const first = await page(code);
    expect(first.res.status).toBe(200);
    await retitleUnseen(id, 'Judul yang belum terlihat');
    const second = await page(code);
    expect(second.body).toBe(first.body);
    expect(headersOf(second.res)).toEqual(headersOf(first.res));
    // the mark moving (any change) ends the kept answer
    await h.deps.db.update(cases).set({ pageMark: 'moved' }).where(eq(cases.id, id));
    expect((await page(code)).body).toContain('Judul yang belum terlihat');
  });

  it('14.4 a kept tracking page carries nothing of a request: no CSRF token, cookie or nonce', async () => {
    const { code } = await createViaApi(h);
    for (const attempt of [1, 2]) {
      const { res, body } = await page(code);
      expect(res.status, `#${attempt}`).toBe(200);
      expect(body).not.toContain('name="_csrf"');
      expect(body).not.toContain('nonce=');
      expect(body).toMatch(/<script src="\/assets\/v\/tracking\.[0-9a-f]{8}\.js" defer=""><\/script>/);
      expect(res.headers.get('Set-Cookie')).toBeNull();
      expect(res.headers.get('Content-Security-Policy') ?? '').not.toContain('nonce');
    }
  });

  it('14.4 every change the page shows moves the mark, and with it the case pages\' version: the case row, a new event, a file added, changed or removed', async () => {
    const { id } = await createViaApi(h);
    let before = await mark(id);
    let pagesBefore = await casePagesVersion();
    const moved = async (what: string) => {
      const now = await mark(id);
      expect(now, what).not.toBe(before);
      expect(now, what).toMatch(/^[0-9a-f]{16}$/);
      before = now;
      const pages = await casePagesVersion();
      expect(pages, what).not.toBe(pagesBefore);
      pagesBefore = pages;
    };
    await h.deps.db.update(cases).set({ status: 'verified' }).where(eq(cases.id, id));
    await moved('case row');
    const [event] = await h.deps.db
      .insert(caseEvents)
      .values({ caseId: id, at: h.clock.now(), type: 'comment', actorKind: 'staff', visibility: 'public', message: 'Sedang ditinjau.' })
      .returning({ id: caseEvents.id });
    await moved('event inserted');
    await h.deps.db.update(caseEvents).set({ message: 'Sedang ditinjau lapangan.' }).where(eq(caseEvents.id, event!.id));
    await moved('event changed');
    const [file] = await h.deps.db
      .insert(attachments)
      .values({
        id: `f-${id}`,
        caseId: id,
        eventId: event!.id,
        filename: 'foto.png',
        contentType: 'image/png',
        size: 10,
        sha256: '0'.repeat(64),
        storageKey: `k-${id}`,
        uploadedBy: 'citizen',
        visibility: 'public',
      })
      .returning({ id: attachments.id });
    await moved('file added');
    await h.deps.db.update(attachments).set({ filename: 'foto-1.png' }).where(eq(attachments.id, file!.id));
    await moved('file changed');
    await h.deps.db.delete(attachments).where(eq(attachments.id, file!.id));
    await moved('file removed');
    await h.deps.db.delete(caseEvents).where(eq(caseEvents.id, event!.id));
    await moved('event removed');
  });

  it('14.4 a submission moves no mark: nothing of the case was shown before its creation', async () => {
    const pages = await casePagesVersion();
    const { id } = await createViaApi(h);
    expect(await mark(id)).toBeNull();
    expect(await casePagesVersion()).toBe(pages);
  });

  it('14.4 a staff action shows on the public page at once', async () => {
    const { id, code } = await createViaApi(h);
    expect((await page(code)).body).toContain('data-status="submitted"');
    const row = (await h.deps.db.select().from(cases).where(eq(cases.id, id)))[0]!;
    expect((await postForm(h, `/staf/kasus/${id}/aksi`, officer, { version: String(row.version), action: 'verify' })).status).toBe(303);
    expect((await page(code)).body).toContain('data-status="verified"');
  });

  it('14.4 an edit of the reference data shows on a kept tracking page', async () => {
    const { id, code } = await createViaApi(h);
    const serviceId = (await h.deps.db.select({ s: cases.serviceId }).from(cases).where(eq(cases.id, id)))[0]!.s;
    const [service] = await h.deps.db.select().from(services).where(eq(services.id, serviceId));
    expect((await page(code)).body).toContain(service!.nameId);
    await h.deps.db.update(services).set({ nameId: 'Kategori yang diganti' }).where(eq(services.id, serviceId));
    try {
      expect((await page(code)).body).toContain('Kategori yang diganti');
    } finally {
      await h.deps.db.update(services).set({ nameId: service!.nameId }).where(eq(services.id, serviceId));
    }
  });

  it('14.4 a paused case (its target moves with the clock) is kept until the minute shown would change', async () => {
    const { id, code } = await createViaApi(h);
    expect((await postForm(h, `/staf/kasus/${id}/aksi`, officer, { version: '1', action: 'verify' })).status).toBe(303);
    const row = (await h.deps.db.select().from(cases).where(eq(cases.id, id)))[0]!;
    expect((await postForm(h, `/staf/kasus/${id}/aksi`, officer, { version: String(row.version), action: 'request_info', message: 'Mohon kirim foto.' })).status).toBe(303);
    const due = (b: string) => /Target penyelesaian<\/dt><dd>([^<]+)</.exec(b)?.[1];
    // paused at 09:00:00 WIB: the target is the one the case had, a whole minute
    const one = await page(code);
    expect(one.body).not.toContain('name="_csrf"');
    expect(one.body).toContain('menunggu jawaban Anda');
    await retitleUnseen(id, 'Judul yang belum terlihat');
    h.clock.advance(59_999);
    // the target moved 59.999 s: the same minute, so the kept page is answered
    expect((await page(code)).body).toBe(one.body);
    h.clock.advance(1);
    const two = await page(code);
    expect(two.body).toContain('Judul yang belum terlihat');
    expect(due(two.body)).not.toBe(due(one.body));
  });

  it('14.4 a permit application\'s public page shows its status only (an application is rahasia), read at no clock: kept', async () => {
    await addPermitType(h, { code: 'reklame-kept', unitCode: 'DPMPTSP', nameId: 'Izin Reklame (uji halaman)', nameEn: 'Advertising permit (page test)', validityMonths: 12 });
    const made = await applyForPermit(h, { serviceCode: 'reklame-kept' });
    const one = await page(made.row.trackingCode);
    expect(one.res.status).toBe(200);
    expect(one.body).not.toContain('name="_csrf"');
    h.clock.advance(30 * 86_400_000);
    expect((await page(made.row.trackingCode)).body).toBe(one.body);
  });

  it('14.4 the citizen with the key gets their private view, never the kept page; the kept page stays the public one', async () => {
    const { code, key } = await createViaApi(h);
    const pub = await page(code);
    const { cookie, res } = await openPrivate(h, code, key);
    const priv = await res.text();
    expect(priv).toContain('Riwayat dan balasan');
    expect(res.headers.get('Cache-Control')).toContain('no-store');
    const again = await page(code);
    expect(again.body).toBe(pub.body);
    expect(again.body).not.toContain('Riwayat dan balasan');
    // and with the cookie, again the private view
    expect(await (await h.request(`/lacak/${code}`, { headers: { Cookie: cookie } })).text()).toContain('Riwayat dan balasan');
  });

  it('14.4 the kept page\'s key form: our origin stands in for the token; another origin, or no word of one, is refused', async () => {
    const { code, key } = await createViaApi(h);
    const v = await visitor(h);
    for (const headers of [{ Origin: 'http://localhost' }, { 'Sec-Fetch-Site': 'same-origin' }] as Record<string, string>[]) {
      const ok = await exchange(code, key, { Cookie: v.cookie, ...headers });
      expect(ok.status, JSON.stringify(headers)).toBe(303);
      expect(cookieFrom(ok)).toMatch(/pelita_kunci_/);
    }
    // a first visit: no CSRF cookie yet
    expect((await exchange(code, key, { Origin: 'http://localhost' })).status).toBe(303);
    for (const headers of [{ Origin: 'https://jahat.example' }, { 'Sec-Fetch-Site': 'same-site' }, { 'Sec-Fetch-Site': 'cross-site' }, {}] as Record<string, string>[]) {
      const refused = await exchange(code, key, { Cookie: v.cookie, ...headers });
      expect(refused.status, JSON.stringify(headers)).toBe(403);
      expect(refused.headers.get('Set-Cookie') ?? '').not.toContain('pelita_kunci_');
    }
    // the origin stands in for the token on the key exchange only
    const other = await h.request(`/lacak/${code}/informasi`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', Cookie: v.cookie },
      body: new URLSearchParams({ kunci: key, message: 'Tambahan' }),
      redirect: 'manual',
    });
    expect(other.status).toBe(403);
  });

  it('14.4 an unknown code is answered 404 each time, never kept', async () => {
    for (const attempt of [1, 2]) expect((await h.request('/lacak/ADU-ZZZZ-ZZZZ-ZZZZ')).status, `#${attempt}`).toBe(404);
  });
});
