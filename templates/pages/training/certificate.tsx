import { encodeQr, qrSvgPath } from '../../../src/domain/verification/qr';
import type { CertificateView } from '../../../src/domain/training/views';
import { formatDate, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';
import { notDoneTitle, SuccessBox } from './shared';

export function CertificatePage(p: {
  lang: Lang;
  cert: CertificateView;
  verifyUrl: string;
  /** set for someone who may revoke it (a supervisor of the holder, a course author, an admin) while it is valid */
  revoke: { csrf: string; fields?: Record<string, Msg> | undefined } | null;
  /** why a revocation was refused */
  error: Msg | null;
  notice: Msg | null;
}) {
  const t = translator(p.lang);
  const c = p.cert;
  const reasonError = p.revoke?.fields?.['alasan'];
  return (
    <div class="wrap narrow certificate">
      <p class="muted no-print">
        <a href="/pelatihan/saya">{t('Catatan pelatihan saya', 'My training record')}</a>
      </p>
      <ErrorSummary lang={p.lang} message={p.error} errors={p.revoke?.fields} idPrefix="" title={notDoneTitle(p.lang)} />
      <SuccessBox lang={p.lang} message={p.notice} />
      {c.revokedAt ? (
        <p class="error-summary" role="status">
          <strong>{t('Dicabut', 'Revoked')}</strong> {formatDate(c.revokedAt, p.lang)}: {c.revokedReason}
        </p>
      ) : null}
      <div class="card certificate-sheet">
        <p class="muted">{t('Pemerintah Kota Surakarta · Pelita', 'City of Surakarta · Pelita')}</p>
        <h1>{t('Sertifikat Pelatihan', 'Training Certificate')}</h1>
        <p>{t('Nomor', 'Number')}: <strong>{c.number}</strong></p>
        <p>{t('diberikan kepada', 'awarded to')}</p>
        <p class="holder">
          <strong>{c.holderName}</strong>
          <br />
          NIP {c.holderNip}
        </p>
        <p>{t('yang telah menyelesaikan kursus', 'for completing the course')}</p>
        <p class="course-title">
          <strong>{p.lang === 'en' ? c.courseTitleEn : c.courseTitleId}</strong> ({c.courseCode})
        </p>
        <dl class="facts">
          <div>
            <dt>JP</dt>
            <dd>{c.jp}</dd>
          </div>
          <div>
            <dt>{t('Tanggal', 'Date')}</dt>
            <dd>{formatDate(c.issuedAt, p.lang)}</dd>
          </div>
          <div>
            <dt>{t('Status', 'Status')}</dt>
            <dd>{c.revokedAt ? t('Dicabut', 'Revoked') : t('Sah', 'Valid')}</dd>
          </div>
        </dl>
        <QrCode text={p.verifyUrl} label={t('Kode QR ke halaman verifikasi sertifikat ini', 'QR code to the verification page of this certificate')} />
        <p class="verify-line">
          {t('Periksa keaslian di', 'Check authenticity at')}: <a href={p.verifyUrl}>{p.verifyUrl}</a>
        </p>
      </div>
      {p.revoke ? (
        <form method="post" action={`/pelatihan/sertifikat/${c.id}/cabut`} class="stacked no-print">
          <CsrfField token={p.revoke.csrf} />
          <h2>{t('Cabut sertifikat', 'Revoke the certificate')}</h2>
          <p class="muted">
            {t(
              'Pencabutan langsung tampil di halaman verifikasi, dan JP dari kursus ini tidak lagi dihitung. Tindakan ini dicatat di log audit.',
              'Revocation shows on the verification page at once, and the JP of this course no longer count. It is kept in the audit log.',
            )}
          </p>
          <div class="field">
            <label for="cabut-alasan">{t('Alasan pencabutan', 'Reason for revoking')}</label>
            {reasonError ? <span class="field-error">{pick(reasonError, p.lang)}</span> : null}
            <textarea id="cabut-alasan" name="alasan" rows={2} maxlength={500}></textarea>
          </div>
          <p class="actions">
            <button type="submit" class="button">{t('Cabut sertifikat', 'Revoke the certificate')}</button>
          </p>
        </form>
      ) : null}
    </div>
  );
}

/** The verification link as a QR code, drawn in SVG (scales cleanly when printed). */
export function QrCode(p: { text: string; label: string }) {
  const q = encodeQr(p.text);
  const n = q.size + 8;
  return (
    <svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${n} ${n}`} width="168" height="168" role="img" aria-label={p.label} shape-rendering="crispEdges">
      <rect x="0" y="0" width={n} height={n} fill="#fff" />
      <path d={qrSvgPath(q)} fill="#000" />
    </svg>
  );
}
