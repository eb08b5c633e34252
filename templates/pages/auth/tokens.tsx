import type { Scope } from '../../../src/domain/auth/roles';
import { TOKEN_MAX_DAYS, TOKEN_NAME_MAX, tokenStatus, type TokenView } from '../../../src/domain/auth/tokens';
import { formatDateTime, translator, type Lang } from '../../../src/platform/i18n/lang';
import { InputField, type FieldErrors } from './form-parts';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';

export const SCOPE_LABELS: Record<Scope, { id: string; en: string }> = {
  'cases:read': { id: 'Membaca kasus unit Anda', en: 'Read your unit’s cases' },
  'cases:write': { id: 'Menindaklanjuti kasus', en: 'Act on cases' },
  'training:read': { id: 'Membaca data pelatihan Anda', en: 'Read your training record' },
  'training:write': { id: 'Mengisi kemajuan pelatihan', en: 'Record training progress' },
  admin: { id: 'Administrasi sistem', en: 'System administration' },
};

export interface TokenFormValues {
  name: string;
  scopes: string[];
  days: string;
}

export function TokensPage(p: {
  lang: Lang;
  csrfToken: string;
  tokens: TokenView[];
  allowedScopes: readonly Scope[];
  values: TokenFormValues;
  errors: FieldErrors;
  now: Date;
  created?: { token: string; view: TokenView } | undefined;
  notice?: string | undefined;
}) {
  const t = translator(p.lang);
  const labels = { name: t('Nama token', 'Token name'), scopes: t('Cakupan', 'Scopes'), days: t('Berlaku (hari)', 'Valid for (days)') };
  const statusLabel = (k: TokenView) => {
    const s = tokenStatus(k, p.now);
    return s === 'active' ? (
      <span class="badge ok">{t('aktif', 'active')}</span>
    ) : s === 'revoked' ? (
      <span class="badge overdue">{t('dicabut', 'revoked')}</span>
    ) : (
      <span class="badge warn">{t('kedaluwarsa', 'expired')}</span>
    );
  };
  return (
    <div class="wrap" id="api-tokens">
      <p class="breadcrumb">
        <a href="/akun">{t('Akun saya', 'My account')}</a>
      </p>
      <h1>{t('Token API', 'API tokens')}</h1>
      <p class="lead">
        {t(
          'Token API dipakai aplikasi atau skrip untuk memanggil API Pelita atas nama Anda, hanya dengan cakupan yang Anda pilih. Perlakukan token seperti kata sandi.',
          'An API token lets an app or script call the Pelita API on your behalf, with only the scopes you choose. Treat a token like a password.',
        )}
      </p>
      {p.notice ? (
        <p class="success-box" role="status">
          {p.notice}
        </p>
      ) : null}
      {p.created ? (
        <div class="success-box" role="status" id="new-token">
          <h2>{t('Token baru sudah dibuat', 'New token created')}</h2>
          <p>
            {t(
              'Salin token ini sekarang. Token hanya ditampilkan sekali ini; Pelita hanya menyimpan sidik jarinya.',
              'Copy this token now. It is shown only this once; Pelita keeps only its fingerprint.',
            )}
          </p>
          <div class="field">
            <label for="new-token-value">{t(`Token "${p.created.view.name}"`, `Token "${p.created.view.name}"`)}</label>
            <input id="new-token-value" type="text" readonly value={p.created.token} autocomplete="off" spellcheck={false} />
          </div>
        </div>
      ) : null}

      <section aria-labelledby="h-new-token">
        <h2 id="h-new-token">{t('Buat token', 'Create a token')}</h2>
        <form method="post" action="/akun/token" class="stacked" novalidate>
          <CsrfField token={p.csrfToken} />
          <ErrorSummary lang={p.lang} errors={p.errors} labels={labels} />
          <InputField
            name="name"
            label={labels.name}
            hint={t('Untuk apa token ini, misalnya "Aplikasi laporan mingguan".', 'What the token is for, e.g. "Weekly report script".')}
            value={p.values.name}
            error={p.errors['name']}
            autocomplete="off"
            required
            maxlength={TOKEN_NAME_MAX}
          />
          <fieldset class={`field${p.errors['scopes'] ? ' has-error' : ''}`} id="f-scopes" aria-describedby={p.errors['scopes'] ? 'f-scopes-error' : undefined}>
            <legend>{labels.scopes}</legend>
            {p.errors['scopes'] ? (
              <span class="field-error" id="f-scopes-error">
                {p.errors['scopes']}
              </span>
            ) : null}
            {p.allowedScopes.map((s) => (
              <div class="radio-row">
                <input type="checkbox" name="scopes" value={s} id={`f-scope-${s.replace(':', '-')}`} checked={p.values.scopes.includes(s)} />
                <label for={`f-scope-${s.replace(':', '-')}`}>
                  <code>{s}</code> — {t(SCOPE_LABELS[s].id, SCOPE_LABELS[s].en)}
                </label>
              </div>
            ))}
          </fieldset>
          <InputField
            name="days"
            type="number"
            label={labels.days}
            hint={t(`Antara 1 dan ${TOKEN_MAX_DAYS} hari.`, `Between 1 and ${TOKEN_MAX_DAYS} days.`)}
            value={p.values.days}
            error={p.errors['days']}
            inputmode="numeric"
            autocomplete="off"
            required
          />
          <p>
            <button type="submit" class="primary">
              {t('Buat token', 'Create token')}
            </button>
          </p>
        </form>
      </section>

      <section aria-labelledby="h-token-list">
        <h2 id="h-token-list">{t('Token Anda', 'Your tokens')}</h2>
        {p.tokens.length ? (
          <div class="table-scroll">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t('Nama', 'Name')}</th>
                  <th scope="col">{t('Awalan', 'Prefix')}</th>
                  <th scope="col">{t('Cakupan', 'Scopes')}</th>
                  <th scope="col">{t('Dibuat', 'Created')}</th>
                  <th scope="col">{t('Berlaku sampai', 'Expires')}</th>
                  <th scope="col">{t('Terakhir dipakai', 'Last used')}</th>
                  <th scope="col">{t('Status', 'Status')}</th>
                  <th scope="col">
                    <span class="muted">{t('Tindakan', 'Action')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.tokens.map((k) => (
                  <tr>
                    <td data-label={t('Nama', 'Name')}>{k.name}</td>
                    <td data-label={t('Awalan', 'Prefix')}>
                      <code>{k.prefix}…</code>
                    </td>
                    <td data-label={t('Cakupan', 'Scopes')}>{k.scopes.join(', ')}</td>
                    <td data-label={t('Dibuat', 'Created')}>{formatDateTime(k.createdAt, p.lang)}</td>
                    <td data-label={t('Berlaku sampai', 'Expires')}>{formatDateTime(k.expiresAt, p.lang)}</td>
                    <td data-label={t('Terakhir dipakai', 'Last used')}>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, p.lang) : t('belum pernah', 'never')}</td>
                    <td data-label={t('Status', 'Status')}>{statusLabel(k)}</td>
                    <td>
                      {tokenStatus(k, p.now) === 'active' ? (
                        <form method="post" action={`/akun/token/${k.id}/cabut`} class="inline-form">
                          <CsrfField token={p.csrfToken} />
                          <button type="submit" class="link-button" aria-label={t(`Cabut token ${k.name}`, `Revoke token ${k.name}`)}>
                            {t('Cabut', 'Revoke')}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted">{t('Anda belum membuat token.', 'You have not created any tokens.')}</p>
        )}
      </section>
    </div>
  );
}
