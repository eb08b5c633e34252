// The API contract, checked on every response the integration suite gets from /api/v1 (both
// runtimes): the answer must be one the generated OpenAPI document describes. The operation is
// found by method and path template, then the response object for the status (an undocumented
// status fails), then the content type, and a JSON body is validated against that schema with
// @cfworker/json-schema (no eval, so it runs inside workerd too). A path no operation has must be
// the generic 404, a method its path does not take the generic 405.
import { dereference, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { OpenApiDocument } from '../../src/platform/openapi/document';

const API_PREFIX = '/api/v1';

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  /** literal segments, to prefer /tokens/{id} over a catch-all when both match */
  literals: number;
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

export class ContractError extends Error {
  constructor(message: string) {
    super(`API contract: ${message}`);
    this.name = 'ContractError';
  }
}

function compile(template: string): { pattern: RegExp; literals: number } {
  const parts = template.split('/').filter(Boolean);
  const source = parts.map((p) => (/^\{[^}]+\}$/.test(p) ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return { pattern: new RegExp(`^/${source}$`), literals: parts.filter((p) => !p.startsWith('{')).length };
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function describeErrors(errors: readonly OutputUnit[]): string {
  return errors
    .filter((e) => e.keyword !== 'properties' && e.keyword !== 'allOf' && e.keyword !== 'items' && e.keyword !== '$ref')
    .slice(0, 8)
    .map((e) => `${e.instanceLocation}: ${e.error}`)
    .join('; ');
}

export interface ApiContract {
  /** Throws a ContractError when the response is not one the document describes for this request. */
  check(method: string, url: string, status: number, contentType: string | null, body: string): void;
  /** The same for a real response (read from a clone), which it hands back when it passes. */
  checked(method: string, url: string, res: Response): Promise<Response>;
}

export function apiContract(document: OpenApiDocument): ApiContract {
  // one copy of the whole document, so that every $ref (#/components/…) resolves inside it
  const root = JSON.parse(JSON.stringify(document)) as Json & { paths: Record<string, Record<string, Json>>; components: { schemas: Json } };
  const lookup = dereference(root as unknown as Schema);
  const errorSchema = root.components.schemas['Error'] as Schema;

  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(root.paths)) {
    for (const [method, op] of Object.entries(item)) {
      operations.push({ method: method.toUpperCase(), template, ...compile(template), responses: op['responses'] as Operation['responses'] });
    }
  }

  const matchPath = (path: string) =>
    operations.filter((o) => o.pattern.test(path)).sort((a, b) => b.literals - a.literals);

  function validateJson(where: string, schema: Schema, text: string) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ContractError(`${where}: the body is not JSON: ${text.slice(0, 200)}`);
    }
    const r = validate(value, schema, '2020-12', lookup, false);
    if (!r.valid) throw new ContractError(`${where}: the body does not match its schema: ${describeErrors(r.errors)}\nbody: ${text.slice(0, 600)}`);
  }

  function genericError(where: string, status: number, code: string, contentType: string | null, body: string) {
    if (mediaType(contentType) !== 'application/json') throw new ContractError(`${where}: expected a JSON error, got ${contentType}`);
    validateJson(where, errorSchema, body);
    const got = (JSON.parse(body) as { error: { code: string } }).error.code;
    if (got !== code) throw new ContractError(`${where}: a ${status} here must be ${code}, not ${got}`);
  }

  const check: ApiContract['check'] = (method, url, status, contentType, body) => {
    const path = new URL(url, 'http://localhost').pathname;
    if (path !== API_PREFIX && !path.startsWith(`${API_PREFIX}/`)) return;
    const rel = path.slice(API_PREFIX.length) || '/';
    // Hono answers HEAD with the GET route, minus the body
    const asked = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
    const where = `${method.toUpperCase()} ${path} → ${status}`;
    const candidates = matchPath(rel);
    if (candidates.length === 0) {
      if (status !== 404) throw new ContractError(`${where}: no operation has this path, so the answer must be 404`);
      return genericError(where, status, 'not_found', contentType, body);
    }
    const op = candidates.find((o) => o.method === asked);
    if (!op) {
      if (status !== 405) throw new ContractError(`${where}: no operation takes ${asked} here (${candidates.map((o) => o.method).join(', ')}), so the answer must be 405`);
      return genericError(where, status, 'method_not_allowed', contentType, body);
    }
    const documented = op.responses[String(status)];
    const opName = `${op.method} ${op.template}`;
    if (!documented)
      throw new ContractError(
        `${where}: status ${status} is not documented for ${opName} (documented: ${Object.keys(op.responses).join(', ')})\nbody: ${body.slice(0, 600)}`,
      );
    const content = documented.content;
    if (!content) {
      if (body.length > 0) throw new ContractError(`${where}: ${opName} documents no body for ${status}, but one was sent`);
      return;
    }
    const type = mediaType(contentType);
    const media = content[type];
    if (!media) throw new ContractError(`${where}: content type ${type || '(none)'} is not documented (documented: ${Object.keys(content).join(', ')})`);
    if (type === 'application/json' && media.schema && method.toUpperCase() !== 'HEAD') validateJson(`${where} (${opName})`, media.schema as Schema, body);
  };

  return {
    check,
    async checked(method, url, res) {
      const type = mediaType(res.headers.get('Content-Type'));
      // a file download is checked by its type only; its bytes are the file's
      const body = type === 'application/json' || type.startsWith('text/') || !res.body ? await res.clone().text() : '';
      check(method, url, res.status, res.headers.get('Content-Type'), body);
      return res;
    },
  };
}
