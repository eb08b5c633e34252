import type { ServiceView } from '../../../src/domain/catalogue/service';
import { feePayment, feeSummary } from '../../../src/domain/catalogue/fee';
import { pick, translator, type Lang } from '../../../src/platform/i18n/lang';

/** The fee as data (issue 13.9): what it is, the law behind it, when it is paid, other charges. */
function FeeSection(p: { lang: Lang; service: ServiceView }) {
  const t = translator(p.lang);
  const f = p.service.feeTerms;
  return (
    <section aria-labelledby="h-biaya">
      <h2 id="h-biaya">{t('Biaya dan pembayaran', 'Fee and payment')}</h2>
      <dl class="facts fee-terms">
        <div>
          <dt>{t('Biaya layanan', 'Service fee')}</dt>
          <dd>{pick(feeSummary(f), p.lang)}</dd>
        </div>
        <div>
          <dt>{t('Kapan dibayar', 'When it is paid')}</dt>
          <dd>{pick(feePayment(f, p.service.kind), p.lang)}</dd>
        </div>
        {f.other ? (
          <div>
            <dt>{t('Biaya lain', 'Other charges')}</dt>
            <dd>{pick(f.other, p.lang)}</dd>
          </div>
        ) : null}
        {f.basis ? (
          <div>
            <dt>{t('Dasar hukum biaya', 'Legal basis of the fee')}</dt>
            <dd lang="id">{f.basis}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

export function ServiceDetailPage(p: { lang: Lang; service: ServiceView }) {
  const t = translator(p.lang);
  const s = p.service;
  const isPermit = s.kind === 'permit';
  return (
    <div class="wrap narrow">
      <nav aria-label={t('Jejak', 'Breadcrumb')} class="breadcrumb">
        <a href="/layanan">{t('Layanan', 'Services')}</a> › <span aria-current="page">{pick(s.name, p.lang)}</span>
      </nav>
      <h1>{pick(s.name, p.lang)}</h1>
      <p class="lead">{pick(s.description, p.lang)}</p>
      <dl class="facts facts-wide">
        <div>
          <dt>{t('Jenis', 'Kind')}</dt>
          <dd>{isPermit ? t('Perizinan', 'Permit') : t('Pengaduan', 'Complaint')}</dd>
        </div>
        <div>
          <dt>{t('Unit penanggung jawab', 'Responsible unit')}</dt>
          <dd>{p.lang === 'en' ? s.unit.nameEn : s.unit.name}</dd>
        </div>
        {!isPermit ? (
          <div>
            <dt>{t('Tanggapan pertama', 'First response')}</dt>
            <dd>{t(`paling lambat ${s.firstResponseDays} hari kerja`, `within ${s.firstResponseDays} working day(s)`)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('Target selesai', 'Target completion')}</dt>
          <dd>{t(`${s.slaDays} hari kerja`, `${s.slaDays} working days`)}</dd>
        </div>
        <div>
          <dt>{t('Biaya', 'Fee')}</dt>
          <dd>{pick(feeSummary(s.feeTerms), p.lang)}</dd>
        </div>
        {isPermit && s.validityMonths ? (
          <div>
            <dt>{t('Masa berlaku', 'Validity')}</dt>
            <dd>{t(`${s.validityMonths} bulan`, `${s.validityMonths} months`)}</dd>
          </div>
        ) : null}
        {s.legalBasis ? (
          <div>
            <dt>{t('Dasar hukum', 'Legal basis')}</dt>
            <dd>{s.legalBasis}</dd>
          </div>
        ) : null}
      </dl>
      <FeeSection lang={p.lang} service={s} />
      {s.requirements.length ? (
        <section aria-labelledby="h-syarat">
          <h2 id="h-syarat">{t('Persyaratan', 'Requirements')}</h2>
          <ol class="checklist">
            {s.requirements.map((r) => <li>{pick(r, p.lang)}</li>)}
          </ol>
        </section>
      ) : null}
      {isPermit && s.formFields.length ? (
        <section aria-labelledby="h-isian">
          <h2 id="h-isian">{t('Data yang diisi', 'Information you will provide')}</h2>
          <ul>
            {s.formFields.map((f) => (
              <li>
                {pick(f.label, p.lang)}
                {f.required ? '' : t(' (opsional)', ' (optional)')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="actions">
        {isPermit ? (
          <a class="button primary" href={`/izin/baru/${s.code}`}>{t('Ajukan permohonan', 'Apply')}</a>
        ) : (
          <a class="button primary" href={`/pengaduan/baru?kategori=${s.code}`}>{t('Buat pengaduan', 'File a complaint')}</a>
        )}
      </p>
    </div>
  );
}
