// Issue 8.3: links in e-mail, QR codes and API answers come from PUBLIC_BASE_URL, never from the
// request's Host header (which the client chooses). The start-up rules (required in production,
// the listening address in development) are tested in src/platform/runtime/deps.test.ts,
// src/node/server.test.ts and tests/worker/worker_config.test.ts.
import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { readOutboxMessage } from '../../src/modules/cases/mail';
import { outbox } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { visitor } from '../helpers/session';
import { API_BODY } from '../helpers/complaints';

const PUBLIC = 'https://pelita.kota.example';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness({ config: { baseUrl: PUBLIC } });
});
afterAll(async () => h.close());

describe(`8.3 public links on ${RUNTIME}`, () => {
  it('8.3 the tracking link in the API answer and in the e-mail use PUBLIC_BASE_URL whatever the Host header says', async () => {
    const res = await h.request('http://attacker.example/api/v1/complaints', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Host: 'attacker.example', 'X-Forwarded-Host': 'attacker.example' },
      body: JSON.stringify(API_BODY),
    });
    expect(res.status).toBe(201);
    const j = (await res.json()) as { tracking_code: string; tracking_url: string };
    expect(j.tracking_url).toBe(`${PUBLIC}/lacak/${j.tracking_code}`);
    const [mail] = await h.deps.db.select().from(outbox).orderBy(desc(outbox.id)).limit(1);
    const body = (await readOutboxMessage(h.deps.config.secret, mail!)).body;
    expect(body).toContain(`${PUBLIC}/lacak/${j.tracking_code}#kunci=`);
    expect(body).not.toContain('attacker.example');
  });

  it('8.3 the OpenAPI document names PUBLIC_BASE_URL as its server', async () => {
    const res = await h.request('http://attacker.example/api/v1/openapi.json', { headers: { Host: 'attacker.example' } });
    const doc = (await res.json()) as { servers: { url: string }[] };
    expect(doc.servers).toEqual([{ url: `${PUBLIC}/api/v1` }]);
  });

  it('8.3 behind a TLS proxy, a same-site form post whose Origin is the public https address is accepted', async () => {
    // nginx speaks plain http to the app, so the app sees http://…; the browser says https://
    const v = await visitor(h);
    const post = (origin: string) =>
      h.request('http://pelita.kota.example/lacak', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: v.cookie, Origin: origin },
        body: new URLSearchParams({ _csrf: v.csrf, kode: 'ADU-0000-0000-0000', kunci: 'x' }),
        redirect: 'manual',
      });
    expect((await post(PUBLIC)).status).not.toBe(403);
    expect((await post('https://attacker.example')).status).toBe(403);
  });
});
