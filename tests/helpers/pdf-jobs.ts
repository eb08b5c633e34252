// A receipt as a PDF job (src/modules/documents/jobs.ts), for the tests of how jobs cross to the
// PDF Worker and how it draws them.
import type { PdfJob } from '../../src/modules/documents/jobs';

export const RECEIPT_JOB: PdfJob = {
  kind: 'receipt',
  facts: {
    heading: { id: 'Pengaduan', en: 'Complaint' },
    trackingCode: 'ADU-2026-ABCD',
    accessKey: 'kunci-rahasia',
    link: 'https://pelita.example/lacak/ADU-2026-ABCD',
    serviceName: { id: 'Jalan rusak', en: 'Damaged road' },
    unitName: { id: 'Dinas PU', en: 'Public Works' },
    submittedAt: new Date('2026-11-30T02:15:00.000Z'),
    firstDue: { label: { id: 'Tanggapan pertama', en: 'First response' }, at: new Date('2026-12-01T09:00:00.000Z') },
    finalDue: { label: { id: 'Selesai', en: 'Resolved' }, at: new Date('2026-12-14T09:00:00.000Z') },
  },
};
