// Staff authentication pages: sign-in and sign-out, the account page, password change and
// personal API tokens. Their JSON twins under /api/v1 are in ./api.ts.
import { Hono } from 'hono';
import { AccountPage } from '../../../templates/pages/auth/account';
import { ChangePasswordPage } from '../../../templates/pages/auth/change-password';
import type { FieldErrors } from '../../../templates/pages/auth/form-parts';
import { SignInPage } from '../../../templates/pages/auth/sign-in';
import { TokensPage, type TokenFormValues } from '../../../templates/pages/auth/tokens';
import { auditFromContext } from '../../platform/audit/audit';
import { CHANGE_PASSWORD_PATH, requireStaff } from '../../platform/auth/guard';
import { scopesForRoles } from '../../domain/auth/roles';
import {
  SESSION_COOKIE,
  clearSessionCookie,
  destroyAllSessions,
  listSessions,
} from '../../platform/auth/sessions';
import { INVALID_CREDENTIALS, lockedMessage, signIn } from './sign-in';
import type { TokenView } from '../../domain/auth/tokens';
import { createApiToken, findOwnToken, listApiTokens, revokeApiToken } from '../../platform/auth/tokens';
import type { AppContext, AppEnv, StaffContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { PRIVATE_NO_STORE } from '../../platform/http/private-responses';
import { readForm } from '../../platform/http/form';
import { renderPage } from '../../platform/http/render';
import { safeReturnPath } from '../../platform/http/return-path';
import { pick, translator, type Msg } from '../../platform/i18n/lang';
import { readCookie } from '../../platform/security/cookies';
import { sha256Hex } from '../../platform/security/crypto';
import { checkSignInInput, checkTokenInput, type FieldMsgs } from './input';
import { landingAfterSignIn } from './landing';
import { changeOwnPassword, sessionGuessesMessage } from './password-change';
import { endSession } from './sign-out';

const DEFAULT_TOKEN_DAYS = '90';

function fieldText(c: AppContext, fields: FieldMsgs): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, pick(m, c.var.lang)]));
}

function noStore(c: AppContext) {
  c.header('Cache-Control', PRIVATE_NO_STORE);
}

function renderSignIn(
  c: AppContext,
  opts: { status: 200 | 401 | 422 | 429; username: string; errors?: FieldErrors; formError?: Msg },
) {
  const t = translator(c.var.lang);
  noStore(c);
  const kembali = safeReturnPath(c.req.query('kembali'));
  const ended = c.req.query('berakhir') === '1' || (!!c.var.sessionEnd && c.var.sessionEnd !== 'none');
  return renderPage(
    c,
    { title: t('Masuk petugas', 'Staff sign-in'), status: opts.status },
    <SignInPage
      lang={c.var.lang}
      csrfToken={c.var.csrfToken}
      username={opts.username}
      kembali={kembali}
      errors={opts.errors ?? {}}
      formError={opts.formError ? pick(opts.formError, c.var.lang) : undefined}
      ended={ended && opts.status === 200}
      signedOut={c.req.query('keluar') === '1' && opts.status === 200}
    />,
  );
}

async function renderAccount(c: StaffContext, notice?: string) {
  const t = translator(c.var.lang);
  const me = c.var.staff;
  const { db, clock, config } = c.var.deps;
  const cookie = readCookie(c, SESSION_COOKIE);
  noStore(c);
  return renderPage(
    c,
    { title: t('Akun saya', 'My account') },
    <AccountPage
      lang={c.var.lang}
      csrfToken={c.var.csrfToken}
      staff={me}
      sessions={await listSessions(db, me.id, clock.now(), config)}
      currentIdHash={cookie ? await sha256Hex(cookie) : null}
      tokens={await listApiTokens(db, me.id)}
      now={clock.now()}
      notice={notice}
    />,
  );
}

async function renderTokens(
  c: StaffContext,
  opts: {
    status?: 200 | 201 | 422;
    values?: TokenFormValues;
    errors?: FieldErrors;
    created?: { token: string; view: TokenView };
    notice?: string;
  } = {},
) {
  const t = translator(c.var.lang);
  const me = c.var.staff;
  noStore(c);
  return renderPage(
    c,
    { title: t('Token API', 'API tokens'), status: opts.status ?? 200 },
    <TokensPage
      lang={c.var.lang}
      csrfToken={c.var.csrfToken}
      tokens={await listApiTokens(c.var.deps.db, me.id)}
      allowedScopes={scopesForRoles(me.roles)}
      values={opts.values ?? { name: '', scopes: [], days: DEFAULT_TOKEN_DAYS }}
      errors={opts.errors ?? {}}
      now={c.var.deps.clock.now()}
      created={opts.created}
      notice={opts.notice}
    />,
  );
}

function renderChangePassword(c: StaffContext, status: 200 | 422 | 429, errors: FieldErrors = {}, formError?: string) {
  const t = translator(c.var.lang);
  const me = c.var.staff;
  noStore(c);
  return renderPage(
    c,
    { title: t('Ganti kata sandi', 'Change password'), status },
    <ChangePasswordPage lang={c.var.lang} csrfToken={c.var.csrfToken} forced={me.mustChangePassword} errors={errors} formError={formError} username={me.email} />,
  );
}

const sessionOnly = { sessionOnly: true } as const;

