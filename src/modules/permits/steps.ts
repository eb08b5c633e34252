// The steps of the staff actions only a permit application has (the kernel runs them inside its
// pipeline, src/modules/cases/staff-actions.ts; four eyes between proposer and decider is the
// kernel's, from the machine's `notBy`). Each adds to the one version-guarded batch: the case's
// fields, rows of the permit tables, and the permit number's counter.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { cases, permitApplications, permitCounters, permits } from '../../db/schema';
import { formFieldsSchema, parseStoredJson } from '../../domain/catalogue/service';
import { INFO_REQUEST_DAYS_KEY, infoRequestDaysOf } from '../../domain/cases/info-request';
import { isFeeKind } from '../../domain/catalogue/fee';
import { feeKnown, parseAssessedFee, paymentRequired, type PermitFee } from '../../domain/permits/fee';
import { PERMIT_CLASSIFICATION } from '../../domain/permits/numbering';
import { validUntil } from '../../domain/permits/validity';
import { addWorkingDays } from '../../domain/sla/calendar';
import { jakartaDate, jakartaYear } from '../../domain/time/jakarta';
import { ValidationError } from '../../platform/http/errors';
import { readSetting } from '../../platform/settings/settings';
import type { ActionContext, ActionStep } from '../cases/action-step';
import { ActionNotAllowedError } from '../cases/staff-actions';

export type PermitApplicationRow = typeof permitApplications.$inferSelect;

export async function findApplication(ctx: Pick<ActionContext, 'deps' | 'row'>): Promise<PermitApplicationRow> {
  const [app] = await ctx.deps.db.select().from(permitApplications).where(eq(permitApplications.caseId, ctx.row.id)).limit(1);
  if (!app) throw new Error(`permit case ${ctx.row.id} has no application row`);
  return app;
}

/** Only while the case is as the officer read it: the guard of the change, for another table's UPDATE. */
export const whileCase = (guard: SQL) => sql`EXISTS (SELECT 1 FROM ${cases} WHERE ${guard})`;

/** The items a revision names: fields (and document fields) of the application's own form, each once. */
function revisionItems(app: PermitApplicationRow, raw: unknown): string[] {
  const names = new Set(parseStoredJson(app.form, formFieldsSchema, []).map((f) => f.name));
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' && raw ? [raw] : [];
  const items = [...new Set(list.filter((x): x is string => typeof x === 'string'))];
  if (!items.length || items.length !== list.length || !items.every((i) => names.has(i)))
    throw new ValidationError({
      items: {
        id: 'Pilih isian atau dokumen yang harus diperbaiki pemohon (dari formulir permohonan ini).',
        en: 'Choose the fields or documents the applicant must fix (from this application’s form).',
      },
    });
  return items;
}

/** Asking for a revision: names the items, and the applicant's deadline runs (the clock stands still). */
const requestRevision: ActionStep = {
  async run(ctx) {
    const app = await findApplication(ctx);
    const items = revisionItems(app, ctx.req.fields.items);
    const days = infoRequestDaysOf(await readSetting(ctx.deps.db, INFO_REQUEST_DAYS_KEY));
    ctx.set.citizenDueAt = addWorkingDays(ctx.now, days, ctx.holidays);
    ctx.data.items = items;
    ctx.data.round = app.revisionRound + 1;
    ctx.statements.push((db, guard) =>
      db
        .update(permitApplications)
        .set({ revisionItems: JSON.stringify(items), revisionRound: app.revisionRound + 1 })
        .where(and(eq(permitApplications.caseId, ctx.row.id), whileCase(guard))),
    );
  },
};

/** The application's fee as its row holds it. */
export function permitFeeOf(app: PermitApplicationRow): PermitFee {
  return { kind: isFeeKind(app.feeKind) ? app.feeKind : 'fixed', amount: app.fee, basis: app.feeBasis, setAt: app.feeSetAt };
}

/**
 * Proposing approval of an application with an assessed fee sets the amount the technical review
 * found (issue 13.9): it is in the proposal's event, so the history shows who set what, and a
 * returned proposal is proposed again with the amount as it then stands.
 */
const proposeApproval: ActionStep = {
  async run(ctx) {
    const app = await findApplication(ctx);
    if (permitFeeOf(app).kind !== 'assessed') return;
    const fee = parseAssessedFee(ctx.req.fields.fee);
    if (!fee.ok) throw new ValidationError({ fee: fee.error });
    ctx.data.fee = fee.value;
    ctx.statements.push((db, guard) =>
      db
        .update(permitApplications)
        .set({ fee: fee.value, feeSetAt: ctx.now })
        .where(and(eq(permitApplications.caseId, ctx.row.id), whileCase(guard))),
    );
  },
};

const FEE_NOT_SET = {
  id: 'Retribusi izin ini belum ditetapkan: kembalikan usulan agar pemeriksa mengusulkan persetujuan dengan besarnya retribusi.',
  en: 'This permit’s levy has not been set: return the proposal so that the reviewer proposes approval with the amount.',
};

