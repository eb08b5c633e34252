import type { ServiceView } from '../../../src/domain/catalogue/service';
import { formatRupiah, pick, translator, type Lang } from '../../../src/platform/i18n/lang';

export function ServiceCard(p: { lang: Lang; service: ServiceView }) {
  const t = translator(p.lang);
  const s = p.service;
  return (
    <li class="card service-card">
      <h3>
        <a href={`/layanan/${s.code}`}>{pick(s.name, p.lang)}</a>
      </h3>
      <p>{pick(s.description, p.lang)}</p>
      <dl class="facts">
        <div>
          <dt>{t('Unit', 'Unit')}</dt>
          <dd>{p.lang === 'en' ? s.unit.nameEn : s.unit.name}</dd>
        </div>
        <div>
          <dt>{t('Target selesai', 'Target time')}</dt>
          <dd>{t(`${s.slaDays} hari kerja`, `${s.slaDays} working days`)}</dd>
        </div>
        {s.kind === 'permit' ? (
          <div>
            <dt>{t('Biaya', 'Fee')}</dt>
            <dd>{formatRupiah(s.fee, p.lang)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

export function ServiceListPage(p: { lang: Lang; complaints: ServiceView[]; permits: ServiceView[] }) {
  const t = translator(p.lang);
  return (
    <div class="wrap">
      <h1>{t('Katalog layanan', 'Service catalogue')}</h1>
      <p class="lead">
        {t(
          'Semua pengaduan dan perizinan Kota Surakarta, dengan persyaratan, target waktu penyelesaian, biaya dan unit yang bertanggung jawab.',
          'Every complaint and permit service of the City of Surakarta, with requirements, target time, fee and the responsible unit.',
        )}
      </p>
      <section aria-labelledby="h-perizinan">
        <h2 id="h-perizinan">{t('Perizinan', 'Permits')}</h2>
        {p.permits.length ? (
          <ul class="card-grid">
            {p.permits.map((s) => <ServiceCard lang={p.lang} service={s} />)}
          </ul>
        ) : (
          <p class="muted">{t('Belum ada jenis izin.', 'No permit types yet.')}</p>
        )}
      </section>
      <section aria-labelledby="h-pengaduan">
        <h2 id="h-pengaduan">{t('Kategori pengaduan', 'Complaint categories')}</h2>
        {p.complaints.length ? (
          <ul class="card-grid">
            {p.complaints.map((s) => <ServiceCard lang={p.lang} service={s} />)}
          </ul>
        ) : (
          <p class="muted">{t('Belum ada kategori pengaduan.', 'No complaint categories yet.')}</p>
        )}
      </section>
    </div>
  );
}
