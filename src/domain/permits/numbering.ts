// Permit numbers in Indonesian administrative style: `503/PBG/2026/000123`.
//   503      the archive classification code of licensing (perizinan) in the regional
//            government's classification scheme (Permendagri 78/2012, class 500 economy, 503
//            perizinan), which Indonesian cities put at the head of permit numbers;
//   PBG      the permit type's code, upper case;
//   2026     the year of issue in Asia/Jakarta (jakartaYear);
//   000123   the type's sequence in that year, six digits, from 1, with no gaps or duplicates
//            (the counter is advanced in the same database batch that issues the permit:
//            src/modules/permits; a failed batch leaves no number used).
export const PERMIT_CLASSIFICATION = '503';
const SEQ_DIGITS = 6;
export const SEQ_MAX = 10 ** SEQ_DIGITS - 1;

export interface PermitNumber {
  typeCode: string;
  year: number;
  seq: number;
}

export function formatPermitNumber(n: PermitNumber): string {
  if (!Number.isInteger(n.seq) || n.seq < 1 || n.seq > SEQ_MAX) throw new RangeError(`permit sequence out of range: ${n.seq}`);
  return `${PERMIT_CLASSIFICATION}/${n.typeCode.toUpperCase()}/${n.year}/${String(n.seq).padStart(SEQ_DIGITS, '0')}`;
}

const NUMBER_RE = /^503\/([A-Z][A-Z0-9-]{0,19})\/(\d{4})\/(\d{6})$/;

/** Reads a number as printed; null for anything that is not one (a search box, a verification form). */
export function parsePermitNumber(s: string): PermitNumber | null {
  const m = NUMBER_RE.exec(s.trim().toUpperCase());
  if (!m) return null;
  const seq = Number(m[3]);
  return seq >= 1 ? { typeCode: m[1]!, year: Number(m[2]), seq } : null;
}
