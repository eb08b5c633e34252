// Issue 14, finding 4 (session 20): the API's submissions hashed what they were sent — the
// complaint's body, the permit application and every document — on every request, for the one
// use of comparing a retry with its Idempotency-Key. Without a key there is nothing to compare:
// nothing is hashed. With one, a retry still gets its first answer and another body its 409.
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { services, units } from '../../src/db/schema';
import type { FormField } from '../../src/domain/catalogue/service';
import type { Harness } from '../harness/types';
import { API_BODY, PDF_BYTES } from '../helpers/complaints';

let h: Harness;
const DESIGN: FormField[] = [{ name: 'desain', label: { id: 'Gambar desain', en: 'Design drawing' }, type: 'file', required: true, max: 1 }];
beforeAll(async () => {
  h = await makeHarness();
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  await h.deps.db.insert(services).values({ kind: 'permit', code: 'reklame-hash', nameId: 'Izin Reklame (uji)', nameEn: 'Advertising permit (test)', unitId: u!.id, slaDays: 10, firstResponseDays: 1, formFields: JSON.stringify(DESIGN) });
});
afterAll(async () => h.close());
afterEach(() => vi.restoreAllMocks());

/** The texts and sizes of what SHA-256 digests while `send` runs. */
async function digestedDuring(send: () => Promise<Response>) {
  const seen: { text: string; bytes: number }[] = [];
  const digest = crypto.subtle.digest.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) => {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array((data as ArrayBufferView).buffer, (data as ArrayBufferView).byteOffset, (data as ArrayBufferView).byteLength);
    seen.push({ text: new TextDecoder().decode(bytes), bytes: bytes.length });
    return digest(algorithm, data);
  });
  const res = await send();
  vi.restoreAllMocks();
  return { res, seen };
}

const complaint = (address: string, body: unknown, key?: string) =>
  h.request('/api/v1/complaints', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address, ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  });

function permit(address: string, key?: string) {
  const fd = new FormData();
  fd.append('application', JSON.stringify({ service_code: 'reklame-hash', applicant_name: 'PT Sinar Solo', contact_email: 'hash@contoh.id', answers: {} }));
  fd.append('documents', new File([PDF_BYTES as BlobPart], 'desain.pdf', { type: 'application/pdf' }));
  fd.append('document_fields', 'desain');
  return h.request('/api/v1/permits', { method: 'POST', body: fd, headers: { 'X-Forwarded-For': address, ...(key ? { 'Idempotency-Key': key } : {}) } });
}

describe(`what an API submission hashes on ${RUNTIME}`, () => {
  it('14.4 a complaint without an Idempotency-Key is not hashed: its body is digested only to compare a retry', async () => {
    const without = await digestedDuring(() => complaint('198.51.100.60', API_BODY));
    expect(without.res.status).toBe(201);
    expect(without.seen.filter((d) => d.text.includes(API_BODY.title))).toEqual([]);
    // with a key the body is hashed, and a retry gets its first answer back, another body a 409
    const withKey = await digestedDuring(() => complaint('198.51.100.61', API_BODY, 'hash-test-key-1'));
    expect(withKey.res.status).toBe(201);
    expect(withKey.seen.filter((d) => d.text.includes(API_BODY.title))).toHaveLength(1);
    const first = (await withKey.res.json()) as { tracking_code: string };
    const retry = await complaint('198.51.100.61', API_BODY, 'hash-test-key-1');
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(((await retry.json()) as { tracking_code: string }).tracking_code).toBe(first.tracking_code);
    expect((await complaint('198.51.100.61', { ...API_BODY, title: 'Jalan berlubang di Pasar Kliwon' }, 'hash-test-key-1')).status).toBe(409);
  });

  it('14.4 a permit application without an Idempotency-Key does not hash its documents', async () => {
    const without = await digestedDuring(() => permit('198.51.100.62'));
    expect(without.res.status).toBe(201);
    // the document once, for the checksum its attachment keeps; the application not at all
    expect(without.seen.filter((d) => d.bytes === PDF_BYTES.length)).toHaveLength(1);
    expect(without.seen.filter((d) => d.text.includes('PT Sinar Solo'))).toEqual([]);
    const withKey = await digestedDuring(() => permit('198.51.100.63', 'hash-test-key-2'));
    expect(withKey.res.status).toBe(201);
    expect(withKey.seen.filter((d) => d.bytes === PDF_BYTES.length)).toHaveLength(2);
    expect(withKey.seen.filter((d) => d.text.includes('PT Sinar Solo'))).toHaveLength(1);
    expect((await permit('198.51.100.63', 'hash-test-key-2')).headers.get('Idempotent-Replayed')).toBe('true');
  });
});
