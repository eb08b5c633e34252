import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../src/domain/auth/password-rules';
import { translator, type Lang } from '../../../src/platform/i18n/lang';
import { InputField, type FieldErrors } from './form-parts';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';

export function ChangePasswordPage(p: {
  lang: Lang;
  csrfToken: string;
  forced: boolean;
  errors: FieldErrors;
  formError?: string | undefined;
  username: string;
}) {
  const t = translator(p.lang);
  const labels = {
    current: t('Kata sandi saat ini', 'Current password'),
    new_password: t('Kata sandi baru', 'New password'),
    confirm: t('Ulangi kata sandi baru', 'Repeat the new password'),
  };
  return (
    <div class="wrap narrow" id="change-password">
      <p class="breadcrumb">
        <a href="/akun">{t('Akun saya', 'My account')}</a>
      </p>
      <h1>{t('Ganti kata sandi', 'Change password')}</h1>
      {p.forced ? (
        <p class="notice" role="status">
          {t(
            'Sebelum melanjutkan, ganti kata sandi sementara Anda dengan kata sandi pilihan Anda sendiri.',
            'Before you continue, replace your temporary password with one of your own.',
          )}
        </p>
      ) : null}
      <form method="post" action="/akun/kata-sandi" class="stacked" novalidate>
        <CsrfField token={p.csrfToken} />
        <ErrorSummary lang={p.lang} errors={p.errors} labels={labels} message={p.formError} />
        {/* lets password managers tie the new password to the right account */}
        <input type="text" name="username" value={p.username} autocomplete="username" hidden readonly aria-hidden="true" tabindex={-1} />
        <InputField
          name="current"
          type="password"
          label={labels.current}
          error={p.errors['current']}
          autocomplete="current-password"
          required
          maxlength={PASSWORD_MAX_LENGTH}
        />
        <InputField
          name="new_password"
          type="password"
          label={labels.new_password}
          hint={t(
            `Minimal ${PASSWORD_MIN_LENGTH} karakter. Gabungkan beberapa kata yang tidak saling berhubungan; jangan memakai NIP, nama e-mail, atau kata sandi umum seperti "indonesia123".`,
            `At least ${PASSWORD_MIN_LENGTH} characters. Join a few unrelated words; do not use your NIP, your e-mail name, or common passwords such as "indonesia123".`,
          )}
          error={p.errors['new_password']}
          autocomplete="new-password"
          required
          minlength={PASSWORD_MIN_LENGTH}
          maxlength={PASSWORD_MAX_LENGTH}
        />
        <InputField
          name="confirm"
          type="password"
          label={labels.confirm}
          error={p.errors['confirm']}
          autocomplete="new-password"
          required
          maxlength={PASSWORD_MAX_LENGTH}
        />
        <p>
          <button type="submit" class="primary">
            {t('Simpan kata sandi baru', 'Save new password')}
          </button>
        </p>
      </form>
      <p class="muted">
        {t(
          'Setelah kata sandi diganti, semua sesi lain akun ini diakhiri.',
          'Once the password is changed, every other session of this account is ended.',
        )}
      </p>
    </div>
  );
}
