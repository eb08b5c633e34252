// Demo mode's channel: nothing leaves the machine. A message "delivered" here stays in the outbox
// marked `catcher`, and /demo/kotak-surat shows it (src/modules/notifications/demo-mailbox.tsx), so
// a newcomer trying the portal reads the mail a citizen would get.
import type { MailChannel } from './channel';

export const CATCHER = 'catcher';

export function catcherChannel(): MailChannel {
  return { name: CATCHER, addressKind: 'email', send: async () => ({ ok: true }) };
}
