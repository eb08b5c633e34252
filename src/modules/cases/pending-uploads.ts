// Files a citizen's form accepted while the form failed on another field (issue 13.3: every
// error dropped the chosen photos, even valid ones, painful on a phone). Each accepted file is
// stored like an attachment (the FileStore, under pending/{id}) with a row keyed by a hash of the
// form's random token, so only the browser that holds the token sees them on the form shown again
// and gets them attached when the form is finally sent; someone else's token finds nothing, and
// a removal ticked on another token's form removes nothing. They expire after PENDING_HOURS and
// the cron removes them with their bytes. They are not deleted when the form is sent: the same
// form sent twice (a double tap) must send the same files to get the same case back.
import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import { pendingUploads } from '../../db/schema';
import type { AllowedType, CheckedFile, IncomingFile } from '../../domain/cases/files';
import type { Msg } from '../../platform/i18n/lang';
import type { AppDeps } from '../../platform/runtime/deps';
import { sha256Hex } from '../../platform/security/crypto';
import { checkFiles } from './attachments';

/** Long enough to fix a form on a phone and come back after a break; short enough not to keep photos. */
export const PENDING_HOURS = 6;
const HOUR_MS = 3_600_000;
/** D1 binds at most 100 parameters to a statement. */
const BATCH = 90;

/** A kept file as the form shows it. */
export interface PendingUpload {
  id: string;
  field: string | null;
  filename: string;
  size: number;
  contentType: string;
}

/** The name of the form's "remove" checkboxes, whose values are the ids of kept files. */
export const REMOVE_FIELD = 'hapus_berkas';

const tokenHash = (token: string) => sha256Hex(`pending-upload:${token}`);

/** The files kept for this form token (not expired), oldest first. */
export async function listPending(deps: Pick<AppDeps, 'db' | 'clock'>, token: string): Promise<PendingUpload[]> {
  return deps.db
    .select({ id: pendingUploads.id, field: pendingUploads.field, filename: pendingUploads.filename, size: pendingUploads.size, contentType: pendingUploads.contentType })
    .from(pendingUploads)
    .where(and(eq(pendingUploads.tokenHash, await tokenHash(token)), gt(pendingUploads.expiresAt, deps.clock.now())))
    .orderBy(asc(pendingUploads.createdAt), asc(pendingUploads.id));
}

/** Keeps accepted files against the token, for the form shown again. */
export async function keepPending(deps: Pick<AppDeps, 'db' | 'files' | 'clock'>, token: string, files: readonly CheckedFile[]): Promise<void> {
  if (!files.length) return;
  const now = deps.clock.now();
  const hash = await tokenHash(token);
  const rows = files.map((f, i) => {
    const id = crypto.randomUUID();
    // createdAt apart by a millisecond each, so the form lists them in the order they were chosen
    return { f, row: { id, tokenHash: hash, field: f.field ?? null, storageKey: `pending/${id}`, filename: f.name, contentType: f.type, size: f.bytes.length, createdAt: new Date(now.getTime() + i), expiresAt: new Date(now.getTime() + PENDING_HOURS * HOUR_MS) } };
  });
  // rows first: bytes whose row failed would be out of every job's reach, while a row whose bytes
  // failed is skipped by loadPending and removed at its expiry
  for (const r of rows) await deps.db.insert(pendingUploads).values(r.row);
  for (const r of rows) await deps.files.put(r.row.storageKey, r.f.bytes, r.row.contentType);
}

/** Removes the ticked files, only among this token's own. */
export async function removePending(deps: Pick<AppDeps, 'db' | 'files'>, token: string, ids: readonly string[]): Promise<void> {
  const wanted = ids.filter((id) => /^[0-9a-f-]{36}$/.test(id)).slice(0, BATCH);
  if (!wanted.length) return;
  const where = and(eq(pendingUploads.tokenHash, await tokenHash(token)), inArray(pendingUploads.id, wanted));
  const rows = await deps.db.select({ key: pendingUploads.storageKey }).from(pendingUploads).where(where);
  for (const r of rows) await deps.files.delete(r.key).catch(() => undefined);
  await deps.db.delete(pendingUploads).where(where);
}

/** The kept files' bytes, to attach them on the successful submit (a file whose bytes are gone is left out). */
export async function loadPending(deps: Pick<AppDeps, 'db' | 'files' | 'clock'>, token: string): Promise<CheckedFile[]> {
  const hash = await tokenHash(token);
  const rows = await deps.db
    .select()
    .from(pendingUploads)
    .where(and(eq(pendingUploads.tokenHash, hash), gt(pendingUploads.expiresAt, deps.clock.now())))
    .orderBy(asc(pendingUploads.createdAt), asc(pendingUploads.id));
  const out: CheckedFile[] = [];
  for (const r of rows) {
    const stored = await deps.files.get(r.storageKey);
    if (!stored) continue;
    const bytes = new Uint8Array(await new Response(stored.body as BodyInit).arrayBuffer());
    out.push({ name: r.filename, type: r.contentType as AllowedType, bytes, ...(r.field ? { field: r.field } : {}) });
  }
  return out;
}

/**
 * Checks newly chosen files one by one, so one refused file does not drop the good ones: the
 * accepted files and the first refusal (naming its file).
 */
export function checkEach(files: readonly IncomingFile[]): { accepted: CheckedFile[]; error: Msg | null } {
  const accepted: CheckedFile[] = [];
  let error: Msg | null = null;
  for (const f of files) {
    const one = checkFiles([f]);
    if (one.ok) accepted.push(...one.files);
    else error ??= one.error;
  }
  return { accepted, error };
}

/** Expired kept files with their bytes: by the scheduled purge, 200 a run. */
export async function purgeExpiredPending(deps: Pick<AppDeps, 'db' | 'files'>, now: Date): Promise<number> {
  const old = await deps.db.select({ id: pendingUploads.id, key: pendingUploads.storageKey }).from(pendingUploads).where(lte(pendingUploads.expiresAt, now)).limit(200);
  for (const r of old) await deps.files.delete(r.key).catch(() => undefined);
  for (let i = 0; i < old.length; i += BATCH)
    await deps.db.delete(pendingUploads).where(inArray(pendingUploads.id, old.slice(i, i + BATCH).map((r) => r.id)));
  return old.length;
}
