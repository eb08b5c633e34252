// Shared set-up for the complaint and tracking tests (not a test file itself).
import { eq } from 'drizzle-orm';
import { cases } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { asBrowserForm } from './forms';
import { visitor } from './session';

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

/** A real 1×1 PNG. */
export const PNG_BYTES = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
);
/** A small but well-formed PDF. */
export const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** The start of a Windows executable. */
export const EXE_BYTES = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);

export interface FileSpec {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

export function validFields(over: Record<string, string> = {}): Record<string, string> {
  return {
    service_code: 'jalan-rusak',
    title: 'Lubang besar di Jalan Slamet Riyadi',
    description: 'Ada lubang sedalam 20 cm di depan toko nomor 123 yang membahayakan pengendara motor, terutama malam hari.',
    address: 'Jl. Slamet Riyadi No. 123, RT 02/RW 05',
    kelurahan: 'laweyan-sriwedari',
    latitude: '',
    longitude: '',
    incident_date: '2026-02-27',
    privacy: 'anonim',
    contact_name: 'Budi Santoso',
    contact_email: 'budi@contoh.id',
    contact_phone: '0812 3456 7890',
    form_token: `tok-${crypto.randomUUID()}`,
    ...over,
  };
}

/**
 * Follows a sent form's 303 to its result page (/pengaduan/terkirim/{code}, /izin/terkirim/{code})
 * the way the browser does, with the receipt cookie the POST gave; any other answer as it is.
 */
export async function followReceipt(h: Harness, res: Response, cookie: string): Promise<Response> {
  const to = res.headers.get('Location') ?? '';
  if (res.status !== 303 || !/^\/(pengaduan|izin)\/terkirim\//.test(to)) return res;
  return h.request(to, { headers: { Cookie: `${cookie}; ${cookieFrom(res)}` } });
}

/** POSTs the complaint form as multipart with files, like a browser, and follows it to the result page. */
export async function submitComplaint(
  h: Harness,
  fields: Record<string, string | undefined>,
  files: FileSpec[] = [],
  who?: { cookie: string; csrf: string },
): Promise<Response> {
  const v = who ?? (await visitor(h));
  return followReceipt(h, await postComplaint(h, fields, files, v), v.cookie);
}

/** POSTs the complaint form as multipart with files, like a browser: the POST's own answer. */
export async function postComplaint(
  h: Harness,
  fields: Record<string, string | undefined>,
  files: FileSpec[] = [],
  who?: { cookie: string; csrf: string },
): Promise<Response> {
  const v = who ?? (await visitor(h));
  const fd = new FormData();
  fd.append('_csrf', v.csrf);
  for (const [k, val] of Object.entries(fields)) if (val !== undefined) fd.append(k, val);
  for (const f of files) fd.append('files', new File([f.bytes as BlobPart], f.name, { type: f.type ?? 'application/octet-stream' }));
  const { body, headers } = await asBrowserForm(fd);
  return h.request('/pengaduan/baru', { method: 'POST', body, headers: { ...headers, Cookie: v.cookie } });
}

/** Reads tracking code and access key out of the confirmation page. */
export function confirmation(html: string): { code: string; key: string } {
  const code = /data-tracking-code="?[^>]*>([A-Z0-9-]+)</.exec(html)?.[1];
  const key = /<code[^>]*\sdata-access-key[^>]*>([^<]+)</.exec(html)?.[1];
  if (!code || !key) throw new Error('no confirmation in page');
  return { code, key };
}

export const API_BODY = {
  service_code: 'jalan-rusak',
  title: 'Jalan berlubang di Jebres',
  description: 'Lubang besar di tengah jalan dekat pasar, sudah dua minggu tidak diperbaiki dan sering menyebabkan kecelakaan.',
  address: 'Jl. Kolonel Sutarto dekat Pasar Jebres',
  kelurahan: 'jebres-jebres',
  privacy: 'anonim' as const,
  contact: { email: 'warga@contoh.id' },
};

/** Creates a complaint through the public API; returns its code, key and id. */
export async function createViaApi(
  h: Harness,
  body: Record<string, unknown> = API_BODY,
): Promise<{ code: string; key: string; id: string }> {
  const res = await h.request('/api/v1/complaints', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create failed ${res.status}: ${await res.text()}`);
  const j = (await res.json()) as { tracking_code: string; access_key: string };
  const [row] = await h.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, j.tracking_code));
  return { code: j.tracking_code, key: j.access_key, id: row!.id };
}

/** Moves a case directly in the database (test set-up for states staff would reach). */
export async function patchCase(h: Harness, id: string, set: Partial<typeof cases.$inferInsert>) {
  await h.deps.db.update(cases).set(set).where(eq(cases.id, id));
}

export async function caseRow(h: Harness, id: string) {
  const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, id));
  return row!;
}

export function trackApi(h: Harness, code: string, path = '', init: { key?: string; json?: unknown; method?: string } = {}) {
  return h.request(`/api/v1/track/${code}${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.key !== undefined ? { 'X-Access-Key': init.key } : {}),
      ...(init.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
}

/** The cookie pair of a Set-Cookie header (name=value), for the next request. */
export function cookieFrom(res: Response): string {
  const raw = res.headers.get('Set-Cookie') ?? '';
  return raw
    .split(/,(?=\s*[^;,]+=)/)
    .map((part) => part.split(';')[0]!.trim())
    .filter((p) => p.includes('='))
    .join('; ');
}

/**
 * Opens the private view like a browser does with the private link: the page's script POSTs the
 * key from the fragment to /lacak/{code}/kunci, which answers with the case's cookie.
 */
export async function openPrivate(h: Harness, code: string, key: string): Promise<{ cookie: string; res: Response }> {
  const v = await visitor(h);
  const exchange = await h.request(`/lacak/${code}/kunci`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie },
    body: new URLSearchParams({ _csrf: v.csrf, kunci: key }),
    redirect: 'manual',
  });
  if (exchange.status !== 303) throw new Error(`key exchange answered ${exchange.status}`);
  const cookie = `${cookieFrom(exchange)}; ${v.cookie}`;
  const res = await h.request(`/lacak/${code}`, { headers: { Cookie: cookie } });
  return { cookie, res };
}
