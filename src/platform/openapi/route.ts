// The one way an /api/v1 route is declared. A RouteSpec's zod schemas both check the request
// (path parameters, query, headers, body) and document it; its response schemas type what the
// handler may answer. The OpenAPI document (./document.ts) is generated from the same specs, so
// the document cannot drift from the code, and the contract test (tests/harness/contract.ts)
// checks every response the integration suite produces against it.
//
// Why our own small helper rather than @hono/zod-openapi: zod 4 already emits JSON Schema 2020-12
// (which OpenAPI 3.1 uses as is) with `z.toJSONSchema`, so generating the document needs no second
// schema library in the Worker bundle (whose size issue 14 caps); routers stay plain Hono apps
// mounted like every other module; and input is read through our one JSON and multipart reader
// and refused in our one error vocabulary (src/platform/http/error-codes.ts), which a generic
// validator hook would have to be taught route by route.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as z from 'zod';
import type { Role, Scope } from '../../domain/auth/roles';
import { requireStaff } from '../auth/guard';
import type { AppEnv, StaffContext } from '../http/context';
import type { ErrorCode } from '../http/error-codes';
import { ValidationError } from '../http/errors';
import { readMultipart } from '../http/form';
import { readJsonObject } from '../http/json-body';
import { zodFieldErrors } from '../http/zod-errors';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface HeaderSpec {
  description: string;
  schema: z.ZodType;
}

export interface ResponseSpec {
  description: string;
  /** the JSON body; omit for a body that is not JSON (give `contentType`) or for no body (204) */
  schema?: z.ZodType;
  /** a body that is not JSON: its media type(s), e.g. those a file download can have */
  contentType?: string | readonly string[];
  headers?: Readonly<Record<string, HeaderSpec>>;
}

/** Who may call: anyone, or signed-in staff (session or Bearer token) with these roles and scope. */
export type Access =
  | { kind: 'public' }
  | {
      kind: 'staff';
      roles?: readonly Role[];
      scope?: Scope;
      sessionOnly?: boolean;
      allowPendingPasswordChange?: boolean;
    };

export type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export type BodySpec = { json: z.ZodType; description?: string } | { multipart: ObjectSchema; description?: string };

export interface RequestSpec {
  params?: ObjectSchema;
  query?: ObjectSchema;
  /** header names as documented (e.g. 'Idempotency-Key'); read case-insensitively */
  headers?: ObjectSchema;
  body?: BodySpec;
}

export interface RouteSpec {
  method: Method;
  /** relative to /api/v1, OpenAPI style: '/track/{tracking_code}' */
  path: string;
  operationId: string;
  tags: readonly string[];
  summary: string;
  description?: string;
  access: Access;
  request?: RequestSpec;
  responses: Readonly<Record<number, ResponseSpec>>;
  /**
   * Error codes this operation answers besides those that follow from the spec itself (input
   * validation, body reading, sign-in, roles and scope, CSRF); each code's status comes from the
   * one vocabulary (src/platform/http/error-codes.ts).
   */
  errors?: readonly ErrorCode[];
  /** middleware that runs after the access check and before the input is read (e.g. a rate limit) */
  before?: readonly MiddlewareHandler<AppEnv>[];
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;
type BodyOut<B> = B extends { json: infer J } ? Out<J> : B extends { multipart: infer M } ? Out<M> : undefined;
type Req<S extends RouteSpec> = NonNullable<S['request']>;

export interface RouteInput<S extends RouteSpec> {
  params: Out<Req<S>['params']>;
  query: Out<Req<S>['query']>;
  headers: Out<Req<S>['headers']>;
  /**
   * Reads and checks the body. A function, not a value, so that a handler first checks who may
   * act on the resource: another unit learns nothing from validation messages.
   */
  body: () => Promise<BodyOut<Req<S>['body']>>;
}

type JsonStatuses<S extends RouteSpec> = {
  [K in keyof S['responses'] & number]: S['responses'][K]['schema'] extends z.ZodType ? K : never;
}[keyof S['responses'] & number];

/** Answers with a documented status; the body is typed by that status's schema. */
export type Reply<S extends RouteSpec> = <K extends JsonStatuses<S>>(
  status: K,
  body: z.input<NonNullable<S['responses'][K]['schema']>>,
) => Response;

/** Staff routes get the guarded context (c.var.staff is set); public ones the plain one. */
export type RouteContext<S extends RouteSpec> = S['access'] extends { kind: 'staff' } ? StaffContext : Context<AppEnv>;

export type RouteHandler<S extends RouteSpec> = (
  c: RouteContext<S>,
  input: RouteInput<S>,
  reply: Reply<S>,
) => Response | Promise<Response>;

/** '/track/{tracking_code}' → '/track/:tracking_code' */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

function parseWith(schema: z.ZodType, value: unknown): unknown {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(zodFieldErrors(r.error));
  return r.data;
}

function readHeaders(c: Context<AppEnv>, schema: ObjectSchema): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema.shape)) out[name] = c.req.header(name);
  return out;
}

