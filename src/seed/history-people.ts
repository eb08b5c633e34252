// The people of the demo history (src/seed/history-plan.ts): how each complaint officer works,
// and what each ASN of the demo learns over the year. Written out as tables so that what the
// dashboards show can be traced to a line here: who is slow, who is curt with citizens, who took
// "Komunikasi Pelayanan Prima" half a year ago and got better, and how many JP each person earns.

/** How an officer handles the cases of their unit. */
export interface OfficerProfile {
  email: string;
  unit: string;
  /** their part of the unit's cases (relative weight) */
  share: number;
  /** median office hours from a case's arrival to the first response */
  frHours: number;
  /** median part of the category's SLA an officer takes to resolve (1: on the deadline) */
  pace: number;
  /** mean score citizens give for element 7, Perilaku Pelaksana (staff conduct), 1–4 */
  conduct: number;
  /** mean score of the elements that follow the service more than the person (1, 2, 5, 6, 9) */
  quality: number;
  /**
   * Completes KPP-01 "Komunikasi Pelayanan Prima" this many days before `now` (about half a year:
   * 90 days before and after lie inside the history); from then on they work as `after` says.
   */
  kpp?: { daysAgo: number; after: { frHours: number; pace: number; conduct: number } };
}

const PRIMA_AFTER = { frHours: 1.5, pace: 0.5, conduct: 3.5 };

/**
 * Every complaint officer. Six of them (one per unit with colleagues) complete KPP-01 at mid-year
 * and visibly improve; their colleagues in the same units do not take it and stay as they were,
 * so the training-impact estimate (docs/metrics.md §5.3) has five or more people on each side.
 * Sri Wahyuningsih (the documented DPUPR log-in) stays curt and untrained, so /kinerja shows her
 * the recommendation; Hendra Kurniawan is slow, so his SLA compliance lags.
 */
export const OFFICERS: readonly OfficerProfile[] = [
  { email: 'petugas.dpupr@demo.pelita.id', unit: 'DPUPR', share: 1, frHours: 3, pace: 0.62, conduct: 2.65, quality: 3.0 },
  { email: 'petugas2.dpupr@demo.pelita.id', unit: 'DPUPR', share: 1, frHours: 5, pace: 0.9, conduct: 2.5, quality: 3.0, kpp: { daysAgo: 182, after: PRIMA_AFTER } },
  { email: 'petugas3.dpupr@demo.pelita.id', unit: 'DPUPR', share: 1, frHours: 2, pace: 0.6, conduct: 3.2, quality: 3.2 },
  { email: 'petugas.dlh@demo.pelita.id', unit: 'DLH', share: 1, frHours: 5, pace: 0.88, conduct: 2.55, quality: 3.0, kpp: { daysAgo: 176, after: PRIMA_AFTER } },
  { email: 'petugas2.dlh@demo.pelita.id', unit: 'DLH', share: 1, frHours: 2, pace: 0.58, conduct: 3.15, quality: 3.2 },
  { email: 'petugas3.dlh@demo.pelita.id', unit: 'DLH', share: 1, frHours: 3, pace: 0.65, conduct: 3.0, quality: 3.0 },
  { email: 'petugas.dishub@demo.pelita.id', unit: 'DISHUB', share: 1, frHours: 8, pace: 1.02, conduct: 3.0, quality: 2.9 },
  { email: 'petugas2.dishub@demo.pelita.id', unit: 'DISHUB', share: 1, frHours: 4, pace: 0.88, conduct: 2.6, quality: 3.0, kpp: { daysAgo: 188, after: PRIMA_AFTER } },
  { email: 'petugas.dinkes@demo.pelita.id', unit: 'DINKES', share: 1, frHours: 4, pace: 0.85, conduct: 2.6, quality: 3.1, kpp: { daysAgo: 179, after: PRIMA_AFTER } },
  { email: 'petugas2.dinkes@demo.pelita.id', unit: 'DINKES', share: 1, frHours: 2.5, pace: 0.6, conduct: 3.1, quality: 3.1 },
  { email: 'petugas.satpolpp@demo.pelita.id', unit: 'SATPOLPP', share: 1, frHours: 5, pace: 0.88, conduct: 2.5, quality: 2.9, kpp: { daysAgo: 185, after: PRIMA_AFTER } },
  { email: 'petugas2.satpolpp@demo.pelita.id', unit: 'SATPOLPP', share: 1, frHours: 3, pace: 0.65, conduct: 3.0, quality: 3.0 },
  { email: 'petugas2.disdukcapil@demo.pelita.id', unit: 'DISDUKCAPIL', share: 1, frHours: 4, pace: 0.85, conduct: 2.6, quality: 3.0, kpp: { daysAgo: 173, after: PRIMA_AFTER } },
  { email: 'petugas.disdukcapil@demo.pelita.id', unit: 'DISDUKCAPIL', share: 1, frHours: 2.5, pace: 0.6, conduct: 3.1, quality: 3.1 },
  { email: 'petugas.dpmptsp@demo.pelita.id', unit: 'DPMPTSP', share: 1, frHours: 2, pace: 0.55, conduct: 3.3, quality: 3.3 },
  { email: 'petugas.diskominfo@demo.pelita.id', unit: 'DISKOMINFOSP', share: 1, frHours: 1.5, pace: 0.5, conduct: 3.4, quality: 3.3 },
];

