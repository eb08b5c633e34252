import type { StaffPrincipal } from '../../src/domain/auth/principal';
import { translator, type Lang } from '../../src/platform/i18n/lang';
import { assetUrl } from './assets';
import { CsrfField } from './form-fields';

export function SiteHeader(p: { lang: Lang; path: string; staff: StaffPrincipal | null; csrfToken?: string | undefined }) {
  const t = translator(p.lang);
  const other: Lang = p.lang === 'id' ? 'en' : 'id';
  const switchHref = `/bahasa/${other}?kembali=${encodeURIComponent(p.path)}`;
  const roles = new Set(p.staff?.roles ?? []);
  return (
    <header class="site-header">
      <div class="wrap header-row">
        <a class="brand" href="/" aria-label={t('Pelita Kota Surakarta — beranda', 'Pelita City of Surakarta — home')}>
          <img src={assetUrl('favicon.svg')} alt="" width="32" height="32" />
          <span class="brand-name">Pelita</span>{' '}
          <span class="brand-city">{t('Kota Surakarta', 'City of Surakarta')}</span>
        </a>
        <nav aria-label={t('Navigasi utama', 'Main navigation')} class="main-nav">
          <ul>
            <li><a href="/layanan">{t('Layanan', 'Services')}</a></li>
            <li><a href="/transparansi">{t('Transparansi', 'Transparency')}</a></li>
            <li><a href="/pengaduan/baru">{t('Buat pengaduan', 'Submit a complaint')}</a></li>
            <li><a href="/lacak">{t('Lacak', 'Track')}</a></li>
            {p.staff ? (
              <>
                {roles.has('officer') || roles.has('supervisor') || roles.has('official') || roles.has('complaint_coordinator') ? <li><a href="/staf">{t('Antrean', 'Queue')}</a></li> : null}
                {roles.has('admin') ? <li><a href="/admin">Admin</a></li> : null}
                <li><a href="/pelatihan">{t('Pelatihan', 'Training')}</a></li>
                <li><a href="/kinerja">{t('Kinerja', 'Performance')}</a></li>
                {roles.has('official') || roles.has('admin') || roles.has('supervisor') ? <li><a href="/dasbor">{t('Dasbor', 'Dashboard')}</a></li> : null}
              </>
            ) : null}
          </ul>
        </nav>
        <div class="header-tools">
          <a class="lang-switch" href={switchHref} hreflang={other} lang={other}>
            {other === 'en' ? 'English' : 'Bahasa Indonesia'}
          </a>
          {p.staff ? (
            <form method="post" action="/keluar" class="inline-form">
              <CsrfField token={p.csrfToken ?? ''} />
              <a class="who" href="/akun" title={t('Akun saya', 'My account')}>{p.staff.name}</a>{' '}
              <button type="submit" class="link-button">{t('Keluar', 'Sign out')}</button>
            </form>
          ) : (
            <a href="/masuk" class="staff-link">{t('Masuk petugas', 'Staff sign-in')}</a>
          )}
        </div>
      </div>
    </header>
  );
}
