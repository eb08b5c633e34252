// Issue 8, finding 7: anonymous submission had no throttle (30 complaints in 0.8 s, each queuing
// an e-mail to any address). Submissions and citizen actions are now limited per client address,
// and confirmation mails per recipient and day; the counters live in the database, so they hold
// across instances of either runtime.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases, outbox, rateLimits } from '../../src/db/schema';
import { runScheduledJobs, purgeExpired } from '../../src/jobs';
import { rateKey } from '../../src/platform/security/rate-limits';
import type { Harness } from '../harness/types';
import { visitor } from '../helpers/session';
import { API_BODY, confirmation, createViaApi, followReceipt, validFields } from '../helpers/complaints';

const HOUR = 3600_000;

let h: Harness;
beforeAll(async () => {
  h = await makeHarness({ config: { complaintsPerAddressPerHour: 10, trackingPerAddressPerHour: 5, mailsPerRecipientPerDay: 5 } });
});
// each test uses client addresses and mail recipients of its own, so counters never carry over
beforeEach(() => h.clock.set('2026-03-02T02:00:00Z'));
afterAll(async () => h.close());

interface ErrorBody {
  error: { code: string; message: string; message_en: string; details?: { retry_after?: number } };
}

/** The complaint form from one client address (the harness reads X-Forwarded-For), followed to its result page. */
async function submitFrom(address: string, fields: Record<string, string>) {
  const v = await visitor(h);
  const fd = new FormData();
  fd.append('_csrf', v.csrf);
  for (const [k, val] of Object.entries(fields)) fd.append(k, val);
  return followReceipt(h, await h.request('/pengaduan/baru', { method: 'POST', body: fd, headers: { Cookie: v.cookie, 'X-Forwarded-For': address } }), v.cookie);
}

function apiFrom(address: string, body: unknown = API_BODY) {
  return h.request('/api/v1/complaints', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  });
}

const noMail = (over: Record<string, string> = {}) => validFields({ contact_email: '', ...over });