/** The supervisor who assigns some of a unit's cases (units without one: officers claim all). */
export const ASSIGNERS: Readonly<Record<string, string>> = {
  DPUPR: 'kabid.dpupr@demo.pelita.id',
  DLH: 'kabid.dlh@demo.pelita.id',
  DISHUB: 'kabid.dishub@demo.pelita.id',
  DPMPTSP: 'kabid.dpmptsp@demo.pelita.id',
  DINKES: 'kabid.dinkes@demo.pelita.id',
};

/** The course author who schedules the classroom sessions of the year and takes attendance. */
export const FACILITATOR = 'pengajar@demo.pelita.id';

/** A classroom session of the past year, `daysAgo` days before `now` (moved to a working day that is not a Friday). */
export interface PastSession {
  course: string;
  daysAgo: number;
  title: string;
  from: string;
  to: string;
  place: string;
  capacity: number;
  jp: number;
}

export const PAST_SESSIONS: Readonly<Record<string, PastSession>> = {
  ppg: { course: 'PPG-01', daysAgo: 95, title: 'Klinik kasus pengaduan (angkatan pertengahan tahun)', from: '09:00', to: '12:00', place: 'Ruang Rapat BKPSDM, Balai Kota Surakarta', capacity: 25, jp: 3 },
  pbg: { course: 'PBG-01', daysAgo: 200, title: 'Praktik pemeriksaan dokumen PBG di SIMBG', from: '08:30', to: '15:00', place: 'Aula DPUPR Kota Surakarta', capacity: 20, jp: 6 },
  kpd: { course: 'KPD-01', daysAgo: 140, title: 'Lokakarya kepemimpinan layanan digital', from: '09:00', to: '12:00', place: 'Ruang Rapat BKPSDM, Balai Kota Surakarta', capacity: 20, jp: 3 },
};

/**
 * One course taken: enrolled and learned on the working day `daysAgo` days before `now`. A
 * blended course's classroom part is its `session` (a key of PAST_SESSIONS); `absent` misses it.
 * `lessonsOnly` stops after that many lessons (still learning); `failFirst` fails the quiz once.
 */
export interface CoursePlan {
  course: string;
  daysAgo: number;
  session?: string;
  absent?: boolean;
  lessonsOnly?: number;
  failFirst?: boolean;
}

/** Other learning sent as evidence `daysAgo` days before `now`, ending the day before. */
export interface EvidencePlan {
  kind: 'coaching' | 'mentoring' | 'on_the_job' | 'external_course' | 'seminar';
  title: string;
  provider: string;
  daysAgo: number;
  days: number;
  jp: number;
  decision: 'approve' | 'reject' | 'pending';
}

export interface LearningPlan {
  courses?: CoursePlan[];
  evidence?: EvidencePlan[];
}

