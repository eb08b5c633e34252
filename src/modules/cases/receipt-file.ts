// The receipt a citizen saves after sending a complaint or an application (issue 13.2): the
// tracking code, the access key, the private link, the service, the unit and the deadlines, as a
// small text file and as a one-page PDF. Labels are bilingual, Indonesian first: the file is kept
// for weeks and may be read by someone other than the sender. The PDF is drawn with pdf-lib's
// standard fonts (the Worker and the Node server make the same file), so every string goes
// through toWinAnsi first.
import { PageSizes, PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { formatDateTime, type Msg } from '../../platform/i18n/lang';
import { toWinAnsi } from '../../platform/pdf/winansi';
import { wrap } from '../../platform/pdf/wrap';

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

const both = (m: Msg) => `${m.id} / ${m.en}`;
const when = (d: Date) => `${formatDateTime(d, 'id')} (${formatDateTime(d, 'en')})`;

/** The receipt's rows, label and value, in the order both files show them. */
export function receiptRows(f: ReceiptFacts): [string, string][] {
  return [
    [both({ id: 'Kode pelacakan', en: 'Tracking code' }), f.trackingCode],
    [both({ id: 'Kunci akses', en: 'Access key' }), f.accessKey],
    [both({ id: 'Tautan pribadi', en: 'Private link' }), f.link],
    [both({ id: 'Layanan', en: 'Service' }), both(f.serviceName)],
    [both({ id: 'Ditangani oleh', en: 'Handled by' }), both(f.unitName)],
    [both({ id: 'Dikirim', en: 'Sent' }), when(f.submittedAt)],
    [both(f.firstDue.label), when(f.firstDue.at)],
    [both(f.finalDue.label), when(f.finalDue.at)],
  ];
}

const WARNING: Msg = {
  id: 'Simpan kunci ini. Siapa pun yang memegangnya dapat melihat balasan, menambah informasi, dan memberi penilaian. Jangan bagikan.',
  en: 'Keep this key. Whoever holds it can see the replies, add information and rate the service. Do not share it.',
};

export function receiptFileName(trackingCode: string, ext: 'txt' | 'pdf'): string {
  return `tanda-terima-${trackingCode}.${ext}`;
}

/** The plain-text receipt, CRLF line ends so that every phone and PC opens it alike. */
export function receiptText(f: ReceiptFacts): string {
  const rows = receiptRows(f);
  const lines = ['PELITA', both(f.heading), '', ...rows.map(([k, v]) => `${k}:\n  ${v}`), '', WARNING.id, WARNING.en, ''];
  return lines.join('\r\n');
}

const [PAGE_W, PAGE_H] = PageSizes.A4;
const LEFT = 56;
const RIGHT = PAGE_W - 56;


/** The same receipt as a one-page A4 PDF. */
export async function receiptPdf(f: ReceiptFacts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(`${f.heading.id} ${f.trackingCode}`));
  pdf.setProducer('Pelita');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage(PageSizes.A4);
  let y = PAGE_H - 64;
  const draw = (s: string, size: number, font: PDFFont, x = LEFT, color = rgb(0, 0, 0)) => {
    for (const line of wrap(toWinAnsi(s), font, size, RIGHT - x)) {
      y -= size * 1.35;
      page.drawText(line, { x, y, size, font, color });
    }
  };
  draw('PELITA', 11, bold);
  draw(both(f.heading), 16, bold);
  y -= 10;
  for (const [label, value] of receiptRows(f)) {
    draw(label, 9, regular, LEFT, rgb(0.3, 0.3, 0.3));
    draw(value, 11, label.startsWith('Kunci') || label.startsWith('Kode') ? bold : regular, LEFT + 12);
    y -= 6;
  }
  y -= 8;
  draw(WARNING.id, 10, regular);
  draw(WARNING.en, 10, regular);
  return pdf.save();
}
