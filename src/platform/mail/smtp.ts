// The Node server's channel: SMTP through nodemailer (well kept, and it speaks STARTTLS, implicit
// TLS, authentication and pooling so we do not). Node only: the Worker never imports this file.
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { ConfigError } from '../runtime/deps';
import { errorText, parseFrom, type FromAddress, type MailChannel, type SendOutcome } from './channel';

export interface SmtpSettings {
  /** smtp://user:pass@host:587 or smtps://…:465; or host/port/user/pass */
  url?: string | undefined;
  host?: string | undefined;
  port?: number | undefined;
  user?: string | undefined;
  pass?: string | undefined;
  from: FromAddress;
}

/**
 * SMTP settings from the environment (SMTP_URL, or SMTP_HOST with SMTP_PORT, SMTP_USER,
 * SMTP_PASS; and MAIL_FROM), or null when none is given. Secrets come from the environment only.
 */
export function smtpSettingsFromVars(vars: Record<string, string | undefined>): SmtpSettings | null {
  const url = vars['SMTP_URL']?.trim() || undefined;
  const host = vars['SMTP_HOST']?.trim() || undefined;
  if (!url && !host) return null;
  const from = parseFrom(vars['MAIL_FROM']);
  const port = vars['SMTP_PORT'] ? Number(vars['SMTP_PORT']) : undefined;
  const problems = [];
  if (!from)
    problems.push({
      id: `MAIL_FROM wajib diisi dengan alamat pengirim, mis. "Pelita <noreply@kota.go.id>", bukan "${vars['MAIL_FROM'] ?? ''}".`,
      en: `MAIL_FROM must be the sender's address, e.g. "Pelita <noreply@kota.go.id>", not "${vars['MAIL_FROM'] ?? ''}".`,
    });
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
    problems.push({ id: `SMTP_PORT harus nomor port, bukan "${vars['SMTP_PORT']}".`, en: `SMTP_PORT must be a port number, not "${vars['SMTP_PORT']}".` });
  if (url && !/^smtps?:\/\//.test(url))
    problems.push({ id: 'SMTP_URL harus diawali smtp:// atau smtps://.', en: 'SMTP_URL must start with smtp:// or smtps://.' });
  if (problems.length || !from) throw new ConfigError(problems);
  return { url, host, port, user: vars['SMTP_USER'] || undefined, pass: vars['SMTP_PASS'] || undefined, from };
}

/**
 * Whether a failure is worth another attempt. An SMTP server says 4xx for "later" and 5xx for
 * "never" (RFC 5321 §4.2.1); a refused sign-in (535) or a network failure is our configuration or
 * the network, which will be fixed, so the message waits instead of dying.
 */
export function smtpRetryable(e: unknown): boolean {
  const err = e as { responseCode?: unknown; code?: unknown };
  if (err.code === 'EAUTH') return true;
  const code = typeof err.responseCode === 'number' ? err.responseCode : null;
  return code === null || code < 500;
}

export function smtpChannel(s: SmtpSettings): MailChannel & { close(): void } {
  const options: SMTPTransport.Options = s.url
    ? { url: s.url }
    : {
        host: s.host,
        port: s.port ?? 587,
        secure: s.port === 465,
        ...(s.user ? { auth: { user: s.user, pass: s.pass ?? '' } } : {}),
      };
  const transport = nodemailer.createTransport({ ...options, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  return {
    name: 'smtp',
    addressKind: 'email',
    async send(m): Promise<SendOutcome> {
      try {
        const info = await transport.sendMail({
          from: s.from.name ? { name: s.from.name, address: s.from.email } : s.from.email,
          to: m.to,
          subject: m.subject,
          text: m.body,
        });
        return { ok: true, id: info.messageId };
      } catch (e) {
        return { ok: false, retryable: smtpRetryable(e), error: errorText(e) };
      }
    },
    close: () => transport.close(),
  };
}
