// Attachments of a case: storage in the FileStore (R2 or disk) under cases/{caseId}/{attachmentId},
// and the attachments rows. Which files are accepted is src/domain/cases/files.ts.
import { and, asc, eq, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attachments } from '../../db/schema';
import type { Visibility } from '../../domain/cases/state-machine';
import type { CheckedFile, IncomingFile } from '../../domain/cases/files';
import type { FileStore, StoredFile } from '../../platform/runtime/deps';
import { sha256Hex } from '../../platform/security/crypto';

export { checkFiles, MAX_FILE_BYTES, MAX_FILES, type CheckedFile } from '../../domain/cases/files';

/** Reads File objects from a parsed multipart body, skipping the empty input a browser sends. */
export async function readFiles(values: unknown): Promise<IncomingFile[]> {
  const list = Array.isArray(values) ? values : values === undefined ? [] : [values];
  const out: IncomingFile[] = [];
  for (const v of list) {
    if (typeof v === 'object' && v !== null && 'arrayBuffer' in v && typeof (v as File).arrayBuffer === 'function') {
      const f = v as File;
      if (f.size === 0 && !f.name) continue;
      out.push({ name: f.name || '', bytes: new Uint8Array(await f.arrayBuffer()) });
    }
  }
  return out;
}

export interface PreparedAttachment {
  row: typeof attachments.$inferInsert;
  bytes: Uint8Array;
}

/** Gives each checked file an id, storage key and row (not yet stored; the commit links it to its event). */
export async function prepareAttachments(
  caseId: string,
  files: readonly CheckedFile[],
  opts: { uploadedBy: 'citizen' | 'staff'; visibility: Visibility; at: Date },
): Promise<PreparedAttachment[]> {
  const out: PreparedAttachment[] = [];
  for (const f of files) {
    const id = crypto.randomUUID();
    out.push({
      bytes: f.bytes,
      row: {
        id,
        caseId,
        storageKey: `cases/${caseId}/${id}`,
        filename: f.name,
        contentType: f.type,
        size: f.bytes.length,
        sha256: await sha256Hex(f.bytes),
        uploadedBy: opts.uploadedBy,
        visibility: opts.visibility,
        formField: f.field ?? null,
        createdAt: opts.at,
      },
    });
  }
  return out;
}

/** Writes the bytes to the file store (before the rows are inserted). */
export async function storeFiles(files: FileStore, prepared: readonly PreparedAttachment[]): Promise<void> {
  for (const p of prepared) await files.put(p.row.storageKey, p.bytes, p.row.contentType);
}

/** Removes stored bytes again when the database write did not happen. */
export async function discardFiles(files: FileStore, prepared: readonly PreparedAttachment[]): Promise<void> {
  for (const p of prepared) await files.delete(p.row.storageKey).catch(() => undefined);
}

export type AttachmentRow = typeof attachments.$inferSelect;

/** Attachments of a case an audience may see, oldest first. */
export async function listAttachments(db: Db, caseId: string, audience: 'public' | 'citizen' | 'internal'): Promise<AttachmentRow[]> {
  return visibleAttachments(await attachmentsQuery(db, caseId), audience);
}

/**
 * Every attachment of a case, unsent: for a caller that batches the read with others (then
 * visibleAttachments); the case by id or by a subquery that selects it.
 */
export function attachmentsQuery(db: Db, caseId: string | SQLWrapper) {
  return db.select().from(attachments).where(eq(attachments.caseId, caseId)).orderBy(asc(attachments.createdAt));
}

export function visibleAttachments(rows: readonly AttachmentRow[], audience: 'public' | 'citizen' | 'internal'): AttachmentRow[] {
  return rows.filter((r) => mayDownload(r.visibility, audience));
}

export async function findAttachment(db: Db, caseId: string, id: string): Promise<AttachmentRow | null> {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.caseId, caseId), eq(attachments.id, id))).limit(1);
  return row ?? null;
}

export function mayDownload(visibility: string, audience: 'public' | 'citizen' | 'internal'): boolean {
  if (audience === 'internal') return true;
  if (audience === 'citizen') return visibility === 'public' || visibility === 'citizen';
  return visibility === 'public';
}

/** Content-Disposition for a download, with an RFC 5987 name for non-ASCII characters. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The types a browser shows as a picture: a thumbnail is the file itself, never a PDF (issue 13.6). */
export function isImage(contentType: string): boolean {
  return contentType === 'image/jpeg' || contentType === 'image/png' || contentType === 'image/webp';
}

/**
 * An image attachment shown in the page (a thumbnail in an <img>), after the same access check as
 * its download. Only the sniffed raster types get here; the sandbox CSP and nosniff keep a file
 * from ever running as a document, and nothing is cached or sent on as a Referer.
 */
export function imagePreviewResponse(body: StoredFile['body'], att: Pick<AttachmentRow, 'contentType' | 'size' | 'filename'>): Response {
  return new Response(body as BodyInit, {
    headers: {
      'Content-Type': att.contentType,
      'Content-Length': String(att.size),
      'Content-Disposition': contentDisposition(att.filename).replace(/^attachment/, 'inline'),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
