import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, caseEvents, cases, outbox } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { visitor } from '../../../../tests/helpers/session';
import { confirmation, PNG_BYTES, submitComplaint, validFields } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

describe(`double submit on ${RUNTIME}`, () => {
  it('the same form sent twice (one after the other) creates one complaint and shows the same confirmation', async () => {
    const who = await visitor(h);
    const fields = validFields({ form_token: 'double-click-token-0123456789' });
    const files = [{ name: 'foto.png', bytes: PNG_BYTES, type: 'image/png' }];
    const first = await submitComplaint(h, fields, files, who);
    const second = await submitComplaint(h, fields, files, who);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const a = confirmation(await first.text());
    const html2 = await second.text();
    const b = confirmation(html2);
    expect(b).toEqual(a);
    expect(html2).toContain('tidak ada pengaduan ganda');

    const rows = await h.deps.db.select().from(cases).where(eq(cases.trackingCode, a.code));
    expect(rows).toHaveLength(1);
    const all = await h.deps.db.select({ id: cases.id }).from(cases);
    expect(all).toHaveLength(1);
    const id = rows[0]!.id;
    expect(await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id))).toHaveLength(1);
    expect(await h.deps.db.select().from(attachments).where(eq(attachments.caseId, id))).toHaveLength(1);
    expect(await h.deps.db.select().from(outbox).where(eq(outbox.caseId, id))).toHaveLength(1);
  });

  it('two simultaneous submissions of one form still create one complaint', async () => {
    const fields = validFields({ form_token: 'simultaneous-token-0123456789' });
    const [r1, r2] = await Promise.all([submitComplaint(h, fields), submitComplaint(h, fields)]);
    expect(r1.status).toBe(200);
    expect(r2.status).toBe(200);
    const a = confirmation(await r1.text());
    const b = confirmation(await r2.text());
    expect(b.code).toBe(a.code);
    expect(b.key).toBe(a.key);
    const all = await h.deps.db.select({ id: cases.id }).from(cases);
    expect(all).toHaveLength(2);
  });

  it('a new form (new token) is a new complaint', async () => {
    const a = confirmation(await (await submitComplaint(h, validFields())).text());
    const b = confirmation(await (await submitComplaint(h, validFields())).text());
    expect(a.code).not.toBe(b.code);
  });
});
