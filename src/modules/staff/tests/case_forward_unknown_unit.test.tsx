// Forwarding to a unit that does not exist is a 422 on the to_unit field; nothing changes.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { cases } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { insertComplaint } from '../../../../tests/helpers/cases';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';

let h: Harness;
let officer: TestSession;

beforeAll(async () => {
  h = await makeHarness();
});
beforeEach(async () => {
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

describe(`forward to an unknown unit on ${RUNTIME}`, () => {
  it('API: 422 with field to_unit', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const res = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, officer, {
      json: { action: 'forward', version: 1, to_unit: 'DINAS-FIKTIF', message: 'Bukan kewenangan kami.' },
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; fields: Record<string, { message: string; message_en: string }> } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields['to_unit']!.message_en).toContain('Unknown destination unit');
    const [row] = await h.deps.db.select().from(cases).where(eq(cases.id, k.id));
    expect(row!.version).toBe(1);
    expect(row!.status).toBe('submitted');
  });

  it('API: forwarding to the unit that already has the case is refused too', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const res = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, officer, {
      json: { action: 'forward', version: 1, to_unit: 'DPUPR', message: 'x' },
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty('to_unit');
  });

  it('HTML: the form comes back with 422, the error next to the unit field and the reason kept', async () => {
    const k = await insertComplaint(h, { serviceCode: 'jalan-rusak' });
    const res = await postForm(h, `/staf/kasus/${k.id}/aksi`, officer, {
      action: 'forward',
      version: '1',
      to_unit: 'TIDAK-ADA',
      message: 'Mohon ditangani unit terkait.',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="forward-to_unit-error"');
    expect(html).toContain('Unit tujuan &quot;TIDAK-ADA&quot; tidak dikenal');
    expect(html).toContain('Mohon ditangani unit terkait.');
  });
});
