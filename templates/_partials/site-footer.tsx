import { translator, type Lang } from '../../src/platform/i18n/lang';

export function SiteFooter(p: { lang: Lang }) {
  const t = translator(p.lang);
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p>
          <strong>Pelita</strong> — {t('Pelayanan dan Pelatihan Terintegrasi, Pemerintah Kota Surakarta.', 'Integrated Services and Training, City Government of Surakarta.')}
        </p>
        <p class="muted">
          {t(
            'Identitas pelapor dilindungi sesuai Perpres 76/2013. Keadaan darurat: hubungi 112.',
            'Reporter identities are protected under Perpres 76/2013. Emergencies: call 112.',
          )}
        </p>
      </div>
    </footer>
  );
}
