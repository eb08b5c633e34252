import type { ServiceView } from '../../src/domain/catalogue/service';
import { pick, translator, type Lang } from '../../src/platform/i18n/lang';

export function HomePage(p: { lang: Lang; complaintCount: number; permits: ServiceView[] }) {
  const t = translator(p.lang);
  return (
    <>
      <section class="hero">
        <div class="wrap">
          <h1>{t('Layanan publik Kota Surakarta, dalam satu tempat', 'Public services of Surakarta, in one place')}</h1>
          <p class="lead">
            {t(
              'Sampaikan pengaduan, ajukan izin, dan pantau prosesnya sampai selesai. Setiap layanan punya target waktu yang jelas dan dapat Anda lacak.',
              'File a complaint, apply for a permit, and follow it to the end. Every service has a clear target time that you can track.',
            )}
          </p>
          <p class="actions">
            <a class="button primary" href="/layanan">{t('Lihat semua layanan', 'See all services')}</a>
          </p>
        </div>
      </section>
      <div class="wrap">
        <section aria-labelledby="h-cara" class="steps">
          <h2 id="h-cara">{t('Cara kerjanya', 'How it works')}</h2>
          <ol class="card-grid steps-list">
            <li class="card">
              <h3>{t('1. Sampaikan', '1. Submit')}</h3>
              <p>{t('Tanpa perlu akun. Identitas Anda disembunyikan secara bawaan (anonim).', 'No account needed. Your identity is hidden by default (anonymous).')}</p>
            </li>
            <li class="card">
              <h3>{t('2. Simpan kode lacak', '2. Keep your tracking code')}</h3>
              <p>{t('Anda menerima kode lacak dan kunci akses pribadi untuk mengikuti prosesnya.', 'You receive a tracking code and a private access key to follow it.')}</p>
            </li>
            <li class="card">
              <h3>{t('3. Ditangani sesuai target waktu', '3. Handled on time')}</h3>
              <p>{t('Petugas unit terkait menanggapi dalam 1 hari kerja dan menyelesaikan sesuai target.', 'The responsible unit responds within 1 working day and resolves within the target.')}</p>
            </li>
            <li class="card">
              <h3>{t('4. Beri penilaian', '4. Rate the service')}</h3>
              <p>{t('Survei Kepuasan Masyarakat (SKM) membantu petugas belajar dan berkembang.', 'The Citizen Satisfaction Survey (SKM) helps staff learn and improve.')}</p>
            </li>
          </ol>
        </section>
        <section aria-labelledby="h-izin">
          <h2 id="h-izin">{t('Perizinan', 'Permits')}</h2>
          <ul class="link-list">
            {p.permits.map((s) => (
              <li>
                <a href={`/layanan/${s.code}`}>{pick(s.name, p.lang)}</a>
              </li>
            ))}
          </ul>
          <p class="muted">
            {t(
              `${p.complaintCount} kategori pengaduan tersedia di katalog layanan.`,
              `${p.complaintCount} complaint categories are listed in the service catalogue.`,
            )}
          </p>
        </section>
      </div>
    </>
  );
}
