// The organisation of the benchmark city: the demo's real Surakarta unit tree (src/seed) with the
// sub-units an OPD has (bidang, UPT, puskesmas, kelurahan offices), 8,000 ASN in them with their
// roles, the holiday calendars the three years of history need, and the training courses they
// learn from. Everything here that is not in the demo seed is GENERATED for the benchmark: unit
// names follow the usual nomenclature but are not an official list, people are fictitious, and the
// 2023–2025 holidays are the published national holidays and cuti bersama of those years as
// best known, marked "[bench]" in their names.
import { eq } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { holidays, staff, staffRoles, units } from '../../../src/db/schema';
import { trainingCourseAuthors, trainingCourses, trainingLessons, trainingQuestions } from '../../../src/db/schema-training';
import { DEMO_KELURAHAN, DEMO_UNITS } from '../../../src/seed/demo-data';
import { nip, personName } from './names';
import type { Rng } from './rng';
import type { BulkWriter } from './writer';

// ---------------------------------------------------------------- holidays

type HolidayKind = 'libur_nasional' | 'cuti_bersama';
const h = (date: string, name: string, kind: HolidayKind = 'libur_nasional') => ({ date, name: `${name} [bench]`, kind });

/** The years before the demo calendar (which starts in 2026). */
export const BENCH_HOLIDAYS = [
  h('2023-12-25', 'Hari Raya Natal'),
  h('2023-12-26', 'Cuti Bersama Hari Raya Natal', 'cuti_bersama'),
  h('2024-01-01', 'Tahun Baru 2024 Masehi'),
  h('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'),
  h('2024-02-09', 'Cuti Bersama Tahun Baru Imlek', 'cuti_bersama'),
  h('2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'),
  h('2024-02-14', 'Pemilihan Umum'),
  h('2024-03-11', 'Hari Suci Nyepi'),
  h('2024-03-12', 'Cuti Bersama Hari Suci Nyepi', 'cuti_bersama'),
  h('2024-03-29', 'Wafat Isa Al Masih'),
  h('2024-03-31', 'Hari Paskah'),
  h('2024-04-08', 'Cuti Bersama Idul Fitri', 'cuti_bersama'),
  h('2024-04-09', 'Cuti Bersama Idul Fitri', 'cuti_bersama'),
  h('2024-04-10', 'Idul Fitri 1445 Hijriah'),
  h('2024-04-11', 'Idul Fitri 1445 Hijriah'),
  h('2024-04-12', 'Cuti Bersama Idul Fitri', 'cuti_bersama'),
  h('2024-04-15', 'Cuti Bersama Idul Fitri', 'cuti_bersama'),
  h('2024-05-01', 'Hari Buruh Internasional'),
  h('2024-05-09', 'Kenaikan Isa Al Masih'),
  h('2024-05-10', 'Cuti Bersama Kenaikan Isa Al Masih', 'cuti_bersama'),
  h('2024-05-23', 'Hari Raya Waisak'),
  h('2024-05-24', 'Cuti Bersama Hari Raya Waisak', 'cuti_bersama'),
  h('2024-06-01', 'Hari Lahir Pancasila'),
  h('2024-06-17', 'Idul Adha 1445 Hijriah'),
  h('2024-06-18', 'Cuti Bersama Idul Adha', 'cuti_bersama'),
  h('2024-07-07', 'Tahun Baru Islam 1446 Hijriah'),
  h('2024-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  h('2024-09-16', 'Maulid Nabi Muhammad SAW'),
  h('2024-11-27', 'Pemilihan Kepala Daerah'),
  h('2024-12-25', 'Hari Raya Natal'),
  h('2024-12-26', 'Cuti Bersama Hari Raya Natal', 'cuti_bersama'),
  h('2025-01-01', 'Tahun Baru 2025 Masehi'),
  h('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  h('2025-01-28', 'Cuti Bersama Tahun Baru Imlek', 'cuti_bersama'),
  h('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
  h('2025-03-28', 'Cuti Bersama Hari Suci Nyepi', 'cuti_bersama'),
  h('2025-03-29', 'Hari Suci Nyepi'),
  h('2025-03-31', 'Idul Fitri 1446 Hijriah'),
  h('2025-04-01', 'Idul Fitri 1446 Hijriah'),
  h('2025-04-02', 'Cuti Bersama Idul Fitri', 'cuti_bersama'),
  h('2025-04-03', 'Cuti Bersama Idul Fitri', 'cuti_bersama'),
  h('2025-04-04', 'Cuti Bersama Idul Fitri', 'cuti_bersama'),
  h('2025-04-07', 'Cuti Bersama Idul Fitri', 'cuti_bersama'),
  h('2025-04-18', 'Wafat Yesus Kristus'),
  h('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
  h('2025-05-01', 'Hari Buruh Internasional'),
  h('2025-05-12', 'Hari Raya Waisak'),
  h('2025-05-13', 'Cuti Bersama Hari Raya Waisak', 'cuti_bersama'),
  h('2025-05-29', 'Kenaikan Yesus Kristus'),
  h('2025-05-30', 'Cuti Bersama Kenaikan Yesus Kristus', 'cuti_bersama'),
  h('2025-06-01', 'Hari Lahir Pancasila'),
  h('2025-06-06', 'Idul Adha 1446 Hijriah'),
  h('2025-06-09', 'Cuti Bersama Idul Adha', 'cuti_bersama'),
  h('2025-06-27', 'Tahun Baru Islam 1447 Hijriah'),
  h('2025-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  h('2025-08-18', 'Cuti Bersama Hari Kemerdekaan', 'cuti_bersama'),
  h('2025-09-05', 'Maulid Nabi Muhammad SAW'),
  h('2025-12-25', 'Kelahiran Yesus Kristus'),
  h('2025-12-26', 'Cuti Bersama Kelahiran Yesus Kristus', 'cuti_bersama'),
];

// ---------------------------------------------------------------- sub-units

interface SubUnit {
  name: string;
  nameEn: string;
}
const sub = (name: string, nameEn: string): SubUnit => ({ name, nameEn });
const sekretariat = (opd: string) => sub(`Sekretariat ${opd}`, `${opd} Secretariat`);

const PUSKESMAS = ['Pajang', 'Penumping', 'Purwosari', 'Jayengan', 'Kratonan', 'Gajahan', 'Sangkrah', 'Pucangsawit', 'Purwodiningratan', 'Ngoresan', 'Sibela', 'Gilingan', 'Nusukan', 'Manahan', 'Banyuanyar', 'Setabelan', 'Kratonan Pembantu'];
const PASAR = ['Gede', 'Klewer', 'Legi', 'Jongke', 'Nusukan', 'Kadipolo', 'Harjodaksino', 'Singosaren', 'Triwindu', 'Depok'];

/** The sub-units of each OPD of the demo tree (generated, see the top of this file). */
const SUB_UNITS: Readonly<Record<string, readonly SubUnit[]>> = {
  SETDA: [
    sub('Bagian Pemerintahan', 'Governance Division'),
    sub('Bagian Hukum', 'Legal Division'),
    sub('Bagian Perekonomian dan Pembangunan', 'Economy and Development Division'),
    sub('Bagian Umum', 'General Affairs Division'),
    sub('Bagian Pengadaan Barang dan Jasa', 'Procurement Division'),
    sub('Bagian Protokol dan Komunikasi Pimpinan', 'Protocol Division'),
  ],
  DPUPR: [
    sekretariat('DPUPR'),
    sub('Bidang Bina Marga', 'Roads Division'),
    sub('Bidang Sumber Daya Air', 'Water Resources Division'),
    sub('Bidang Cipta Karya', 'Buildings Division'),
    sub('Bidang Penataan Ruang', 'Spatial Planning Division'),
    sub('UPT Laboratorium dan Peralatan', 'Laboratory and Equipment Unit'),
  ],
  DLH: [
    sekretariat('DLH'),
    sub('Bidang Pengelolaan Sampah', 'Waste Management Division'),
    sub('Bidang Pengendalian Pencemaran', 'Pollution Control Division'),
    sub('Bidang Pertamanan dan Ruang Terbuka Hijau', 'Parks Division'),
    sub('UPT Tempat Pemrosesan Akhir Putri Cempo', 'Putri Cempo Landfill Unit'),
  ],
  DISHUB: [
    sekretariat('Dishub'),
    sub('Bidang Lalu Lintas', 'Traffic Division'),
    sub('Bidang Angkutan', 'Public Transport Division'),
    sub('Bidang Perparkiran', 'Parking Division'),
    sub('Bidang Penerangan Jalan Umum', 'Street Lighting Division'),
    sub('UPT Terminal Tirtonadi', 'Tirtonadi Terminal Unit'),
  ],
  DPMPTSP: [sekretariat('DPMPTSP'), sub('Bidang Pelayanan Perizinan', 'Licensing Division'), sub('Bidang Penanaman Modal', 'Investment Division')],
  DINKES: [
    sekretariat('Dinkes'),
    sub('Bidang Pelayanan Kesehatan', 'Health Services Division'),
    sub('Bidang Pencegahan dan Pengendalian Penyakit', 'Disease Control Division'),
    sub('Bidang Kesehatan Masyarakat', 'Public Health Division'),
    ...PUSKESMAS.map((p) => sub(`UPT Puskesmas ${p}`, `${p} Community Health Centre`)),
  ],
  DISKOMINFOSP: [
    sekretariat('Diskominfo SP'),
    sub('Bidang Aplikasi Informatika', 'Informatics Division'),
    sub('Bidang Informasi dan Komunikasi Publik', 'Public Communication Division'),
    sub('Bidang Statistik dan Persandian', 'Statistics and Cryptography Division'),
  ],
  BKPSDM: [
    sekretariat('BKPSDM'),
    sub('Bidang Pengembangan Kompetensi', 'Competency Development Division'),
    sub('Bidang Mutasi dan Promosi', 'Transfers and Promotions Division'),
    sub('Bidang Pengadaan dan Informasi', 'Recruitment and Information Division'),
  ],
  DISPERUMKIMTAN: [sekretariat('Disperumkimtan'), sub('Bidang Perumahan', 'Housing Division'), sub('Bidang Pertanahan', 'Land Division')],
  SATPOLPP: [
    sekretariat('Satpol PP'),
    sub('Bidang Penegakan Perda', 'Bylaw Enforcement Division'),
    sub('Bidang Ketertiban Umum', 'Public Order Division'),
    sub('Bidang Perlindungan Masyarakat', 'Civil Protection Division'),
  ],
  DISDAG: [sekretariat('Dinas Perdagangan'), sub('Bidang Pengelolaan Pasar', 'Markets Division'), ...PASAR.map((p) => sub(`UPT Pasar ${p}`, `${p} Market Unit`))],
  DISDUKCAPIL: [sekretariat('Disdukcapil'), sub('Bidang Pelayanan Pendaftaran Penduduk', 'Residents Registration Division'), sub('Bidang Pencatatan Sipil', 'Civil Records Division')],
  INSPEKTORAT: [sekretariat('Inspektorat'), sub('Inspektur Pembantu Wilayah I', 'Assistant Inspector I'), sub('Inspektur Pembantu Wilayah II', 'Assistant Inspector II')],
};

/** How many ASN each OPD has, relative (its own office and sub-units together). */
const OPD_WEIGHT: Readonly<Record<string, number>> = {
  SETDA: 420,
  'SETDA-ORG': 40,
  DPUPR: 600,
  DLH: 900,
  DISHUB: 520,
  DPMPTSP: 150,
  DINKES: 1750,
  DISKOMINFOSP: 190,
  BKPSDM: 150,
  DISPERUMKIMTAN: 240,
  SATPOLPP: 450,
  DISDAG: 420,
  DISDUKCAPIL: 250,
  INSPEKTORAT: 100,
  'KEC-LAWEYAN': 230,
  'KEC-SERENGAN': 160,
  'KEC-PASAR-KLIWON': 210,
  'KEC-JEBRES': 230,
  'KEC-BANJARSARI': 290,
};

/**
 * Complaint handlers at 8,000 ASN: officers and supervisors in the OPD that own complaint
 * categories (cases are routed to the OPD itself), roughly in proportion to its complaints.
 */
const HANDLERS: Readonly<Record<string, { officers: number; supervisors: number }>> = {
  DPUPR: { officers: 44, supervisors: 6 },
  DLH: { officers: 38, supervisors: 5 },
  DISHUB: { officers: 30, supervisors: 4 },
  DINKES: { officers: 14, supervisors: 3 },
  SATPOLPP: { officers: 16, supervisors: 3 },
  DISDUKCAPIL: { officers: 18, supervisors: 3 },
  DPMPTSP: { officers: 10, supervisors: 2 },
  DISKOMINFOSP: { officers: 12, supervisors: 2 },
};

function codeOf(parent: string, name: string): string {
  const slug = name
    .replace(/^(UPT|Bidang|Bagian|Sekretariat|Inspektur Pembantu)\s+/i, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24);
  return `${parent}-${slug}`;
}

export interface OrgReport {
  units: number;
  staff: number;
  roles: Record<string, number>;
  holidays: number;
  courses: number;
}

const DEMO_UNIT_CODES = new Set(DEMO_UNITS.map((u) => u.code));

/**
 * Adds the generated sub-units, holidays and ASN (up to `asn` staff members in all, the demo's
 * included) to a database that holds the demo seed. Staff have no password: the benchmark signs
 * in with sessions it writes itself.
 */
export async function writeOrganisation(db: Db, writer: BulkWriter, rng: Rng, asn: number, createdAt: Date): Promise<OrgReport> {
  const unitRows = await db.select({ id: units.id, code: units.code }).from(units);
  const idOf = new Map(unitRows.map((u) => [u.code, u.id]));
  for (const code of DEMO_UNIT_CODES) if (!idOf.has(code)) throw new Error(`the demo seed has no unit ${code}`);

  // sub-units: each OPD's own list, and the kelurahan offices under their kecamatan
  const subs: { code: string; name: string; nameEn: string; parent: string }[] = [];
  for (const [parent, list] of Object.entries(SUB_UNITS)) for (const s of list) subs.push({ code: codeOf(parent, s.name), ...s, parent });
  for (const k of DEMO_KELURAHAN)
    subs.push({ code: codeOf(k.kecamatanCode, k.name), name: `Kelurahan ${k.name}`, nameEn: `${k.name} Village Office`, parent: k.kecamatanCode });
  let nextId = Math.max(...unitRows.map((u) => u.id)) + 1;
  const subRows = subs.map((s) => ({ id: nextId++, code: s.code, name: s.name, nameEn: s.nameEn, kind: 'bagian', parentId: idOf.get(s.parent)!, active: true, createdAt }));
  await writer.insert(units, subRows);
  for (const r of subRows) idOf.set(r.code, r.id);

  const existingHolidays = new Set((await db.select({ date: holidays.date }).from(holidays)).map((r) => r.date));
  const newHolidays = BENCH_HOLIDAYS.filter((x) => !existingHolidays.has(x.date));
  await writer.insert(holidays, newHolidays);

  // people: the demo's accounts stay; the rest are generated, spread over the units by weight
  const demo = await db.select({ id: staff.id, nip: staff.nip, email: staff.email }).from(staff);
  const usedNip = new Set(demo.map((s) => s.nip));
  const usedEmail = new Set(demo.map((s) => s.email));
  let staffId = Math.max(0, ...demo.map((s) => s.id)) + 1;
  const scale = asn / 8000;
  const roleCount: Record<string, number> = {};
  const staffRows: (typeof staff.$inferInsert)[] = [];
  const roleRows: (typeof staffRoles.$inferInsert)[] = [];

  const addPerson = (unitCode: string, position: string, roles: string[], senior = false) => {
    const p = personName(rng, senior);
    let n = nip(rng, p.female, staffId);
    while (usedNip.has(n)) n = nip(rng, p.female, staffId + rng.int(1, 999));
    usedNip.add(n);
    let email = `${p.handle}@bench.pelita.id`;
    for (let i = 2; usedEmail.has(email); i++) email = `${p.handle}${i}@bench.pelita.id`;
    usedEmail.add(email);
    const id = staffId++;
    staffRows.push({
      id,
      nip: n,
      name: p.name,
      email,
      unitId: idOf.get(unitCode)!,
      position,
      passwordHash: null,
      passwordParams: null,
      mustChangePassword: false,
      active: true,
      createdAt,
      updatedAt: null,
    });
    for (const role of roles) {
      roleRows.push({ staffId: id, role });
      roleCount[role] = (roleCount[role] ?? 0) + 1;
    }
  };

  // complaint handlers in the OPD offices
  for (const [code, n] of Object.entries(HANDLERS)) {
    for (let i = 0; i < Math.max(1, Math.round(n.officers * scale)); i++) addPerson(code, 'Pengelola Pengaduan', ['officer']);
    for (let i = 0; i < Math.max(1, Math.round(n.supervisors * scale)); i++) addPerson(code, 'Kepala Seksi', ['supervisor'], true);
  }
  // the city's complaint coordinators (ULAS), officials, course authors and administrators
  for (let i = 0; i < Math.max(1, Math.round(4 * scale)); i++) addPerson('DISKOMINFOSP', 'Pengelola Layanan Aspirasi', ['officer', 'complaint_coordinator']);
  for (const code of Object.keys(OPD_WEIGHT)) if (!code.startsWith('SETDA-')) addPerson(code, code.startsWith('KEC-') ? 'Camat' : 'Kepala Perangkat Daerah', ['official'], true);
  for (let i = 0; i < Math.max(1, Math.round(10 * scale)); i++) addPerson('BKPSDM', 'Widyaiswara', ['course_author'], true);
  for (let i = 0; i < 2; i++) addPerson('DISKOMINFOSP', 'Pranata Komputer', ['admin']);
  // a supervisor heads each sub-unit (evidence of learning is decided there)
  for (const s of subRows) addPerson(s.code, `Kepala ${s.name.split(' ')[0]}`, ['supervisor'], true);

  // everyone else: learners without a case role, in the OPD office or one of its sub-units
  const subsOf = new Map<string, string[]>();
  for (const s of subs) subsOf.set(s.parent, [...(subsOf.get(s.parent) ?? []), s.code]);
  const opds = Object.keys(OPD_WEIGHT);
  const weights = opds.map((c) => OPD_WEIGHT[c]!);
  const positions = ['Pelaksana', 'Analis Kebijakan', 'Pengadministrasi Umum', 'Penata Layanan Operasional', 'Pranata Komputer', 'Perawat', 'Bidan', 'Pengawas Lapangan', 'Arsiparis', 'Bendahara'];
  const target = Math.max(asn - demo.length, staffRows.length);
  while (staffRows.length < target) {
    const opd = rng.weighted(opds, weights);
    const own = subsOf.get(opd) ?? [];
    const unit = own.length && rng.chance(0.8) ? rng.pick(own) : opd;
    addPerson(unit, rng.pick(positions), []);
  }
  await writer.insert(staff, staffRows);
  await writer.insert(staffRoles, roleRows);
  await writer.flush();
  return { units: subRows.length, staff: demo.length + staffRows.length, roles: roleCount, holidays: newHolidays.length, courses: 0 };
}

// ---------------------------------------------------------------- courses

const COURSE_TOPICS: readonly { title: string; en: string; competency: string; jp: number; refresher?: boolean }[] = [
  { title: 'Pelayanan Prima bagi ASN', en: 'Service Excellence for Civil Servants', competency: 'komunikasi_pelayanan', jp: 4 },
  { title: 'Menulis Jawaban Pengaduan yang Jelas', en: 'Writing Clear Complaint Answers', competency: 'komunikasi_pelayanan', jp: 3 },
  { title: 'Mengelola Waktu Penyelesaian Layanan', en: 'Managing Service Lead Times', competency: 'manajemen_waktu', jp: 3 },
  { title: 'Prioritas Kerja dan Tenggat SLA', en: 'Work Priorities and SLA Deadlines', competency: 'manajemen_waktu', jp: 2 },
  { title: 'Penanganan Pengaduan Berbasis SP4N-LAPOR!', en: 'Complaint Handling with SP4N-LAPOR!', competency: 'penanganan_pengaduan', jp: 4 },
  { title: 'Disposisi Lintas Perangkat Daerah', en: 'Forwarding Between Offices', competency: 'penanganan_pengaduan', jp: 2 },
  { title: 'Keamanan Informasi untuk Pegawai', en: 'Information Security for Staff', competency: 'literasi_digital', jp: 3 },
  { title: 'Tata Kelola Data dan Privasi Warga', en: 'Data Governance and Citizen Privacy', competency: 'literasi_digital', jp: 4 },
  { title: 'Aplikasi Perkantoran Daring', en: 'Online Office Tools', competency: 'literasi_digital', jp: 2 },
  { title: 'Dasar Perizinan Berusaha Berbasis Risiko', en: 'Risk-Based Business Licensing Basics', competency: 'regulasi_perizinan:umum', jp: 4 },
  { title: 'Pemeriksaan Dokumen Bangunan Gedung', en: 'Reviewing Building Documents', competency: 'regulasi_perizinan:pbg', jp: 5 },
  { title: 'Kepemimpinan Transformasi Digital', en: 'Leading Digital Transformation', competency: 'kepemimpinan_digital', jp: 4 },
  { title: 'Manajemen Kinerja Tim Layanan', en: 'Managing Service Team Performance', competency: 'kepemimpinan_digital', jp: 3 },
  { title: 'Integritas dan Pencegahan Gratifikasi', en: 'Integrity and Preventing Gratuities', competency: 'etika_integritas', jp: 2 },
  { title: 'Kode Etik dan Perilaku ASN', en: 'Civil Service Code of Conduct', competency: 'etika_integritas', jp: 2 },
  { title: 'Pelayanan Ramah Disabilitas', en: 'Disability-Friendly Service', competency: 'komunikasi_pelayanan', jp: 3 },
  { title: 'Komunikasi Krisis di Media Sosial', en: 'Crisis Communication on Social Media', competency: 'komunikasi_pelayanan', jp: 3 },
  { title: 'Statistik Dasar untuk Pelaporan Kinerja', en: 'Basic Statistics for Performance Reports', competency: 'literasi_digital', jp: 4 },
  { title: 'Penyusunan Standar Pelayanan', en: 'Writing Service Standards', competency: 'penanganan_pengaduan', jp: 3 },
  { title: 'Survei Kepuasan Masyarakat', en: 'Citizen Satisfaction Surveys', competency: 'penanganan_pengaduan', jp: 2 },
  { title: 'Arsip Elektronik dan Naskah Dinas', en: 'Electronic Records and Official Letters', competency: 'literasi_digital', jp: 2 },
  { title: 'Penyegaran Etika dan Integritas Tahunan', en: 'Yearly Ethics and Integrity Refresher', competency: 'etika_integritas', jp: 2, refresher: true },
];

export interface BenchCourse {
  id: number;
  code: string;
  titleId: string;
  titleEn: string;
  jp: number;
  yearlyRefresher: boolean;
  lessons: { id: number; title: string }[];
  questions: { id: number; kind: string; keys: string[]; correct: string }[];
  passPercent: number;
  questionCount: number;
  timeLimitMinutes: number;
  maxAttempts: number;
}

/**
 * The generated self-paced courses, with lessons, a question bank and their author, and the
 * demo's own self-paced courses: what the enrolments learn from.
 */
export async function writeCourses(db: Db, writer: BulkWriter, rng: Rng, createdAt: Date): Promise<BenchCourse[]> {
  const existing = await db.select().from(trainingCourses);
  const authors = (
    await db
      .select({ id: staffRoles.staffId })
      .from(staffRoles)
      .where(eq(staffRoles.role, 'course_author'))
  ).map((r) => r.id);
  let courseId = Math.max(0, ...existing.map((c) => c.id)) + 1;
  const maxLesson = (await db.select({ id: trainingLessons.id }).from(trainingLessons)).reduce((m, r) => Math.max(m, r.id), 0);
  const maxQuestion = (await db.select({ id: trainingQuestions.id }).from(trainingQuestions)).reduce((m, r) => Math.max(m, r.id), 0);
  let lessonId = maxLesson + 1;
  let questionId = maxQuestion + 1;
  const courseRows: (typeof trainingCourses.$inferInsert)[] = [];
  const lessonRows: (typeof trainingLessons.$inferInsert)[] = [];
  const questionRows: (typeof trainingQuestions.$inferInsert)[] = [];
  const authorRows: (typeof trainingCourseAuthors.$inferInsert)[] = [];
  const out: BenchCourse[] = [];
  COURSE_TOPICS.forEach((t, i) => {
    const id = courseId++;
    const code = `BNC-${String(i + 1).padStart(2, '0')}`;
    courseRows.push({
      id,
      code,
      titleId: t.title,
      titleEn: t.en,
      descriptionId: `Kursus mandiri ${t.jp} JP: ${t.title.toLowerCase()}. Dibangkitkan untuk data uji beban.`,
      descriptionEn: `A ${t.jp}-JP self-paced course: ${t.en.toLowerCase()}. Generated for the load-test data set.`,
      competencies: JSON.stringify([t.competency]),
      jp: t.jp,
      mode: 'self_paced',
      audienceRoles: '[]',
      audienceUnits: '[]',
      prerequisites: '[]',
      published: true,
      quizQuestionCount: 5,
      quizPassPercent: 70,
      quizMaxAttempts: 3,
      quizTimeLimitMinutes: 20,
      yearlyRefresher: t.refresher === true,
      createdAt,
      updatedAt: null,
    });
    const lessons: BenchCourse['lessons'] = [];
    const lessonCount = rng.int(3, 5);
    for (let p = 1; p <= lessonCount; p++) {
      const lid = lessonId++;
      const title = `Bagian ${p}: ${t.title}`;
      lessons.push({ id: lid, title });
      lessonRows.push({
        id: lid,
        courseId: id,
        position: p,
        title,
        body: `## ${title}\n\nMateri ini menjelaskan pokok bahasan bagian ${p} dengan contoh dari layanan kota.\n\n- Tujuan pembelajaran\n- Contoh kasus\n- Rangkuman`,
        imageUrl: null,
        imageAlt: null,
        videoUrl: null,
        materialUrl: null,
        materialLabel: null,
        minutes: rng.int(8, 25),
      });
    }
    const questions: BenchCourse['questions'] = [];
    for (let q = 1; q <= 8; q++) {
      const qid = questionId++;
      const tf = q % 4 === 0;
      const keys = tf ? ['benar', 'salah'] : ['a', 'b', 'c', 'd'];
      const correct = rng.pick(keys);
      questions.push({ id: qid, kind: tf ? 'true_false' : 'multiple_choice', keys, correct });
      questionRows.push({
        id: qid,
        courseId: id,
        kind: tf ? 'true_false' : 'multiple_choice',
        prompt: `Pertanyaan ${q} tentang ${t.title.toLowerCase()}.`,
        options: JSON.stringify(tf ? [{ key: 'benar', text: 'Benar' }, { key: 'salah', text: 'Salah' }] : keys.map((k) => ({ key: k, text: `Pilihan ${k.toUpperCase()}` }))),
        correctKey: correct,
        explanation: 'Lihat rangkuman materi.',
        active: true,
      });
    }
    if (authors.length) authorRows.push({ courseId: id, staffId: rng.pick(authors), firstAt: createdAt });
    out.push({ id, code, titleId: t.title, titleEn: t.en, jp: t.jp, yearlyRefresher: t.refresher === true, lessons, questions, passPercent: 70, questionCount: 5, timeLimitMinutes: 20, maxAttempts: 3 });
  });
  await writer.insert(trainingCourses, courseRows);
  await writer.insert(trainingLessons, lessonRows);
  await writer.insert(trainingQuestions, questionRows);
  await writer.insert(trainingCourseAuthors, authorRows);
  await writer.flush();

  // the demo's self-paced courses take learners too
  for (const c of existing.filter((x) => x.mode === 'self_paced' && x.published)) {
    const lessons = await db.select({ id: trainingLessons.id, title: trainingLessons.title }).from(trainingLessons).where(eq(trainingLessons.courseId, c.id));
    const bank = await db.select().from(trainingQuestions).where(eq(trainingQuestions.courseId, c.id));
    if (!lessons.length || bank.length < c.quizQuestionCount) continue;
    out.push({
      id: c.id,
      code: c.code,
      titleId: c.titleId,
      titleEn: c.titleEn,
      jp: c.jp,
      yearlyRefresher: c.yearlyRefresher,
      lessons,
      questions: bank.map((q) => ({ id: q.id, kind: q.kind, keys: (JSON.parse(q.options) as { key: string }[]).map((o) => o.key), correct: q.correctKey })),
      passPercent: c.quizPassPercent,
      questionCount: c.quizQuestionCount,
      timeLimitMinutes: c.quizTimeLimitMinutes,
      maxAttempts: c.quizMaxAttempts,
    });
  }
  return out;
}