/**
 * The decision to grant: the decider is credited with it (ratings, metrics), as a resolution is.
 * The applicant learns from it what to pay: the amount is in the (public) event. An assessed fee
 * must have been set — a proposal to reject that is approved instead has none.
 */
const approve: ActionStep = {
  async run(ctx) {
    const fee = permitFeeOf(await findApplication(ctx));
    if (!feeKnown(fee)) throw new ActionNotAllowedError(FEE_NOT_SET);
    if (paymentRequired(fee)) ctx.data.fee = fee.amount;
    ctx.set.resolvedAt = ctx.now;
    ctx.set.resolvedById = ctx.actor.id;
    ctx.set.pausedSince = null;
  },
};

/** The decision to refuse, with the reasons the applicant reads. */
const reject: ActionStep = {
  run({ now, set }) {
    set.declinedAt = now;
    set.pausedSince = null;
  },
};

const FREE: { id: string; en: string } = {
  id: 'Izin ini tanpa retribusi (atau dibebaskan): tidak ada pembayaran untuk dikonfirmasi.',
  en: 'This permit has no fee (or it was waived): there is no payment to confirm.',
};

const confirmPayment: ActionStep = {
  async run(ctx) {
    const app = await findApplication(ctx);
    if (!paymentRequired(permitFeeOf(app))) throw new ActionNotAllowedError(FREE);
    ctx.data.fee = app.fee;
  },
};

/**
 * Issuing: the next number of the type's year is taken from its counter and written into the
 * permit in the same guarded batch — a permit exists exactly when its number was used, so the
 * numbers have no gaps and no duplicates however many officers issue at once (SQLite runs one
 * write transaction at a time on D1 and libSQL). The number's shape is formatPermitNumber's
 * (src/domain/permits/numbering.ts); the test of issuing checks the two agree.
 */
const issue: ActionStep = {
  async run(ctx) {
    const { row, now, actor } = ctx;
    const app = await findApplication(ctx);
    // an assessed fee is known by now: approve refuses without it
    if (paymentRequired(permitFeeOf(app)) && row.status !== 'paid')
      throw new ActionNotAllowedError({
        id: 'Izin ini dikenai retribusi: konfirmasi pembayaran dahulu, baru terbitkan.',
        en: 'This permit has a fee: confirm the payment first, then issue it.',
      });
    const year = jakartaYear(now);
    const from = jakartaDate(now);
    const until = validUntil(from, app.validityMonths);
    const code = app.typeCode;
    ctx.data.valid_from = from;
    ctx.data.valid_until = until;
    // drizzle writes both as INSERT … SELECT … FROM cases WHERE <guard>: nothing without the case as read
    const counter = and(eq(permitCounters.typeCode, code), eq(permitCounters.year, year));
    ctx.statements.push(
      (db, guard) =>
        db
          .insert(permitCounters)
          .select(db.select({ typeCode: sql`${code}`.as('type_code'), year: sql`${year}`.as('year'), last: sql`1`.as('last') }).from(cases).where(guard))
          .onConflictDoUpdate({ target: [permitCounters.typeCode, permitCounters.year], set: { last: sql`${permitCounters.last} + 1` } }),
      (db, guard) =>
        db.insert(permits).select(
          db
            .select({
              id: sql`null`.as('id'),
              caseId: cases.id,
              number: sql`${PERMIT_CLASSIFICATION} || '/' || ${code} || '/' || ${String(year)} || '/' || printf('%06d', ${permitCounters.last})`.as('number'),
              typeCode: permitCounters.typeCode,
              year: permitCounters.year,
              seq: permitCounters.last,
              holderName: sql`${row.contactName ?? ''}`.as('holder_name'),
              issuedAt: sql`${now.getTime()}`.as('issued_at'),
              issuedById: sql`${actor.id}`.as('issued_by_id'),
              validFrom: sql`${from}`.as('valid_from'),
              validUntil: sql`${until}`.as('valid_until'),
              revokedAt: sql`null`.as('revoked_at'),
              revokedById: sql`null`.as('revoked_by_id'),
              revokeReason: sql`null`.as('revoke_reason'),
            })
            .from(cases)
            .innerJoin(permitCounters, counter)
            .where(guard),
        ),
    );
  },
};

/** Revoking: the public verification says DICABUT from this moment, with the date. */
const revoke: ActionStep = {
  run(ctx) {
    const { row, now, actor, req } = ctx;
    ctx.statements.push((db, guard) =>
      db
        .update(permits)
        .set({ revokedAt: now, revokedById: actor.id, revokeReason: req.message })
        .where(and(eq(permits.caseId, row.id), whileCase(guard))),
    );
  },
};

export const PERMIT_STEPS: Readonly<Record<string, ActionStep>> = {
  request_revision: requestRevision,
  propose_approval: proposeApproval,
  approve,
  reject,
  confirm_payment: confirmPayment,
  issue,
  revoke,
};
