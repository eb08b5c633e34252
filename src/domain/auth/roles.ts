// Roles, and what each may do. Officer and supervisor act on their own unit's cases; an
// official reads everything city-wide and changes nothing; admin manages the system; the
// course author manages courses; the complaint coordinator (ULAS) is told of SLA breaches no unit
// supervisor above the case can take, and reads every case to follow them up. Their names and
// descriptions live here, once.
import { YEARLY_JP_TARGET } from '../training/competencies';

type Bilingual = { id: string; en: string };

export const ROLES = ['officer', 'supervisor', 'official', 'admin', 'course_author', 'complaint_coordinator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Bilingual> = {
  officer: { id: 'Petugas', en: 'Officer' },
  supervisor: { id: 'Kepala bidang/seksi', en: 'Supervisor' },
  official: { id: 'Pimpinan', en: 'Official' },
  admin: { id: 'Administrator', en: 'Administrator' },
  course_author: { id: 'Penyusun kursus', en: 'Course author' },
  complaint_coordinator: { id: 'Koordinator pengaduan kota', en: 'City complaint coordinator' },
};

/** What each role does, in one line: beside the role's checkbox on the staff form. */
export const ROLE_HINTS: Record<Role, Bilingual> = {
  officer: { id: 'Menangani kasus unitnya sendiri.', en: "Handles their own unit's cases." },
  supervisor: { id: 'Menugaskan kasus dan menyetujui keputusan di unitnya.', en: 'Assigns cases and approves decisions in their unit.' },
  official: { id: 'Membaca dasbor dan data seluruh kota; tidak mengubah apa pun.', en: 'Reads city-wide dashboards and data; changes nothing.' },
  admin: { id: 'Mengelola unit, akun, katalog layanan, hari libur.', en: 'Manages units, accounts, the catalogue, holidays.' },
  course_author: { id: 'Menyusun kursus pelatihan.', en: 'Writes training courses.' },
  complaint_coordinator: {
    id: 'Menerima eskalasi SLA yang tidak dapat ditangani kepala bidang; membaca semua kasus.',
    en: 'Receives SLA escalations no supervisor can take; reads every case.',
  },
};

/** What each role may do, in plain words, for the admin who hands roles out (the roles page). */
export const ROLE_EXPLANATIONS: Record<Role, Bilingual> = {
  officer: {
    id: 'Petugas (ASN pelaksana) bekerja pada antrean kasus unitnya sendiri: memverifikasi, membalas warga, menulis catatan internal, meminta informasi, meneruskan (disposisi) dan menyelesaikan kasus. Juga mengikuti pelatihan dan melihat kinerja layanannya sendiri.',
    en: "Officers (front-line civil servants) work their own unit's case queue: verify, reply to citizens, write internal notes, ask for information, forward (disposition) and resolve cases. They also take training and see their own service metrics.",
  },
  supervisor: {
    id: 'Kepala bidang/seksi menugaskan dan memindahkan kasus di unitnya, menyetujui keputusan izin dan bukti pelatihan eksternal, serta melihat kinerja unit. Hanya untuk unitnya sendiri.',
    en: "Supervisors assign and reassign cases in their unit, approve permit decisions and external training evidence, and see the unit's metrics. Only for their own unit.",
  },
  official: {
    id: `Pimpinan (kantor wali kota, inspektorat, BKPSDM) membaca dasbor dan data seluruh kota: kepatuhan SLA, IKM, tunggakan, kepatuhan ${YEARLY_JP_TARGET} JP, peringkat insentif. Tidak mengubah kasus.`,
    en: `Officials (mayor's office, inspectorate, BKPSDM) read city-wide dashboards and data: SLA compliance, IKM, backlog, ${YEARLY_JP_TARGET} JP compliance, incentive rankings. They change no cases.`,
  },
  admin: {
    id: 'Administrator mengelola unit kerja, akun dan peran pegawai, katalog layanan beserta SLA, kalender hari libur, dan membaca log audit. Berikan hanya kepada sedikit orang.',
    en: 'Administrators manage units, staff accounts and roles, the service catalogue and its SLAs, the holiday calendar, and read the audit log. Give it to few people.',
  },
  course_author: {
    id: 'Penyusun kursus membuat dan memperbarui kursus pelatihan, kuis dan materi, serta melihat dampak pelatihan.',
    en: 'Course authors create and update training courses, quizzes and materials, and see training impact.',
  },
  complaint_coordinator: {
    id: 'Koordinator pengaduan kota (pengelola ULAS) menerima eskalasi SLA bila unit kasus dan unit di atasnya tidak memiliki kepala bidang, serta eskalasi tingkat kedua bila pelanggaran berlanjut. Dapat membaca semua kasus untuk menindaklanjutinya, tetapi hanya mengubah kasus unitnya sendiri sebagai petugas.',
    en: "City complaint coordinators (the ULAS managers) receive SLA escalations when neither the case's unit nor any unit above it has a supervisor, and the second level when a breach persists. They can read every case to follow it up, but change only their own unit's cases, as officers.",
  },
};

/** Roles that read every unit's cases (and change none of them by that role). */
export const CITY_WIDE_CASE_READERS: readonly Role[] = ['official', 'admin', 'complaint_coordinator'];

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

/** The name of a stored role; an unknown one is shown as it is. */
export function roleLabel(role: string): Bilingual {
  return isRole(role) ? ROLE_LABELS[role] : { id: role, en: role };
}

/** API token scopes. A session has every scope its roles allow; a token only those granted. */
export const SCOPES = ['cases:read', 'cases:write', 'training:read', 'training:write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function scopesForRoles(roles: readonly string[]): Scope[] {
  const s = new Set<Scope>(['training:read', 'training:write']);
  if (roles.includes('officer') || roles.includes('supervisor')) {
    s.add('cases:read');
    s.add('cases:write');
  }
  // officials, admins and complaint coordinators read every case city-wide; they never act on one
  // (a coordinator who is also an officer acts on their own unit's cases as an officer)
  if (CITY_WIDE_CASE_READERS.some((r) => roles.includes(r))) s.add('cases:read');
  if (roles.includes('admin')) s.add('admin');
  return [...s];
}
