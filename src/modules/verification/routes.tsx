// Public verification of printed documents: GET /verifikasi/{token}. The token is signed with the
// server secret (src/domain/verification/token.ts); anything forged, altered or guessed gets
// the same "not valid" page with status 404 and no data. Certificates now; permits later reuse
// the same token format with kind 'permit'.
import { Hono } from 'hono';
import { VerifyCertificatePage, VerifyInvalidPage } from '../../../templates/pages/verification/verify';
import { verifyVerificationToken } from '../../domain/verification/token';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { findCertificate } from '../training/certificates';

function invalid(c: AppContext) {
  const t = translator(c.var.lang);
  return renderPage(c, { title: t('Tidak valid', 'Not valid'), status: 404 }, <VerifyInvalidPage lang={c.var.lang} />);
}

export const verificationRoutes = new Hono<AppEnv>().get('/:token', async (c) => {
  const t = translator(c.var.lang);
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  const claim = await verifyVerificationToken(c.var.deps.config.secret, c.req.param('token'));
  if (!claim || claim.kind !== 'cert') return invalid(c);
  const cert = await findCertificate(c.var.deps.db, claim.id);
  if (!cert) return invalid(c);
  return renderPage(
    c,
    { title: t('Verifikasi sertifikat', 'Certificate verification') },
    <VerifyCertificatePage
      lang={c.var.lang}
      cert={{
        number: cert.number,
        holderName: cert.holderName,
        courseTitle: c.var.lang === 'en' ? cert.courseTitleEn : cert.courseTitleId,
        jp: cert.jp,
        issuedAt: cert.issuedAt,
        revokedAt: cert.revokedAt,
      }}
    />,
  );
});
