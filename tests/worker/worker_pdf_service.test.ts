// The PDF Worker (src/worker-pdf.ts) and the production portal's way to it, the PDF binding
// (issue 14.6: pdf-lib out of the bundle every request starts). The suite's D1 harness draws
// every receipt and permit through the same binding (vitest.config.ts binds the PDF Worker).
import { env } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import worker from '../../src/worker-pdf';
import { encodePdfJob, noPdfDrawer, pdfServiceDrawer } from '../../src/modules/documents/jobs';
import { MisconfiguredError } from '../../src/platform/http/errors';
import { RECEIPT_JOB } from '../helpers/pdf-jobs';

const job = RECEIPT_JOB;

const post = (body: string, headers: Record<string, string> = {}) =>
  worker.fetch(new Request('https://pdf.pelita.internal/draw', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }));

describe('the PDF Worker', () => {
  it('14.6 draws a receipt job as a PDF', async () => {
    const res = await post(encodePdfJob(job));
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(Number(res.headers.get('Content-Length'))).toBe(bytes.byteLength);
  });

  it('14.6 refuses what is not a job: another method, unreadable JSON, an unknown kind, a body far too big', async () => {
    expect((await worker.fetch(new Request('https://pdf.pelita.internal/draw'))).status).toBe(405);
    expect((await post('{')).status).toBe(400);
    expect((await post('{"kind":"invoice"}')).status).toBe(400);
    expect((await post('{}', { 'Content-Length': String(10 * 1024 * 1024) })).status).toBe(413);
  });
});

describe("the portal's way to it", () => {
  it('14.6 through the PDF binding the portal gets the PDF the Worker drew', async () => {
    const bytes = await pdfServiceDrawer(env.PDF)(job);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('14.6 without the binding a PDF is a 503 (misconfigured) and the log says what to deploy', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(noPdfDrawer(job)).rejects.toBeInstanceOf(MisconfiguredError);
    expect(log.mock.calls.flat().join(' ')).toContain('wrangler.pdf.toml');
    log.mockRestore();
  });
});
