// The PDF Worker (wrangler.pdf.toml): draws the portal's PDF files for the production Worker,
// which reaches it through a service binding only (it has no route and no workers.dev address).
// Kept apart so that pdf-lib and its fonts are not in the bundle every request starts (issue
// 14.6); see src/modules/documents/jobs.ts.
import { decodePdfJob } from './modules/documents/jobs';
import { drawPdf } from './modules/documents/draw';

/** A job is a few kilobytes of facts; anything far bigger is not one of ours. */
const MAX_JOB_BYTES = 256 * 1024;

export async function drawPdfRequest(request: Request): Promise<Response> {
  if (request.method !== 'POST') return new Response('POST a PDF job', { status: 405, headers: { Allow: 'POST' } });
  const length = Number(request.headers.get('Content-Length') ?? '0');
  if (length > MAX_JOB_BYTES) return new Response('job too large', { status: 413 });
  const text = await request.text();
  const job = text.length <= MAX_JOB_BYTES ? decodePdfJob(text) : null;
  if (!job) return new Response('not a PDF job', { status: 400 });
  const bytes = await drawPdf(job);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': 'application/pdf', 'Content-Length': String(bytes.byteLength) } });
}

export default { fetch: drawPdfRequest } satisfies ExportedHandler;
