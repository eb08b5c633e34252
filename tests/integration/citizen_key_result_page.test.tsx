// Issue 13, item 2: the one-time access key was easy to lose. The confirmation rendered at the
// POST address, so the language switch opened an empty form, Back asked to send the form again,
// and there was no copy, download or print. Now the POST answers 303 to a result page that shows
// the key again for 30 minutes in the browser that sent it (the key sealed in the case, opened
// with the form token held in that browser's signed HttpOnly cookie), with a receipt to save.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { confirmation, cookieFrom, postComplaint, validFields } from '../helpers/complaints';
import { pdfText } from '../helpers/permits';
import { visitor } from '../helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

/** Sends a complaint like a browser; returns the POST's answer and the browser's cookies after it. */
async function send(fields = validFields()) {
  const v = await visitor(h);
  const post = await postComplaint(h, fields, [], v);
  return { post, cookie: `${v.cookie}; ${cookieFrom(post)}`, location: post.headers.get('Location') ?? '' };
}

describe(`13.2 the access key survives reload and the language switch on ${RUNTIME}`, () => {
  it('13.2 a sent complaint answers 303 to its result page, so Back and reload never send it again', async () => {
    const { post, location } = await send();
    expect(post.status).toBe(303);
    expect(location).toMatch(/^\/pengaduan\/terkirim\/ADU-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await post.text()).not.toMatch(/data-access-key/);
    const setCookie = post.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(/__Host-pelita_terkirim_ADU-[^=]+=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Max-Age=1800/);
  });

  it('13.2 the result page shows the key on reload and after the language switch, never cached', async () => {
    const { cookie, location } = await send();
    const first = await h.request(location, { headers: { Cookie: cookie } });
    expect(first.status).toBe(200);
    expect(first.headers.get('Cache-Control')).toContain('no-store');
    expect(first.headers.get('Referrer-Policy')).toBe('no-referrer');
    const a = confirmation(await first.text());

    const reload = await h.request(location, { headers: { Cookie: cookie } });
    expect(confirmation(await reload.text())).toEqual(a);

    const sw = await h.request(`/bahasa/en?kembali=${encodeURIComponent(location)}`, { headers: { Cookie: cookie } });
    expect(sw.headers.get('Location')).toBe(location);
    const en = await (await h.request(location, { headers: { Cookie: `${cookie}; __Host-pelita_lang=en` } })).text();
    expect(confirmation(en)).toEqual(a);
    expect(en).toContain('Complaint sent');
    expect(en).toContain('e-mailed only if you gave an e-mail address');
    expect(en).toContain('data-copy="#kunci-akses"');
    expect(en).toContain('tanda-terima.pdf');
  });

  it('13.2 the key is sealed at rest and the cookie does not carry it', async () => {
    const { cookie, location } = await send();
    const { code, key } = confirmation(await (await h.request(location, { headers: { Cookie: cookie } })).text());
    expect(cookie).not.toContain(key);
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, code));
    expect(JSON.stringify(row)).not.toContain(key);
  });

  it('13.2 another browser, a forged cookie or another case’s cookie sees no key, only where to find it', async () => {
    const mine = await send();
    const other = await send();
    const code = mine.location.split('/').pop()!;
    const noCookie = await (await h.request(mine.location)).text();
    expect(noCookie).not.toMatch(/data-access-key/);
    expect(noCookie).toContain('data-receipt-gone');
    expect(noCookie).toContain('e-mail konfirmasi');

    const value = /__Host-pelita_terkirim_[^=]+=([^;]+)/.exec(mine.cookie)![1]!;
    const [token, expires] = value.split('.');
    const longer = `${token}.${Number(expires) + 86_400_000}.${value.split('.')[2]}`;
    const forged = await (await h.request(mine.location, { headers: { Cookie: `__Host-pelita_terkirim_${code}=${longer}` } })).text();
    expect(forged).not.toMatch(/data-access-key/);

    const otherValue = /__Host-pelita_terkirim_[^=]+=([^;]+)/.exec(other.cookie)![1]!;
    const swapped = await (await h.request(mine.location, { headers: { Cookie: `__Host-pelita_terkirim_${code}=${otherValue}` } })).text();
    expect(swapped).not.toMatch(/data-access-key/);
    expect((await h.request(`${mine.location}/tanda-terima.txt`)).status).toBe(404);
    expect((await h.request('/pengaduan/terkirim/bukan-kode')).status).toBe(404);
  });

  it('13.2 after 30 minutes the page says the key was shown and that the mail has it', async () => {
    const { cookie, location } = await send();
    h.clock.advance(29 * 60_000);
    expect(await (await h.request(location, { headers: { Cookie: cookie } })).text()).toMatch(/data-access-key/);
    h.clock.advance(2 * 60_000);
    const late = await h.request(location, { headers: { Cookie: cookie } });
    expect(late.status).toBe(200);
    const html = await late.text();
    expect(html).not.toMatch(/data-access-key/);
    expect(html).toContain('Kunci akses sudah ditampilkan');
    expect((await h.request(`${location}/tanda-terima.pdf`, { headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('13.2 the receipt to save, as text and as PDF, holds the code, the key, the link, the service and the deadlines', async () => {
    const { cookie, location } = await send();
    const { code, key } = confirmation(await (await h.request(location, { headers: { Cookie: cookie } })).text());

    const txt = await h.request(`${location}/tanda-terima.txt`, { headers: { Cookie: cookie } });
    expect(txt.status).toBe(200);
    expect(txt.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(txt.headers.get('Content-Disposition')).toContain(`tanda-terima-${code}.txt`);
    expect(txt.headers.get('Cache-Control')).toContain('no-store');
    const text = await txt.text();
    for (const s of [code, key, `http://localhost/lacak/${code}#kunci=${key}`, 'Jalan Rusak', 'Tanggapan pertama paling lambat', 'Target penyelesaian', 'WIB'])
      expect(text).toContain(s);

    const pdf = await h.request(`${location}/tanda-terima.pdf`, { headers: { Cookie: cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    const drawn = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(drawn).toContain(code);
    expect(drawn).toContain(key);
  });

  it('13.2 sending the same form again lands on the same result page, saying nothing new was made', async () => {
    const v = await visitor(h);
    const fields = validFields();
    const first = await postComplaint(h, fields, [], v);
    const again = await postComplaint(h, fields, [], v);
    expect(again.status).toBe(303);
    expect(again.headers.get('Location')).toBe(`${first.headers.get('Location')}?ulang=1`);
    const html = await (await h.request(again.headers.get('Location')!, { headers: { Cookie: `${v.cookie}; ${cookieFrom(again)}` } })).text();
    expect(html).toContain('tidak ada pengaduan ganda');
  });
});
