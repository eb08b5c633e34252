// Issue 13.1: the outbox is delivered. Claims, retries with exponential backoff on the movable
// clock, dead letters (a permanent refusal, too many attempts, too old) that admins see at
// /admin/surat and may send again or discard, and the demo's catcher page (demo mode only).
// The channels here are small scripted ones (the real SMTP server and the real send_email
// binding are in src/platform/mail/smtp.test.ts and tests/worker/mail_send_email.test.ts).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { outbox } from '../../../db/schema';
import { purgeExpired, runScheduledJobs } from '../../../jobs';
import { catcherChannel } from '../../../platform/mail/catcher';
import type { ChannelMessage, MailChannel, SendOutcome } from '../../../platform/mail/channel';
import type { Harness } from '../../../../tests/harness/types';
import { API_BODY } from '../../../../tests/helpers/complaints';
import { createApp } from '../../../app';
import { postForm, signInAs } from '../../../../tests/helpers/session';
import { outboxInsert, outboxRow } from '../../cases/mail';
import { BACKOFF_BASE_MS, kickOutbox, MAX_ATTEMPTS, sendOutbox } from '../sender';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** A channel whose answers the test writes; it keeps what it was given. */
function scripted(answer: (m: ChannelMessage) => SendOutcome): MailChannel & { got: ChannelMessage[] } {
  const got: ChannelMessage[] = [];
  return { name: 'scripted', addressKind: 'email', got, send: async (m) => (got.push(m), answer(m)) };
}

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
}, 60_000);
afterAll(async () => h.close());
beforeEach(async () => {
  await h.deps.db.delete(outbox);
});

async function queue(over: Partial<{ to: string; secret: boolean; body: string }> = {}) {
  const row = await outboxRow(h.deps.config.secret, h.clock.now(), {
    to: over.to ?? 'warga@contoh.id',
    subject: 'Pengaduan ADU-TEST: Diselesaikan',
    body: over.body ?? 'Isi surat',
    kind: 'complaint_notice',
    caseId: null,
    secret: over.secret ?? false,
  });
  const [r] = await outboxInsert(h.deps.db, row).returning();
  return r!;
}
const reread = async (id: number) => (await h.deps.db.select().from(outbox).where(eq(outbox.id, id)))[0]!;
const withMail = (ch: MailChannel) => ({ ...h.deps, mail: { email: ch } });

