// Issue 13.1 on Workers: mail leaves through Cloudflare Email Service's `send_email` binding
// (wrangler.toml `[[send_email]] name = "EMAIL"`), here miniflare's local emulation of it, which
// checks the message as the real binding does and captures it.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import worker, { type Env } from '../../src/worker';
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

describe('13.1 a production Worker and its mail configuration', () => {
  afterEach(() => vi.restoreAllMocks());
  const PROD = { APP_ENV: 'production', DEMO_MODE: 'false', PELITA_SECRET: 's'.repeat(40), PUBLIC_BASE_URL: 'https://pelita.kota.example' };
  async function fetchWorker(vars: Partial<Env>, path: string) {
    const ctx = createExecutionContext();
    const res = await worker.fetch(new Request(`https://pelita.kota.example${path}`), { ...(env as unknown as Env), ...vars }, ctx);
    await waitOnExecutionContext(ctx);
    return res;
  }

  it('13.1 without MAIL_FROM it serves, says loudly in the log that mail is not sent, and pretends nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const res = await fetchWorker({ ...PROD, MAIL_FROM: '' }, '/healthz');
    expect(res.status).toBe(200);
    const logged = warn.mock.calls.flat().join('\n');
    expect(logged).toContain('SUREL TIDAK DIKIRIM');
    expect(logged).toContain('MAIL IS NOT SENT');
  });

  it('13.1 with the EMAIL binding and MAIL_FROM it says nothing of the kind', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const res = await fetchWorker({ ...PROD, MAIL_FROM: 'Pelita <noreply@pelita.kota.example>' }, '/healthz');
    expect(res.status).toBe(200);
    expect(warn.mock.calls.flat().join('\n')).not.toContain('MAIL IS NOT SENT');
  });

  it('13.1 an unreadable MAIL_FROM is a configuration error: 503, and the reason in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await fetchWorker({ ...PROD, MAIL_FROM: 'Pelita' }, '/healthz');
    expect(res.status).toBe(503);
    expect(log.mock.calls.flat().join('\n')).toContain('MAIL_FROM must be the sender');
  });
});
