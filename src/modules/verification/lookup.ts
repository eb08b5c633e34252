// What a verification token names, for the page (/verifikasi/{token}) and the API
// (/api/v1/verify/{token}) alike: a training certificate or an issued permit, read from the
// database at the moment of the check (revocation shows at once), or null for anything that is not
// a genuine token of an existing document — one answer for forged, altered, truncated, guessed
// and unknown, so no answer tells them apart.
import { verifyVerificationToken } from '../../domain/verification/token';
import type { AppDeps } from '../../platform/runtime/deps';
import type { CertificateView } from '../../domain/training/views';
import type { VerifiedPermit } from '../../domain/permits/views';
import { findVerifiedPermit } from '../permits/document';
import { findCertificate } from '../training/certificates';

export type VerifiedDocument = { kind: 'cert'; cert: CertificateView } | { kind: 'permit'; permit: VerifiedPermit };

export async function lookupVerification(deps: Pick<AppDeps, 'db' | 'config' | 'clock'>, token: string): Promise<VerifiedDocument | null> {
  const claim = await verifyVerificationToken(deps.config.secret, token);
  if (!claim) return null;
  if (claim.kind === 'cert') {
    const cert = await findCertificate(deps.db, claim.id);
    return cert ? { kind: 'cert', cert } : null;
  }
  const permit = await findVerifiedPermit(deps.db, claim.id, deps.clock.now());
  return permit ? { kind: 'permit', permit } : null;
}
