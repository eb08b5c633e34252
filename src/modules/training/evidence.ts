// Other-learning evidence: submission with a file (stored in the FileStore: R2 or disk),
// decision by whoever the routing rule names (a supervisor of the submitter's unit, else of the
// nearest parent unit, else of BKPSDM: src/domain/training/evidence.ts), and JP credit through
// the ledger on the days of the learning.
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rangeProblem } from '../../domain/text/input-text';
import { staff, staffRoles, units } from '../../db/schema';
import { trainingEvidence, trainingLedger } from '../../db/schema-training';
import {
  ASN_DEVELOPMENT_UNIT_CODE,
  checkEvidenceFile,
  EVIDENCE_KIND_LABELS,
  evidenceDeciders,
  mayDecideEvidence,
  validateEvidence,
  type Deciders,
  type EvidenceInput,
} from '../../domain/training/evidence';
import { daysFromTo, evidenceActivityKey, evidenceCreditKey } from '../../domain/training/jp';
import { jakartaDate } from '../../domain/time/jakarta';
import { ConflictError, ForbiddenError, ValidationError } from '../../platform/http/errors';
import type { FileStore } from '../../platform/runtime/deps';
import { sha256Hex } from '../../platform/security/crypto';
import { creditJp, type CreditOutcome } from './ledger';
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
  const sha256 = await sha256Hex(file!.bytes);
  const activityKey = evidenceActivityKey(v.value);
  await refuseDuplicate(db, who.id, sha256, activityKey);
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
        fileSha256: sha256,
        submittedAt: now,
        activityKey,
      })
      // the partial unique indexes refuse a duplicate sent at the same moment as this one
      .onConflictDoNothing()
      .returning();
    if (!row) {
      await files.delete(key).catch(() => undefined);
      await refuseDuplicate(db, who.id, sha256, activityKey);
      throw new ConflictError(duplicateActivity, 'already_exists');
    }
    return row;
  } catch (e) {
    await files.delete(key).catch(() => undefined);
    throw e;
  }
}

const duplicateFile = {
  id: 'Berkas ini sudah Anda kirim sebagai bukti dan sedang menunggu keputusan atau sudah disetujui: satu kegiatan belajar dicatat sekali.',
  en: 'You have already sent this file as evidence and it is pending or approved: one piece of learning is credited once.',
};
const duplicateActivity = {
  id: 'Kegiatan yang sama (judul, tanggal dan penyelenggara) sudah Anda kirim dan sedang menunggu keputusan atau sudah disetujui: satu kegiatan belajar dicatat sekali.',
  en: 'You have already sent the same learning (title, dates and organiser) and it is pending or approved: one piece of learning is credited once.',
};

/**
 * One piece of learning is one activity however often it is sent: the same file (by its content
 * hash) or the same title, dates and organiser, while an earlier one is pending or approved. A
 * rejected one may be sent again (fixed).
 */
async function refuseDuplicate(db: Db, staffId: number, sha256: string, activityKey: string): Promise<void> {
  const rows = await db
    .select({ sha256: trainingEvidence.fileSha256, activityKey: trainingEvidence.activityKey })
    .from(trainingEvidence)
    .where(
      and(
        eq(trainingEvidence.staffId, staffId),
        sql`${trainingEvidence.status} <> 'rejected'`,
        or(eq(trainingEvidence.fileSha256, sha256), eq(trainingEvidence.activityKey, activityKey)),
      ),
    );
  if (rows.some((r) => r.sha256 === sha256)) throw new ConflictError(duplicateFile, 'already_exists');
  if (rows.length) throw new ConflictError(duplicateActivity, 'already_exists');
}

export async function evidenceOf(db: Db, staffId: number): Promise<EvidenceRow[]> {
  return db.select().from(trainingEvidence).where(eq(trainingEvidence.staffId, staffId)).orderBy(desc(trainingEvidence.submittedAt));
}

export async function findEvidence(db: Db, id: number): Promise<EvidenceRow | null> {
  const [r] = await db.select().from(trainingEvidence).where(eq(trainingEvidence.id, id));
  return r ?? null;
}

/** What the routing rule needs: the unit tree, the active supervisors, and BKPSDM. */
async function routingData(db: Db) {
  const [unitRows, supervisors, bkpsdm] = await db.batch([
    db.select({ id: units.id, parentId: units.parentId }).from(units),
    db
      .select({ staffId: staff.id, unitId: staff.unitId })
      .from(staffRoles)
      .innerJoin(staff, eq(staff.id, staffRoles.staffId))
      .where(and(eq(staffRoles.role, 'supervisor'), eq(staff.active, true))),
    db.select({ id: units.id }).from(units).where(eq(units.code, ASN_DEVELOPMENT_UNIT_CODE)),
  ]);
  return (e: { staffId: number; unitId: number }) => evidenceDeciders(e, unitRows, supervisors, bkpsdm[0]?.id ?? null);
}

/** Who decides this piece of evidence now (the rule is applied when asked, so a new supervisor takes over at once). */
export async function decidersOf(db: Db, e: { staffId: number; unitId: number }): Promise<Deciders | null> {
  return (await routingData(db))(e);
}

/** The pending evidence this staff member decides, with the submitter's name, oldest first. */
export async function pendingEvidenceFor(db: Db, who: { id: number }) {
  const [rows, route] = await Promise.all([
    db
      .select({ evidence: trainingEvidence, name: staff.name, nip: staff.nip })
      .from(trainingEvidence)
      .innerJoin(staff, eq(staff.id, trainingEvidence.staffId))
      .where(eq(trainingEvidence.status, 'pending')),
    routingData(db),
  ]);
  return rows
    .flatMap((r) => {
      const deciders = route(r.evidence);
      return mayDecideEvidence(who.id, r.evidence, deciders) === 'ok' ? [{ ...r, via: deciders!.via }] : [];
    })
    .sort((a, b) => a.evidence.submittedAt.getTime() - b.evidence.submittedAt.getTime());
}

