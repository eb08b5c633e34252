// Rules for "other learning" evidence (coaching, mentoring, on-the-job, external courses):
// what a submission must look like, and who may decide it. Pure; the data layer applies them.
import type { Msg } from '../../platform/i18n/lang';
import { rangeProblem } from '../text/input-text';
import { isoDayNumber } from '../time/jakarta';
import { MAX_JP_PER_DAY } from './jp';

export const EVIDENCE_KINDS = ['coaching', 'mentoring', 'on_the_job', 'external_course', 'seminar'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, Msg> = {
  coaching: { id: 'Coaching', en: 'Coaching' },
  mentoring: { id: 'Mentoring', en: 'Mentoring' },
  on_the_job: { id: 'Belajar di tempat kerja (on-the-job)', en: 'On-the-job learning' },
  external_course: { id: 'Kursus/pelatihan di luar Pelita', en: 'External course or training' },
  seminar: { id: 'Seminar/lokakarya', en: 'Seminar or workshop' },
};

/** At most this many JP in one submission. */
export const MAX_JP_PER_EVIDENCE = 80;
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export type EvidenceFileType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface EvidenceInput {
  kind: string;
  title: string;
  provider: string;
  startDate: string;
  endDate: string;
  jp: string;
}

export interface ValidEvidence {
  kind: EvidenceKind;
  title: string;
  provider: string;
  startDate: string;
  endDate: string;
  jp: number;
}

/**
 * Checks an evidence submission. Dates must be real, the end not before the start, nothing in
 * the future, not older than the previous calendar year, and within one calendar year (JP belong
 * to the record of the year of the learning); JP a whole number from 1 to 80 and at most 10 per
 * day of the period.
 */
export function validateEvidence(input: EvidenceInput, today: string): { ok: true; value: ValidEvidence } | { ok: false; fields: Record<string, Msg> } {
  const fields: Record<string, Msg> = {};
  const kind = (EVIDENCE_KINDS as readonly string[]).includes(input.kind) ? (input.kind as EvidenceKind) : null;
  if (!kind) fields['jenis'] = { id: 'Pilih jenis pembelajaran.', en: 'Choose the kind of learning.' };
  const title = input.title.trim();
  const titleError = rangeProblem(title, 3, 200, { id: 'Judul', en: 'The title' }, { id: 'Judul 3–200 karakter.', en: 'Title of 3–200 characters.' });
  if (titleError) fields['judul'] = titleError;
  const provider = input.provider.trim();
  const providerError = rangeProblem(provider, 0, 200, { id: 'Penyelenggara', en: 'The provider' }, { id: 'Penyelenggara paling banyak 200 karakter.', en: 'The provider may have at most 200 characters.' });
  if (providerError) fields['penyelenggara'] = providerError;
  const start = isoDayNumber(input.startDate);
  const end = isoDayNumber(input.endDate);
  const todayN = isoDayNumber(today)!;
  const earliest = Date.UTC(Number(today.slice(0, 4)) - 1, 0, 1) / 86_400_000;
  if (start === null) fields['mulai'] = { id: 'Tanggal mulai tidak sah (format TTTT-BB-HH, tanggal yang ada).', en: 'Invalid start date (YYYY-MM-DD, a real date).' };
  if (end === null) fields['selesai'] = { id: 'Tanggal selesai tidak sah (format TTTT-BB-HH, tanggal yang ada).', en: 'Invalid end date (YYYY-MM-DD, a real date).' };
  if (start !== null && end !== null) {
    if (end < start) fields['selesai'] = { id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.', en: 'The end date cannot be before the start date.' };
    else if (end > todayN) fields['selesai'] = { id: 'Tanggal selesai tidak boleh di masa depan: ajukan setelah kegiatan selesai.', en: 'The end date cannot be in the future: submit once the learning is over.' };
    if (start < earliest) fields['mulai'] = { id: 'Kegiatan paling lama dari awal tahun lalu.', en: 'The learning may start no earlier than 1 January of last year.' };
    else if (end >= start && input.startDate.slice(0, 4) !== input.endDate.slice(0, 4))
      fields['selesai'] = {
        id: 'Kegiatan melewati pergantian tahun: kirim satu bukti per tahun, karena JP dicatat pada tahun kegiatannya.',
        en: 'The learning spans two calendar years: send one submission per year, as JP count in the year of the learning.',
      };
  }
  const jpText = input.jp.trim();
  const jp = /^\d{1,3}$/.test(jpText) ? Number(jpText) : NaN;
  if (!Number.isInteger(jp) || jp < 1 || jp > MAX_JP_PER_EVIDENCE) fields['jp'] = { id: `JP berupa bilangan bulat 1–${MAX_JP_PER_EVIDENCE}.`, en: `JP must be a whole number from 1 to ${MAX_JP_PER_EVIDENCE}.` };
  else if (start !== null && end !== null && end >= start && jp > (end - start + 1) * MAX_JP_PER_DAY)
    fields['jp'] = {
      id: `JP terlalu banyak untuk ${end - start + 1} hari (paling banyak ${MAX_JP_PER_DAY} JP per hari).`,
      en: `Too many JP for ${end - start + 1} day(s) (at most ${MAX_JP_PER_DAY} JP a day).`,
    };
  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, value: { kind: kind!, title, provider, startDate: input.startDate, endDate: input.endDate, jp } };
}

/** The type of an evidence file from its content (PDF, JPEG or PNG), or null. */
export function sniffEvidenceType(b: Uint8Array): EvidenceFileType | null {
  const starts = (sig: number[]) => sig.every((x, i) => b[i] === x);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

export function checkEvidenceFile(file: { name: string; bytes: Uint8Array } | null): { ok: true; type: EvidenceFileType } | { ok: false; message: Msg } {
  if (!file || file.bytes.length === 0)
    return { ok: false, message: { id: 'Lampirkan bukti (sertifikat, surat tugas, atau laporan) dalam PDF, JPEG atau PNG.', en: 'Attach the evidence (certificate, assignment letter or report) as PDF, JPEG or PNG.' } };
  if (file.bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, message: { id: 'Berkas lebih dari 5 MB.', en: 'The file is larger than 5 MB.' } };
  const type = sniffEvidenceType(file.bytes);
  if (!type) return { ok: false, message: { id: 'Berkas bukan PDF, JPEG atau PNG (diperiksa dari isinya).', en: 'The file is not a PDF, JPEG or PNG (checked from its content).' } };
  return { ok: true, type };
}

/**
 * BKPSDM (Badan Kepegawaian dan Pengembangan Sumber Daya Manusia) is the city's unit responsible
 * for ASN development: its supervisors decide evidence nobody closer can.
 */
export const ASN_DEVELOPMENT_UNIT_CODE = 'BKPSDM';

export interface UnitLink {
  id: number;
  parentId: number | null;
}

/** An active staff member with the supervisor role, in their unit. */
export interface SupervisorRef {
  staffId: number;
  unitId: number;
}

export interface Deciders {
  /** the unit whose supervisors decide */
  unitId: number;
  staffIds: number[];
  /** why this unit: the submitter's own, an ancestor of it, or BKPSDM as the last resort */
  via: 'unit' | 'parent' | 'bkpsdm';
}

/**
 * Who decides a piece of evidence: a supervisor of the submitter's unit other than the submitter;
 * if there is none (no supervisor, or the submitter is the only one), the supervisors of the
 * nearest ancestor unit that has one; if none, BKPSDM's (`asnDevelopmentUnitId`). Null only when
 * BKPSDM has no supervisor either. Nobody ever decides their own evidence.
 */
export function evidenceDeciders(
  evidence: { staffId: number; unitId: number },
  units: readonly UnitLink[],
  supervisors: readonly SupervisorRef[],
  asnDevelopmentUnitId: number | null,
): Deciders | null {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const of = (unitId: number) => supervisors.filter((s) => s.unitId === unitId && s.staffId !== evidence.staffId).map((s) => s.staffId);
  const seen = new Set<number>();
  for (let u: number | null = evidence.unitId; u !== null && !seen.has(u); u = parentOf.get(u) ?? null) {
    seen.add(u);
    const ids = of(u);
    if (ids.length) return { unitId: u, staffIds: ids, via: u === evidence.unitId ? 'unit' : 'parent' };
  }
  if (asnDevelopmentUnitId === null) return null;
  const ids = of(asnDevelopmentUnitId);
  return ids.length ? { unitId: asnDevelopmentUnitId, staffIds: ids, via: 'bkpsdm' } : null;
}

/** Whether `whoId` decides this evidence: never their own; otherwise only when they are one of its deciders. */
export function mayDecideEvidence(whoId: number, evidence: { staffId: number }, deciders: Deciders | null): 'ok' | 'own' | 'not_decider' {
  if (whoId === evidence.staffId) return 'own';
  return deciders?.staffIds.includes(whoId) ? 'ok' : 'not_decider';
}