describe(`8.7 throttling anonymous submissions on ${RUNTIME}`, () => {
  it('8.7 the 11th complaint from one address within the hour gets 429 with Retry-After, and the form keeps what was typed', async () => {
    for (let i = 0; i < 10; i++) expect((await submitFrom('198.51.100.7', noMail())).status, `submission ${i + 1}`).toBe(200);
    const before = (await h.deps.db.select({ id: cases.id }).from(cases)).length;

    h.clock.advance(20 * 60_000);
    const typed = noMail({ title: 'Lampu jalan mati di Jalan Adi Sucipto', address: 'Jl. Adi Sucipto depan Stadion Manahan' });
    const res = await submitFrom('198.51.100.7', typed);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('Retry-After'))).toBe(40 * 60);
    const html = await res.text();
    expect(html).toContain('Lampu jalan mati di Jalan Adi Sucipto');
    expect(html).toContain('Jl. Adi Sucipto depan Stadion Manahan');
    expect(html).toContain('Terlalu banyak pengaduan');
    expect(html).toContain('id="pengaduan-baru"');
    expect((await h.deps.db.select({ id: cases.id }).from(cases)).length).toBe(before);

    // the API shares the budget of the address, and answers in the standard error body
    const api = await apiFrom('198.51.100.7');
    expect(api.status).toBe(429);
    expect(Number(api.headers.get('Retry-After'))).toBe(40 * 60);
    const e = (await api.json()) as ErrorBody;
    expect(e.error.code).toBe('too_many_requests');
    expect(e.error.details?.retry_after).toBe(40 * 60);
    expect(e.error.message_en).toContain('40 minutes');

    // another address is unaffected
    expect((await submitFrom('203.0.113.9', noMail())).status).toBe(200);
    expect((await apiFrom('203.0.113.9')).status).toBe(201);

    // once the window has passed, the first address may submit again
    h.clock.advance(40 * 60_000);
    expect((await submitFrom('198.51.100.7', noMail())).status).toBe(200);
    expect((await apiFrom('198.51.100.7')).status).toBe(201);
  });

  it('8.7 citizen tracking actions and the key form are limited per address', async () => {
    const { code, key } = await createViaApi(h, API_BODY);
    const v = await visitor(h);
    const keyForm = (address: string, typedKey: string) =>
      h.request('/lacak', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie, 'X-Forwarded-For': address },
        body: new URLSearchParams({ _csrf: v.csrf, kode: code, kunci: typedKey }),
      });
    for (let i = 0; i < 5; i++) expect((await keyForm('198.51.100.20', `salah-${i}-xxxxxxxxxxxxxxxx`)).status).toBe(404);
    const guessed = await keyForm('198.51.100.20', key);
    expect(guessed.status).toBe(429);
    expect(Number(guessed.headers.get('Retry-After'))).toBe(3600);
    const page = await guessed.text();
    expect(page).toContain(code); // the form keeps the typed code
    expect(page).not.toContain(API_BODY.title); // and shows nothing of the case

    const info = (address: string) =>
      h.request(`/api/v1/track/${code}/information`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Access-Key': key, 'X-Forwarded-For': address },
        body: JSON.stringify({ message: 'Foto sudah saya kirim' }),
      });
    expect((await info('198.51.100.20')).status).toBe(429);
    expect((await keyForm('203.0.113.30', key)).status).toBe(200);

    const action = (address: string) =>
      h.request(`/lacak/${code}/lampiran`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie, 'X-Forwarded-For': address },
        body: new URLSearchParams({ _csrf: v.csrf, kunci: key, message: 'Catatan tambahan untuk petugas' }),
      });
    const limited = await action('198.51.100.20');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('3600');
    const resend = await limited.text();
    expect(resend).toContain('Catatan tambahan untuk petugas'); // what was typed is there to send again
    expect(resend).toContain(`action="/lacak/${code}/lampiran"`);

    h.clock.advance(HOUR);
    expect((await info('198.51.100.20')).status).toBe(422); // past the limit: an ordinary answer (no information was requested)
  });

  it('8.7 the 6th confirmation mail to one recipient on a day is not queued; the complaint is still made and the page says why', async () => {
    const to = 'korban@contoh.id';
    const mailsTo = async (addr: string) => (await h.deps.db.select().from(outbox).where(and(eq(outbox.to, addr), eq(outbox.kind, 'complaint_confirmation')))).length;
    for (let i = 0; i < 5; i++) {
      const res = await submitFrom(`198.51.100.${40 + i}`, validFields({ contact_email: to }));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('juga dikirim ke e-mail Anda');
    }
    expect(await mailsTo(to)).toBe(5);

    const sixth = await submitFrom('198.51.100.50', validFields({ contact_email: to }));
    expect(sixth.status).toBe(200);
    const html = await sixth.text();
    const { code, key } = confirmation(html);
    expect(key.length).toBeGreaterThan(10);
    expect(html).toContain('tidak dikirim');
    expect(html).toContain('terlalu banyak e-mail');
    expect(html).not.toContain('juga dikirim ke e-mail Anda');
    expect(await mailsTo(to)).toBe(5);
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, code));
    expect(row!.contactEmail).toBe(to);

    // through the API too; another recipient is unaffected
    expect((await apiFrom('198.51.100.51', { ...API_BODY, contact: { email: to } })).status).toBe(201);
    expect(await mailsTo(to)).toBe(5);
    expect((await apiFrom('198.51.100.52', { ...API_BODY, contact: { email: 'lain@contoh.id' } })).status).toBe(201);
    expect(await mailsTo('lain@contoh.id')).toBe(1);

    // the next day (WIB) the recipient gets mail again
    h.clock.set('2026-03-02T17:00:00Z'); // 00:00 WIB on 3 March
    expect((await submitFrom('198.51.100.53', validFields({ contact_email: to }))).status).toBe(200);
    expect(await mailsTo(to)).toBe(6);
  });

  it('8.7 the scheduled job forgets counters whose window has passed, and keeps the others', async () => {
    expect((await apiFrom('198.51.100.60')).status).toBe(201);
    const secret = h.deps.config.secret;
    const addressKey = await rateKey(secret, 'complaint_submit', '198.51.100.60'); // window: one hour
    const mailKey = await rateKey(secret, 'mail_recipient', 'warga@contoh.id'); // window: until midnight WIB
    const keys = async () => (await h.deps.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(await keys()).toEqual(expect.arrayContaining([addressKey, mailKey]));
    expect((await keys()).some((k) => k.includes('198.51.100.60'))).toBe(false); // addresses are not kept readable

    h.clock.advance(2 * HOUR);
    const results = await runScheduledJobs(h.deps, [purgeExpired]);
    expect((results['purge-expired'] as Record<string, number>)['rate_limits']).toBeGreaterThanOrEqual(1);
    expect(await keys()).not.toContain(addressKey);
    expect(await keys()).toContain(mailKey);

    h.clock.set('2026-03-05T00:00:00Z');
    await runScheduledJobs(h.deps, [purgeExpired]);
    expect(await keys()).toEqual([]);
  });
});
