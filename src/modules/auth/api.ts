// Staff authentication through the JSON API: sign-in and sign-out (a session cookie, for
// browser-like clients), who is calling, the password change, and personal API tokens. The
// fields are checked by the same rules as the sign-in, password and token forms (./input.ts,
// ./password-change.ts), with the same messages.
import * as z from 'zod';
import { auditFromContext } from '../../platform/audit/audit';
import { SCOPES, scopesForRoles } from '../../domain/auth/roles';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/auth/password-rules';
import { TOKEN_MAX_DAYS, TOKEN_NAME_MAX, type TokenView } from '../../domain/auth/tokens';
import { createApiToken, listApiTokens, revokeApiToken } from '../../platform/auth/tokens';
import type { AppContext, StaffPrincipal } from '../../platform/http/context';
import { NotFoundError, TooManyRequestsError, UnauthorizedError, ValidationError } from '../../platform/http/errors';
import { PRIVATE_NO_STORE } from '../../platform/http/private-responses';
import { shared } from '../../platform/openapi/document';
import { ApiRoutes } from '../../platform/openapi/route';
import { checkedBy, instant } from '../../platform/openapi/schemas';
import { checkSignInInput, checkTokenInput, type FieldMsgs } from './input';
import { changeOwnPassword, sessionGuessesMessage } from './password-change';
import { INVALID_CREDENTIALS, USERNAME_MAX, lockedMessage, signIn } from './sign-in';
import { endSession } from './sign-out';

// ---------------------------------------------------------------- schemas

const unitSchema = z.object({ id: z.int(), code: z.string(), name: z.string() });

const StaffMember = shared(
  'StaffMember',
  z.object({
    id: z.int(),
    name: z.string(),
    nip: z.string(),
    email: z.string(),
    unit: unitSchema,
    roles: z.array(z.string()),
    must_change_password: z.boolean(),
  }),
  'A signed-in staff member.',
);

const ApiToken = shared(
  'ApiToken',
  z.object({
    id: z.int(),
    name: z.string(),
    prefix: z.string().meta({ description: 'the first characters, to tell tokens apart' }),
    scopes: z.array(z.enum(SCOPES)),
    created_at: instant(),
    expires_at: instant(),
    last_used_at: instant().nullable(),
    revoked_at: instant().nullable(),
  }),
  'A personal API token (never its value, which is shown once, at creation).',
);

function staffJson(s: StaffPrincipal): z.input<typeof StaffMember> {
  return {
    id: s.id,
    name: s.name,
    nip: s.nip,
    email: s.email,
    unit: { id: s.unitId, code: s.unitCode, name: s.unitName },
    roles: [...s.roles],
    must_change_password: s.mustChangePassword,
  };
}

function tokenJson(k: TokenView): z.input<typeof ApiToken> {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    created_at: k.createdAt.toISOString(),
    expires_at: k.expiresAt.toISOString(),
    last_used_at: k.lastUsedAt?.toISOString() ?? null,
    revoked_at: k.revokedAt?.toISOString() ?? null,
  };
}

function noStore(c: AppContext) {
  c.header('Cache-Control', PRIVATE_NO_STORE);
}

const sessionOnly = { kind: 'staff', sessionOnly: true } as const;
const tags = ['auth'] as const;

// ---------------------------------------------------------------- routes