/** Optional, nullable and defaulted wrappers taken off: is the field a list? */
function isList(schema: z.ZodType): boolean {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodArray;
}

async function readBody(c: Context<AppEnv>, spec: BodySpec | undefined): Promise<unknown> {
  if (!spec) return undefined;
  // every JSON body is an object: an array or a bare value is malformed_json like unreadable JSON
  if ('json' in spec) return parseWith(spec.json, await readJsonObject(c));
  const sent = await readMultipart(c);
  const shape = spec.multipart.shape;
  const fields = Object.fromEntries(
    Object.entries(sent).map(([k, v]) => [k, shape[k] && isList(shape[k] as z.ZodType) ? v : v[0]]),
  );
  return parseWith(spec.multipart, fields);
}

/** The query's parameters; an empty one (`?status=`, as a GET form sends an empty field) is absent. */
function sentQuery(c: Context<AppEnv>): Record<string, string> {
  return Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
}

/** Checks path, query and headers against the spec (422 with one message per field). */
function readInput<S extends RouteSpec>(c: Context<AppEnv>, spec: S): RouteInput<S> {
  const req = spec.request ?? {};
  return {
    params: req.params ? parseWith(req.params, c.req.param()) : undefined,
    query: req.query ? parseWith(req.query, sentQuery(c)) : undefined,
    headers: req.headers ? parseWith(req.headers, readHeaders(c, req.headers)) : undefined,
    body: () => readBody(c, req.body),
  } as RouteInput<S>;
}

function accessGuard(access: Access): MiddlewareHandler<AppEnv>[] {
  if (access.kind === 'public') return [];
  const { roles, scope, sessionOnly, allowPendingPasswordChange } = access;
  const guard = requireStaff({
    ...(roles ? { roles } : {}),
    ...(scope ? { scope } : {}),
    ...(sessionOnly ? { sessionOnly } : {}),
    ...(allowPendingPasswordChange ? { allowPendingPasswordChange } : {}),
  });
  return [guard as unknown as MiddlewareHandler<AppEnv>];
}

/** A module's JSON API: its Hono router (paths relative to /api/v1) and the specs it serves. */
export class ApiRoutes {
  readonly router = new Hono<AppEnv>();
  readonly operations: RouteSpec[] = [];

  route<const S extends RouteSpec>(spec: S, handler: RouteHandler<S>): this {
    this.operations.push(spec);
    const run: MiddlewareHandler<AppEnv> = async (c) => {
      const reply = ((status: number, body: unknown) => c.json(body as object, status as 200)) as Reply<S>;
      return handler(c as unknown as RouteContext<S>, readInput(c, spec), reply);
    };
    this.router.on([spec.method.toUpperCase()], [honoPath(spec.path)], ...accessGuard(spec.access), ...(spec.before ?? []), run);
    return this;
  }
}
