// The applicant's revision: new answers (and documents) for the items the officer named, sent
// with the tracking code and access key. The application is checked again in full against the
// form it was made with; each requested item must have changed (a new answer, or a new document
// for a document field), or the resubmission is refused naming the items left as they were. The
// clock runs again from the resubmission (the applicant's time was not the authority's).
import { and, eq, sql } from 'drizzle-orm';
import { attachments, permitApplications } from '../../db/schema';
import { formFieldsSchema, parseStoredJson } from '../../domain/catalogue/service';
import type { CheckedFile } from '../../domain/cases/files';
import { checkAnswers, unchangedItems, type Answers, type RawAnswers } from '../../domain/permits/answers';
import { AppError, ConflictError, ValidationError } from '../../platform/http/errors';
import type { Msg } from '../../platform/i18n/lang';
import type { AppDeps } from '../../platform/runtime/deps';
import { prepareAttachments } from '../cases/attachments';
import { commitCaseChange, type CaseRow } from '../cases/commit';
import { loadHolidaySet } from '../cases/holidays';
import { kindOf, type KindCitizenAction } from '../cases/kinds';
import { keepPending, listPending, loadPending, removePending, REMOVE_FIELD } from '../cases/pending-uploads';
import type { FormInput } from '../../platform/http/form';
import { answersFrom, documentsFrom } from './form-input';
import { clockAfter, resumeClock } from '../cases/sla';
import { PERMIT } from './intake';
import { whileCase } from './steps';

export interface Resubmission {
  /** every answer of the form, as the applicant now gives them */
  answers: RawAnswers;
  /** new documents, each for a document field of the form */
  files: readonly CheckedFile[];
}