const KPP = (daysAgo: number, failFirst = false): CoursePlan => ({ course: 'KPP-01', daysAgo, failFirst });
const LDA = (daysAgo: number): CoursePlan => ({ course: 'LDA-01', daysAgo });
const MWP = (daysAgo: number, failFirst = false): CoursePlan => ({ course: 'MWP-01', daysAgo, failFirst });
const PPG = (daysAgo: number, absent = false): CoursePlan => ({ course: 'PPG-01', daysAgo, session: 'ppg', absent });
const PBG = (daysAgo: number): CoursePlan => ({ course: 'PBG-01', daysAgo, session: 'pbg' });
const KPD = (daysAgo: number): CoursePlan => ({ course: 'KPD-01', daysAgo, session: 'kpd' });
const WEBINAR = (daysAgo: number, jp: number, decision: EvidencePlan['decision'] = 'approve'): EvidencePlan => ({
  kind: 'seminar',
  title: 'Webinar Pelayanan Publik Inklusif',
  provider: 'Kementerian PANRB',
  daysAgo,
  days: 1,
  jp,
  decision,
});

/**
 * What each ASN learns over the year. JP of a course: KPP 4, MWP 3, LDA 3, PPG 4 + 3 in class,
 * PBG 6 + 6 in class, KPD 4 + 3 in class (a blended course's own JP only once its session is
 * attended). The KPP dates of the six improving officers are their profiles' (OFFICERS).
 */