export const authRoutes = new Hono<AppEnv>()
  // ------------------------------------------------------------ sign-in and sign-out
  .get('/masuk', (c) => {
    const me = c.var.principal;
    if (me && me.via === 'session')
      return c.redirect(me.mustChangePassword ? CHANGE_PASSWORD_PATH : landingAfterSignIn(safeReturnPath(c.req.query('kembali')), me.roles), 303);
    return renderSignIn(c, { status: 200, username: '' });
  })
  .post('/masuk', async (c) => {
    const form = await readForm(c);
    const rawUsername = form.text('username');
    const rawPassword = form.text('password');
    const keepUsername = rawUsername.slice(0, 254);
    const input = checkSignInInput({ username: rawUsername, password: rawPassword });
    if (!input.ok) return renderSignIn(c, { status: 422, username: keepUsername, errors: fieldText(c, input.fields) });
    const r = await signIn(c, { username: input.username, password: input.password, via: 'form' });
    if (!r.ok) {
      if (r.locked) {
        c.header('Retry-After', String(r.retryAfterSeconds));
        return renderSignIn(c, { status: 429, username: keepUsername, formError: lockedMessage(r.by, r.retryAfterSeconds) });
      }
      return renderSignIn(c, { status: 401, username: keepUsername, formError: INVALID_CREDENTIALS });
    }
    noStore(c);
    if (r.principal.mustChangePassword) return c.redirect(CHANGE_PASSWORD_PATH, 303);
    return c.redirect(landingAfterSignIn(safeReturnPath(c.req.query('kembali')), r.principal.roles), 303);
  })
  .post('/keluar', async (c) => {
    await endSession(c);
    return c.redirect('/masuk?keluar=1', 303);
  })

  // ------------------------------------------------------------ account
  .get('/akun', requireStaff(sessionOnly), async (c) => {
    const t = translator(c.var.lang);
    const notice = c.req.query('sandi') === '1' ? t('Kata sandi Anda sudah diganti.', 'Your password has been changed.') : undefined;
    return renderAccount(c, notice);
  })
  .post('/akun/keluar-semua', requireStaff({ sessionOnly: true, allowPendingPasswordChange: true }), async (c) => {
    const me = c.var.staff;
    await destroyAllSessions(c.var.deps.db, me.id);
    clearSessionCookie(c);
    await auditFromContext(c, { event: 'auth.sign_out_everywhere', target: `staff:${me.id}` });
    return c.redirect('/masuk?keluar=1', 303);
  })
  .get(CHANGE_PASSWORD_PATH, requireStaff({ sessionOnly: true, allowPendingPasswordChange: true }), (c) => renderChangePassword(c, 200))
  .post(CHANGE_PASSWORD_PATH, requireStaff({ sessionOnly: true, allowPendingPasswordChange: true }), async (c) => {
    const form = await readForm(c);
    const r = await changeOwnPassword(c, {
      current: form.text('current'),
      next: form.text('new_password'),
      confirm: form.text('confirm'),
    });
    if (r.ok) return c.redirect('/akun?sandi=1', 303);
    if ('lockedSeconds' in r) {
      c.header('Retry-After', String(r.lockedSeconds));
      return renderChangePassword(c, 429, {}, pick(sessionGuessesMessage(r.lockedSeconds), c.var.lang));
    }
    return renderChangePassword(c, 422, fieldText(c, r.fields));
  })

  // ------------------------------------------------------------ API tokens (pages)
  .get('/akun/token', requireStaff(sessionOnly), (c) => renderTokens(c))
  .post('/akun/token', requireStaff(sessionOnly), async (c) => {
    const me = c.var.staff;
    const form = await readForm(c);
    const values: TokenFormValues = {
      name: form.text('name').slice(0, 200),
      scopes: form.all('scopes'),
      days: form.text('days').slice(0, 10),
    };
    const input = checkTokenInput(values, scopesForRoles(me.roles));
    if (!input.ok) return renderTokens(c, { status: 422, values, errors: fieldText(c, input.fields) });
    const created = await createApiToken(c.var.deps.db, me.id, input, c.var.deps.clock.now());
    await auditFromContext(c, {
      event: 'token.created',
      target: `token:${created.view.id}`,
      detail: { name: input.name, scopes: input.scopes, days: input.days },
    });
    return renderTokens(c, { status: 201, created });
  })
  .post('/akun/token/:id/cabut', requireStaff(sessionOnly), async (c) => {
    const me = c.var.staff;
    const t = translator(c.var.lang);
    const id = Number(c.req.param('id'));
    const revoked = Number.isSafeInteger(id) ? await revokeApiToken(c.var.deps.db, me.id, id, c.var.deps.clock.now()) : null;
    if (!revoked) {
      if (Number.isSafeInteger(id) && (await findOwnToken(c.var.deps.db, me.id, id)))
        return renderTokens(c, { notice: t('Token ini sudah tidak aktif.', 'This token is no longer active.') });
      throw new NotFoundError({ id: 'Token tidak ditemukan.', en: 'Token not found.' });
    }
    await auditFromContext(c, { event: 'token.revoked', target: `token:${revoked.id}`, detail: { name: revoked.name } });
    return renderTokens(c, { notice: t(`Token "${revoked.name}" sudah dicabut.`, `Token "${revoked.name}" has been revoked.`) });
  });
