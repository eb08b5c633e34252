import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../harness/types';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

describe(`foundation pages on ${RUNTIME}`, () => {
  it('home renders in Indonesian by default with landmarks and our own htmx', async () => {
    const res = await h.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="id"');
    expect(html).toContain('<main id="konten"');
    expect(html).toContain('<nav aria-label="Navigasi utama"');
    // the home page is kept for every visitor (page-cache.ts): our own files, no nonce (CSP 'self')
    expect(html).toMatch(/<script src="\/vendor\/htmx-4\.0\.1\.min\.js" defer=""><\/script>/);
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);
    expect(html).toContain('Persetujuan Bangunan Gedung');
  });

  it('switches to English by Accept-Language and by the visible switch', async () => {
    const en = await h.request('/layanan', { headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
    expect(await en.text()).toContain('Service catalogue');

    const sw = await h.request('/bahasa/en?kembali=%2Flayanan');
    expect(sw.status).toBe(303);
    expect(sw.headers.get('Location')).toBe('/layanan');
    const cookie = sw.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/__Host-pelita_lang=en/);
    const page = await h.request('/layanan', { headers: { Cookie: '__Host-pelita_lang=en' } });
    const html = await page.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('Bahasa Indonesia');
  });

  it('the language switch never redirects off-site', async () => {
    for (const evil of ['https://evil.example', '//evil.example', '/\\evil.example']) {
      const res = await h.request(`/bahasa/id?kembali=${encodeURIComponent(evil)}`);
      expect(res.headers.get('Location')).toBe('/');
    }
  });

  it('catalogue lists complaints and permits from the database', async () => {
    const html = await (await h.request('/layanan')).text();
    expect(html).toContain('Katalog layanan');
    expect(html).toContain('href="/layanan/pbg"');
    expect(html).toContain('Kategori pengaduan');
  });

  it('a service page shows requirements, SLA, fee and responsible unit', async () => {
    const res = await h.request('/layanan/pbg');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Persyaratan');
    expect(html).toContain('hari kerja');
    expect(html).toContain('Biaya');
    expect(html).toContain('Unit penanggung jawab');
  });

  it('an unknown service is a friendly 404 page', async () => {
    const res = await h.request('/layanan/tidak-ada');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Layanan tidak ditemukan');
    expect(html).toContain('<html lang="id"');
  });

  it('unknown pages are 404 HTML, unknown API paths are 404 JSON', async () => {
    const page = await h.request('/tidak/ada');
    expect(page.status).toBe(404);
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    const api = await h.request('/api/v1/tidak-ada');
    expect(api.status).toBe(404);
    const body = (await api.json()) as { error: { code: string; message: string; message_en: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toBeTruthy();
    expect(body.error.message_en).toBeTruthy();
  });

  it('healthz reports the database', async () => {
    const res = await h.request('/healthz');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: { status: string; migrations: number } };
    expect(body.status).toBe('ok');
    expect(body.database.status).toBe('ok');
    expect(body.database.migrations).toBeGreaterThan(0);
  });

  it('sends strict security headers with a per-request CSP nonce', async () => {
    // a page rendered for its request (a form page); kept pages carry none: perf_page_cache.test.tsx
    const a = await h.request('/pengaduan/baru');
    const b = await h.request('/pengaduan/baru');
    const csp = a.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toBe(b.headers.get('Content-Security-Policy'));
    expect(a.headers.get('Strict-Transport-Security')).toContain('max-age=31536000');
    expect(a.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(a.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('an htmx request gets the fragment, not the whole page', async () => {
    const res = await h.request('/layanan', { headers: { 'HX-Request': 'true', 'HX-Request-Type': 'partial' } });
    const html = await res.text();
    expect(html).toContain('Katalog layanan');
    expect(html).not.toContain('<html');
  });
});
