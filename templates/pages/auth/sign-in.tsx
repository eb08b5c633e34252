import { translator, type Lang } from '../../../src/platform/i18n/lang';
import { InputField, type FieldErrors } from './form-parts';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';

export interface SignInPageProps {
  lang: Lang;
  csrfToken: string;
  username: string;
  kembali: string | null;
  errors: FieldErrors;
  /** a message for the whole form (wrong credentials, locked) */
  formError?: string | undefined;
  /** the previous session ended (timeout or deactivation) */
  ended: boolean;
  signedOut: boolean;
}

export function SignInPage(p: SignInPageProps) {
  const t = translator(p.lang);
  const action = p.kembali ? `/masuk?kembali=${encodeURIComponent(p.kembali)}` : '/masuk';
  return (
    <div class="wrap narrow" id="sign-in">
      <h1>{t('Masuk petugas', 'Staff sign-in')}</h1>
      <p class="lead">
        {t(
          'Untuk ASN Pemerintah Kota Surakarta. Warga tidak perlu akun untuk menyampaikan pengaduan atau mengajukan izin.',
          'For civil servants of the City of Surakarta. Citizens need no account to file a complaint or apply for a permit.',
        )}
      </p>
      {p.ended ? (
        <p class="notice" role="status">
          {t('Sesi Anda telah berakhir. Silakan masuk kembali.', 'Your session has ended. Please sign in again.')}
        </p>
      ) : null}
      {p.signedOut ? (
        <p class="success-box" role="status">
          {t('Anda sudah keluar.', 'You have signed out.')}
        </p>
      ) : null}
      <form method="post" action={action} class="stacked" novalidate>
        <CsrfField token={p.csrfToken} />
        <ErrorSummary
          lang={p.lang}
          errors={p.errors}
          message={p.formError}
          labels={{ username: t('NIP atau e-mail', 'NIP or e-mail'), password: t('Kata sandi', 'Password') }}
        />
        <InputField
          name="username"
          label={t('NIP atau e-mail', 'NIP or e-mail')}
          hint={t('NIP 18 angka, atau alamat e-mail dinas Anda.', 'Your 18-digit NIP, or your work e-mail address.')}
          value={p.username}
          error={p.errors['username']}
          autocomplete="username"
          required
          maxlength={254}
        />
        <InputField
          name="password"
          type="password"
          label={t('Kata sandi', 'Password')}
          error={p.errors['password']}
          autocomplete="current-password"
          required
          maxlength={128}
        />
        <p>
          <button type="submit" class="primary">
            {t('Masuk', 'Sign in')}
          </button>
        </p>
      </form>
      <p class="muted">
        {t(
          'Lupa kata sandi? Hubungi administrator Pelita di perangkat daerah Anda; kata sandi tidak pernah dikirim lewat e-mail.',
          'Forgot your password? Ask the Pelita administrator of your office; passwords are never sent by e-mail.',
        )}
      </p>
    </div>
  );
}
