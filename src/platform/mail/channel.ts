// Delivery channels: how a message from the outbox leaves the portal. One channel per kind of
// address (an e-mail address today; a WhatsApp number is a later channel of its own), chosen by
// the runtime (src/node/server.ts: SMTP; src/worker-handler.ts: the send_email binding; demo mode: the
// catcher). The outbox sender (src/modules/notifications/sender.ts) is the only caller.

/** A message as a channel sends it: plain text, its body already opened. */
export interface ChannelMessage {
  to: string;
  subject: string;
  body: string;
}

/**
 * What became of one attempt. `retryable`: try again later (the server was unreachable, said
 * "later" (4xx), or the configuration is wrong and will be fixed); `permanent`: this message
 * cannot be delivered as it is (the address is refused, 5xx), so it goes to the dead letters.
 */
export type SendOutcome =
  | { ok: true; id?: string | undefined }
  | { ok: false; retryable: boolean; error: string };

/** The kinds of address a message may go to. */
export type AddressKind = 'email';

export interface MailChannel {
  /** stored with a delivered message: smtp, email_binding, catcher */
  readonly name: string;
  readonly addressKind: AddressKind;
  send(message: ChannelMessage): Promise<SendOutcome>;
}

/** The channels a runtime has, by the kind of address they deliver to. */
export type Channels = Partial<Record<AddressKind, MailChannel>>;

/** The kind of address a recipient is; null when no channel could ever take it. */
export function addressKind(to: string): AddressKind | null {
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(to) ? 'email' : null;
}

/** A failure's text as stored in the outbox: one line, bounded, never the message itself. */
export function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** The sender's address: "Pelita Kota Surakarta <noreply@kota.go.id>" or a bare address. */
export interface FromAddress {
  email: string;
  name?: string | undefined;
}

/** MAIL_FROM as configured: a bare address or `Name <address>`; null when it is neither. */
export function parseFrom(raw: string | undefined): FromAddress | null {
  const v = (raw ?? '').trim();
  if (!v) return null;
  const named = /^(.*?)\s*<([^\s@<>"]+@[^\s@<>"]+)>$/.exec(v);
  if (named) {
    const name = named[1]!.replace(/^"|"$/g, '').replace(/[\r\n]+/g, ' ').trim();
    return name ? { email: named[2]!, name } : { email: named[2]! };
  }
  return addressKind(v) === 'email' ? { email: v } : null;
}

/** What a server without a mail channel says at start: loudly, since citizens are promised mail. */
export function noMailBanner(how: string): string {
  const line = '!'.repeat(78);
  return [
    line,
    '!! SUREL TIDAK DIKIRIM: saluran surel belum dikonfigurasi. Surat tetap antre di outbox',
    `!!   (lihat /admin/surat) sampai dikonfigurasi: ${how}.`,
    '!! MAIL IS NOT SENT: no mail channel is configured. Messages stay queued in the outbox',
    `!!   (see /admin/surat) until one is: ${how}.`,
    line,
  ].join('\n');
}
