import type { ServiceView } from '../../../src/domain/catalogue/service';
import { translator, type Lang } from '../../../src/platform/i18n/lang';
import { CitizenActions, ServiceCard } from '../../_partials/citizen-start';

export function ServiceListPage(p: { lang: Lang; complaints: ServiceView[]; permits: ServiceView[] }) {
  const t = translator(p.lang);
  return (
    <div class="wrap">
      <h1>{t('Katalog layanan', 'Service catalogue')}</h1>
      <CitizenActions lang={p.lang} headingLevel="h2" />
      <section aria-labelledby="h-pengaduan">
        <h2 id="h-pengaduan">{t('Kategori pengaduan', 'Complaint categories')}</h2>
        {p.complaints.length ? (
          <ul class="card-grid service-cards">
            {p.complaints.map((s) => <ServiceCard lang={p.lang} service={s} />)}
          </ul>
        ) : (
          <p class="muted">{t('Belum ada kategori pengaduan.', 'No complaint categories yet.')}</p>
        )}
      </section>
      <section aria-labelledby="h-perizinan">
        <h2 id="h-perizinan">{t('Perizinan', 'Permits')}</h2>
        {p.permits.length ? (
          <ul class="card-grid service-cards">
            {p.permits.map((s) => <ServiceCard lang={p.lang} service={s} />)}
          </ul>
        ) : (
          <p class="muted">{t('Belum ada jenis izin.', 'No permit types yet.')}</p>
        )}
      </section>
    </div>
  );
}
