// Indonesian first, English second. Text lives next to the markup that shows it, as a pair;
// these helpers choose which half a reader sees.
import { JAKARTA_TIME_ZONE, jakartaMidnight } from '../../domain/time/jakarta';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** A sentence in both languages. */
export interface Msg {
  id: string;
  en: string;
}

export const msg = (id: string, en: string): Msg => ({ id, en });

export function pick(m: Msg, lang: Lang): string {
  return lang === 'en' ? m.en : m.id;
}

/** `const t = translator(lang); t('Layanan', 'Services')` */
export function translator(lang: Lang) {
  return (id: string, en: string) => (lang === 'en' ? en : id);
}
export type T = ReturnType<typeof translator>;

export function isLang(x: unknown): x is Lang {
  return x === 'id' || x === 'en';
}

/** Chooses a language: explicit cookie, then Accept-Language (q-weighted), then Indonesian. */
export function negotiateLang(cookieValue: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(cookieValue)) return cookieValue;
  if (!acceptLanguage) return 'id';
  const prefs = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((p) => p.tag)
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) {
    const base = p.tag.split('-')[0];
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return 'id';
}

const dateFmt = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: JAKARTA_TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: JAKARTA_TIME_ZONE }),
};
const dayFmt = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: JAKARTA_TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: JAKARTA_TIME_ZONE }),
};

/** Instants are shown in Asia/Jakarta (WIB) whatever the server's zone. */
export function formatDateTime(d: Date, lang: Lang): string {
  return `${dateFmt[lang].format(d)} WIB`;
}
export function formatDate(d: Date, lang: Lang): string {
  return dayFmt[lang].format(d);
}
/** A Jakarta calendar date stored as 'YYYY-MM-DD' (a holiday, an incident date), written out. */
export function formatLocalDate(date: string, lang: Lang): string {
  return formatDate(jakartaMidnight(date), lang);
}
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Working time (a duration, sign ignored) as "2 hari 3 jam" / "2 days 3 hours"; minutes only under an hour. */
export function formatWorking(ms: number, lang: Lang): string {
  const t = translator(lang);
  const abs = Math.abs(ms);
  const d = Math.floor(abs / DAY_MS);
  const h = Math.floor((abs % DAY_MS) / HOUR_MS);
  const m = Math.floor((abs % HOUR_MS) / 60_000);
  const parts: string[] = [];
  if (d) parts.push(t(`${d} hari`, `${d} day${d === 1 ? '' : 's'}`));
  if (h) parts.push(t(`${h} jam`, `${h} hour${h === 1 ? '' : 's'}`));
  if (!d && !h) parts.push(t(`${m} menit`, `${m} minute${m === 1 ? '' : 's'}`));
  return parts.join(' ');
}

export function formatRupiah(amount: number, lang: Lang): string {
  if (amount === 0) return lang === 'en' ? 'Free' : 'Gratis';
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
}
