import { roleLabel } from '../../../src/domain/auth/roles';
import type { SessionView, StaffPrincipal } from '../../../src/domain/auth/principal';
import { tokenStatus, type TokenView } from '../../../src/domain/auth/tokens';
import { formatDateTime, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { CsrfField } from '../../_partials/form-fields';

export function AccountPage(p: {
  lang: Lang;
  csrfToken: string;
  staff: StaffPrincipal;
  sessions: SessionView[];
  currentIdHash: string | null;
  tokens: TokenView[];
  now: Date;
  notice?: string | undefined;
}) {
  const t = translator(p.lang);
  const activeTokens = p.tokens.filter((k) => tokenStatus(k, p.now) === 'active');
  return (
    <div class="wrap" id="account">
      <h1>{t('Akun saya', 'My account')}</h1>
      {p.notice ? (
        <p class="success-box" role="status">
          {p.notice}
        </p>
      ) : null}
      <dl class="facts facts-wide">
        <div>
          <dt>{t('Nama', 'Name')}</dt>
          <dd>{p.staff.name}</dd>
        </div>
        <div>
          <dt>NIP</dt>
          <dd>{p.staff.nip}</dd>
        </div>
        <div>
          <dt>{t('E-mail', 'E-mail')}</dt>
          <dd>{p.staff.email}</dd>
        </div>
        <div>
          <dt>{t('Unit', 'Unit')}</dt>
          <dd>{p.staff.unitName}</dd>
        </div>
        <div>
          <dt>{t('Peran', 'Roles')}</dt>
          <dd>{p.staff.roles.length ? p.staff.roles.map((r) => pick(roleLabel(r), p.lang)).join(', ') : t('Belum ada', 'None yet')}</dd>
        </div>
      </dl>
      <p class="actions">
        <a class="button" href="/akun/kata-sandi">
          {t('Ganti kata sandi', 'Change password')}
        </a>
        <a class="button" href="/akun/token">
          {t('Token API', 'API tokens')}
        </a>
      </p>

      <section aria-labelledby="h-sessions">
        <h2 id="h-sessions">{t('Sesi aktif', 'Active sessions')}</h2>
        <div class="table-scroll">
          <table class="data">
            <caption class="muted">
              {t('Perangkat tempat akun ini sedang masuk.', 'Devices where this account is signed in.')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('Mulai', 'Started')}</th>
                <th scope="col">{t('Terakhir aktif', 'Last seen')}</th>
                <th scope="col">{t('Peramban', 'Browser')}</th>
              </tr>
            </thead>
            <tbody>
              {p.sessions.map((s) => (
                <tr>
                  <td data-label={t('Mulai', 'Started')}>{formatDateTime(s.createdAt, p.lang)}</td>
                  <td data-label={t('Terakhir aktif', 'Last seen')}>
                    {formatDateTime(s.lastSeenAt, p.lang)}{' '}
                    {s.idHash === p.currentIdHash ? <span class="badge ok">{t('sesi ini', 'this session')}</span> : null}
                  </td>
                  <td data-label={t('Peramban', 'Browser')}>{s.userAgent || t('(tidak diketahui)', '(unknown)')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form method="post" action="/akun/keluar-semua" class="stacked">
          <CsrfField token={p.csrfToken} />
          <p class="muted">
            {t(
              'Jika Anda lupa keluar di komputer lain atau curiga akun Anda dipakai orang lain, akhiri semua sesi, termasuk sesi ini, lalu ganti kata sandi.',
              'If you forgot to sign out on another computer or suspect someone else uses your account, end every session, this one included, then change your password.',
            )}
          </p>
          <p>
            <button type="submit" class="button danger">
              {t('Keluar dari semua perangkat', 'Sign out everywhere')}
            </button>
          </p>
        </form>
      </section>

      <section aria-labelledby="h-tokens">
        <h2 id="h-tokens">{t('Token API', 'API tokens')}</h2>
        {activeTokens.length ? (
          <ul>
            {activeTokens.map((k) => (
              <li>
                <strong>{k.name}</strong> <code>{k.prefix}…</code> — {t('berlaku sampai', 'valid until')} {formatDateTime(k.expiresAt, p.lang)}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('Belum ada token API yang aktif.', 'No active API tokens.')}</p>
        )}
        <p>
          <a href="/akun/token">{t('Kelola token API', 'Manage API tokens')}</a>
        </p>
      </section>
    </div>
  );
}
