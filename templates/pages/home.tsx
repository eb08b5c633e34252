import type { ServiceView } from '../../src/domain/catalogue/service';
import { translator, type Lang } from '../../src/platform/i18n/lang';
import { CitizenActions, ServiceCard } from '../_partials/citizen-start';

export function HomePage(p: { lang: Lang; complaintCount: number; permits: ServiceView[] }) {
  const t = translator(p.lang);
  return (
    <>
      <section class="hero">
        <div class="wrap">
          <h1>{t('Layanan publik Kota Surakarta, dalam satu tempat', 'Public services of Surakarta, in one place')}</h1>
          <p class="lead">
            {t(
              'Sampaikan pengaduan, ajukan izin, dan pantau prosesnya sampai selesai dengan target waktu yang jelas.',
              'File a complaint, apply for a permit, and follow it to the end, with a clear target time.',
            )}
          </p>
          <CitizenActions lang={p.lang} headingLevel="h2" />
        </div>
      </section>
      <div class="wrap">
        <section aria-labelledby="h-izin">
          <h2 id="h-izin">{t('Perizinan daring', 'Permits online')}</h2>
          <ul class="card-grid service-cards">
            {p.permits.map((s) => <ServiceCard lang={p.lang} service={s} />)}
          </ul>
          <p>
            <a href="/layanan">
              {t(
                `Semua layanan, termasuk ${p.complaintCount} kategori pengaduan`,
                `All services, including ${p.complaintCount} complaint categories`,
              )}
            </a>
          </p>
        </section>
        <section aria-labelledby="h-cara" class="steps">
          <h2 id="h-cara">{t('Cara kerjanya', 'How it works')}</h2>
          <ol class="steps-list">
            <li>{t('Sampaikan tanpa akun; identitas Anda disembunyikan secara bawaan (anonim).', 'Submit without an account; your identity is hidden by default (anonymous).')}</li>
            <li>{t('Simpan kode lacak dan kunci akses pribadi yang Anda terima.', 'Keep the tracking code and the private access key you receive.')}</li>
            <li>{t('Unit terkait menanggapi dalam 1 hari kerja dan menyelesaikan sesuai target.', 'The responsible unit responds within 1 working day and resolves within the target.')}</li>
            <li>{t('Beri penilaian (Survei Kepuasan Masyarakat) agar layanan terus membaik.', 'Rate the service (Citizen Satisfaction Survey) so it keeps improving.')}</li>
          </ol>
        </section>
      </div>
    </>
  );
}
