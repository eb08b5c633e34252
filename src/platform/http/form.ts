// The one way a handler reads a submitted HTML form (urlencoded or multipart). The request gate
// has already refused what is too big or unreadable (request-gate.ts), so reading here cannot
// fail; what a handler gets is a small accessor instead of Hono's loosely typed record.
import type { AppContext } from './context';
import { AppError } from './errors';

type Raw = Record<string, string | File | (string | File)[]>;

/** The CSRF field travels with every form but is the middleware's business, never a handler's. */
const CSRF_FIELD = '_csrf';

export class FormInput {
  constructor(private readonly raw: Raw) {}

  private list(name: string): (string | File)[] {
    const v = this.raw[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  }

  /** The first text value of a field exactly as typed ('' when absent): for messages whose layout matters. */
  text(name: string): string {
    const v = this.list(name).find((x): x is string => typeof x === 'string');
    return v ?? '';
  }

  /** The first text value, trimmed ('' when absent). */
  trimmed(name: string): string {
    return this.text(name).trim();
  }

  /** Every text value of a repeated field (checkbox groups, multi-selects), trimmed, blanks dropped. */
  all(name: string): string[] {
    return this.list(name)
      .filter((x): x is string => typeof x === 'string')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** A checkbox: ticked when sent as 1, on or true. */
  checked(name: string): boolean {
    const s = this.trimmed(name);
    return s === '1' || s === 'on' || s === 'true';
  }

  /**
   * The text fields of a family named by a prefix (a quiz's q_<question>, an assessment's
   * a_<statement>), by full name, first value of each.
   */
  startingWith(prefix: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of Object.keys(this.raw)) if (name.startsWith(prefix) && name !== CSRF_FIELD) out[name] = this.text(name);
    return out;
  }

  has(name: string): boolean {
    return this.raw[name] !== undefined;
  }

  /**
   * The files of a file field, without the nameless empty part a browser sends when none was
   * chosen (a named empty file stays, so the file check can say it is empty).
   */
  files(name: string): File[] {
    return this.list(name).filter((x): x is File => typeof x !== 'string' && !(x.size === 0 && !x.name));
  }

  /** Every text field as sent (first value for single fields), without the CSRF token: to show a form back as typed. */
  values(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(this.raw)) {
      if (k === CSRF_FIELD) continue;
      const texts = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
      if (texts.length === 1) out[k] = texts[0]!;
      else if (texts.length > 1) out[k] = texts;
    }
    return out;
  }
}

/** Reads the request's form once; a request without a form body reads as an empty form. */
export async function readForm(c: AppContext): Promise<FormInput> {
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') return new FormInput({});
  return new FormInput((await c.req.parseBody({ all: true })) as Raw);
}

/**
 * Reads a multipart body for the JSON API (files with a few text fields): 415 unless it is
 * multipart/form-data. Each field is a list of what was sent under its name, without the nameless
 * empty part a client sends for "no file"; the route's schema says which fields are single.
 */
export async function readMultipart(c: AppContext): Promise<Record<string, (string | File)[]>> {
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'multipart/form-data')
    throw new AppError('unsupported_media_type', {
      id: 'Kirim isi permintaan sebagai multipart/form-data.',
      en: 'Send the request body as multipart/form-data.',
    });
  const raw = (await c.req.parseBody({ all: true })) as Raw;
  const out: Record<string, (string | File)[]> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === CSRF_FIELD) continue;
    out[k] = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string' || !(x.size === 0 && !x.name));
  }
  return out;
}
