// The permit document as a PDF: A4, in the style of an Indonesian regional government's
// decision letter (a letterhead with the government and the issuing unit over a double rule, the
// title and number centred, the holder and the particulars as "label : value" rows, the validity,
// the place and date of issue with the issuing officer), and the QR code of its verification
// address with the address printed under it. Drawn with pdf-lib, pure JavaScript, so the Worker
// and the Node server produce the same file. Every string goes through toWinAnsi: the standard
// fonts encode Windows-1252 only, and pdf-lib throws on anything else.
import { PageSizes, PDFDocument, StandardFonts, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import {
  ISSUING_GOVERNMENT,
  VERIFY_NOTE,
  issuedLines,
  revokedLine,
  validityText,
  type PermitDocument,
} from '../../domain/permits/document';
import { encodeQr, type QrMatrix } from '../../domain/verification/qr';
import { toWinAnsi } from '../../platform/pdf/winansi';
import { wrap } from '../../platform/pdf/wrap';

const [PAGE_W, PAGE_H] = PageSizes.A4;
// margins of an Indonesian official letter: wider on the binding side
const LEFT = 70;
const RIGHT = PAGE_W - 56;
const TOP = PAGE_H - 48;
const BOTTOM = 56;
const WIDTH = RIGHT - LEFT;
const LABEL_W = 150;
/** one QR module in points: a 41-module code (with its quiet zone) is about 35 mm wide, easy to scan from paper */
export const QR_MODULE = 2.4;
const QUIET = 4;

const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const RED = rgb(0.75, 0.05, 0.05);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}


/** A cursor down the pages: draws lines, and starts a new page when the next block does not fit. */
class Writer {
  page: PDFPage;
  y = TOP;
  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    private readonly onNewPage: (page: PDFPage, index: number) => number,
  ) {
    this.page = pdf.addPage(PageSizes.A4);
  }

  /** Makes room for `height` points, on a new page if this one has not got them. */
  need(height: number) {
    if (this.y - height >= BOTTOM) return;
    this.page = this.pdf.addPage(PageSizes.A4);
    this.y = this.onNewPage(this.page, this.pdf.getPageCount());
  }

  text(s: string, opts: { size: number; bold?: boolean; x?: number; width?: number; align?: 'left' | 'center' | 'right'; color?: typeof BLACK; gap?: number }) {
    const font = opts.bold ? this.fonts.bold : this.fonts.regular;
    const x0 = opts.x ?? LEFT;
    const width = opts.width ?? RIGHT - x0;
    const leading = opts.size * 1.3;
    for (const line of wrap(toWinAnsi(s), font, opts.size, width)) {
      this.need(leading);
      this.y -= leading;
      const w = font.widthOfTextAtSize(line, opts.size);
      const x = opts.align === 'center' ? x0 + (width - w) / 2 : opts.align === 'right' ? x0 + width - w : x0;
      this.page.drawText(line, { x, y: this.y + opts.size * 0.25, size: opts.size, font, color: opts.color ?? BLACK });
    }
    this.y -= opts.gap ?? 0;
  }

  /** A "label : value" row; the value wraps in its own column. */
  row(label: string, value: string, size = 11) {
    const leading = size * 1.3;
    const labelLines = wrap(toWinAnsi(label), this.fonts.regular, size, LABEL_W - 8);
    const valueX = LEFT + LABEL_W + 12;
    const valueLines = wrap(toWinAnsi(value), this.fonts.regular, size, RIGHT - valueX);
    const lines = Math.max(labelLines.length, valueLines.length);
    // a row of a few lines stays on one page; a very long answer may run on
    this.need(Math.min(lines, 4) * leading);
    for (let i = 0; i < lines; i++) {
      this.need(leading);
      this.y -= leading;
      const base = this.y + size * 0.25;
      if (labelLines[i]) this.page.drawText(labelLines[i]!, { x: LEFT, y: base, size, font: this.fonts.regular });
      if (i === 0) this.page.drawText(':', { x: LEFT + LABEL_W, y: base, size, font: this.fonts.regular });
      if (valueLines[i]) this.page.drawText(valueLines[i]!, { x: valueX, y: base, size, font: this.fonts.regular });
    }
    this.y -= 3;
  }
}

/**
 * The QR code's dark modules as one path of rectangles, a horizontal run of dark modules each
 * (unit squares in module coordinates, quiet zone included): fewer seams than one square per module.
 */
