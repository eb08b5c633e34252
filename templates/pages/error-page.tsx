import { translator, type Lang } from '../../src/platform/i18n/lang';

export function ErrorPage(p: { lang: Lang; status: number; message: string; code: string }) {
  const t = translator(p.lang);
  const heading =
    p.status === 404
      ? t('Halaman tidak ditemukan', 'Page not found')
      : p.status === 401
        ? t('Perlu masuk', 'Sign-in required')
        : p.status === 403
          ? t('Akses ditolak', 'Access denied')
          : p.status === 429
            ? t('Terlalu banyak percobaan', 'Too many attempts')
            : p.status >= 500
              ? t('Terjadi gangguan', 'Something went wrong')
              : t('Permintaan tidak dapat diproses', 'The request could not be processed');
  return (
    <div class="wrap narrow error-page" role="alert">
      <p class="error-status">{p.status}</p>
      <h1>{heading}</h1>
      <p class="lead">{p.message}</p>
      {p.status === 413 ? (
        <p class="muted">
          {t(
            'Kembali ke halaman sebelumnya (isian Anda biasanya masih ada), kurangi atau perkecil berkas, lalu kirim lagi.',
            'Go back to the previous page (what you typed is usually still there), choose fewer or smaller files, then send again.',
          )}
        </p>
      ) : null}
      {p.status >= 500 ? (
        <p class="muted">
          {t(
            'Data yang sudah Anda kirim tidak hilang. Silakan coba lagi beberapa saat lagi.',
            'Nothing you already submitted is lost. Please try again in a moment.',
          )}
        </p>
      ) : null}
      <p class="actions">
        <a class="button" href="/">{t('Ke beranda', 'Go to home')}</a>{' '}
        <a class="button" href="/layanan">{t('Lihat layanan', 'See services')}</a>
        {p.status === 401 ? (
          <>
            {' '}
            <a class="button primary" href="/masuk">{t('Masuk', 'Sign in')}</a>
          </>
        ) : null}
      </p>
    </div>
  );
}