export const LEARNING: Readonly<Record<string, LearningPlan>> = {
  // the six who take Komunikasi Pelayanan Prima at mid-year, then the complaint-handling clinic
  'petugas2.dpupr@demo.pelita.id': { courses: [KPP(182), PPG(112), LDA(30)], evidence: [WEBINAR(60, 3)] },
  'petugas.dlh@demo.pelita.id': { courses: [KPP(176), PPG(110), LDA(75)] },
  'petugas2.dishub@demo.pelita.id': { courses: [LDA(240), KPP(188), PPG(115)], evidence: [{ kind: 'on_the_job', title: 'Magang manajemen rekayasa lalu lintas', provider: 'Dinas Perhubungan Provinsi Jawa Tengah', daysAgo: 40, days: 2, jp: 8, decision: 'approve' }] },
  'petugas.dinkes@demo.pelita.id': { courses: [KPP(179), PPG(108)], evidence: [WEBINAR(20, 2)] },
  'petugas.satpolpp@demo.pelita.id': { courses: [KPP(185, true), PPG(113, true)] },
  'petugas2.disdukcapil@demo.pelita.id': { courses: [KPP(173), PPG(111), LDA(45)] },
  // their colleagues, who do not take it
  'petugas.dpupr@demo.pelita.id': { courses: [LDA(240)] },
  'petugas3.dpupr@demo.pelita.id': {
    courses: [PBG(214), MWP(150), LDA(90)],
    evidence: [{ kind: 'seminar', title: 'Seminar Nasional Teknologi Perkerasan Jalan', provider: 'Himpunan Pengembangan Jalan Indonesia', daysAgo: 30, days: 1, jp: 4, decision: 'approve' }],
  },
  'petugas2.dlh@demo.pelita.id': {
    courses: [LDA(210), MWP(130)],
    evidence: [
      { kind: 'coaching', title: 'Coaching penyusunan laporan pengawasan lingkungan', provider: 'Dinas Lingkungan Hidup Kota Surakarta', daysAgo: 100, days: 1, jp: 2, decision: 'approve' },
      { kind: 'external_course', title: 'Diklat Pengawas Lingkungan Hidup Daerah', provider: 'Kementerian Lingkungan Hidup', daysAgo: 45, days: 2, jp: 16, decision: 'approve' },
    ],
  },
  'petugas3.dlh@demo.pelita.id': {
    courses: [LDA(50)],
    evidence: [{ kind: 'seminar', title: 'Sosialisasi bank sampah', provider: 'Kelurahan Mojosongo', daysAgo: 20, days: 1, jp: 2, decision: 'reject' }],
  },
  'petugas.dishub@demo.pelita.id': { courses: [LDA(60), { course: 'MWP-01', daysAgo: 8, lessonsOnly: 1 }] },
  'petugas2.dinkes@demo.pelita.id': { courses: [MWP(160), LDA(70)], evidence: [WEBINAR(120, 3)] },
  'petugas2.satpolpp@demo.pelita.id': {
    courses: [{ course: 'LDA-01', daysAgo: 20, lessonsOnly: 2 }],
    evidence: [{ kind: 'on_the_job', title: 'Pendampingan penegakan Perda ketertiban umum', provider: 'Satpol PP Provinsi Jawa Tengah', daysAgo: 80, days: 1, jp: 4, decision: 'approve' }],
  },
  'petugas.disdukcapil@demo.pelita.id': { courses: [LDA(200), MWP(100, true)], evidence: [WEBINAR(6, 2, 'pending')] },
  'petugas.dpmptsp@demo.pelita.id': {
    courses: [KPP(300), PBG(216), LDA(150)],
    evidence: [{ kind: 'seminar', title: 'Bimbingan teknis OSS berbasis risiko (PP 28/2025)', provider: 'Kementerian Investasi/BKPM', daysAgo: 60, days: 1, jp: 6, decision: 'approve' }],
  },
  'petugas.diskominfo@demo.pelita.id': {
    courses: [KPP(250), LDA(180), PPG(106), MWP(40)],
    evidence: [{ kind: 'external_course', title: 'Bimtek pengelola SP4N-LAPOR!', provider: 'Kementerian PANRB', daysAgo: 140, days: 2, jp: 8, decision: 'approve' }],
  },
  // supervisors, officials, the administrator and the course author
  'kabid.dpupr@demo.pelita.id': {
    courses: [PBG(218), KPD(150)],
    evidence: [{ kind: 'coaching', title: 'Coaching kepemimpinan bidang', provider: 'BKPSDM Kota Surakarta', daysAgo: 90, days: 1, jp: 2, decision: 'approve' }],
  },
  'kabid.dlh@demo.pelita.id': { courses: [KPD(152), LDA(120)], evidence: [WEBINAR(35, 4)] },
  'kabid.dishub@demo.pelita.id': { courses: [KPD(149)] },
  'kabid.dpmptsp@demo.pelita.id': { courses: [PBG(220), KPD(154), MWP(80)] },
  'kabid.dinkes@demo.pelita.id': { courses: [KPD(151), LDA(100), KPP(30)] },
  // nobody in the demo decides the evidence of BKPSDM's only supervisor: she learns by courses
  'kabid.bkpsdm@demo.pelita.id': { courses: [KPD(153), LDA(65), MWP(35)] },
  'pimpinan@demo.pelita.id': {
    courses: [KPD(155)],
    evidence: [{ kind: 'seminar', title: 'Rapat kerja nasional pelayanan publik', provider: 'Ombudsman Republik Indonesia', daysAgo: 75, days: 1, jp: 6, decision: 'approve' }],
  },
  'bkpsdm@demo.pelita.id': {
    courses: [KPD(156), LDA(95)],
    evidence: [{ kind: 'external_course', title: 'Pelatihan ASN Corporate University', provider: 'Lembaga Administrasi Negara', daysAgo: 170, days: 1, jp: 8, decision: 'approve' }],
  },
  'admin@demo.pelita.id': {
    courses: [LDA(250), KPD(148), KPP(60)],
    evidence: [{ kind: 'external_course', title: 'Pelatihan keamanan siber pemerintah daerah', provider: 'Badan Siber dan Sandi Negara', daysAgo: 190, days: 2, jp: 16, decision: 'approve' }],
  },
  'pengajar@demo.pelita.id': {
    courses: [LDA(230)],
    evidence: [{ kind: 'external_course', title: 'Training of Trainers pelayanan publik', provider: 'Lembaga Administrasi Negara', daysAgo: 210, days: 2, jp: 12, decision: 'approve' }],
  },
};
