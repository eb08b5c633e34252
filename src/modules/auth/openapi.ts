// OpenAPI 3.1 path items for the staff authentication endpoints, relative to the /api/v1
// server; spread into the main document's `paths` (src/api/openapi-document.ts). They use
// that document's `Error` schema and `bearer` / `session` security schemes.
const err = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (schema: Record<string, unknown>) => ({ 'application/json': { schema } });
const str = { type: 'string' };
const unit = { type: 'object', properties: { id: { type: 'integer' }, code: str, name: str } };
const staffBrief = {
  type: 'object',
  required: ['id', 'name', 'unit', 'roles'],
  properties: { id: { type: 'integer' }, name: str, unit, roles: { type: 'array', items: str } },
};
const staffFull = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: str,
    nip: str,
    email: str,
    unit,
    roles: { type: 'array', items: str },
    must_change_password: { type: 'boolean' },
  },
};
const scopes = { type: 'array', items: { type: 'string', enum: ['cases:read', 'cases:write', 'training:read', 'training:write', 'admin'] } };
const token = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: str,
    prefix: { type: 'string', description: 'first characters, for telling tokens apart' },
    scopes,
    created_at: { type: 'string', format: 'date-time' },
    expires_at: { type: 'string', format: 'date-time' },
    last_used_at: { type: ['string', 'null'], format: 'date-time' },
    revoked_at: { type: ['string', 'null'], format: 'date-time' },
  },
};
const sessionOnly = [{ session: [] }];

export const authOpenApiPaths = {
  '/auth/login': {
    post: {
      tags: ['auth'],
      summary: 'Sign in with NIP or e-mail and password (sets the session cookie)',
      description:
        'For browser-like clients. Later cookie calls must send X-CSRF-Token with `csrf_token`. Wrong password and unknown user get the same 401. An account takes 10 wrong passwords per rolling hour from unknown clients (NIP and e-mail count together); after that, and after 20 failures an hour from one address (then a growing wait), the answer is 429 with Retry-After. A browser that signed in before (its device cookie) is not held back by either. Send Content-Type: application/json.',
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['username', 'password'],
          properties: { username: { type: 'string', maxLength: 254, description: 'NIP (18 digits) or e-mail' }, password: { type: 'string', maxLength: 128 } },
        }),
      },
      responses: {
        '200': {
          description: 'Signed in',
          content: json({
            type: 'object',
            properties: { staff: staffBrief, must_change_password: { type: 'boolean' }, csrf_token: str },
          }),
        },
        '400': err('Body is not a JSON object'),
        '401': err('Wrong NIP/e-mail or password (code invalid_credentials)'),
        '415': err('Content-Type is not JSON'),
        '422': err('Missing, non-string or over-long fields'),
        '429': err('Too many failures; see Retry-After'),
      },
    },
  },
  '/auth/logout': {
    post: {
      tags: ['auth'],
      summary: 'End the current session',
      security: sessionOnly,
      responses: { '204': { description: 'Signed out (also when there was no session)' }, '403': err('Missing X-CSRF-Token') },
    },
  },
  '/me': {
    get: {
      tags: ['auth'],
      summary: 'Who is calling, how (session or token) and with which scopes',
      security: [{ bearer: [] }, { session: [] }],
      responses: {
        '200': {
          description: 'The signed-in staff member',
          content: json({ type: 'object', properties: { staff: staffFull, via: { type: 'string', enum: ['session', 'token'] }, scopes } }),
        },
        '401': err('Not signed in (unauthenticated), session ended (session_expired) or bad token (invalid_token)'),
      },
    },
  },
  '/me/password': {
    post: {
      tags: ['auth'],
      summary: 'Change your own password (ends all sessions, returns a new one)',
      security: sessionOnly,
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['current_password', 'new_password'],
          properties: { current_password: str, new_password: { type: 'string', minLength: 12, maxLength: 128 } },
        }),
      },
      responses: {
        '200': { description: 'Changed', content: json({ type: 'object', properties: { staff: staffFull, csrf_token: str } }) },
        '422': err('Wrong current password, or the new one is too short, common or personal'),
        '429': err('Too many wrong current passwords in this session (5 per hour); see Retry-After'),
      },
    },
  },
  '/tokens': {
    get: {
      tags: ['auth'],
      summary: 'Your personal API tokens (never the token values)',
      security: sessionOnly,
      responses: { '200': { description: 'Tokens', content: json({ type: 'object', properties: { tokens: { type: 'array', items: token } } }) } },
    },
    post: {
      tags: ['auth'],
      summary: 'Create a personal API token (the value is returned once)',
      description: 'Scopes are limited to what your roles allow. Use it as `Authorization: Bearer plt_…`.',
      security: sessionOnly,
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['name', 'scopes', 'expires_in_days'],
          properties: { name: { type: 'string', maxLength: 80 }, scopes, expires_in_days: { type: 'integer', minimum: 1, maximum: 365 } },
        }),
      },
      responses: {
        '201': { description: 'Created', content: json({ allOf: [token, { type: 'object', properties: { token: str } }] }) },
        '403': err('Called with a token instead of a session (session_required)'),
        '422': err('Invalid name, scopes or expiry'),
      },
    },
  },
  '/tokens/{id}': {
    delete: {
      tags: ['auth'],
      summary: 'Revoke one of your tokens',
      security: sessionOnly,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: { '204': { description: 'Revoked' }, '404': err('No such active token of yours') },
    },
  },
} as const;
