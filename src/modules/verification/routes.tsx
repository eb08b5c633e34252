// Public verification of printed documents: GET /verifikasi/{token}. The token is signed with the
// server secret (src/domain/verification/token.ts) and names a training certificate or an issued
// permit; anything forged, altered, truncated or guessed gets the same "not valid" page with
// status 404 and no data (src/modules/verification/lookup.ts). The JSON twin is
// GET /api/v1/verify/{token} (./api.ts).
import { Hono } from 'hono';
import { VerifyCertificatePage, VerifyInvalidPage, VerifyPermitPage } from '../../../templates/pages/verification/verify';
import type { AppContext, AppEnv } from '../../platform/http/context';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { lookupVerification } from './lookup';

function invalid(c: AppContext) {
  const t = translator(c.var.lang);
  return renderPage(c, { title: t('Tidak valid', 'Not valid'), status: 404 }, <VerifyInvalidPage lang={c.var.lang} />);
}

export const verificationRoutes = new Hono<AppEnv>().get('/:token', async (c) => {
  const t = translator(c.var.lang);
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  const found = await lookupVerification(c.var.deps, c.req.param('token'));
  if (!found) return invalid(c);
  if (found.kind === 'permit') {
    return renderPage(c, { title: t('Verifikasi izin', 'Permit verification') }, <VerifyPermitPage lang={c.var.lang} permit={found.permit} />);
  }
  const cert = found.cert;
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
