// A form body that cannot be parsed is a 400 with a clear message, never a 500, wherever it is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../harness/types';
import { visitor } from '../helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const BROKEN = '--xyz\r\nContent-Disposition: form-data; name="message"\r\n\r\nhalo';

describe(`malformed form bodies on ${RUNTIME}`, () => {
  for (const type of ['multipart/form-data', 'multipart/form-data; boundary=xyz']) {
    it(`an HTML form post with "${type}" gets a 400 page`, async () => {
      const v = await visitor(h);
      const res = await h.request('/lacak/ADU-0000-0000-0000/informasi', {
        method: 'POST',
        headers: { Cookie: v.cookie, 'X-CSRF-Token': v.csrf, 'Content-Type': type },
        body: BROKEN,
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Isi formulir tidak dapat dibaca');
    });

    it(`an API upload with "${type}" gets a 400 JSON error`, async () => {
      const res = await h.request('/api/v1/track/ADU-0000-0000-0000/attachments', {
        method: 'POST',
        headers: { 'X-Access-Key': 'x', 'Content-Type': type },
        body: BROKEN,
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string; message_en: string } };
      expect(body.error.code).toBe('malformed_form');
      expect(body.error.message_en).toContain('could not be read');
    });
  }
});
