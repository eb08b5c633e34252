import { STANDING_LABELS, type PermitStanding } from '../../../src/domain/permits/validity';
import type { VerifiedPermit } from '../../../src/domain/permits/views';
import { formatDate, formatLocalDate, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';

export interface VerifiedCertificate {
  number: string;
  holderName: string;
  courseTitle: string;
  jp: number;
  issuedAt: Date;
  revokedAt: Date | null;
}

export function VerifyCertificatePage(p: { lang: Lang; cert: VerifiedCertificate }) {
  const t = translator(p.lang);
  const c = p.cert;
  const revoked = !!c.revokedAt;
  return (
    <div class="wrap narrow verification">
      <h1>{t('Verifikasi sertifikat pelatihan', 'Training certificate verification')}</h1>
      <p class={revoked ? 'error-summary' : 'success-box'} role="status">
        <strong>{revoked ? t('DICABUT', 'REVOKED') : t('SAH', 'VALID')}</strong> —{' '}
        {revoked
          ? t('Sertifikat ini tercatat di Pelita tetapi telah dicabut.', 'This certificate is on record in Pelita but has been revoked.')
          : t('Sertifikat ini diterbitkan oleh Pelita, Pemerintah Kota Surakarta.', 'This certificate was issued by Pelita, City of Surakarta.')}
      </p>
      <dl class="facts facts-wide">
        <div>
          <dt>{t('Nomor', 'Number')}</dt>
          <dd>{c.number}</dd>
        </div>
        <div>
          <dt>{t('Pemegang', 'Holder')}</dt>
          <dd>{c.holderName}</dd>
        </div>
        <div>
          <dt>{t('Kursus', 'Course')}</dt>
          <dd>{c.courseTitle}</dd>
        </div>
        <div>
          <dt>JP</dt>
          <dd>{c.jp}</dd>
        </div>
        <div>
          <dt>{t('Tanggal terbit', 'Issued on')}</dt>
          <dd>{formatDate(c.issuedAt, p.lang)}</dd>
        </div>
        <div>
          <dt>{t('Status', 'Status')}</dt>
          <dd>{revoked ? `${t('Dicabut', 'Revoked')} (${formatDate(c.revokedAt!, p.lang)})` : t('Sah', 'Valid')}</dd>
        </div>
      </dl>
    </div>
  );
}

export function VerifyPermitPage(p: { lang: Lang; permit: VerifiedPermit }) {
  const t = translator(p.lang);
  const v = p.permit;
  const label = pick(STANDING_LABELS[v.standing], p.lang);
  const explain: Record<PermitStanding, Msg> = {
    valid: {
      id: 'Izin ini diterbitkan oleh Pemerintah Kota Surakarta melalui Pelita dan masih berlaku.',
      en: 'This permit was issued by the City of Surakarta through Pelita and is in force.',
    },
    expired: {
      id: 'Izin ini diterbitkan oleh Pemerintah Kota Surakarta melalui Pelita, tetapi masa berlakunya telah berakhir.',
      en: 'This permit was issued by the City of Surakarta through Pelita, but its validity has ended.',
    },
    revoked: {
      id: 'Izin ini tercatat di Pelita tetapi telah dicabut dan tidak berlaku lagi.',
      en: 'This permit is on record in Pelita but has been revoked and is no longer in force.',
    },
  };
  const until = v.validUntil
    ? formatLocalDate(v.validUntil, p.lang)
    : t('selama bangunan/objek izin tidak berubah', 'as long as the building or object does not change');
  return (
    <div class="wrap narrow verification">
      <h1>{t('Verifikasi izin', 'Permit verification')}</h1>
      <p class={v.standing === 'valid' ? 'success-box' : 'error-summary'} role="status" data-standing={v.standing}>
        <strong>{label}</strong> — {pick(explain[v.standing], p.lang)}
      </p>
      <dl class="facts facts-wide">
        <div>
          <dt>{t('Nomor izin', 'Permit number')}</dt>
          <dd>{v.number}</dd>
        </div>
        <div>
          <dt>{t('Pemegang izin', 'Permit holder')}</dt>
          <dd>{v.holderName}</dd>
        </div>
        <div>
          <dt>{t('Jenis izin', 'Permit type')}</dt>
          <dd>{pick(v.permitType, p.lang)}</dd>
        </div>
        <div>
          <dt>{t('Berlaku', 'Valid')}</dt>
          <dd>
            {formatLocalDate(v.validFrom, p.lang)} – {until}
          </dd>
        </div>
        <div>
          <dt>{t('Status', 'Status')}</dt>
          <dd>
            {label}
            {v.revokedAt ? ` (${t('dicabut', 'revoked on')} ${formatDate(v.revokedAt, p.lang)})` : ''}
          </dd>
        </div>
      </dl>
    </div>
  );
}

export function VerifyInvalidPage(p: { lang: Lang }) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow verification" role="alert">
      <h1>{t('Tidak valid', 'Not valid')}</h1>
      <p class="error-summary">
        <strong>{t('TIDAK VALID', 'NOT VALID')}</strong> —{' '}
        {t(
          'Kode verifikasi ini tidak dikenali: dokumen mungkin palsu, telah diubah, atau tautannya terpotong. Pindai ulang kode QR atau ketik alamatnya dengan teliti.',
          'This verification code is not recognised: the document may be forged or altered, or the link was cut short. Scan the QR code again or type the address carefully.',
        )}
      </p>
    </div>
  );
}
