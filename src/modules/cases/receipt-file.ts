// The receipt a citizen saves after sending a complaint or an application (issue 13.2): the
// tracking code, the access key, the private link, the service, the unit and the deadlines, as a
// small text file and as a one-page PDF (receipt-pdf.ts). Labels are bilingual, Indonesian first:
// the file is kept for weeks and may be read by someone other than the sender.
import { formatDateTime, type Msg } from '../../platform/i18n/lang';

export interface ReceiptFacts {
  /** "Pengaduan" / "Complaint" */
  heading: Msg;
  trackingCode: string;
  accessKey: string;
  link: string;
  serviceName: Msg;
  unitName: Msg;
  submittedAt: Date;
  /** the two deadlines with the kind's own words for them */
  firstDue: { label: Msg; at: Date };
  finalDue: { label: Msg; at: Date };
}

/** "Indonesian / English", as both files write every label */
export const bothLanguages = (m: Msg) => `${m.id} / ${m.en}`;
const when = (d: Date) => `${formatDateTime(d, 'id')} (${formatDateTime(d, 'en')})`;

/** The receipt's rows, label and value, in the order both files show them. */
export function receiptRows(f: ReceiptFacts): [string, string][] {
  return [
    [bothLanguages({ id: 'Kode pelacakan', en: 'Tracking code' }), f.trackingCode],
    [bothLanguages({ id: 'Kunci akses', en: 'Access key' }), f.accessKey],
    [bothLanguages({ id: 'Tautan pribadi', en: 'Private link' }), f.link],
    [bothLanguages({ id: 'Layanan', en: 'Service' }), bothLanguages(f.serviceName)],
    [bothLanguages({ id: 'Ditangani oleh', en: 'Handled by' }), bothLanguages(f.unitName)],
    [bothLanguages({ id: 'Dikirim', en: 'Sent' }), when(f.submittedAt)],
    [bothLanguages(f.firstDue.label), when(f.firstDue.at)],
    [bothLanguages(f.finalDue.label), when(f.finalDue.at)],
  ];
}

export const RECEIPT_WARNING: Msg = {
  id: 'Simpan kunci ini. Siapa pun yang memegangnya dapat melihat balasan, menambah informasi, dan memberi penilaian. Jangan bagikan.',
  en: 'Keep this key. Whoever holds it can see the replies, add information and rate the service. Do not share it.',
};

export function receiptFileName(trackingCode: string, ext: 'txt' | 'pdf'): string {
  return `tanda-terima-${trackingCode}.${ext}`;
}

/** The plain-text receipt, CRLF line ends so that every phone and PC opens it alike. */
export function receiptText(f: ReceiptFacts): string {
  const rows = receiptRows(f);
  const lines = ['PELITA', bothLanguages(f.heading), '', ...rows.map(([k, v]) => `${k}:\n  ${v}`), '', RECEIPT_WARNING.id, RECEIPT_WARNING.en, ''];
  return lines.join('\r\n');
}
