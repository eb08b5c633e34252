// The PDF files the portal draws — a case's receipt (src/modules/cases/receipt-pdf.ts) and an
// issued permit (src/modules/permits/document-pdf.ts) — asked for as jobs, so that the drawing
// can run somewhere else than the request (issue 14.6): pdf-lib with its fonts is 177 KiB of
// the Worker's gzip bundle, used by two pages. The production Worker sends the job through a
// service binding to a Worker of its own (src/worker-pdf.ts, wrangler.pdf.toml); the Node server,
// the demo entry and the tests draw in their own process (draw.ts). The job crosses as JSON: the
// facts are plain values, and their Dates are written as {"$date": ISO} and read back as Dates.
import type { PermitDocument } from '../../domain/permits/document';
import { MisconfiguredError } from '../../platform/http/errors';
import type { ReceiptFacts } from '../cases/receipt-file';

export type PdfJob = { kind: 'receipt'; facts: ReceiptFacts } | { kind: 'permit'; document: PermitDocument; generatedAt: Date };

/** Draws the job's PDF; the bytes start with %PDF. */
export type PdfDrawer = (job: PdfJob) => Promise<Uint8Array>;

const KINDS: ReadonlySet<string> = new Set<PdfJob['kind']>(['receipt', 'permit']);

/** The job as JSON, its Dates tagged. */
export function encodePdfJob(job: PdfJob): string {
  // `this[key]` is the value before Date's own toJSON turned it into a string
  return JSON.stringify(job, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

/** A job read from its JSON, or null when it is not one (unreadable, or of no kind drawn here). */
export function decodePdfJob(text: string): PdfJob | null {
  let job: unknown;
  try {
    job = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && '$date' in value) {
        const at = new Date(String((value as { $date: unknown }).$date));
        if (Number.isNaN(at.getTime())) throw new Error('not a date');
        return at;
      }
      return value;
    });
  } catch {
    return null;
  }
  if (!job || typeof job !== 'object' || !KINDS.has(String((job as { kind?: unknown }).kind))) return null;
  return job as PdfJob;
}

/** Where the PDF Worker answers a binding's request (its only address: it has no public route). */
const SERVICE_URL = 'https://pdf.pelita.internal/draw';

/** Draws through the PDF Worker bound as `service` (wrangler.toml [[services]] PDF). */
export function pdfServiceDrawer(service: Fetcher): PdfDrawer {
  return async (job) => {
    const res = await service.fetch(SERVICE_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: encodePdfJob(job) });
    if (res.status !== 200 || res.headers.get('Content-Type') !== 'application/pdf')
      throw new Error(`the PDF Worker answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

/**
 * A deployment without the PDF Worker's binding: the rest of the portal serves, and a PDF asked
 * for is a 503 whose reason is in the log (and was logged at start: see the Worker's handler).
 */
export const noPdfDrawer: PdfDrawer = async () => {
  console.error('[pelita] a PDF was asked for, but the PDF Worker is not bound (wrangler.toml [[services]] binding = "PDF"; deploy wrangler.pdf.toml first)');
  throw new MisconfiguredError();
};
