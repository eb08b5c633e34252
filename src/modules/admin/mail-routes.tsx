// /admin/surat: the mail that is not leaving. Messages that failed at least once and are still
// being retried, and the dead letters (given up on), newest first, with what the channel said;
// an admin may send a dead letter again or discard it. The body is never shown (it may carry a
// citizen's private link, sealed): the recipient, the subject and the error are enough to act.
import { and, desc, gt, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { MailPage, type MailRow } from '../../../templates/pages/admin/mail';
import type { Db } from '../../db/client';
import { outbox } from '../../db/schema';
import { auditFromContext } from '../../platform/audit/audit';
import type { AppEnv } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { pathId } from '../../platform/http/path-id';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { discardDeadLetter, retryDeadLetter } from '../notifications/sender';
import { noticeFor } from './notices';

/** Rows the page lists at most: a longer list means the channel is down, which the counts say. */
const SHOWN = 200;

async function troubled(db: Db): Promise<MailRow[]> {
  return db
    .select({
      id: outbox.id,
      to: outbox.to,
      subject: outbox.subject,
      kind: outbox.kind,
      createdAt: outbox.createdAt,
      attempts: outbox.attempts,
      nextAttemptAt: outbox.nextAttemptAt,
      lastError: outbox.lastError,
      deadAt: outbox.deadAt,
    })
    .from(outbox)
    .where(and(isNull(outbox.sentAt), or(isNotNull(outbox.deadAt), gt(outbox.attempts, 0))))
    .orderBy(desc(outbox.id))
    .limit(SHOWN);
}

async function counts(db: Db) {
  const on = (cond: unknown) => sql<number>`coalesce(sum(case when ${cond} then 1 else 0 end), 0)`;
  const [r] = await db
    .select({ waiting: on(and(isNull(outbox.sentAt), isNull(outbox.deadAt))), dead: on(and(isNull(outbox.sentAt), isNotNull(outbox.deadAt))) })
    .from(outbox);
  return { waiting: Number(r?.waiting ?? 0), dead: Number(r?.dead ?? 0) };
}

export const mailRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const t = translator(c.var.lang);
    const deps = c.var.deps;
    const channels = Object.values(deps.mail ?? {}).map((ch) => ch.name);
    return renderPage(
      c,
      { title: t('Surat keluar', 'Outgoing mail') },
      <MailPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        rows={await troubled(deps.db)}
        counts={await counts(deps.db)}
        channels={channels}
        notice={noticeFor(c.req.query('ok'), c.var.lang)}
      />,
    );
  })
  .post('/:id/kirim-ulang', async (c) => {
    const id = pathId(c);
    if (!(await retryDeadLetter(c.var.deps.db, id, c.var.deps.clock.now()))) throw new NotFoundError();
    await auditFromContext(c, { event: 'mail.retried', target: `outbox:${id}` });
    return c.redirect('/admin/surat?ok=surat-dikirim-ulang', 303);
  })
  .post('/:id/buang', async (c) => {
    const id = pathId(c);
    if (!(await discardDeadLetter(c.var.deps.db, id))) throw new NotFoundError();
    await auditFromContext(c, { event: 'mail.discarded', target: `outbox:${id}` });
    return c.redirect('/admin/surat?ok=surat-dibuang', 303);
  });
