// Input checks for the sign-in, password and token forms and their JSON twins: each returns
// either clean values or one message per field (ValidationError).
import { PASSWORD_MAX_LENGTH } from '../../domain/auth/password-rules';
import { SCOPES, type Scope } from '../../domain/auth/roles';
import { USERNAME_MAX } from './sign-in';
import { TOKEN_MAX_DAYS, TOKEN_NAME_MAX } from '../../domain/auth/tokens';
import { characterProblem, charLength } from '../../domain/text/input-text';
import type { Msg } from '../../platform/i18n/lang';

export type FieldMsgs = Record<string, Msg>;

const required = (id: string, en: string): Msg => ({ id: `${id} wajib diisi.`, en: `${en} is required.` });
const mustBeText = (id: string, en: string): Msg => ({ id: `${id} harus berupa teks.`, en: `${en} must be a string.` });

export function checkSignInInput(raw: { username: unknown; password: unknown }):
  | { ok: true; username: string; password: string }
  | { ok: false; fields: FieldMsgs } {
  const fields: FieldMsgs = {};
  const { username, password } = raw;
  if (username === undefined || username === null || (typeof username === 'string' && username.trim() === ''))
    fields['username'] = required('NIP atau e-mail', 'NIP or e-mail');
  else if (typeof username !== 'string') fields['username'] = mustBeText('NIP atau e-mail', 'NIP or e-mail');
  else if (username.length > USERNAME_MAX)
    fields['username'] = {
      id: `NIP atau e-mail paling panjang ${USERNAME_MAX} karakter.`,
      en: `NIP or e-mail may have at most ${USERNAME_MAX} characters.`,
    };
  if (password === undefined || password === null || password === '') fields['password'] = required('Kata sandi', 'Password');
  else if (typeof password !== 'string') fields['password'] = mustBeText('Kata sandi', 'Password');
  else if (password.length > PASSWORD_MAX_LENGTH)
    fields['password'] = {
      id: `Kata sandi paling panjang ${PASSWORD_MAX_LENGTH} karakter.`,
      en: `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
    };
  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, username: username as string, password: password as string };
}

export function checkTokenInput(
  raw: { name: unknown; scopes: unknown; days: unknown },
  allowed: readonly Scope[],
): { ok: true; name: string; scopes: Scope[]; days: number } | { ok: false; fields: FieldMsgs } {
  const fields: FieldMsgs = {};
  const name = typeof raw.name === 'string' ? raw.name.trim() : raw.name;
  if (name === undefined || name === null || name === '') fields['name'] = required('Nama token', 'Token name');
  else if (typeof name !== 'string') fields['name'] = mustBeText('Nama token', 'Token name');
  else if (characterProblem(name)) fields['name'] = characterProblem(name, { id: 'Nama token', en: 'The token name' })!;
  else if (charLength(name) > TOKEN_NAME_MAX)
    fields['name'] = { id: `Nama token paling panjang ${TOKEN_NAME_MAX} karakter.`, en: `Token name may have at most ${TOKEN_NAME_MAX} characters.` };

  const list = raw.scopes === undefined || raw.scopes === null ? [] : Array.isArray(raw.scopes) ? raw.scopes : [raw.scopes];
  const scopes: Scope[] = [];
  for (const s of list) {
    if (typeof s !== 'string' || !(SCOPES as readonly string[]).includes(s)) {
      fields['scopes'] = { id: `Cakupan tidak dikenal: ${String(s).slice(0, 40)}.`, en: `Unknown scope: ${String(s).slice(0, 40)}.` };
      break;
    }
    if (!allowed.includes(s as Scope)) {
      fields['scopes'] = { id: `Peran Anda tidak mengizinkan cakupan "${s}".`, en: `Your roles do not allow the "${s}" scope.` };
      break;
    }
    if (!scopes.includes(s as Scope)) scopes.push(s as Scope);
  }
  if (!fields['scopes'] && scopes.length === 0)
    fields['scopes'] = { id: 'Pilih setidaknya satu cakupan.', en: 'Choose at least one scope.' };

  const daysRaw = typeof raw.days === 'string' ? raw.days.trim() : raw.days;
  const days = typeof daysRaw === 'number' ? daysRaw : typeof daysRaw === 'string' && /^\d{1,4}$/.test(daysRaw) ? Number(daysRaw) : NaN;
  if (daysRaw === undefined || daysRaw === null || daysRaw === '') fields['days'] = required('Masa berlaku', 'Validity');
  else if (!Number.isInteger(days) || days < 1 || days > TOKEN_MAX_DAYS)
    fields['days'] = {
      id: `Masa berlaku harus bilangan bulat 1–${TOKEN_MAX_DAYS} hari.`,
      en: `Validity must be a whole number of days from 1 to ${TOKEN_MAX_DAYS}.`,
    };
  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, name: name as string, scopes, days };
}