export const authApi = new ApiRoutes()
  .route(
    {
      method: 'post',
      path: '/auth/login',
      operationId: 'signIn',
      tags,
      summary: 'Sign in with NIP or e-mail and password (sets the session cookie)',
      description:
        'For browser-like clients; other apps use a personal API token. Later cookie calls that write send `X-CSRF-Token` with `csrf_token`. A wrong password and an unknown user get the same 401. An account takes 10 wrong passwords per rolling hour from unknown clients (NIP and e-mail count together); after that, and after 20 failures an hour from one address (then a growing wait), the answer is 429 with Retry-After. A browser that signed in before (its device cookie) is not held back by either.',
      access: { kind: 'public' },
      request: {
        body: {
          json: z
            .object({
              username: checkedBy({ type: 'string', maxLength: USERNAME_MAX, description: 'NIP (18 digits) or e-mail' }),
              password: checkedBy({ type: 'string', maxLength: PASSWORD_MAX_LENGTH, description: 'the password' }),
            })
            .meta({ required: ['username', 'password'] }),
        },
      },
      responses: {
        200: {
          description: 'Signed in: the session cookie is set.',
          schema: z.object({
            staff: z.object({ id: z.int(), name: z.string(), unit: unitSchema, roles: z.array(z.string()) }),
            must_change_password: z.boolean().meta({ description: 'true: only POST /me/password, GET /me and sign-out work until it is changed' }),
            csrf_token: z.string().meta({ description: 'send it as X-CSRF-Token with every cookie call that writes' }),
          }),
        },
      },
      errors: ['invalid_credentials', 'too_many_requests'],
    },
    async (c, input, reply) => {
      const body = await input.body();
      const checked = checkSignInInput({ username: body.username, password: body.password });
      if (!checked.ok) throw new ValidationError(checked.fields);
      const r = await signIn(c, { username: checked.username, password: checked.password, via: 'api' });
      if (!r.ok) {
        if (r.locked) throw new TooManyRequestsError(lockedMessage(r.by, r.retryAfterSeconds), r.retryAfterSeconds);
        throw new UnauthorizedError(INVALID_CREDENTIALS, 'invalid_credentials');
      }
      noStore(c);
      const s = r.principal;
      return reply(200, {
        staff: { id: s.id, name: s.name, unit: { id: s.unitId, code: s.unitCode, name: s.unitName }, roles: [...s.roles] },
        must_change_password: s.mustChangePassword,
        csrf_token: c.var.csrfToken,
      });
    },
  )
  .route(
    {
      method: 'post',
      path: '/auth/logout',
      operationId: 'signOut',
      tags,
      summary: 'End the current session',
      description: 'Clears the session cookie. A call with a Bearer token has no session to end and changes nothing.',
      access: { kind: 'public' },
      responses: { 204: { description: 'Signed out (also when there was no session).' } },
    },
    async (c) => {
      await endSession(c);
      return c.body(null, 204);
    },
  )
  .route(
    {
      method: 'get',
      path: '/me',
      operationId: 'whoAmI',
      tags,
      summary: 'Who is calling, how (session or token), and with which scopes',
      access: { kind: 'staff', allowPendingPasswordChange: true },
      responses: {
        200: {
          description: 'The signed-in staff member.',
          schema: z.object({
            staff: StaffMember,
            via: z.enum(['session', 'token']),
            scopes: z.array(z.string()).meta({ description: 'the token’s scopes; empty for a session (which has its roles’ scopes)' }),
          }),
        },
      },
    },
    (c, _input, reply) => {
      const me = c.var.staff;
      noStore(c);
      return reply(200, { staff: staffJson(me), via: me.via, scopes: [...(me.scopes ?? [])] });
    },
  )
  .route(
    {
      method: 'post',
      path: '/me/password',
      operationId: 'changeOwnPassword',
      tags,
      summary: 'Change your own password (ends every session and answers with a new one)',
      description: 'Five wrong current passwords in one session within an hour make it wait (429 with Retry-After).',
      access: { kind: 'staff', sessionOnly: true, allowPendingPasswordChange: true },
      request: {
        body: {
          json: z
            .object({
              current_password: checkedBy({ type: 'string', description: 'the password now' }),
              new_password: checkedBy({
                type: 'string',
                minLength: PASSWORD_MIN_LENGTH,
                maxLength: PASSWORD_MAX_LENGTH,
                description: 'not a common password, nor one made of the NIP, name or e-mail',
              }),
            })
            .meta({ required: ['current_password', 'new_password'] }),
        },
      },
      responses: {
        200: {
          description: 'Changed: a new session cookie is set.',
          schema: z.object({ staff: StaffMember, csrf_token: z.string() }),
        },
      },
      errors: ['too_many_requests'],
    },
    async (c, input, reply) => {
      const body = await input.body();
      const r = await changeOwnPassword(c, { current: body.current_password, next: body.new_password, confirm: body.new_password });
      if (r.ok) {
        noStore(c);
        return reply(200, { staff: staffJson(c.var.staff), csrf_token: c.var.csrfToken });
      }
      if ('lockedSeconds' in r) throw new TooManyRequestsError(sessionGuessesMessage(r.lockedSeconds), r.lockedSeconds);
      const fields: FieldMsgs = {};
      for (const [k, m] of Object.entries(r.fields)) {
        if (k === 'current') fields['current_password'] = m;
        else if (k === 'new_password') fields['new_password'] = m;
      }
      throw new ValidationError(fields);
    },
  )
  .route(
    {
      method: 'get',
      path: '/tokens',
      operationId: 'listApiTokens',
      tags,
      summary: 'Your personal API tokens (never their values)',
      access: sessionOnly,
      responses: { 200: { description: 'Your tokens, the newest first.', schema: z.object({ tokens: z.array(ApiToken) }) } },
    },
    async (c, _input, reply) => {
      const tokens = await listApiTokens(c.var.deps.db, c.var.staff.id);
      return reply(200, { tokens: tokens.map(tokenJson) });
    },
  )
  .route(
    {
      method: 'post',
      path: '/tokens',
      operationId: 'createApiToken',
      tags,
      summary: 'Create a personal API token (its value is answered once)',
      description: 'Scopes are limited to what your roles allow. Use it as `Authorization: Bearer plt_…`.',
      access: sessionOnly,
      request: {
        body: {
          json: z
            .object({
              name: checkedBy({ type: 'string', maxLength: TOKEN_NAME_MAX, description: 'what the token is for' }),
              scopes: checkedBy({ type: 'array', items: { enum: [...SCOPES] }, minItems: 1, description: 'scopes your roles allow' }),
              expires_in_days: checkedBy({ type: 'integer', minimum: 1, maximum: TOKEN_MAX_DAYS, description: 'days until the token expires' }),
            })
            .meta({ required: ['name', 'scopes', 'expires_in_days'] }),
        },
      },
      responses: {
        201: {
          description: 'Created.',
          schema: z.object({ ...ApiToken.shape, token: z.string().meta({ description: 'the value: shown only now' }) }),
        },
      },
    },
    async (c, input, reply) => {
      const me = c.var.staff;
      const body = await input.body();
      const checked = checkTokenInput({ name: body.name, scopes: body.scopes, days: body.expires_in_days }, scopesForRoles(me.roles));
      if (!checked.ok) {
        const fields = { ...checked.fields };
        if (fields['days']) {
          fields['expires_in_days'] = fields['days'];
          delete fields['days'];
        }
        throw new ValidationError(fields);
      }
      const created = await createApiToken(c.var.deps.db, me.id, checked, c.var.deps.clock.now());
      await auditFromContext(c, {
        event: 'token.created',
        target: `token:${created.view.id}`,
        detail: { name: checked.name, scopes: checked.scopes, days: checked.days },
      });
      noStore(c);
      return reply(201, { token: created.token, ...tokenJson(created.view) });
    },
  )
  .route(
    {
      method: 'delete',
      path: '/tokens/{id}',
      operationId: 'revokeApiToken',
      tags,
      summary: 'Revoke one of your tokens',
      access: sessionOnly,
      request: { params: z.object({ id: z.string().meta({ description: 'The token id (an integer).' }) }) },
      responses: { 204: { description: 'Revoked.' } },
      errors: ['not_found'],
    },
    async (c, { params }) => {
      const me = c.var.staff;
      const id = Number(params.id);
      const revoked = Number.isSafeInteger(id) ? await revokeApiToken(c.var.deps.db, me.id, id, c.var.deps.clock.now()) : null;
      if (!revoked) throw new NotFoundError({ id: 'Token aktif tidak ditemukan.', en: 'No such active token.' });
      await auditFromContext(c, { event: 'token.revoked', target: `token:${revoked.id}`, detail: { name: revoked.name } });
      return c.body(null, 204);
    },
  );
