// Issue 13.1 on Workers: mail leaves through Cloudflare Email Service's `send_email` binding
// (wrangler.toml `[[send_email]] name = "EMAIL"`), here miniflare's local emulation of it, which
// checks the message as the real binding does and captures it.
import { env } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema';
import { emailBindingChannel } from '../../src/platform/mail/email-binding';
import { makeHarness } from '../harness/d1';
import type { Harness } from '../harness/types';
import { createViaApi } from '../helpers/complaints';
import { kickOutbox } from '../../src/modules/notifications/sender';

let h: Harness;
const from = { email: 'noreply@pelita.contoh.id', name: 'Pelita Kota Surakarta' };

beforeAll(async () => {
  h = await makeHarness({ mail: { email: emailBindingChannel(env.EMAIL, from) } });
}, 60_000);

describe('13.1 the send_email binding on Workers', () => {
  it('13.1 the binding takes a plain-text message and answers with its message id', async () => {
    const ch = emailBindingChannel(env.EMAIL, from);
    const r = await ch.send({ to: 'warga@contoh.id', subject: 'Pengaduan ADU-1: Diselesaikan', body: 'Lubang sudah ditambal.' });
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.id).toMatch(/@/);
  });

  it('13.1 a complaint’s confirmation goes out through the binding and is recorded as sent by it', async () => {
    const k = await createViaApi(h);
    await kickOutbox(h.deps);
    const [mail] = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, k.id));
    expect(mail?.sentAt).not.toBeNull();
    expect(mail?.channel).toBe('email_binding');
    expect(mail?.attempts).toBe(1);
    expect(mail?.lastError).toBeNull();
  });
});
