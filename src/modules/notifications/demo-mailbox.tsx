// /demo/kotak-surat: the mail the demo's catcher took, newest first, as the recipient would read
// it. The route exists only in demo mode (src/app.tsx), where every account and case is made up
// and the server warns that no real data belongs there; the sealed bodies are opened here for
// display, since reading them (the private link included) is the point of the page.
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { DemoMailboxPage, type CaughtMail } from '../../../templates/pages/demo-mailbox';
import { outbox } from '../../db/schema';
import type { AppEnv } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { CATCHER } from '../../platform/mail/catcher';
import type { AppDeps } from '../../platform/runtime/deps';
import { readOutboxMessage } from '../cases/mail';

/** The newest messages shown: enough for anyone trying the demo. */
const SHOWN = 50;

async function caught(deps: Pick<AppDeps, 'db' | 'config'>): Promise<CaughtMail[]> {
  const rows = await deps.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.channel, CATCHER), isNotNull(outbox.sentAt)))
    .orderBy(desc(outbox.id))
    .limit(SHOWN);
  const out: CaughtMail[] = [];
  for (const row of rows) {
    const m = await readOutboxMessage(deps.config.secret, row).catch(() => null);
    if (m) out.push({ id: row.id, to: m.to, subject: m.subject, body: m.body, sentAt: row.sentAt! });
  }
  return out;
}

export const demoMailboxRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const t = translator(c.var.lang);
  c.header('Cache-Control', 'no-store');
  return renderPage(c, { title: t('Kotak surat demo', 'Demo mailbox') }, <DemoMailboxPage lang={c.var.lang} mails={await caught(c.var.deps)} />);
});
