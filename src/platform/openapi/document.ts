// Builds the OpenAPI 3.1 document from the route specs (./route.ts). Nothing here is written per
// route: parameters, bodies and responses come from the specs' zod schemas through zod's own JSON
// Schema output (draft 2020-12, the dialect of OpenAPI 3.1); error responses come from the error
// codes each operation can answer, grouped by their status (src/platform/http/error-codes.ts).
import * as z from 'zod';
import { ERROR_CODES, type ErrorCode } from '../http/error-codes';
import type { RouteSpec } from './route';

type Json = Record<string, unknown>;
const REF = '#/components/schemas/';

// ---------------------------------------------------------------- shared schemas

// zod's registry cannot be listed, so `shared()` keeps its own list of what it registered
const sharedSchemas = new Map<string, z.ZodType>();

/**
 * A schema used by several operations, documented once under components/schemas and referred to
 * by name: `export const Tracking = shared('Tracking', z.object({…}))`.
 */
export function shared<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  const known = sharedSchemas.get(id);
  if (known && known !== schema) throw new Error(`two API schemas are named ${id}`);
  z.globalRegistry.add(schema, { id, ...(description ? { description } : {}) });
  sharedSchemas.set(id, schema);
  return schema;
}

/** z.int() documents ±(2^53 − 1) as its bounds; that is what every JSON number is, so say nothing. */
function isSafeIntBound(key: string, value: unknown): boolean {
  return (key === 'minimum' || key === 'maximum') && Math.abs(Number(value)) === Number.MAX_SAFE_INTEGER;
}

/**
 * zod → JSON Schema. Responses (`output`) refer to shared schemas as components; requests
 * (`input`) are written out in full, since a component is the output form of its schema.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
  const defs = (out['$defs'] ?? {}) as Record<string, Json>;
  delete out['$schema'];
  delete out['$defs'];
  const walk = (v: unknown, inlining: ReadonlySet<string>): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, inlining));
    if (!v || typeof v !== 'object') return v;
    const o = v as Json;
    const ref = o['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
      const id = ref.slice('#/$defs/'.length);
      const rest = Object.fromEntries(Object.entries(o).filter(([k]) => k !== '$ref'));
      if (io === 'output' && sharedSchemas.has(id)) return { ...walk(rest, inlining) as Json, $ref: REF + id };
      if (inlining.has(id)) throw new Error(`API schema ${id} refers to itself; give it a shared() name`);
      return { ...(walk(defs[id], new Set([...inlining, id])) as Json), ...(walk(rest, inlining) as Json) };
    }
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k, x]) => !isSafeIntBound(k, x))
        .map(([k, x]) => [k, walk(x, inlining)]),
    );
  };
  return walk(out, new Set()) as Json;
}

function componentSchemas(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [id, schema] of [...sharedSchemas].sort((a, b) => a[0].localeCompare(b[0]))) {
    // the component's own body (zod writes a registered root as a $ref to itself)
    const top = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as Json;
    const own = ((top['$defs'] ?? {}) as Record<string, Json>)[id] ?? top;
    const body = refsToComponents(own);
    delete body['$schema'];
    delete body['$defs'];
    out[id] = body;
  }
  return out;
}

/** In a component, every $defs reference is to a shared schema: point it at components. */
function refsToComponents(v: Json): Json {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (!x || typeof x !== 'object') return x;
    const o = x as Json;
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k, y]) => !isSafeIntBound(k, y))
        .map(([k, y]) => [k, k === '$ref' && typeof y === 'string' && y.startsWith('#/$defs/') ? REF + y.slice('#/$defs/'.length) : walk(y)]),
    );
  };
  return walk(v) as Json;
}

// ---------------------------------------------------------------- errors