describe(`13.1 outbox delivery on ${RUNTIME}`, () => {
  it('13.1 a delivered message records when and through which channel; a sealed body is opened only to be sent and stays sealed at rest', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const m = await queue({ secret: true, body: 'Tautan pribadi: https://contoh/lacak/ADU#kunci=rahasia' });
    expect(m.body).not.toContain('rahasia');
    const ch = scripted(() => ({ ok: true, id: 'x1' }));
    expect(await sendOutbox(withMail(ch))).toEqual({ sent: 1, retrying: 0, dead: 0 });
    expect(ch.got).toEqual([{ to: 'warga@contoh.id', subject: 'Pengaduan ADU-TEST: Diselesaikan', body: 'Tautan pribadi: https://contoh/lacak/ADU#kunci=rahasia' }]);
    const after = await reread(m.id);
    expect(after.sentAt?.toISOString()).toBe('2026-03-02T02:00:00.000Z');
    expect(after.channel).toBe('scripted');
    expect(after.body).toBe(m.body);
    // delivered once: the next round has nothing to do
    expect(await sendOutbox(withMail(ch))).toEqual({ sent: 0, retrying: 0, dead: 0 });
    expect(ch.got).toHaveLength(1);
  });

  it('13.1 without a channel nothing is sent and nothing is pretended: the message stays queued', async () => {
    const m = await queue();
    expect(await sendOutbox({ ...h.deps, mail: {} })).toEqual({ sent: 0, retrying: 0, dead: 0 });
    const after = await reread(m.id);
    expect(after.sentAt).toBeNull();
    expect(after.attempts).toBe(0);
  });

  it('13.1 a failed delivery is retried with exponential backoff, and after 8 failed attempts it is a dead letter', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const m = await queue();
    const ch = scripted(() => ({ ok: false, retryable: true, error: '421 4.7.0 Try again later' }));
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const round = await sendOutbox(withMail(ch));
      const row = await reread(m.id);
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toBe('421 4.7.0 Try again later');
      if (attempt < MAX_ATTEMPTS) {
        expect(round).toEqual({ sent: 0, retrying: 1, dead: 0 });
        const wait = row.nextAttemptAt!.getTime() - h.clock.now().getTime();
        waits.push(wait / MIN);
        // not due before its time
        h.clock.advance(wait - MIN);
        expect(await sendOutbox(withMail(ch))).toEqual({ sent: 0, retrying: 0, dead: 0 });
        h.clock.advance(MIN);
      } else {
        expect(round).toEqual({ sent: 0, retrying: 0, dead: 1 });
        expect(row.deadAt?.getTime()).toBe(h.clock.now().getTime());
      }
    }
    expect(waits).toEqual([5, 10, 20, 40, 80, 160, 320]);
    expect(BACKOFF_BASE_MS).toBe(5 * MIN);
    // a dead letter is not tried again
    h.clock.advance(DAY);
    expect(await sendOutbox(withMail(ch))).toEqual({ sent: 0, retrying: 0, dead: 0 });
    expect(ch.got).toHaveLength(MAX_ATTEMPTS);
  });

  it('13.1 a permanent refusal (5xx), or a sealed body that does not open, is a dead letter at once and is never sent', async () => {
    const refused = await queue({ to: 'tidak-ada@contoh.id' });
    const altered = await queue({ secret: true, body: 'kunci' });
    // someone redirected the sealed message to another address: it must not open, nor go out
    await h.deps.db.update(outbox).set({ to: 'penyerang@contoh.id' }).where(eq(outbox.id, altered.id));
    const ch = scripted(() => ({ ok: false, retryable: false, error: '550 5.1.1 No such user' }));
    expect(await sendOutbox(withMail(ch))).toEqual({ sent: 0, retrying: 0, dead: 2 });
    expect(ch.got.map((m) => m.to)).toEqual(['tidak-ada@contoh.id']);
    expect((await reread(refused.id)).lastError).toBe('550 5.1.1 No such user');
    expect((await reread(altered.id)).lastError).toMatch(/does not open/);
    expect((await reread(altered.id)).deadAt).not.toBeNull();
  });

  it('13.1 two rounds at once never send one message twice (a claim holds a message for one sender)', async () => {
    for (let i = 0; i < 6; i++) await queue({ to: `warga${i}@contoh.id` });
    const ch = scripted(() => ({ ok: true }));
    const [a, b] = await Promise.all([sendOutbox(withMail(ch), 4), sendOutbox(withMail(ch), 4)]);
    expect(a.sent + b.sent).toBe(6);
    expect(ch.got.map((m) => m.to).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `warga${i}@contoh.id`));
  });

  it('13.1 the cron keeps retrying mail younger than 3 days, makes older undelivered mail a dead letter instead of deleting it, and deletes dead letters after 14 days', async () => {
    h.clock.set('2026-03-20T02:00:00Z');
    const now = h.clock.now().getTime();
    const young = await queue();
    await h.deps.db.update(outbox).set({ createdAt: new Date(now - 2 * DAY), queuedAt: new Date(now - 2 * DAY), attempts: 5, lastError: 'timeout' }).where(eq(outbox.id, young.id));
    const old = await queue();
    await h.deps.db.update(outbox).set({ createdAt: new Date(now - 4 * DAY), queuedAt: new Date(now - 4 * DAY) }).where(eq(outbox.id, old.id));
    // sent again by an admin yesterday: its three days run from then
    const retried = await queue();
    await h.deps.db.update(outbox).set({ createdAt: new Date(now - 10 * DAY), queuedAt: new Date(now - DAY) }).where(eq(outbox.id, retried.id));
    const deadLong = await queue();
    await h.deps.db.update(outbox).set({ createdAt: new Date(now - 20 * DAY), deadAt: new Date(now - 15 * DAY) }).where(eq(outbox.id, deadLong.id));
    const result = await runScheduledJobs(h.deps, [purgeExpired]);
    expect(result['purge-expired']).toMatchObject({ outbox_expired: 1, outbox_dead: 1 });
    const left = new Map((await h.deps.db.select().from(outbox)).map((r) => [r.id, r]));
    expect(left.get(young.id)?.deadAt).toBeNull();
    expect(left.get(retried.id)?.deadAt).toBeNull();
    expect(left.get(old.id)?.deadAt?.getTime()).toBe(now);
    expect(left.get(old.id)?.lastError).toBe('undelivered for 3 days');
    expect(left.has(deadLong.id)).toBe(false);
  });
});