function parseJson<T>(text: string | null, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Documents already attached per form field. */
async function documentsByField(deps: AppDeps, caseId: string): Promise<Record<string, number>> {
  const rows = await deps.db
    .select({ field: attachments.formField, n: sql<number>`count(*)` })
    .from(attachments)
    .where(and(eq(attachments.caseId, caseId), sql`${attachments.formField} IS NOT NULL`))
    .groupBy(attachments.formField);
  return Object.fromEntries(rows.map((r) => [r.field!, Number(r.n)]));
}

export async function resubmitPermit(deps: AppDeps, row: CaseRow, input: Resubmission): Promise<void> {
  const kind = kindOf(row.kind);
  const t = row.kind === PERMIT ? kind.machine.transition(row.status, 'resubmit', { actor: 'citizen' }) : null;
  if (!t?.ok)
    throw new AppError('action_not_allowed', {
      id: 'Perbaikan hanya dapat dikirim saat petugas meminta perbaikan.',
      en: 'A revision can only be sent while staff have asked for one.',
    });
  const [app] = await deps.db.select().from(permitApplications).where(eq(permitApplications.caseId, row.id)).limit(1);
  if (!app) throw new Error(`permit case ${row.id} has no application row`);
  const form = parseStoredJson(app.form, formFieldsSchema, []);
  const fileFields = new Set(form.filter((f) => f.type === 'file').map((f) => f.name));
  const stray = input.files.find((f) => !f.field || !fileFields.has(f.field));
  if (stray)
    throw new ValidationError({
      files: { id: `Berkas "${stray.name}" tidak untuk dokumen yang ada pada formulir ini.`, en: `The file "${stray.name}" is not for a document of this form.` },
    });

  const counts = await documentsByField(deps, row.id);
  for (const f of input.files) counts[f.field!] = (counts[f.field!] ?? 0) + 1;
  const checked = checkAnswers(form, input.answers, counts);
  if (!checked.ok) throw new ValidationError(Object.fromEntries(Object.entries(checked.errors).map(([k, m]) => [`answers.${k}`, m])));

  const requested = parseJson<string[]>(app.revisionItems, []);
  const before = parseJson<Answers>(row.formData, {});
  const left = unchangedItems(requested, before, checked.values, new Set(input.files.map((f) => f.field!)));
  if (left.length) {
    const errors: Record<string, Msg> = {};
    for (const name of left) {
      const label = form.find((f) => f.name === name)?.label ?? { id: name, en: name };
      errors[`answers.${name}`] = fileFields.has(name)
        ? { id: `Lampirkan dokumen ${label.id} yang sudah diperbaiki.`, en: `Attach the corrected ${label.en}.` }
        : { id: `${label.id} diminta diperbaiki tetapi belum diubah.`, en: `${label.en} was to be fixed but has not been changed.` };
    }
    throw new ValidationError(errors);
  }

  const now = deps.clock.now();
  const holidays = await loadHolidaySet(deps.db);
  const set = { status: t.to, formData: JSON.stringify(checked.values), ...resumeClock(row, now, holidays) };
  const prepared = await prepareAttachments(row.id, input.files, { uploadedBy: 'citizen', visibility: 'citizen', at: now });
  const changed = Object.keys(checked.values).filter((k) => JSON.stringify(checked.values[k]) !== JSON.stringify(before[k]));
  const r = await commitCaseChange(deps, row, {
    at: now,
    events: [
      {
        actorKind: 'citizen',
        type: 'resubmit',
        fromStatus: row.status,
        toStatus: t.to,
        visibility: t.visibility,
        message: null,
        data: { round: app.revisionRound, items: requested, changed, attachments: prepared.map((p) => p.row.id), clock: clockAfter(row, set) },
      },
    ],
    set,
    attachments: prepared,
    statements: [
      (db, guard) =>
        db
          .update(permitApplications)
          .set({ revisionItems: '[]' })
          .where(and(eq(permitApplications.caseId, row.id), whileCase(guard))),
    ],
  });
  if (!r.applied)
    throw new ConflictError(
      { id: 'Permohonan ini baru saja berubah. Muat ulang halaman, lalu kirim lagi.', en: 'This application has just changed. Reload the page, then send again.' },
      'stale_version',
    );
}

/** The revision form's random token (the form renders one), under which its accepted documents are kept. */
export const REVISION_TOKEN_FIELD = 'form_token';
const TOKEN_RE = /^[A-Za-z0-9_-]{20,100}$/;

function revisionTokenOf(form: FormInput): string | null {
  const t = form.text(REVISION_TOKEN_FIELD);
  return TOKEN_RE.test(t) ? t : null;
}

/**
 * The tracking page's revision form (POST /lacak/{code}/perbaikan), read by the application's own
 * form. Like the application form (issue 13.3), a try that fails keeps the documents it accepted
 * under the form's token — a corrected drawing chosen on a phone is not chosen again because an
 * answer was left unchanged — lists them with a remove box, and attaches them when it succeeds.
 */
export const revisionAction: KindCitizenAction = {
  async run(deps, row, form) {
    const [app] = await deps.db.select({ form: permitApplications.form }).from(permitApplications).where(eq(permitApplications.caseId, row.id)).limit(1);
    const fields = parseStoredJson(app?.form, formFieldsSchema, []);
    const token = revisionTokenOf(form);
    if (token) await removePending(deps, token, form.all(REMOVE_FIELD));
    const kept = token ? await listPending(deps, token) : [];
    const docs = await documentsFrom(form, fields, kept);
    try {
      if (Object.keys(docs.errors).length) throw new ValidationError(docs.errors);
      const earlier = token ? await loadPending(deps, token) : [];
      await resubmitPermit(deps, row, { answers: answersFrom(form, fields), files: [...earlier, ...docs.files] });
    } catch (e) {
      // over the documents' limit, nothing new is kept: the form says to choose fewer
      if (token && e instanceof AppError && docs.errors.files === undefined) await keepPending(deps, token, docs.files);
      throw e;
    }
  },
  async kept(deps, form) {
    const token = revisionTokenOf(form);
    return token ? listPending(deps, token) : [];
  },
  done: {
    id: 'Perbaikan terkirim. Petugas akan memeriksa kembali permohonan Anda; jam layanan berjalan lagi.',
    en: 'Revision sent. Staff will check your application again; the service clock runs again.',
  },
  typed: (name) => name.startsWith('answers.') || name === REVISION_TOKEN_FIELD,
};