/** Every error code an operation can answer: from the spec itself, plus its own list. */
export function errorCodesOf(spec: RouteSpec): ErrorCode[] {
  const codes = new Set<ErrorCode>(spec.errors ?? []);
  const req = spec.request ?? {};
  // sessionAuth refuses an unusable Bearer token on every call, before the route is known
  codes.add('invalid_token');
  if (req.params || req.query || req.headers || req.body) codes.add('validation_failed');
  if (req.body) codes.add('payload_too_large');
  if (req.body && 'json' in req.body) {
    codes.add('malformed_json');
    codes.add('unsupported_media_type');
  }
  if (req.body && 'multipart' in req.body) {
    codes.add('malformed_form');
    codes.add('unsupported_media_type');
  }
  // a call that writes and carries the session cookie must prove it comes from our pages
  if (spec.method !== 'get') {
    codes.add('csrf_missing');
    codes.add('csrf_invalid');
    codes.add('csrf_cross_site');
  }
  if (spec.access.kind === 'staff') {
    codes.add('unauthenticated');
    codes.add('session_expired');
    if (!spec.access.allowPendingPasswordChange) codes.add('password_change_required');
    if (spec.access.roles) codes.add('forbidden');
    if (spec.access.scope) codes.add('insufficient_scope');
    if (spec.access.sessionOnly) codes.add('session_required');
  }
  return [...codes].sort();
}

function errorResponses(spec: RouteSpec): Record<string, Json> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(spec)) {
    const status = ERROR_CODES[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, Json> = {};
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    out[String(status)] = {
      description: codes.map((c) => `\`${c}\`: ${ERROR_CODES[c].description}`).join(' '),
      ...(status === 429
        ? { headers: { 'Retry-After': { description: 'Seconds until the limit resets.', schema: { type: 'integer' } } } }
        : {}),
      ...(status === 401
        ? { headers: { 'WWW-Authenticate': { description: 'Bearer realm="pelita"', schema: { type: 'string' } } } }
        : {}),
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: `${REF}Error` },
              { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: codes } } } } },
            ],
          },
        },
      },
    };
  }
  return out;
}

const errorSchema: Json = {
  type: 'object',
  description: 'Every error, whatever the status. `code` is one of the vocabulary below; each operation lists the codes it can answer under each status.',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'message_en'],
      additionalProperties: false,
      properties: {
        code: {
          type: 'string',
          enum: Object.keys(ERROR_CODES).sort(),
          description: Object.entries(ERROR_CODES)
            .map(([code, e]) => `\`${code}\` (${e.status}): ${e.description}`)
            .join('\n'),
        },
        message: { type: 'string', description: 'In Indonesian, for people.' },
        message_en: { type: 'string', description: 'In English, for people.' },
        fields: {
          type: 'object',
          description: 'validation_failed only: one message per field path (e.g. "contact.email", "elements.3", "Idempotency-Key").',
          additionalProperties: {
            type: 'object',
            required: ['message', 'message_en'],
            additionalProperties: false,
            properties: { message: { type: 'string' }, message_en: { type: 'string' } },
          },
        },
        details: {
          type: 'object',
          description:
            'Code-specific facts: stale_version {your_version, current_version, current_status, changes: [case events since]}; too_many_requests {retry_after: seconds}; payload_too_large {max_bytes}; prerequisites_missing {missing: [course codes]}.',
        },
      },
    },
  },
};

// ---------------------------------------------------------------- operations

function parameters(spec: RouteSpec): Json[] {
  const out: Json[] = [];
  const add = (where: 'path' | 'query' | 'header', schema: z.ZodObject<z.ZodRawShape> | undefined) => {
    if (!schema) return;
    const obj = jsonSchema(schema, 'input');
    const props = (obj['properties'] ?? {}) as Record<string, Json>;
    const required = new Set((obj['required'] ?? []) as string[]);
    for (const [name, s] of Object.entries(props)) {
      const { description, ...rest } = s;
      out.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        ...(typeof description === 'string' ? { description } : {}),
        schema: rest,
      });
    }
  };
  add('path', spec.request?.params);
  add('query', spec.request?.query);
  add('header', spec.request?.headers);
  return out;
}

function requestBody(spec: RouteSpec): Json | undefined {
  const b = spec.request?.body;
  if (!b) return undefined;
  const type = 'json' in b ? 'application/json' : 'multipart/form-data';
  const schema = 'json' in b ? b.json : b.multipart;
  return {
    required: true,
    ...(b.description ? { description: b.description } : {}),
    content: { [type]: { schema: jsonSchema(schema, 'input') } },
  };
}

