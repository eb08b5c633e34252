// The Worker's channel: Cloudflare Email Service through the `send_email` binding
// (wrangler.toml `[[send_email]] name = "EMAIL"`), with the builder form of `send()`: plain text,
// no MIME of our own. Locally, wrangler dev and the tests' miniflare emulate the binding.
import { errorText, type FromAddress, type MailChannel, type SendOutcome } from './channel';

/** The part of the binding this channel uses (workers-types' SendEmail). */
export interface SendEmailBinding {
  send(message: { from: string | { email: string; name: string }; to: string; subject: string; text: string }): Promise<{ messageId: string }>;
}

/**
 * The binding refuses a message it will never take (an address outside the binding's allowed
 * destinations or senders, a malformed one) with such words; anything else (a limit, an outage)
 * is worth another attempt.
 */
const REFUSED = /not allowed|invalid|could not parse|malformed/i;

export function emailBindingChannel(binding: SendEmailBinding, from: FromAddress): MailChannel {
  return {
    name: 'email_binding',
    addressKind: 'email',
    async send(m): Promise<SendOutcome> {
      try {
        const r = await binding.send({
          from: from.name ? { email: from.email, name: from.name } : from.email,
          to: m.to,
          subject: m.subject,
          text: m.body,
        });
        return { ok: true, id: r.messageId };
      } catch (e) {
        const error = errorText(e);
        return { ok: false, retryable: !REFUSED.test(error), error };
      }
    },
  };
}