export function qrRunsPath(q: QrMatrix, quiet = QUIET): string {
  const parts: string[] = [];
  for (let y = 0; y < q.size; y++) {
    let x = 0;
    while (x < q.size) {
      if (!q.modules[y]![x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < q.size && q.modules[y]![x]) x++;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`);
    }
  }
  return parts.join('');
}

function drawQr(page: PDFPage, q: QrMatrix, x: number, top: number): number {
  const side = (q.size + 2 * QUIET) * QR_MODULE;
  page.drawRectangle({ x, y: top - side, width: side, height: side, color: rgb(1, 1, 1) });
  // drawSvgPath puts the path's origin at (x, top) with y running down, as in SVG
  page.drawSvgPath(qrRunsPath(q), { x, y: top, scale: QR_MODULE, color: BLACK });
  return side;
}

/** "DICABUT" across every page of a revoked permit's document, under the text. */
function revokedStamp(page: PDFPage, fonts: Fonts) {
  const size = 96;
  const word = 'DICABUT';
  const w = fonts.bold.widthOfTextAtSize(word, size);
  const angle = 35;
  const rad = (angle * Math.PI) / 180;
  page.drawText(word, {
    x: PAGE_W / 2 - (w / 2) * Math.cos(rad) + (size / 3) * Math.sin(rad),
    y: PAGE_H / 2 - (w / 2) * Math.sin(rad) - (size / 3) * Math.cos(rad),
    size,
    font: fonts.bold,
    color: RED,
    opacity: 0.18,
    rotate: degrees(angle),
  });
}

function letterhead(w: Writer, doc: PermitDocument) {
  w.text(ISSUING_GOVERNMENT.toUpperCase(), { size: 14, bold: true, align: 'center' });
  w.text(doc.unitName.toUpperCase(), { size: 13, bold: true, align: 'center', gap: 6 });
  // the double rule under an Indonesian letterhead: thick over thin
  w.page.drawLine({ start: { x: LEFT, y: w.y }, end: { x: RIGHT, y: w.y }, thickness: 2.2, color: BLACK });
  w.page.drawLine({ start: { x: LEFT, y: w.y - 3.2 }, end: { x: RIGHT, y: w.y - 3.2 }, thickness: 0.7, color: BLACK });
  w.y -= 18;
}

function revokedBanner(w: Writer, doc: PermitDocument) {
  if (!doc.revoked) return;
  const lines = wrap(toWinAnsi(revokedLine(doc.revoked)), w.fonts.regular, 10, WIDTH - 20);
  const h = 30 + lines.length * 13;
  w.need(h + 8);
  w.page.drawRectangle({ x: LEFT, y: w.y - h, width: WIDTH, height: h, borderColor: RED, borderWidth: 2, color: rgb(1, 0.94, 0.94) });
  w.y -= 6;
  w.text('IZIN INI TELAH DICABUT', { size: 13, bold: true, align: 'center', color: RED });
  w.text(revokedLine(doc.revoked), { size: 10, x: LEFT + 10, width: WIDTH - 20, align: 'center', color: RED });
  w.y -= 14;
}

/** The permit document as PDF bytes (starts with %PDF). */
export async function renderPermitPdf(doc: PermitDocument, opts: { generatedAt: Date }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(`${doc.title} ${doc.number}`));
  pdf.setSubject(toWinAnsi(`Izin ${doc.number} atas nama ${doc.holderName}`));
  pdf.setAuthor(toWinAnsi(`${ISSUING_GOVERNMENT}, ${doc.unitName}`));
  pdf.setKeywords([doc.number, 'izin', 'perizinan', 'Pelita']);
  pdf.setCreator('Pelita');
  pdf.setProducer('Pelita (pdf-lib)');
  pdf.setLanguage('id-ID');
  pdf.setCreationDate(doc.issuedAt);
  pdf.setModificationDate(opts.generatedAt);
  const fonts: Fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };

  const continued = (page: PDFPage, index: number) => {
    if (doc.revoked) revokedStamp(page, fonts);
    const line = toWinAnsi(`${doc.title} · Nomor ${doc.number} · halaman ${index}`);
    page.drawText(line, { x: LEFT, y: TOP - 9, size: 8, font: fonts.regular, color: GREY });
    return TOP - 24;
  };
  const w = new Writer(pdf, fonts, continued);
  if (doc.revoked) revokedStamp(w.page, fonts);

  letterhead(w, doc);
  revokedBanner(w, doc);
  w.text(doc.title.toUpperCase(), { size: 14, bold: true, align: 'center' });
  w.text(`Nomor: ${doc.number}`, { size: 11, align: 'center', gap: 16 });

  w.text('Dengan ini memberikan izin kepada:', { size: 11, gap: 4 });
  w.row('Nama pemegang izin', doc.holderName);
  w.y -= 6;
  if (doc.answers.length) {
    w.text('Dengan keterangan sebagai berikut:', { size: 11, gap: 4 });
    for (const a of doc.answers) w.row(a.label, a.value);
    w.y -= 6;
  }
  w.row('Masa berlaku', validityText(doc.validFrom, doc.validUntil));
  w.y -= 12;

  // the signature block on the right and the QR code on the left, side by side, kept together
  const q = encodeQr(doc.verifyUrl);
  const qrSide = (q.size + 2 * QUIET) * QR_MODULE;
  // the taller of the two (about nine lines of the block) and the address under the code
  w.need(Math.max(qrSide, 150) + 50);
  const top = w.y;
  const blockX = LEFT + WIDTH / 2 + 10;
  const blockW = RIGHT - blockX;
  for (const line of issuedLines(doc.issuedAt)) w.text(line, { size: 11, x: blockX, width: blockW });
  w.text(`a.n. Kepala ${doc.unitName}`, { size: 11, x: blockX, width: blockW });
  w.text('Petugas penerbit,', { size: 11, x: blockX, width: blockW, gap: 22 });
  w.text(doc.issuer.name, { size: 11, bold: true, x: blockX, width: blockW });
  if (doc.issuer.nip) w.text(`NIP. ${doc.issuer.nip}`, { size: 10, x: blockX, width: blockW });
  const afterBlock = w.y;

  drawQr(w.page, q, LEFT - QUIET * QR_MODULE, top);
  w.y = Math.min(afterBlock, top - qrSide);
  w.text(doc.verifyUrl, { size: 7.5, x: LEFT, width: WIDTH / 2 - 10, color: GREY, gap: 10 });
  w.text(VERIFY_NOTE, { size: 8.5, color: GREY });
  return pdf.save();
}
