// Issue 8, finding 12: the access key travelled in query strings (?kunci=), so it sat in server
// and proxy logs and in the browser history, and API clients could fetch attachments only by
// putting the key in the URL. Now the private link carries it in the fragment, a POST with CSRF
// exchanges it for the case's short-lived HttpOnly cookie, and the API takes X-Access-Key on every
// route, attachments included.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { readOutboxMessage } from '../../src/modules/cases/mail';
import { cases, outbox } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { visitor } from '../helpers/session';
import { API_BODY, confirmation, cookieFrom, createViaApi, openPrivate, PNG_BYTES, submitComplaint, trackApi, validFields } from '../helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** true when the key (base64url: nothing to encode) appears inside a URL query: after ? or &, before any #. */
function keyInQuery(text: string, key: string): boolean {
  return new RegExp(`[?&][^\\s"'<>#]*${key.replace(/-/g, '\\-')}`).test(text);
}

function exchange(code: string, body: Record<string, string>, cookie: string) {
  return h.request(`/lacak/${code}/kunci`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
    body: new URLSearchParams(body),
    redirect: 'manual',
  });
}

async function withCitizenFile(): Promise<{ code: string; key: string; fileId: string }> {
  const { code, key } = await createViaApi(h);
  const fd = new FormData();
  fd.append('files', new File([PNG_BYTES as BlobPart], 'bukti.png', { type: 'image/png' }));
  const up = await h.request(`/api/v1/track/${code}/attachments`, { method: 'POST', body: fd, headers: { 'X-Access-Key': key } });
  expect(up.status).toBe(201);
  const j = (await up.json()) as { attachments: { id: string }[] };
  return { code, key, fileId: j.attachments[0]!.id };
}

describe(`8.12 the access key stays out of URLs on ${RUNTIME}`, () => {
  it('8.12 the confirmation page and the confirmation mail link to /lacak/CODE#kunci=KEY, never ?kunci=', async () => {
    const res = await submitComplaint(h, validFields());
    const html = await res.text();
    const { code, key } = confirmation(html);
    expect(html).toContain(`/lacak/${code}#kunci=${key}`);
    expect(html).not.toContain('?kunci=');
    expect(keyInQuery(html, key)).toBe(false);

    const [row] = await h.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, code));
    const [mail] = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, row!.id));
    const body = (await readOutboxMessage(h.deps.config.secret, mail!)).body;
    expect(body).toContain(`http://localhost/lacak/${code}#kunci=${key}`);
    expect(body).not.toContain('?kunci=');
  });

  it('8.12 the exchange endpoint sets the case\'s short-lived HttpOnly cookie, and refuses a POST without CSRF', async () => {
    const { code, key } = await createViaApi(h);
    const v = await visitor(h);

    const forged = await exchange(code, { kunci: key }, v.cookie);
    expect(forged.status).toBe(403);
    expect(forged.headers.get('Set-Cookie') ?? '').not.toContain('pelita_kunci_');

    const ok = await exchange(code, { _csrf: v.csrf, kunci: key }, v.cookie);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('Location')).toBe(`/lacak/${code}`);
    expect(ok.headers.get('Referrer-Policy')).toBe('no-referrer');
    const setCookie = ok.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`__Host-pelita_kunci_${code.replace(/-/g, '')}=`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Max-Age=1800/i);

    const page = await h.request(`/lacak/${code}`, { headers: { Cookie: `${cookieFrom(ok)}; ${v.cookie}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Riwayat dan balasan');
  });

  it('8.12 the public page offers a POST form for the key (works without JavaScript) and loads the page\'s own script', async () => {
    const { code } = await createViaApi(h);
    const html = await (await h.request(`/lacak/${code}`)).text();
    expect(html).toMatch(new RegExp(`<form method="post" action="/lacak/${code}/kunci"[^>]*data-key-exchange`));
    expect(html).toMatch(/<input type="password"[^>]*name="kunci"/);
    // the script by its fingerprinted name (issue 14.5), with no nonce: the page is kept for every
    // visitor (issue 14.4, perf_tracking_page_kept), and CSP 'self' allows our own files
    expect(html).toMatch(/<script src="\/assets\/v\/tracking\.[0-9a-f]{8}\.js" defer=""><\/script>/);
  });

  it('8.12 an old ?kunci= link opens nothing by GET: no cookie, and the key moves out of the query into the fragment', async () => {
    const { code, key } = await createViaApi(h);
    const res = await h.request(`/lacak/${code}?kunci=${encodeURIComponent(key)}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe(`/lacak/${code}#kunci=${key}`);
    expect(res.headers.get('Set-Cookie') ?? '').not.toContain('pelita_kunci_');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('Cache-Control')).toContain('no-store');
  });

  it('8.12 attachments through the API: the url in the JSON takes X-Access-Key; without it, or with ?kunci=, 404', async () => {
    const { code, key, fileId } = await withCitizenFile();
    const view = (await (await trackApi(h, code, '', { key })).json()) as { attachments: { id: string; url: string }[] };
    const url = view.attachments.find((a) => a.id === fileId)!.url;
    expect(url).toBe(`http://localhost/api/v1/track/${code}/attachments/${fileId}`);
    const path = new URL(url).pathname;

    const dl = await h.request(path, { headers: { 'X-Access-Key': key } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('Content-Type')).toBe('image/png');
    expect(dl.headers.get('Content-Disposition')).toMatch(/^attachment; filename="bukti\.png"/);
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(PNG_BYTES);

    expect((await h.request(path)).status).toBe(404);
    expect((await h.request(path, { headers: { 'X-Access-Key': 'salah' } })).status).toBe(404);
    expect((await h.request(`${path}?kunci=${key}`)).status).toBe(404);
    // the page's download no longer reads the key from the URL either: only the case's cookie
    expect((await h.request(`/lacak/${code}/lampiran/${fileId}?kunci=${key}`)).status).toBe(404);
    const { cookie } = await openPrivate(h, code, key);
    expect((await h.request(`/lacak/${code}/lampiran/${fileId}`, { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('8.12 no response body or Location header puts the key in a URL query', async () => {
    const seen: string[] = [];
    const keep = async (res: Response) => {
      seen.push(`${res.headers.get('Location') ?? ''}\n${await res.clone().text()}`);
      return res;
    };
    const formHtml = await (await keep(await submitComplaint(h, validFields({ contact_email: 'sari@contoh.id' })))).text();
    const fromForm = confirmation(formHtml);
    const api = await keep(await h.request('/api/v1/complaints', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(API_BODY) }));
    const fromApi = (await api.json()) as { tracking_code: string; access_key: string };

    for (const { code, key } of [fromForm, { code: fromApi.tracking_code, key: fromApi.access_key }]) {
      const v = await visitor(h);
      const ex = await keep(await exchange(code, { _csrf: v.csrf, kunci: key }, v.cookie));
      const cookie = `${cookieFrom(ex)}; ${v.cookie}`;
      await keep(await h.request(`/lacak/${code}`, { headers: { Cookie: cookie } }));
      await keep(await h.request(`/lacak/${code}`));
      await keep(await h.request(`/lacak/${code}?kunci=${key}`, { redirect: 'manual' }));
      await keep(await trackApi(h, code, '', { key }));
      await keep(
        await h.request('/lacak', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie },
          body: new URLSearchParams({ _csrf: v.csrf, kode: code, kunci: key }),
        }),
      );
      for (const text of seen) expect(keyInQuery(text, key)).toBe(false);
    }
    expect(seen.length).toBeGreaterThan(10);
  });
});
