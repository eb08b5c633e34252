// Issue 13, item 6: attachments showed as file-name links only. Pictures now show as thumbnails
// on the staff case page and the citizen's tracking page, served through the same access check as
// the download (`…/lampiran/{id}/pratinjau`, never a public address); a PDF stays a link and has
// no thumbnail address.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { attachments, cases } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { confirmation, openPrivate, PDF_BYTES, PNG_BYTES, submitComplaint, validFields } from '../helpers/complaints';
import { signInAs } from '../helpers/session';

let h: Harness;
let caseId = '';
let code = '';
let key = '';
let image = '';
let pdf = '';

beforeAll(async () => {
  h = await makeHarness();
  const res = await submitComplaint(h, validFields({ privacy: 'rahasia' }), [
    { name: 'lubang.png', bytes: PNG_BYTES, type: 'image/png' },
    { name: 'surat.pdf', bytes: PDF_BYTES, type: 'application/pdf' },
  ]);
  ({ code, key } = confirmation(await res.text()));
  const [row] = await h.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, code));
  caseId = row!.id;
  const files = await h.deps.db.select().from(attachments).where(eq(attachments.caseId, caseId));
  image = files.find((f) => f.contentType === 'image/png')!.id;
  pdf = files.find((f) => f.contentType === 'application/pdf')!.id;
});
afterAll(async () => h.close());

describe(`13.6 image attachments show as thumbnails behind the file's access check on ${RUNTIME}`, () => {
  it('13.6 the staff case page shows the photo as a lazy thumbnail and the PDF as a link', async () => {
    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const html = await (await h.request(`/staf/kasus/${caseId}`, { headers: { Cookie: officer.cookie } })).text();
    expect(html).toMatch(new RegExp(`<img class="thumb" src="/staf/kasus/${caseId}/lampiran/${image}/pratinjau" alt="Foto: lubang.png" width="160" height="120" loading="lazy"`));
    expect(html).toContain(`href="/staf/kasus/${caseId}/lampiran/${pdf}"`);
    expect(html).not.toContain(`${pdf}/pratinjau`);
  });

  it('13.6 the staff thumbnail URL: the reader of the case gets the picture inline; another unit, a stranger and a PDF do not', async () => {
    const url = `/staf/kasus/${caseId}/lampiran/${image}/pratinjau`;
    const officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
    const ok = await h.request(url, { headers: { Cookie: officer.cookie } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Type')).toBe('image/png');
    expect(ok.headers.get('Content-Disposition')).toMatch(/^inline;/);
    expect(ok.headers.get('Cache-Control')).toContain('no-store');
    expect(ok.headers.get('Content-Security-Policy')).toContain('sandbox');
    expect(new Uint8Array(await ok.arrayBuffer())).toEqual(PNG_BYTES);

    const otherUnit = await signInAs(h, 'petugas.dlh@demo.pelita.id');
    expect((await h.request(url, { headers: { Cookie: otherUnit.cookie } })).status).toBe(403);
    const anonymous = await h.request(url, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('Location')).toMatch(/^\/masuk/);
    expect((await h.request(`/staf/kasus/${caseId}/lampiran/${pdf}/pratinjau`, { headers: { Cookie: officer.cookie } })).status).toBe(404);
  });

  it('13.6 the citizen thumbnail URL opens with the case cookie only; a confidential case shows nothing without it', async () => {
    const url = `/lacak/${code}/lampiran/${image}/pratinjau`;
    const { cookie, res } = await openPrivate(h, code, key);
    const page = await res.text();
    expect(page).toContain(`src="/lacak/${code}/lampiran/${image}/pratinjau"`);
    expect(page).toContain(`href="/lacak/${code}/lampiran/${pdf}"`);
    const ok = await h.request(url, { headers: { Cookie: cookie } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Type')).toBe('image/png');
    expect((await h.request(url)).status).toBe(404);
    expect((await h.request(`${url}?kunci=${key}`)).status).toBe(404);
    expect((await h.request(`/lacak/${code}/lampiran/${pdf}/pratinjau`, { headers: { Cookie: cookie } })).status).toBe(404);
  });
});
