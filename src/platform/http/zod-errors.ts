// zod issues → one bilingual message per field path (e.g. "contact.email"), the shape of
// ValidationError.fields: the API answers them under `error.fields`, a form shows each next to
// its input. A schema gives its own bilingual message with `{ error: zodMsg(…) }`.
import type * as z from 'zod';
import type { Msg } from '../i18n/lang';

const MARK = '{"id":';

/** A bilingual message for a zod check: `z.string().regex(re, { error: zodMsg({ id, en }) })`. */
export function zodMsg(m: Msg): string {
  return JSON.stringify({ id: m.id, en: m.en });
}

/** The first problem of each field, by its path ('body' when the body as a whole is wrong). */
export function zodFieldErrors(error: z.ZodError): Record<string, Msg> {
  const fields: Record<string, Msg> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'body';
    if (fields[path]) continue;
    fields[path] = issueMessage(issue);
  }
  return fields;
}

function ownMessage(message: string): Msg | null {
  if (!message.startsWith(MARK)) return null;
  try {
    const m = JSON.parse(message) as Partial<Msg>;
    return typeof m.id === 'string' && typeof m.en === 'string' ? { id: m.id, en: m.en } : null;
  } catch {
    return null;
  }
}

function issueMessage(issue: z.core.$ZodIssue): Msg {
  const own = ownMessage(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { id: 'Wajib diisi.', en: 'Required.' }
        : { id: `Tipe tidak sesuai (seharusnya ${issue.expected}).`, en: `Wrong type (expected ${issue.expected}).` };
    case 'unrecognized_keys':
      return { id: `Kolom tidak dikenal: ${issue.keys.join(', ')}.`, en: `Unknown fields: ${issue.keys.join(', ')}.` };
    case 'invalid_value':
      return {
        id: `Nilai tidak sah; pilihan: ${issue.values.map(String).join(', ')}.`,
        en: `Invalid value; allowed: ${issue.values.map(String).join(', ')}.`,
      };
    case 'too_small':
      return issue.origin === 'string'
        ? { id: `Minimal ${String(issue.minimum)} karakter.`, en: `At least ${String(issue.minimum)} characters.` }
        : issue.origin === 'array'
          ? { id: `Minimal ${String(issue.minimum)} butir.`, en: `At least ${String(issue.minimum)} items.` }
          : { id: `Paling kecil ${String(issue.minimum)}.`, en: `At least ${String(issue.minimum)}.` };
    case 'too_big':
      return issue.origin === 'string'
        ? { id: `Paling banyak ${String(issue.maximum)} karakter.`, en: `At most ${String(issue.maximum)} characters.` }
        : issue.origin === 'array'
          ? { id: `Paling banyak ${String(issue.maximum)} butir.`, en: `At most ${String(issue.maximum)} items.` }
          : { id: `Paling besar ${String(issue.maximum)}.`, en: `At most ${String(issue.maximum)}.` };
    case 'invalid_format':
      return { id: `Format tidak sah (${issue.format}).`, en: `Invalid format (${issue.format}).` };
    default:
      return { id: 'Nilai tidak sah.', en: 'Invalid value.' };
  }
}