describe(`13.1 dead letters at /admin/surat on ${RUNTIME}`, () => {
  it('13.1 an admin sees failing and dead mail with its error but never its body, and sends a dead letter again or discards it', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const dead = await queue({ secret: true, body: 'Tautan pribadi #kunci=sangat-rahasia' });
    const other = await queue({ body: 'isi-biasa-yang-tidak-ditampilkan' });
    await h.deps.db.update(outbox).set({ deadAt: h.clock.now(), attempts: 8, lastError: '550 5.1.1 No such user' }).where(eq(outbox.id, dead.id));
    await h.deps.db.update(outbox).set({ deadAt: h.clock.now(), attempts: 1, lastError: 'refused' }).where(eq(outbox.id, other.id));
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const page = await h.request('/admin/surat', { headers: { Cookie: admin.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('550 5.1.1 No such user');
    expect(html).toContain('Pengaduan ADU-TEST: Diselesaikan');
    expect(html).not.toContain('sangat-rahasia');
    expect(html).not.toContain(dead.body);
    expect(html).not.toContain('isi-biasa-yang-tidak-ditampilkan');
    // the harness has no channel: the page says mail is not leaving
    expect(html).toContain('Pengiriman surat belum dikonfigurasi');

    // CSRF: a retry without the token is refused and changes nothing
    const forged = await h.request(`/admin/surat/${dead.id}/kirim-ulang`, { method: 'POST', headers: { Cookie: admin.cookie }, redirect: 'manual' });
    expect(forged.status).toBe(403);
    expect((await reread(dead.id)).deadAt).not.toBeNull();

    const retry = await postForm(h, `/admin/surat/${dead.id}/kirim-ulang`, admin, {});
    expect(retry.status).toBe(303);
    const again = await reread(dead.id);
    expect(again.deadAt).toBeNull();
    expect(again.attempts).toBe(0);
    expect(again.queuedAt?.getTime()).toBe(h.clock.now().getTime());
    const ch = scripted(() => ({ ok: true }));
    expect(await sendOutbox(withMail(ch))).toEqual({ sent: 1, retrying: 0, dead: 0 });

    const discard = await postForm(h, `/admin/surat/${other.id}/buang`, admin, {});
    expect(discard.status).toBe(303);
    expect(await h.deps.db.select().from(outbox).where(eq(outbox.id, other.id))).toHaveLength(0);
    // a message that is not a dead letter (here: sent) can be neither sent again nor discarded
    expect((await postForm(h, `/admin/surat/${dead.id}/buang`, admin, {})).status).toBe(404);
  });

  it('13.1 only admins reach /admin/surat and its buttons', async () => {
    const m = await queue();
    await h.deps.db.update(outbox).set({ deadAt: h.clock.now() }).where(eq(outbox.id, m.id));
    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    expect((await h.request('/admin/surat', { headers: { Cookie: officer.cookie } })).status).toBe(403);
    expect((await postForm(h, `/admin/surat/${m.id}/buang`, officer, {})).status).toBe(403);
    expect(await h.deps.db.select().from(outbox).where(eq(outbox.id, m.id))).toHaveLength(1);
  });
});

describe(`13.1 the demo mailbox on ${RUNTIME}`, () => {
  it('13.1 in demo mode the catcher takes the mail right after the change and /demo/kotak-surat shows it, private link included', async () => {
    h.clock.set('2026-03-02T02:00:00Z');
    const deps = { ...h.deps, mail: { email: catcherChannel() } };
    const demo = createApp(deps);
    const res = await demo.request('/api/v1/complaints', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...API_BODY, contact: { email: 'pembaca@contoh.id' } }),
    });
    expect(res.status).toBe(201);
    const k = (await res.json()) as { tracking_code: string; access_key: string };
    // the round the request started after its answer
    await kickOutbox(deps);
    const page = await demo.request('/demo/kotak-surat');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('pembaca@contoh.id');
    expect(html).toContain(`Pengaduan ${k.tracking_code} diterima`);
    expect(html).toContain(`#kunci=${k.access_key}`);
  });

  it('13.1 outside demo mode /demo/kotak-surat does not exist', async () => {
    const prod = createApp({ ...h.deps, config: { ...h.deps.config, demoMode: false }, mail: { email: catcherChannel() } });
    expect((await prod.request('/demo/kotak-surat')).status).toBe(404);
  });
});
