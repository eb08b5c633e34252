// Drafts of permit applications: saved as typed, with the documents attached so far, opened again
// with their own access key (only its hash is kept), sent once. Nothing in a draft is checked
// beyond what storing it needs (characters, sizes, the attachment rules): the whole application
// is checked when it is sent, against the type's definition as it is then (a draft is not an
// application: no clock runs, no officer sees it).
import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { permitDraftFiles, permitDrafts } from '../../db/schema';
import type { AllowedType, CheckedFile } from '../../domain/cases/files';
import { characterProblem, charLength } from '../../domain/text/input-text';
import { ConflictError, ValidationError } from '../../platform/http/errors';
import type { Lang, Msg } from '../../platform/i18n/lang';
import type { AppDeps, FileStore } from '../../platform/runtime/deps';
import { sha256Hex } from '../../platform/security/crypto';
import { accessKeyMatches, hashAccessKey, newAccessKey } from '../cases/codes';
import { checkIntake, createCase, findReplay, type CreatedCase } from '../cases/create';
import type { PermitDraft, PermitType } from './intake';
import { permitKind } from './kind';

/** A draft is kept this long after its last change. */
export const DRAFT_DAYS = 30;
const DAY_MS = 86_400_000;
/** The longest text a draft keeps per answer: a textarea's limit, with room. */
const DRAFT_TEXT_MAX = 10_000;

export type DraftRow = typeof permitDrafts.$inferSelect;

export interface DraftContent {
  applicant_name: string;
  contact_email: string;
  contact_phone: string;
  answers: Record<string, string | string[]>;
}

export interface DraftDocument {
  id: string;
  field: string;
  filename: string;
  size: number;
}