/** Who may open an evidence file: its owner, whoever decides it, officials and admins. */
export function mayReadEvidence(who: { id: number; roles: readonly string[] }, e: EvidenceRow, deciders: Deciders | null): boolean {
  return who.id === e.staffId || !!deciders?.staffIds.includes(who.id) || who.roles.includes('official') || who.roles.includes('admin');
}

/** Only a decider of this evidence decides it (src/domain/training/evidence.ts), never on their own. */
export function assertMayDecideEvidence(whoId: number, e: EvidenceRow, deciders: Deciders | null): void {
  const may = mayDecideEvidence(whoId, e, deciders);
  if (may === 'own')
    throw new ForbiddenError(
      { id: 'Anda tidak dapat menyetujui bukti pembelajaran Anda sendiri; atasan lain yang memutuskan.', en: 'You cannot approve your own learning evidence; another supervisor decides.' },
      'own_evidence',
    );
  if (may !== 'ok')
    throw new ForbiddenError({
      id: 'Bukti ini diputuskan oleh kepala bidang/seksi di unit pegawai ini, atau unit induknya, atau BKPSDM bila keduanya tidak ada.',
      en: "This evidence is decided by a supervisor of the staff member's unit, else of its parent unit, else of BKPSDM.",
    });
}

const alreadyDecided = { id: 'Bukti ini sudah diputuskan sebelumnya.', en: 'This evidence has already been decided.' };

/**
 * Approves or rejects pending evidence. Approving credits its JP once (per file: the ledger's
 * activity key), on the days of the learning within the daily cap, in the same transaction as the
 * decision. A rejection needs a reason the ASN can act on. Returns the credit of an approval.
 */
export async function decideEvidence(
  db: Db,
  now: Date,
  who: { id: number },
  e: EvidenceRow,
  decision: 'approve' | 'reject',
  reason: string,
): Promise<CreditOutcome | null> {
  assertMayDecideEvidence(who.id, e, await decidersOf(db, e));
  const why = reason.replace(/\r\n?/g, '\n').trim();
  const reasonError = rangeProblem(why, decision === 'reject' ? 5 : 0, 500, { id: 'Alasan', en: 'The reason' }, {
    id: 'Tuliskan alasan penolakan (minimal 5 karakter, paling banyak 500) agar pegawai dapat memperbaikinya.',
    en: 'Give the reason for rejection (5 to 500 characters) so the staff member can fix it.',
  });
  if (reasonError) throw new ValidationError({ alasan: reasonError });
  if (e.status !== 'pending') throw new ConflictError(alreadyDecided, 'already_decided');
  const decided = { decidedBy: who.id, decidedAt: now, decisionReason: why || null };
  const stillPending = and(eq(trainingEvidence.id, e.id), eq(trainingEvidence.status, 'pending'));
  if (decision === 'reject') {
    const updated = await db.update(trainingEvidence).set({ status: 'rejected', ...decided }).where(stillPending).returning({ id: trainingEvidence.id });
    if (!updated.length) throw new ConflictError(alreadyDecided, 'already_decided');
    return null;
  }
  const [owner] = await db.select({ name: staff.name, nip: staff.nip }).from(staff).where(eq(staff.id, e.staffId));
  const kind = EVIDENCE_KIND_LABELS[e.kind as keyof typeof EVIDENCE_KIND_LABELS]?.id ?? e.kind;
  const outcome = await creditJp(
    db,
    {
      entry: {
        actor: { id: e.staffId, nip: owner?.nip ?? '', name: owner?.name ?? '' },
        verb: 'completed',
        objectType: 'evidence',
        objectId: String(e.id),
        objectName: `${kind}: ${e.title}`,
        result: { completion: true, success: true },
        at: now,
      },
      jp: e.jp,
      days: daysFromTo(e.startDate, e.endDate),
      activityKey: evidenceCreditKey(e.staffId, e.fileSha256),
    },
    {
      // credited only while the evidence is still pending, and approved only with its credit
      guard: sql`EXISTS (SELECT 1 FROM ${trainingEvidence} WHERE ${stillPending})`,
      alongside: (statementId) => [
        db
          .update(trainingEvidence)
          .set({ status: 'approved', ...decided })
          .where(and(stillPending, sql`EXISTS (SELECT 1 FROM ${trainingLedger} WHERE ${trainingLedger.statementId} = ${statementId})`)),
      ],
    },
  );
  if (outcome.status === 'refused') throw new ConflictError(alreadyDecided, 'already_decided');
  if (outcome.status === 'duplicate') {
    // the same file was credited before (sent twice before the duplicate rule): approved, nothing more
    const approved = await db.update(trainingEvidence).set({ status: 'approved', ...decided }).where(stillPending).returning({ id: trainingEvidence.id });
    if (!approved.length) throw new ConflictError(alreadyDecided, 'already_decided');
  }
  return outcome;
}

/** JP credited for each of these evidence ids (approved ones), for the submitter's list. */
export async function creditedForEvidence(db: Db, staffId: number, ids: readonly number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ objectId: trainingLedger.objectId, jp: trainingLedger.jp })
    .from(trainingLedger)
    .where(and(eq(trainingLedger.staffId, staffId), eq(trainingLedger.objectType, 'evidence'), inArray(trainingLedger.objectId, ids.map(String))));
  const out = new Map<number, number>();
  for (const r of rows) out.set(Number(r.objectId), (out.get(Number(r.objectId)) ?? 0) + r.jp);
  return out;
}
