// The one reader of JSON request bodies, used by every JSON endpoint. A body is read as JSON only
// when it says it is JSON: a text/plain or urlencoded POST is what a cross-site HTML form can
// send without a CORS preflight, so taking those as JSON would let any web page create
// complaints in a visitor's name. Anything else is a precise 4xx, never a 500.
import type { AppContext } from './context';
import { AppError, BadRequestError } from './errors';

/** JSON bodies are small (the largest, a complaint, is a few KB); more is refused unread. */
export const MAX_JSON_BYTES = 64 * 1024;

/** application/json and application/*+json (RFC 6839), with or without parameters. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9!#$&^_.-]+\+json$/.test(type);
}

const unsupported = () =>
  new AppError('unsupported_media_type', {
    id: 'Kirim isi permintaan sebagai JSON (Content-Type: application/json).',
    en: 'Send the request body as JSON (Content-Type: application/json).',
  });

const tooLarge = () =>
  new AppError('payload_too_large', { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' });

const malformed = (m = { id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' }) =>
  new BadRequestError(m, 'malformed_json');

/** Reads a JSON body: 415 when not declared JSON (or not declared at all), 413 when huge, 400 when unreadable. */
export async function readJson(c: AppContext): Promise<unknown> {
  if (!isJsonMediaType(c.req.header('Content-Type'))) throw unsupported();
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  const text = await c.req.text();
  if (text.length > MAX_JSON_BYTES) throw tooLarge();
  if (!text.trim()) throw malformed({ id: 'Isi permintaan kosong; kirim JSON.', en: 'The request body is empty; send JSON.' });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformed();
  }
}

/** Reads a JSON body that must be an object ({…}); an array or a bare value is a 400. */
export async function readJsonObject(c: AppContext): Promise<Record<string, unknown>> {
  const value = await readJson(c);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw malformed({ id: 'Isi permintaan harus berupa objek JSON.', en: 'The request body must be a JSON object.' });
  return value as Record<string, unknown>;
}
