// Issue 8, finding 11: the outbox kept every confirmation mail with its private link, access key
// and all, in plain text, and nothing ever removed it. A mail that carries a key is now stored
// sealed (only the sender opens it, with readOutboxMessage), and the cron removes delivered mail
// after a week and undelivered mail after three days.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { readOutboxMessage } from '../../src/modules/cases/mail';
import { cases, outbox } from '../../src/db/schema';
import { purgeExpired, runScheduledJobs } from '../../src/jobs';
import type { Harness } from '../harness/types';
import { confirmation, submitComplaint, validFields } from '../helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const DAY = 86_400_000;

async function confirmationMail() {
  const { code, key } = confirmation(await (await submitComplaint(h, validFields({ privacy: 'rahasia' }))).text());
  const [row] = await h.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, code));
  const [mail] = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, row!.id));
  return { code, key, mail: mail! };
}

describe(`8.11 outbox secrets on ${RUNTIME}`, () => {
  it('8.11 the confirmation mail at rest holds no readable access key; the sender reads the full message', async () => {
    const { code, key, mail } = await confirmationMail();
    for (const value of Object.values(mail)) expect(String(value)).not.toContain(key);
    expect(mail.body).not.toContain('/lacak/');

    const plain = await readOutboxMessage(h.deps.config.secret, mail);
    expect(plain.to).toBe('budi@contoh.id');
    expect(plain.subject).toContain(code);
    expect(plain.body).toContain(`/lacak/${code}#kunci=${key}`);
    expect(plain.body).toContain('Terima kasih, pengaduan Anda sudah kami terima.');
  });

  it('8.11 a sealed mail redirected to another address, or read with another secret, does not open', async () => {
    const { mail } = await confirmationMail();
    await expect(readOutboxMessage(h.deps.config.secret, { ...mail, to: 'penyerang@contoh.id' })).rejects.toThrow(/does not open/);
    await expect(readOutboxMessage(`${h.deps.config.secret}-lain`, mail)).rejects.toThrow(/does not open/);
  });

  it('8.11 the cron deletes mail delivered over 7 days ago and dead letters after 14 days; mail undelivered for over 3 days becomes a dead letter (13.1)', async () => {
    await h.deps.db.delete(outbox);
    const now = h.clock.now().getTime();
    const row = (subject: string, createdDaysAgo: number, sentDaysAgo: number | null, deadDaysAgo: number | null = null) => ({
      to: 'warga@contoh.id',
      subject,
      body: 'isi',
      kind: 'test',
      createdAt: new Date(now - createdDaysAgo * DAY),
      sentAt: sentDaysAgo === null ? null : new Date(now - sentDaysAgo * DAY),
      deadAt: deadDaysAgo === null ? null : new Date(now - deadDaysAgo * DAY),
    });
    await h.deps.db.insert(outbox).values([
      row('sent-8-days-ago', 9, 8),
      row('sent-6-days-ago', 9, 6),
      row('unsent-4-days', 4, null),
      row('unsent-2-days', 2, null),
      row('dead-15-days-ago', 18, null, 15),
      row('dead-13-days-ago', 16, null, 13),
    ]);
    const result = await runScheduledJobs(h.deps, [purgeExpired]);
    expect(result['purge-expired']).toMatchObject({ outbox_sent: 1, outbox_expired: 1, outbox_dead: 1 });
    const left = await h.deps.db.select({ subject: outbox.subject, dead: outbox.deadAt }).from(outbox);
    expect(left.map((r) => `${r.subject}${r.dead ? ' (dead)' : ''}`).sort()).toEqual(['dead-13-days-ago (dead)', 'sent-6-days-ago', 'unsent-2-days', 'unsent-4-days (dead)']);
  });
});
