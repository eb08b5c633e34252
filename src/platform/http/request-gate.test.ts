import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { BODY_LIMITS } from './body-limits';
import { bodyLimitFor, routeMethods } from './request-gate';

const KB = 1024;
const MB = 1024 * KB;

describe('8.4 the body limits table', () => {
  const limitFor = bodyLimitFor();

  it('8.4 uploads take five files of 5 MB plus the form, and not much more', () => {
    for (const path of ['/pengaduan/baru', '/lacak/ADU-1/lampiran', '/api/v1/track/ADU-1/attachments', '/staf/kasus/9/aksi']) {
      const rule = limitFor('POST', path);
      expect(rule.takes).toBe('form');
      expect(rule.maxBytes).toBe(25 * MB + 256 * KB);
    }
    expect(limitFor('POST', '/pelatihan/saya/bukti').maxBytes).toBe(5 * MB + 256 * KB);
  });

  it('8.4 long-text forms take 256 KB, the JSON API and every other form 64 KB', () => {
    expect(limitFor('POST', '/admin/layanan/3')).toMatchObject({ takes: 'form', maxBytes: 256 * KB });
    expect(limitFor('POST', '/pelatihan/kelola/kursus/K1/materi')).toMatchObject({ takes: 'form', maxBytes: 256 * KB });
    expect(limitFor('POST', '/api/v1/complaints')).toMatchObject({ takes: 'json', maxBytes: 64 * KB });
    expect(limitFor('DELETE', '/api/v1/tokens/4')).toMatchObject({ takes: 'json', maxBytes: 64 * KB });
    expect(limitFor('POST', '/masuk')).toMatchObject({ takes: 'form', maxBytes: 64 * KB });
    // an upload route's own limit is for POST only
    expect(limitFor('PUT', '/pengaduan/baru').maxBytes).toBe(64 * KB);
  });

  it('8.4 the last row matches every path, so no request goes without a limit', () => {
    expect(BODY_LIMITS.at(-1)!.route).toBe('* /*');
    expect(limitFor('PATCH', '/x/y/z').maxBytes).toBe(64 * KB);
  });
});

describe('8.6 which methods a path takes', () => {
  it('8.6 reads the registered routes, leaving out middleware', () => {
    const app = new Hono()
      .use('*', async (_c, next) => next())
      .get('/layanan/:code', (c) => c.text(''))
      .post('/layanan/:code', (c) => c.text(''))
      .delete('/api/v1/tokens/:id', (c) => c.text(''));
    const methodsAt = routeMethods(app.routes);
    expect(methodsAt('/layanan/IMB').sort()).toEqual(['GET', 'POST']);
    expect(methodsAt('/api/v1/tokens/7')).toEqual(['DELETE']);
    expect(methodsAt('/tidak-ada')).toEqual([]);
    expect(methodsAt('/layanan/IMB/lagi')).toEqual([]);
  });
});
