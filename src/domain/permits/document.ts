// The issued permit document: what its PDF (src/modules/permits/document-pdf.ts) and its HTML print
// view (templates/pages/permits/permit-print.tsx) show, the same content for both. The document is
// in Indonesian whatever the reader's language: an official document of a regional government is
// written in Bahasa Indonesia (UU 24/2009 art. 27), and a permit is shown to other authorities.
import type { FormField } from '../catalogue/service';
import { formatDate, formatLocalDate, pick } from '../../platform/i18n/lang';
import type { AnswerValue } from './answers';
import type { PermitStanding } from './validity';

/** The government the document is issued under: the header's first line. */
export const ISSUING_GOVERNMENT = 'Pemerintah Kota Surakarta';
/** Where a permit is issued ("Ditetapkan di …"). */
export const ISSUING_PLACE = 'Surakarta';

export interface PermitDocument {
  /** the issuing unit (the case's unit when the permit was issued) */
  unitName: string;
  /** the permit type's name, the title of the document */
  title: string;
  number: string;
  holderName: string;
  /** the application's answers that matter: its form's fields (documents left out), labelled */
  answers: { label: string; value: string }[];
  validFrom: string;
  validUntil: string | null;
  issuedAt: Date;
  issuer: { name: string; nip: string | null };
  /** the absolute /verifikasi/{token} address of this permit, printed and in the QR code */
  verifyUrl: string;
  standing: PermitStanding;
  revoked: { at: Date; reason: string | null } | null;
}

/** One answer as the document prints it: option labels for choices, dates written out, decimal commas. */
export function answerText(f: FormField, v: AnswerValue | undefined): string {
  if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '–';
  const option = (x: string) => {
    const o = f.options?.find((o) => o.value === x);
    return o ? pick(o.label, 'id') : x;
  };
  if (Array.isArray(v)) return v.map(option).join(', ');
  if (f.type === 'select') return option(String(v));
  if (f.type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatLocalDate(v, 'id');
  if (typeof v === 'number') return String(v).replace('.', ',');
  return v;
}

/** The form's fields with their answers, in the form's order; documents (file fields) are not printed. */
export function documentAnswers(form: readonly FormField[], answers: Readonly<Record<string, AnswerValue>>): PermitDocument['answers'] {
  return form.filter((f) => f.type !== 'file').map((f) => ({ label: f.label.id, value: answerText(f, answers[f.name]) }));
}

/** "10 Juli 2026 s.d. 9 Juli 2027", or from a date on while the object does not change. */
export function validityText(validFrom: string, validUntil: string | null): string {
  const from = formatLocalDate(validFrom, 'id');
  return validUntil ? `${from} s.d. ${formatLocalDate(validUntil, 'id')}` : `Sejak ${from}, selama bangunan/objek izin tidak berubah`;
}

/** The place and date of issue, as two lines: "Ditetapkan di Surakarta" / "pada tanggal 10 Juli 2026". */
export function issuedLines(issuedAt: Date): [string, string] {
  return [`Ditetapkan di ${ISSUING_PLACE}`, `pada tanggal ${formatDate(issuedAt, 'id')}`];
}

/** "Dicabut pada 20 Juli 2026: <reason>". */
export function revokedLine(r: NonNullable<PermitDocument['revoked']>): string {
  return `Dicabut pada ${formatDate(r.at, 'id')}${r.reason ? `: ${r.reason}` : ''}`;
}

/** The file name of the PDF: the number with its slashes made safe, e.g. izin-503-PBG-2026-000123.pdf. */
export function permitFileName(number: string): string {
  return `izin-${number.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`;
}

export const VERIFY_NOTE =
  'Dokumen ini diterbitkan secara elektronik melalui Pelita. Keaslian dan status berlakunya dapat diperiksa dengan memindai kode QR atau membuka alamat di bawahnya.';
