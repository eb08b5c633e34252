// An issued permit as its document shows it (the PDF and the print view), and as its public
// verification shows it. Both read the permit row, where revocation is recorded, so a revoked
// permit says so everywhere from the moment it is revoked.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, permits, services, staff, units } from '../../db/schema';
import { documentAnswers, type PermitDocument } from '../../domain/permits/document';
import { permitStanding } from '../../domain/permits/validity';
import type { VerifiedPermit } from '../../domain/permits/views';
import { jakartaDate } from '../../domain/time/jakarta';
import { signVerificationToken } from '../../domain/verification/token';
import { publicUrl } from '../../platform/http/public-url';
import type { AppDeps } from '../../platform/runtime/deps';
import type { CaseRow } from '../cases/commit';
import { loadPermitFacts } from './facts';

/** The absolute /verifikasi address of a permit: printed on its document and in its QR code. */
export async function permitVerifyUrl(deps: Pick<AppDeps, 'config'>, permitId: number): Promise<string> {
  const token = await signVerificationToken(deps.config.secret, { kind: 'permit', id: permitId });
  return publicUrl(deps.config, `/verifikasi/${token}`);
}

/** The document of the case's permit, or null while none has been issued. */
export async function loadPermitDocument(deps: Pick<AppDeps, 'db' | 'config' | 'clock'>, row: CaseRow): Promise<PermitDocument | null> {
  const { db } = deps;
  const facts = await loadPermitFacts(db, row, deps.clock.now());
  const permit = facts?.permit;
  if (!facts || !permit) return null;
  const [meta] = await db
    .select({ title: services.nameId, unitName: units.name, issuerName: staff.name, issuerNip: staff.nip })
    .from(permits)
    .innerJoin(cases, eq(cases.id, permits.caseId))
    .innerJoin(services, eq(services.id, cases.serviceId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .innerJoin(staff, eq(staff.id, permits.issuedById))
    .where(eq(permits.id, permit.id));
  if (!meta) return null;
  return {
    unitName: meta.unitName,
    title: meta.title,
    number: permit.number,
    holderName: permit.holderName,
    answers: documentAnswers(facts.form, facts.answers),
    validFrom: permit.validFrom,
    validUntil: permit.validUntil,
    issuedAt: permit.issuedAt,
    issuer: { name: meta.issuerName, nip: meta.issuerNip || null },
    verifyUrl: await permitVerifyUrl(deps, permit.id),
    standing: permit.standing,
    revoked: permit.revokedAt ? { at: permit.revokedAt, reason: permit.revokeReason } : null,
  };
}

export async function findVerifiedPermit(db: Db, id: number, now: Date): Promise<VerifiedPermit | null> {
  const [p] = await db
    .select({
      number: permits.number,
      holderName: permits.holderName,
      nameId: services.nameId,
      nameEn: services.nameEn,
      validFrom: permits.validFrom,
      validUntil: permits.validUntil,
      revokedAt: permits.revokedAt,
    })
    .from(permits)
    .innerJoin(cases, eq(cases.id, permits.caseId))
    .innerJoin(services, eq(services.id, cases.serviceId))
    .where(eq(permits.id, id));
  if (!p) return null;
  return {
    number: p.number,
    holderName: p.holderName,
    permitType: { id: p.nameId, en: p.nameEn },
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    standing: permitStanding(p, jakartaDate(now)),
    revokedAt: p.revokedAt,
  };
}
