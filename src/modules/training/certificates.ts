// Certificates: reading them, their verification tokens, and revoking one (its JP voided).
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { staff } from '../../db/schema';
import { trainingCertificates, trainingLedger } from '../../db/schema-training';
import { signVerificationToken } from '../../domain/verification/token';
import { ConflictError } from '../../platform/http/errors';
import { publicUrl } from '../../platform/http/public-url';
import type { AppConfig } from '../../platform/runtime/deps';
import type { CertificateView } from '../../domain/training/views';
import { decidersOf } from './evidence';
import { voidCredit } from './ledger';


/** PLT/2026/000123: the year of issue (Asia/Jakarta) and the certificate's row id. */
export function certificateNumber(year: number, id: number): string {
  return `PLT/${year}/${String(id).padStart(6, '0')}`;
}

export async function certificatesOf(db: Db, staffId: number): Promise<CertificateView[]> {
  return db.select().from(trainingCertificates).where(eq(trainingCertificates.staffId, staffId)).orderBy(desc(trainingCertificates.issuedAt));
}

export async function findCertificate(db: Db, id: number): Promise<CertificateView | null> {
  const [r] = await db.select().from(trainingCertificates).where(eq(trainingCertificates.id, id));
  return r ?? null;
}

export function certificateToken(secret: string, id: number): Promise<string> {
  return signVerificationToken(secret, { kind: 'cert', id });
}

/** The absolute address printed on the certificate and in its QR code. */
export function verifyUrl(config: Pick<AppConfig, 'baseUrl'>, token: string): string {
  return publicUrl(config, `/verifikasi/${token}`);
}

/**
 * Who may revoke a certificate: an admin, a course author, or a supervisor who decides the
 * holder's learning (the holder's unit's, else its parent unit's, else BKPSDM's: the rule of
 * evidence); never the holder.
 */
export async function mayRevokeCertificate(db: Db, who: { id: number; roles: readonly string[] }, cert: CertificateView): Promise<boolean> {
  if (who.id === cert.staffId) return false;
  if (who.roles.includes('admin') || who.roles.includes('course_author')) return true;
  if (!who.roles.includes('supervisor')) return false;
  const [holder] = await db.select({ unitId: staff.unitId }).from(staff).where(eq(staff.id, cert.staffId));
  return !!holder && !!(await decidersOf(db, { staffId: cert.staffId, unitId: holder.unitId }))?.staffIds.includes(who.id);
}

/**
 * Revokes a certificate with a reason: the verification page says "revoked" from now on, and the
 * JP its completion credited are voided (a 'voided' statement with the negated JP on the same
 * learning days), in one transaction. Once only.
 */
export async function revokeCertificate(db: Db, now: Date, byId: number, cert: CertificateView, reason: string): Promise<{ jpVoided: number }> {
  const already = { id: 'Sertifikat ini sudah dicabut.', en: 'This certificate has already been revoked.' };
  if (cert.revokedAt) throw new ConflictError(already);
  const [credit] = await db
    .select({ creditKey: trainingLedger.creditKey, jp: trainingLedger.jp })
    .from(trainingLedger)
    .where(and(eq(trainingLedger.certificateId, cert.id), eq(trainingLedger.verb, 'completed'), isNotNull(trainingLedger.creditKey)));
  const revoke = db
    .update(trainingCertificates)
    .set({ revokedAt: now, revokedReason: reason, revokedBy: byId })
    .where(and(eq(trainingCertificates.id, cert.id), isNull(trainingCertificates.revokedAt)));
  if (credit?.creditKey) await voidCredit(db, credit.creditKey, now, [revoke]);
  else await revoke;
  const fresh = await findCertificate(db, cert.id);
  if (fresh?.revokedBy !== byId || fresh.revokedAt?.getTime() !== now.getTime()) throw new ConflictError(already);
  return { jpVoided: credit?.jp ?? 0 };
}