function responses(spec: RouteSpec): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    const headers = r.headers
      ? Object.fromEntries(
          Object.entries(r.headers).map(([name, h]) => [name, { description: h.description, schema: jsonSchema(h.schema, 'output') }]),
        )
      : undefined;
    const content = r.schema
      ? { 'application/json': { schema: jsonSchema(r.schema, 'output') } }
      : r.contentType
        ? Object.fromEntries((typeof r.contentType === 'string' ? [r.contentType] : r.contentType).map((t) => [t, { schema: { type: 'string', contentMediaType: t } }]))
        : undefined;
    out[status] = { description: r.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
  }
  return { ...out, ...errorResponses(spec) };
}

/**
 * Public operations need nothing; staff ones a token or a session, or only a session where a token
 * may not be used. A token's requirement names the scope it needs (OpenAPI 3.1 allows role names
 * for schemes other than OAuth).
 */
function security(spec: RouteSpec): Json[] {
  const a = spec.access;
  if (a.kind === 'public') return [];
  if (a.sessionOnly) return [{ sessionCookie: [] }];
  return [{ bearerAuth: a.scope ? [a.scope] : [] }, { sessionCookie: [] }];
}

function operation(spec: RouteSpec): Json {
  const params = parameters(spec);
  const body = requestBody(spec);
  return {
    operationId: spec.operationId,
    tags: [...spec.tags],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    security: security(spec),
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responses(spec),
  };
}

export interface DocumentInfo {
  /** the public origin, e.g. https://pelita.kota.go.id; the server is its /api/v1 */
  serverUrl: string;
  tags: readonly { name: string; description: string }[];
}

export function openApiDocument(specs: readonly RouteSpec[], info: DocumentInfo) {
  const paths: Record<string, Record<string, Json>> = {};
  const ids = new Set<string>();
  for (const spec of specs) {
    if (ids.has(spec.operationId)) throw new Error(`two API operations are named ${spec.operationId}`);
    ids.add(spec.operationId);
    const item = (paths[spec.path] ??= {});
    if (item[spec.method]) throw new Error(`${spec.method.toUpperCase()} ${spec.path} is declared twice`);
    item[spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.0' as const,
    info: {
      title: 'Pelita API',
      version: '1.0.0',
      summary: 'Public services of the City of Surakarta: complaints, tracking, case handling and ASN training.',
      description: [
        'Errors always have the shape `{error: {code, message, message_en, fields?, details?}}` (schema `Error`): `message` is Indonesian, `message_en` English; `fields` maps a field path to its message; `details` carries code-specific facts. The codes form one vocabulary, listed in the Error schema; every operation lists the codes it can answer under each error status.',
        'Request bodies are JSON (Content-Type application/json or application/*+json, else 415), except file uploads (multipart/form-data). Text lengths count Unicode characters (code points), as minLength/maxLength do; control characters other than tab and line feed are refused (422), and CR LF is stored as LF.',
        'Instants are ISO 8601 in UTC; SLA due instants count working days in Asia/Jakarta (WIB).',
        'Staff calls authenticate with a personal API token (`Authorization: Bearer plt_…`) or a browser session cookie; a session call that writes sends the `X-CSRF-Token` header too.',
      ].join('\n\n'),
      license: { name: 'Proprietary — Pemerintah Kota Surakarta', identifier: 'LicenseRef-Pelita' },
    },
    servers: [{ url: `${info.serverUrl.replace(/\/+$/, '')}/api/v1` }],
    tags: info.tags.map((t) => ({ ...t })),
    paths,
    components: {
      schemas: { Error: errorSchema, ...componentSchemas() },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'A personal API token (Akun → Token API, or POST /tokens), scoped: cases:read, cases:write, training:read, training:write.',
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: '__Host-pelita_session',
          description: 'A browser session (POST /auth/login); calls that write also need the X-CSRF-Token header.',
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
