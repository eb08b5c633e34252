// Draws a PDF job (jobs.ts) in this process: what the PDF Worker runs, and what the Node server,
// the demo entry and the tests use directly. The only file that brings pdf-lib into a bundle.
import { receiptPdf } from '../cases/receipt-pdf';
import { renderPermitPdf } from '../permits/document-pdf';
import type { PdfDrawer } from './jobs';

export const drawPdf: PdfDrawer = (job) =>
  job.kind === 'receipt' ? receiptPdf(job.facts) : renderPermitPdf(job.document, { generatedAt: job.generatedAt });
