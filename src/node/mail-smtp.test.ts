// Issue 13.1 on Node: mail leaves over SMTP. A real SMTP server (smtp-server) is started by the
// test; the channel talks to it over a socket, and the real Node server, configured with
// SMTP_URL, delivers a complaint's confirmation right after the response.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../platform/runtime/deps';
import { smtpChannel, smtpSettingsFromVars } from '../platform/mail/smtp';
import { startNodeServer } from './server';
import { startDemoNodeServer } from '../../tests/helpers/node-server';

interface Received {
  from: string;
  to: string[];
  mail: ParsedMail;
}

/** An SMTP server on a free port that keeps what it is given; `refuse` answers a recipient with an SMTP error. */
async function smtpSink(refuse: Record<string, { code: number; text: string }> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      const r = refuse[address.address];
      if (!r) return cb();
      cb(Object.assign(new Error(r.text), { responseCode: r.code }));
    },
    onData(stream, session, cb) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), mail });
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const from = { email: 'noreply@pelita.contoh.id', name: 'Pelita Kota Surakarta' };

describe('13.1 the SMTP channel against a real SMTP server', () => {
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  beforeAll(async () => {
    sink = await smtpSink({
      'tidak-ada@contoh.id': { code: 550, text: 'No such user' },
      'penuh@contoh.id': { code: 452, text: 'Mailbox full, try later' },
    });
  });
  afterAll(async () => sink.close());

  it('13.1 a message is delivered as plain UTF-8 text from the configured sender', async () => {
    const ch = smtpChannel({ url: `smtp://127.0.0.1:${sink.port}`, from });
    const r = await ch.send({ to: 'warga@contoh.id', subject: 'Pengaduan ADU-1: Diselesaikan — terima kasih', body: 'Lubang sudah ditambal.\nSalam — Pelita' });
    ch.close();
    expect(r.ok).toBe(true);
    const got = sink.received.at(-1)!;
    expect(got.from).toBe('noreply@pelita.contoh.id');
    expect(got.to).toEqual(['warga@contoh.id']);
    expect(got.mail.subject).toBe('Pengaduan ADU-1: Diselesaikan — terima kasih');
    expect(got.mail.text?.trim()).toBe('Lubang sudah ditambal.\nSalam — Pelita');
    expect(got.mail.from?.value[0]).toMatchObject({ name: 'Pelita Kota Surakarta', address: 'noreply@pelita.contoh.id' });
  });

  it('13.1 a 5xx refusal is permanent, a 4xx one and an unreachable server are worth another attempt', async () => {
    const ch = smtpChannel({ url: `smtp://127.0.0.1:${sink.port}`, from });
    const refused = await ch.send({ to: 'tidak-ada@contoh.id', subject: 's', body: 'b' });
    const later = await ch.send({ to: 'penuh@contoh.id', subject: 's', body: 'b' });
    ch.close();
    expect(refused).toMatchObject({ ok: false, retryable: false });
    expect(later).toMatchObject({ ok: false, retryable: true });
    const down = smtpChannel({ host: '127.0.0.1', port: 1, from });
    expect(await down.send({ to: 'warga@contoh.id', subject: 's', body: 'b' })).toMatchObject({ ok: false, retryable: true });
    down.close();
  });

  it('13.1 SMTP settings come from the environment; a server without MAIL_FROM does not start', () => {
    expect(smtpSettingsFromVars({})).toBeNull();
    expect(smtpSettingsFromVars({ SMTP_HOST: 'mail.kota.go.id', SMTP_PORT: '465', SMTP_USER: 'pelita', SMTP_PASS: 'rahasia', MAIL_FROM: 'Pelita <noreply@kota.go.id>' })).toEqual({
      url: undefined,
      host: 'mail.kota.go.id',
      port: 465,
      user: 'pelita',
      pass: 'rahasia',
      from: { email: 'noreply@kota.go.id', name: 'Pelita' },
    });
    expect(() => smtpSettingsFromVars({ SMTP_URL: 'smtp://mail.kota.go.id:587' })).toThrow(ConfigError);
    expect(() => smtpSettingsFromVars({ SMTP_URL: 'http://mail', MAIL_FROM: 'noreply@kota.go.id' })).toThrow(/smtp:\/\//);
  });
});

describe('13.1 the Node server delivers over SMTP right after a change', () => {
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let server: Awaited<ReturnType<typeof startDemoNodeServer>>['server'];
  let closeServer: () => Promise<void> = async () => {};
  beforeAll(async () => {
    sink = await smtpSink();
    ({ server, close: closeServer } = await startDemoNodeServer('mail', { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: 'Pelita <noreply@pelita.contoh.id>' }));
  }, 120_000);
  afterAll(async () => {
    await closeServer();
    await sink?.close();
  });

  it('13.1 a complaint’s confirmation reaches the SMTP server with the private link, without waiting for the cron', async () => {
    const res = await fetch(`${server.url}/api/v1/complaints`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        service_code: 'jalan-rusak',
        title: 'Jalan berlubang di Jebres',
        description: 'Lubang besar di tengah jalan dekat pasar, sudah dua minggu tidak diperbaiki dan sering menyebabkan kecelakaan.',
        address: 'Jl. Kolonel Sutarto dekat Pasar Jebres',
        kelurahan: 'jebres-jebres',
        privacy: 'anonim',
        contact: { email: 'warga@contoh.id' },
      }),
    });
    expect(res.status).toBe(201);
    const j = (await res.json()) as { tracking_code: string; access_key: string };
    for (let i = 0; i < 100 && !sink.received.length; i++) await new Promise((r) => setTimeout(r, 100));
    const [got] = sink.received;
    expect(got?.to).toEqual(['warga@contoh.id']);
    expect(got?.mail.subject).toContain(j.tracking_code);
    expect(got?.mail.text).toContain(`/lacak/${j.tracking_code}#kunci=${encodeURIComponent(j.access_key)}`);
  });
});

describe('13.1 the Node server and its mail configuration', () => {
  it('13.1 production without SMTP starts, says loudly that mail is not sent, and keeps it queued; half an SMTP configuration does not start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pelita-nomail-'));
    const base = { APP_ENV: 'production', PELITA_SECRET: 'p'.repeat(48), PUBLIC_BASE_URL: 'https://pelita.kota.example', DATABASE_URL: `file:${join(dir, 'pelita.db')}`, FILES_DIR: join(dir, 'files') };
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const server = await startNodeServer({ port: 0, quiet: true, vars: base });
      expect(server.deps.mail).toEqual({});
      await server.close();
      const logged = log.mock.calls.flat().join('\n');
      expect(logged).toContain('SUREL TIDAK DIKIRIM');
      expect(logged).toContain('MAIL IS NOT SENT');
      await expect(startNodeServer({ port: 0, quiet: true, vars: { ...base, SMTP_URL: 'smtp://mail.kota.example:587' } })).rejects.toThrow(/MAIL_FROM/);
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
