import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PermitDocument } from '../../domain/permits/document';
import { pdfQrText, pdfText } from '../../../tests/helpers/permits';
import { renderPermitPdf } from './document-pdf';

const URL_ = 'https://pelita.surakarta.go.id/verifikasi/eyJ2IjoxLCJrIjoicGVybWl0IiwiaSI6MTIzfQ.c2lnbmF0dXJlLWhlcmUtMDEyMzQ1Njc4OWFiY2RlZg';

const base: PermitDocument = {
  unitName: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  title: 'Persetujuan Bangunan Gedung (PBG)',
  number: '503/PBG/2026/000123',
  holderName: 'Budi Santoso',
  answers: [{ label: 'Alamat bangunan', value: 'Jl. Adi Sucipto No. 5' }],
  validFrom: '2026-07-10',
  validUntil: null,
  issuedAt: new Date('2026-07-10T03:00:00Z'),
  issuer: { name: 'Rina Wulandari, S.H.', nip: '198503122010012003' },
  verifyUrl: URL_,
  standing: 'valid',
  revoked: null,
};
const render = (d: Partial<PermitDocument>) => renderPermitPdf({ ...base, ...d }, { generatedAt: new Date('2026-07-11T00:00:00Z') });

describe('the permit PDF', () => {
  it('never throws on text a standard font cannot encode, anywhere on the document', async () => {
    const wild = 'Đặng Thị Hương 王小明 ꦧꦸꦝꦶ 🙂 “quoted” — ‐‑−\u200b\u0000\n\tend';
    const bytes = await render({
      unitName: wild,
      title: wild,
      holderName: wild,
      answers: [{ label: wild, value: wild }],
      issuer: { name: wild, nip: null },
      revoked: { at: new Date('2026-07-20T03:00:00Z'), reason: wild },
      standing: 'revoked',
    });
    const text = await pdfText(bytes);
    expect(text).toContain('Dang Thi Huong ??? ?? ? “quoted” — --- end');
    expect(await pdfQrText(bytes)).toBe(URL_);
  });

  it('a permit without an end date says so', async () => {
    expect(await pdfText(await render({}))).toContain('Sejak 10 Juli 2026, selama bangunan/objek izin tidak berubah');
  });

  it('long particulars run onto further pages, each headed with the number; the QR code stays whole on one page', async () => {
    const long = Array.from({ length: 60 }, (_, i) => ({ label: `Keterangan ${i + 1}`, value: 'Bangunan rumah tinggal dua lantai dengan carport dan taman depan. '.repeat(2) }));
    const bytes = await render({ answers: long, revoked: { at: new Date('2026-07-20T03:00:00Z'), reason: null }, standing: 'revoked' });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(2);
    const text = await pdfText(bytes);
    expect(text).toContain('Keterangan 60');
    expect(text).toContain(`Persetujuan Bangunan Gedung (PBG) · Nomor 503/PBG/2026/000123 · halaman ${pdf.getPageCount()}`);
    // the DICABUT stamp on every page
    expect(text.split('\n').filter((l) => l === 'DICABUT')).toHaveLength(pdf.getPageCount());
  });
});
