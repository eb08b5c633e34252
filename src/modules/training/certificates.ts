// Certificates: reading them and their verification tokens.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { trainingCertificates } from '../../db/schema-training';
import { signVerificationToken } from '../../domain/verification/token';
import { publicUrl } from '../../platform/http/public-url';
import type { AppConfig } from '../../platform/runtime/deps';
import type { CertificateView } from '../../domain/training/views';


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
