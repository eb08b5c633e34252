// Other-learning evidence: submission with a file (stored in the FileStore: R2 or disk),
// decision by a supervisor of the submitter's unit, and JP credit through the ledger.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rangeProblem } from '../../domain/text/input-text';
import { staff } from '../../db/schema';
import { trainingEvidence } from '../../db/schema-training';
import { checkEvidenceFile, EVIDENCE_KIND_LABELS, mayDecideEvidence, validateEvidence, type EvidenceInput } from '../../domain/training/evidence';
import { jakartaDate } from '../../domain/time/jakarta';
import { ConflictError, ForbiddenError, ValidationError } from '../../platform/http/errors';
import type { FileStore } from '../../platform/runtime/deps';
import { sha256Hex } from '../../platform/security/crypto';
import { ledgerInsert } from './ledger';
import type { EvidenceRow } from '../../domain/training/views';


const EXT = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

function safeName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"\\;]/g, '').trim().slice(0, 120);
  return base || `bukti.${ext}`;
}

export async function submitEvidence(
  db: Db,
  files: FileStore,
  now: Date,
  who: { id: number; unitId: number },
  input: EvidenceInput,
  file: { name: string; bytes: Uint8Array } | null,
): Promise<EvidenceRow> {
  const v = validateEvidence(input, jakartaDate(now));
  const f = checkEvidenceFile(file);
  const fields = v.ok ? {} : { ...v.fields };
  if (!f.ok) Object.assign(fields, { berkas: f.message });
  if (!v.ok || !f.ok) throw new ValidationError(fields);
  const key = `training-evidence/${who.id}/${crypto.randomUUID()}.${EXT[f.type]}`;
  await files.put(key, file!.bytes, f.type);
  try {
    const [row] = await db
      .insert(trainingEvidence)
      .values({
        staffId: who.id,
        unitId: who.unitId,
        kind: v.value.kind,
        title: v.value.title,
        provider: v.value.provider,
        startDate: v.value.startDate,
        endDate: v.value.endDate,
        jp: v.value.jp,
        fileKey: key,
        fileName: safeName(file!.name, EXT[f.type]),
        fileType: f.type,
        fileSize: file!.bytes.length,
        fileSha256: await sha256Hex(file!.bytes),
        submittedAt: now,
      })
      .returning();
    return row!;
  } catch (e) {
    await files.delete(key).catch(() => undefined);
    throw e;
  }
}

export async function evidenceOf(db: Db, staffId: number): Promise<EvidenceRow[]> {
  return db.select().from(trainingEvidence).where(eq(trainingEvidence.staffId, staffId)).orderBy(desc(trainingEvidence.submittedAt));
}

export async function findEvidence(db: Db, id: number): Promise<EvidenceRow | null> {
  const [r] = await db.select().from(trainingEvidence).where(eq(trainingEvidence.id, id));
  return r ?? null;
}

/** Pending evidence of a unit, with the submitter's name, oldest first. */
export async function pendingEvidence(db: Db, unitId: number) {
  const rows = await db
    .select({ evidence: trainingEvidence, name: staff.name, nip: staff.nip })
    .from(trainingEvidence)
    .innerJoin(staff, eq(staff.id, trainingEvidence.staffId))
    .where(and(eq(trainingEvidence.unitId, unitId), eq(trainingEvidence.status, 'pending')));
  return rows.sort((a, b) => a.evidence.submittedAt.getTime() - b.evidence.submittedAt.getTime());
}

/** Who may open an evidence file: its owner, a supervisor of its unit, officials and admins. */
export function mayReadEvidence(who: { id: number; unitId: number; roles: readonly string[] }, e: EvidenceRow): boolean {
  return (
    who.id === e.staffId ||
    (who.roles.includes('supervisor') && who.unitId === e.unitId) ||
    who.roles.includes('official') ||
    who.roles.includes('admin')
  );
}

/** Only a supervisor of the owner's unit decides, and never on their own evidence. */
export function assertMayDecideEvidence(who: Parameters<typeof mayDecideEvidence>[0], e: Parameters<typeof mayDecideEvidence>[1]): void {
  const may = mayDecideEvidence(who, e);
  if (may === 'own')
    throw new ForbiddenError(
      { id: 'Anda tidak dapat menyetujui bukti pembelajaran Anda sendiri; atasan lain di unit Anda yang memutuskan.', en: 'You cannot approve your own learning evidence; another supervisor of your unit decides.' },
      'own_evidence',
    );
  if (may !== 'ok')
    throw new ForbiddenError({ id: 'Hanya kepala bidang/seksi di unit pegawai ini yang dapat memutuskan.', en: "Only a supervisor of this staff member's unit can decide." });
}

/**
 * Approves or rejects pending evidence. Approving credits its JP once (ledger credit key), in
 * the Asia/Jakarta year the learning ended. A rejection needs a reason the ASN can act on.
 */
export async function decideEvidence(
  db: Db,
  now: Date,
  who: { id: number; unitId: number; roles: readonly string[] },
  e: EvidenceRow,
  decision: 'approve' | 'reject',
  reason: string,
): Promise<void> {
  assertMayDecideEvidence(who, e);
  const why = reason.replace(/\r\n?/g, '\n').trim();
  const reasonError = rangeProblem(why, decision === 'reject' ? 5 : 0, 500, { id: 'Alasan', en: 'The reason' }, {
    id: 'Tuliskan alasan penolakan (minimal 5 karakter, paling banyak 500) agar pegawai dapat memperbaikinya.',
    en: 'Give the reason for rejection (5 to 500 characters) so the staff member can fix it.',
  });
  if (reasonError) throw new ValidationError({ alasan: reasonError });
  if (e.status !== 'pending')
    throw new ConflictError({ id: 'Bukti ini sudah diputuskan sebelumnya.', en: 'This evidence has already been decided.' }, 'already_decided');
  const updated = await db
    .update(trainingEvidence)
    .set({ status: decision === 'approve' ? 'approved' : 'rejected', decidedBy: who.id, decidedAt: now, decisionReason: why || null })
    .where(and(eq(trainingEvidence.id, e.id), eq(trainingEvidence.status, 'pending')))
    .returning({ id: trainingEvidence.id });
  if (!updated.length) throw new ConflictError({ id: 'Bukti ini sudah diputuskan sebelumnya.', en: 'This evidence has already been decided.' }, 'already_decided');
  if (decision !== 'approve') return;
  const [owner] = await db.select({ name: staff.name, nip: staff.nip }).from(staff).where(eq(staff.id, e.staffId));
  const kind = EVIDENCE_KIND_LABELS[e.kind as keyof typeof EVIDENCE_KIND_LABELS]?.id ?? e.kind;
  await ledgerInsert(db, {
    actor: { id: e.staffId, nip: owner?.nip ?? '', name: owner?.name ?? '' },
    verb: 'completed',
    objectType: 'evidence',
    objectId: String(e.id),
    objectName: `${kind}: ${e.title}`,
    result: { completion: true, success: true },
    jp: e.jp,
    at: now,
    year: Number(e.endDate.slice(0, 4)),
    creditKey: `evidence:${e.id}`,
  }).onConflictDoNothing();
}
