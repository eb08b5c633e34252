// The receipt (receipt-file.ts) as a one-page A4 PDF, drawn with pdf-lib's standard fonts (the
// PDF Worker and the Node server make the same file), so every string goes through toWinAnsi
// first. Only the drawing of PDFs imports this (src/modules/documents/draw.ts).
import { PageSizes, PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { toWinAnsi } from '../../platform/pdf/winansi';
import { wrap } from '../../platform/pdf/wrap';
import { bothLanguages, RECEIPT_WARNING, receiptRows, type ReceiptFacts } from './receipt-file';

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
  draw(bothLanguages(f.heading), 16, bold);
  y -= 10;
  for (const [label, value] of receiptRows(f)) {
    draw(label, 9, regular, LEFT, rgb(0.3, 0.3, 0.3));
    draw(value, 11, label.startsWith('Kunci') || label.startsWith('Kode') ? bold : regular, LEFT + 12);
    y -= 6;
  }
  y -= 8;
  draw(RECEIPT_WARNING.id, 10, regular);
  draw(RECEIPT_WARNING.en, 10, regular);
  return pdf.save();
}