/** What a draft may hold: text without control characters and within size; refused by name. */
function checkContent(content: DraftContent): void {
  const errors: Record<string, Msg> = {};
  const check = (name: string, v: string) => {
    const bad = characterProblem(v);
    if (bad) errors[name] = bad;
    else if (charLength(v) > DRAFT_TEXT_MAX)
      errors[name] = { id: `Paling banyak ${DRAFT_TEXT_MAX} karakter.`, en: `At most ${DRAFT_TEXT_MAX} characters.` };
  };
  for (const k of ['applicant_name', 'contact_email', 'contact_phone'] as const) check(k, content[k]);
  for (const [k, v] of Object.entries(content.answers)) for (const x of [v].flat()) check(`answers.${k}`, x);
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

function parseContent(text: string): DraftContent {
  try {
    const v = JSON.parse(text) as Partial<DraftContent>;
    return { applicant_name: v.applicant_name ?? '', contact_email: v.contact_email ?? '', contact_phone: v.contact_phone ?? '', answers: v.answers ?? {} };
  } catch {
    return { applicant_name: '', contact_email: '', contact_phone: '', answers: {} };
  }
}

export function draftContent(d: DraftRow): DraftContent {
  return parseContent(d.content);
}

function fileRows(draftId: string, files: readonly CheckedFile[], at: Date) {
  return Promise.all(
    files.map(async (f) => {
      const id = crypto.randomUUID();
      return {
        bytes: f.bytes,
        row: { id, draftId, field: f.field!, storageKey: `permit-drafts/${draftId}/${id}`, filename: f.name, contentType: f.type, size: f.bytes.length, createdAt: at },
      };
    }),
  );
}

async function store(files: FileStore, rows: { bytes: Uint8Array; row: { storageKey: string; contentType: string } }[]) {
  for (const r of rows) await files.put(r.row.storageKey, r.bytes, r.row.contentType);
}

const ALREADY_SENT = (): ConflictError =>
  new ConflictError({ id: 'Draf ini sudah dikirim sebagai permohonan; perubahan tidak disimpan.', en: 'This draft has already been sent as an application; changes were not saved.' }, 'draft_submitted');

/** Saves a new draft; its key is shown once. */
export async function saveNewDraft(deps: AppDeps, type: PermitType, content: DraftContent, files: readonly CheckedFile[]): Promise<{ id: string; key: string }> {
  checkContent(content);
  const now = deps.clock.now();
  const id = crypto.randomUUID();
  const key = newAccessKey();
  const rows = await fileRows(id, files, now);
  await store(deps.files, rows);
  await deps.db.batch([
    deps.db.insert(permitDrafts).values({ id, serviceId: type.id, accessKeyHash: await hashAccessKey(key), content: JSON.stringify(content), createdAt: now, updatedAt: now, expiresAt: new Date(now.getTime() + DRAFT_DAYS * DAY_MS) }),
    ...rows.map((r) => deps.db.insert(permitDraftFiles).values(r.row)),
  ]);
  return { id, key };
}

/** The draft with this id when the key is right; anything else is null (one answer, no oracle). */
export async function findDraftWithKey(db: Db, id: string, key: string | undefined | null): Promise<DraftRow | null> {
  const [row] = /^[0-9a-f-]{36}$/.test(id) ? await db.select().from(permitDrafts).where(eq(permitDrafts.id, id)).limit(1) : [];
  const ok = await accessKeyMatches(key, row?.accessKeyHash ?? '0'.repeat(64));
  return row && ok ? row : null;
}

export async function draftDocuments(db: Db, draftId: string): Promise<DraftDocument[]> {
  return db
    .select({ id: permitDraftFiles.id, field: permitDraftFiles.field, filename: permitDraftFiles.filename, size: permitDraftFiles.size })
    .from(permitDraftFiles)
    .where(eq(permitDraftFiles.draftId, draftId))
    .orderBy(asc(permitDraftFiles.createdAt));
}

/** Saves what was typed again, and adds new documents; a sent draft takes no changes. */
export async function updateDraft(deps: AppDeps, draft: DraftRow, content: DraftContent, files: readonly CheckedFile[]): Promise<void> {
  if (draft.submittedCaseId) throw ALREADY_SENT();
  checkContent(content);
  const now = deps.clock.now();
  const rows = await fileRows(draft.id, files, now);
  await store(deps.files, rows);
  const [updated] = await deps.db.batch([
    deps.db
      .update(permitDrafts)
      .set({ content: JSON.stringify(content), updatedAt: now, expiresAt: new Date(now.getTime() + DRAFT_DAYS * DAY_MS) })
      .where(and(eq(permitDrafts.id, draft.id), isNull(permitDrafts.submittedCaseId)))
      .returning({ id: permitDrafts.id }),
    ...rows.map((r) => deps.db.insert(permitDraftFiles).values(r.row)),
  ]);
  if (!(updated as unknown[]).length) throw ALREADY_SENT();
}

/** The draft's documents as files, read back from the store, for the application. */
async function storedDocuments(deps: AppDeps, draftId: string): Promise<CheckedFile[]> {
  const rows = await deps.db.select().from(permitDraftFiles).where(eq(permitDraftFiles.draftId, draftId)).orderBy(asc(permitDraftFiles.createdAt));
  const out: CheckedFile[] = [];
  for (const r of rows) {
    const stored = await deps.files.get(r.storageKey);
    if (!stored) continue;
    out.push({ name: r.filename, type: r.contentType as AllowedType, field: r.field, bytes: new Uint8Array(await new Response(stored.body as BodyInit).arrayBuffer()) });
  }
  return out;
}

/** The form token a draft is sent with: its one case, and the result page's key (src/modules/cases/receipt.tsx). */
export function draftSubmitToken(draftId: string): string {
  return `permit-draft-${draftId}`;
}

/**
 * Sends the draft as an application: checked in full (its documents and any new ones counted per
 * field), made into a case once — a second send of the same draft gets the same application back
 * (the draft's id is the idempotency token), and the draft is marked sent.
 */
export async function submitDraft(
  deps: AppDeps,
  draft: DraftRow,
  type: PermitType,
  content: DraftContent,
  newFiles: readonly CheckedFile[],
  origin: string,
  /** the language the applicant sends it in: the application's notifications are in it */
  language: Lang = 'id',
): Promise<CreatedCase | { errors: Record<string, Msg> }> {
  const idem = { scope: 'form' as const, token: draftSubmitToken(draft.id), requestHash: await sha256Hex(`permit-draft:${draft.id}`) };
  if (draft.submittedCaseId) {
    const replay = await findReplay(deps, permitKind, idem);
    if (replay) return replay;
  }
  checkContent(content);
  const files = [...(await storedDocuments(deps, draft.id)), ...newFiles];
  const byField: Record<string, number> = {};
  for (const f of files) byField[f.field!] = (byField[f.field!] ?? 0) + 1;
  const d: PermitDraft = { ...content, service_code: type.code, files_by_field: byField };
  const checked = await checkIntake(deps.db, permitKind, d, deps.clock.now());
  if (!checked.ok) {
    // keep what was typed and the new documents, so nothing is lost
    await updateDraft(deps, draft, content, newFiles);
    return { errors: checked.errors };
  }
  const created = await createCase(deps, permitKind, checked.value, { idempotency: idem, files, origin, channel: 'web', language });
  await deps.db.update(permitDrafts).set({ submittedCaseId: created.row.id, updatedAt: deps.clock.now() }).where(and(eq(permitDrafts.id, draft.id), isNull(permitDrafts.submittedCaseId)));
  await dropDraftFiles(deps, draft.id);
  return created;
}

/** The draft's own copies of its documents (the application has its own). */
async function dropDraftFiles(deps: Pick<AppDeps, 'db' | 'files'>, draftId: string): Promise<void> {
  const rows = await deps.db.select({ key: permitDraftFiles.storageKey }).from(permitDraftFiles).where(eq(permitDraftFiles.draftId, draftId));
  for (const r of rows) await deps.files.delete(r.key).catch(() => undefined);
  await deps.db.delete(permitDraftFiles).where(eq(permitDraftFiles.draftId, draftId));
}

/** Drafts past their 30 days, with their documents: by the scheduled purge, 200 a run. */
export async function purgeExpiredDrafts(deps: Pick<AppDeps, 'db' | 'files'>, now: Date): Promise<number> {
  const old = await deps.db.select({ id: permitDrafts.id }).from(permitDrafts).where(lte(permitDrafts.expiresAt, now)).limit(200);
  for (const d of old) {
    await dropDraftFiles(deps, d.id);
    await deps.db.delete(permitDrafts).where(eq(permitDrafts.id, d.id));
  }
  return old.length;
}
