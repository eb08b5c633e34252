import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, caseEvents } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { createViaApi, EXE_BYTES, openPrivate, patchCase, PDF_BYTES, PNG_BYTES, type FileSpec } from '../../../../tests/helpers/complaints';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

async function upload(code: string, key: string, files: FileSpec[]) {
  const { cookie, res } = await openPrivate(h, code, key);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
  const fd = new FormData();
  fd.append('_csrf', csrf);
  fd.append('message', 'Foto tambahan');
  for (const f of files) fd.append('files', new File([f.bytes as BlobPart], f.name, { type: f.type ?? 'application/octet-stream' }));
  return h.request(`/lacak/${code}/lampiran`, { method: 'POST', body: fd, headers: { Cookie: cookie } });
}

describe(`citizen adds files on ${RUNTIME}`, () => {
  it('adds files to an open complaint with an event', async () => {
    const { code, key, id } = await createViaApi(h);
    const res = await upload(code, key, [
      { name: 'a.png', bytes: PNG_BYTES, type: 'image/png' },
      { name: 'b.pdf', bytes: PDF_BYTES, type: 'application/pdf' },
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Berkas tersimpan.');
    expect(html).toContain('a.png');
    const rows = await h.deps.db.select().from(attachments).where(eq(attachments.caseId, id));
    expect(rows).toHaveLength(2);
    const evs = await h.deps.db.select().from(caseEvents).where(eq(caseEvents.caseId, id));
    expect(evs.at(-1)).toMatchObject({ type: 'attachment_added', actorKind: 'citizen', visibility: 'citizen', message: 'Foto tambahan' });
  });

  it('too many, wrong or renamed files are refused next to the field', async () => {
    const { code, key, id } = await createViaApi(h);
    let res = await upload(code, key, Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.png`, bytes: PNG_BYTES, type: 'image/png' })));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Paling banyak 5 berkas per kiriman');
    res = await upload(code, key, [{ name: 'photo.jpg', bytes: EXE_BYTES, type: 'image/jpeg' }]);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('bukan JPEG, PNG, WebP, atau PDF');
    res = await upload(code, key, []);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Pilih minimal satu berkas.');
    expect(await h.deps.db.select().from(attachments).where(eq(attachments.caseId, id))).toHaveLength(0);
  });

  it('a closed complaint takes no more files', async () => {
    const { code, key, id } = await createViaApi(h);
    await patchCase(h, id, { status: 'closed', closedAt: h.clock.now() });
    const res = await upload(code, key, [{ name: 'a.png', bytes: PNG_BYTES, type: 'image/png' }]);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('selama pengaduan masih berjalan');
  });
});
