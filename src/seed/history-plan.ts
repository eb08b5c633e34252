// The demo's year of history as a plan: every complaint, every officer's and citizen's action on
// it, every step of the year's training, and the runs of the scheduled jobs, each at its instant,
// in the order they happen. Pure and deterministic: the seed number, `now` and the holiday
// calendar give the same plan on every runtime. src/seed/history.ts carries it out through the
// real case kernel and training module with a clock that moves from step to step, so the history
// is exactly what the app would have recorded.
//
// What makes it look like Surakarta's year:
// - volume per category (YEARLY_CASES) with the seasons: Solo's rainy season runs from November
//   to April, with flooding and fallen trees at its height and potholes a month after the rain;
//   open burning and dust in the dry months; civil-registration complaints at school enrolment;
// - a weekly rhythm (Mondays busiest, weekends quiet, holidays quieter), and hours of the day
//   (mornings and evenings after work);
// - officers who work as their profiles say (src/seed/history-people.ts): first response and
//   resolution times, how citizens rate their conduct, and who improves after a course;
// - the paths a complaint takes: verification and claim or assignment by the kepala bidang,
//   progress replies, requests for information (answered, withdrawn by staff, or left to expire
//   and then closed or resolved), disposisi to another unit (always from the ULAS desk of
//   "Lainnya", sometimes between units), declines and appeals, reopens, withdrawals by the citizen,
//   closing by staff, neglected cases that the escalation job takes up, and SKM ratings.
import type { ComplaintDraft } from '../domain/complaints/draft';
import { addWorkingDays, addWorkingMillis, isWorkingDay, jakartaWeekday, nextWorkingDay, workingMillisBetween, type HolidaySet } from '../domain/sla/calendar';
import { jakartaDate, jakartaMidnight, JAKARTA_OFFSET_MS } from '../domain/time/jakarta';
import { DEMO_KELURAHAN, DEMO_RESPONSE_TEMPLATES, DEMO_SERVICES, DEMO_UNITS } from './demo-data';
import {
  APPEALS,
  CITIZEN_ANSWERS,
  CITIZEN_NAMES,
  CLOSE_MESSAGE,
  CLOSE_UNANSWERED,
  COMPLAINT_TEXTS,
  CONDUCT_COMPLAINTS,
  CROSS_FORWARDS,
  DECLINES,
  FORWARD_FROM_ULAS,
  forwardMessage,
  LAINNYA_ROUTES,
  LANDMARKS,
  NOTES,
  PRAISE,
  REOPENS,
  REQUEST_INFO,
  RESOLUTIONS,
  RESOLVE_WITHOUT_ANSWER,
  SLOWNESS_COMPLAINTS,
  STREETS,
  WITHDRAWALS,
} from './demo-history-texts';
import { ASSIGNERS, LEARNING, OFFICERS, PAST_SESSIONS, type EvidencePlan, type OfficerProfile } from './history-people';
import { chance, intBetween, pick, poisson, stream, weighted, type Rng } from './prng';

/** The seed number of the demo history: the same number and the same `now` give the same year. */
export const DEMO_HISTORY_SEED = 17081945;

/**
 * Complaints a year per category, before the seasons shape them: about 350 in all. The history is
 * made through the kernel on the first request (every step is a few queries and a roll-up
 * rewrite), so the volume is what seeds in well under half a minute on local D1; most of it goes
 * to the units whose officers the training-impact estimate compares (docs/metrics.md §5.3), about
 * two dozen a year for each of their officers, so each has ratings in the 90 days on either side.
 */
export const YEARLY_CASES: Readonly<Record<string, number>> = {
  'jalan-rusak': 38,
  'drainase-genangan': 32,
  'pju-mati': 22,
  sampah: 40,
  'pencemaran-kebisingan': 12,
  'parkir-lalu-lintas': 26,
  'pohon-tumbang': 18,
  'pelayanan-puskesmas': 46,
  'pkl-ketertiban': 46,
  adminduk: 48,
  'layanan-perizinan': 8,
  lainnya: 14,
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The history covers the year up to `now`. */
export const HISTORY_DAYS = 365;
/** Office hours, in minutes after midnight WIB: 07:30–16:00 on working days. */
const OFFICE_FROM = 7 * 60 + 30;
const OFFICE_TO = 16 * 60;
const OFFICE_DAY_HOURS = (OFFICE_TO - OFFICE_FROM) / 60;
/**
 * The scheduled jobs run every 15 minutes in the app; the history runs them on Monday and
 * Thursday mornings (each run costs as much as a few officers' actions). Escalations are
 * therefore those still standing at a run; expiries and auto-closes come up to three days late.
 */
const JOBS_AT_MINUTE = 7 * 60;
const JOB_WEEKDAYS: ReadonlySet<number> = new Set([1, 4]);

/** The first run of the scheduled jobs after `t`. */
function jobRunAfter(t: number): number {
  for (let day = dateOf(t); ; day = dateOf(jakartaMidnight(day).getTime() + DAY + HOUR)) {
    const at = atMinute(day, JOBS_AT_MINUTE);
    if (at > t && JOB_WEEKDAYS.has(jakartaWeekday(day))) return at;
  }
}

// ---------------------------------------------------------------- what the plan is made of

/** One thing done to a complaint. Staff are named by e-mail, units by code, categories by code. */
export type CaseStep =
  | { kind: 'submit'; draft: ComplaintDraft }
  | {
      kind: 'staff';
      by: string;
      action: string;
      message?: string;
      toUnit?: string;
      service?: string;
      assignee?: string;
      privacy?: string;
      declineReason?: 'invalid' | 'outside_city';
    }
  | { kind: 'provide_info'; message: string }
  | { kind: 'withdraw'; message: string }
  | { kind: 'reopen'; message: string }
  | { kind: 'rate'; elements: number[]; comment: string | null };

/** One step of the year's training, through the training module. */
export type TrainingStep =
  | { kind: 'enrol'; who: string; course: string }
  | { kind: 'lessons'; who: string; course: string; count: number | null }
  | { kind: 'quiz'; who: string; course: string; correct: number }
  | { kind: 'session'; key: string; session: PlacedPastSession }
  | { kind: 'register'; who: string; session: string }
  | { kind: 'attendance'; session: string; present: string[] }
  | { kind: 'evidence'; who: string; key: string; evidence: EvidencePlan; startDate: string; endDate: string }
  | { kind: 'decide'; key: string; decision: 'approve' | 'reject'; reason: string };

/** What happens at one instant: a case's step, a training step, or the morning run of the jobs. */
export type StepBody = { type: 'case'; caseNo: number; step: CaseStep } | { type: 'training'; step: TrainingStep } | { type: 'jobs' };

export type PlannedStep = { at: number; seq: number } & StepBody;

export interface PlacedPastSession {
  course: string;
  title: string;
  startsAt: number;
  endsAt: number;
  place: string;
  capacity: number;
  jp: number;
}

export interface HistoryPlan {
  from: number;
  now: number;
  cases: number;
  steps: PlannedStep[];
  /** when each improving officer completed KPP-01 (their profiles switch there) */
  kppCompletedAt: Map<string, number>;
}

export interface PlanInput {
  seed: number;
  now: Date;
  holidays: HolidaySet;
  /** the days up to `now` the history covers (HISTORY_DAYS) */
  days?: number;
}

// ---------------------------------------------------------------- time helpers (WIB)

function minuteOfDay(t: number): number {
  return Math.floor((((t + JAKARTA_OFFSET_MS) % DAY) + DAY) % DAY / MINUTE);
}

function atMinute(date: string, minute: number): number {
  return jakartaMidnight(date).getTime() + minute * MINUTE;
}

function dateOf(t: number): string {
  return jakartaDate(new Date(t));
}

/** The instant `hours` of office time (07:30–16:00 on working days) after `from`. */
function afterOffice(from: number, hours: number, holidays: HolidaySet): number {
  let date = dateOf(from);
  let minute = minuteOfDay(from);
  let left = Math.max(0, Math.round(hours * 60));
  for (;;) {
    if (!isWorkingDay(date, holidays) || minute >= OFFICE_TO) {
      date = nextWorkingDay(date, holidays);
      minute = OFFICE_FROM;
      continue;
    }
    if (minute < OFFICE_FROM) minute = OFFICE_FROM;
    const available = OFFICE_TO - minute;
    if (left <= available) return atMinute(date, minute + left);
    left -= available;
    date = nextWorkingDay(date, holidays);
    minute = OFFICE_FROM;
  }
}

/** A moment a citizen acts, `days` (fractional) after `from`, moved into 06:00–22:00. */
function citizenAfter(rng: Rng, from: number, days: number): number {
  const t = from + days * DAY;
  const m = minuteOfDay(t);
  if (m >= 6 * 60 && m < 22 * 60) return t;
  const date = dateOf(m < 6 * 60 ? t : t + DAY);
  return atMinute(date, 6 * 60 + intBetween(rng, 0, 180));
}

/** The working day at or before `daysAgo` days before `now`, not a Friday when asked (classroom days). */
function workingDayBefore(now: number, daysAgo: number, holidays: HolidaySet, notFriday = false): string {
  let t = now - daysAgo * DAY;
  for (;;) {
    const d = dateOf(t);
    if (isWorkingDay(d, holidays) && !(notFriday && jakartaWeekday(d) === 5)) return d;
    t -= DAY;
  }
}

/** A standard normal draw (Box–Muller). */
function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** A positive factor around 1: most draws near it, a few far above (waiting times are skewed). */
function spread(rng: Rng, sigma: number): number {
  return Math.exp(sigma * normal(rng));
}

// ---------------------------------------------------------------- volume and seasons

/** How rainy each month is in Solo (January first), relative to the year. */
const RAIN = [1.6, 1.7, 1.4, 1.1, 0.7, 0.5, 0.4, 0.4, 0.5, 0.8, 1.3, 1.6];

function rawSeason(category: string, month: number): number {
  const rain = RAIN[month]!;
  switch (category) {
    case 'drainase-genangan':
    case 'pohon-tumbang':
      return rain ** 1.5;
    case 'jalan-rusak':
      return RAIN[(month + 11) % 12]!; // potholes open up a month after the rain
    case 'sampah':
      return 0.8 + 0.2 * rain;
    case 'pencemaran-kebisingan':
      return 1.7 - 0.5 * rain; // open burning and dust in the dry season
    case 'adminduk':
      return month === 5 || month === 6 ? 1.8 : 0.9; // school enrolment in June and July
    default:
      return 1;
  }
}

/** The season's factor for a category in a month, scaled so that its year averages 1. */
function season(category: string, month: number): number {
  let sum = 0;
  for (let m = 0; m < 12; m++) sum += rawSeason(category, m);
  return rawSeason(category, month) / (sum / 12);
}

/** Sunday first: Mondays are the busiest, weekends quiet. */
const WEEKDAY = [0.5, 1.3, 1.2, 1.1, 1.0, 0.9, 0.6].map((w) => (w * 7) / 6.6);
/** Hours of the day citizens write, weighted (mornings, and evenings after work). */
const HOURS: (readonly [number, number])[] = [
  [0, 0.1], [1, 0.05], [2, 0.05], [3, 0.05], [4, 0.1], [5, 0.3], [6, 0.8], [7, 1.1], [8, 1.4], [9, 1.4], [10, 1.3], [11, 1.1],
  [12, 1.0], [13, 1.0], [14, 0.9], [15, 0.9], [16, 0.9], [17, 0.9], [18, 1.1], [19, 1.4], [20, 1.4], [21, 1.1], [22, 0.6], [23, 0.3],
];

// ---------------------------------------------------------------- the world the plan uses

interface Category {
  code: string;
  unit: string;
  slaDays: number;
  firstResponseDays: number;
}

const CATEGORIES: ReadonlyMap<string, Category> = new Map(
  DEMO_SERVICES.filter((s) => s.kind === 'complaint').map((s) => [s.code, { code: s.code, unit: s.unitCode, slaDays: s.slaDays, firstResponseDays: s.firstResponseDays }]),
);

function category(code: string): Category {
  const c = CATEGORIES.get(code);
  if (!c) throw new Error(`demo history: no complaint category ${code}`);
  return c;
}

const UNIT_NAMES: ReadonlyMap<string, string> = new Map(DEMO_UNITS.map((u) => [u.code, u.name]));

/** Kelurahan along the rivers (Bengawan Solo, Kali Pepe, Kali Anyar), where drains overflow first. */
const FLOOD_PRONE = new Set([
  'pasar-kliwon-sangkrah',
  'pasar-kliwon-semanggi',
  'pasar-kliwon-joyosuran',
  'pasar-kliwon-kampung-baru',
  'jebres-pucangsawit',
  'jebres-jebres',
  'jebres-gandekan',
  'jebres-sewu',
  'banjarsari-nusukan',
  'banjarsari-gilingan',
]);

/** The reply templates of a category: its acknowledgement and its resolution letter. */
function templatesOf(code: string): { ack: string | null; resolution: string } {
  const own = DEMO_RESPONSE_TEMPLATES.filter((t) => t.serviceCode === code);
  // a resolution letter ends with the note on reopening and rating; an acknowledgement does not
  const resolution = own.find((t) => t.body.includes('dibuka kembali'));
  const ack = own.find((t) => !t.body.includes('dibuka kembali') && !t.title.startsWith('Mohon'));
  return { ack: ack?.body ?? null, resolution: resolution?.body ?? RESOLUTIONS[code] ?? RESOLUTIONS['lainnya']! };
}

const officersOf = (unit: string) => OFFICERS.filter((o) => o.unit === unit);

function pickOfficer(rng: Rng, unit: string): OfficerProfile {
  const list = officersOf(unit);
  if (!list.length) throw new Error(`demo history: unit ${unit} has no officer`);
  return weighted(rng, list.map((o) => [o, o.share] as const));
}

// ---------------------------------------------------------------- one case

/** A case's steps as they are planned: in time order, and none after `now`. */
class CaseScript {
  readonly steps: { at: number; step: CaseStep }[] = [];
  private last: number;
  private stopped = false;

  constructor(private readonly now: number) {
    this.last = Number.NEGATIVE_INFINITY;
  }

  /** Adds a step at `at`, or a minute after the previous one; a step past `now` ends the plan there. */
  add(at: number, step: CaseStep): number {
    if (this.stopped) return at;
    const t = Math.max(at, this.last + MINUTE);
    if (t > this.now) {
      this.stopped = true;
      return t;
    }
    this.steps.push({ at: t, step });
    this.last = t;
    return t;
  }

  /** The case has ended (withdrawn): nothing more happens to it. */
  end(): void {
    this.stopped = true;
  }

  get done(): boolean {
    return this.stopped;
  }

  get lastAt(): number {
    return this.last;
  }
}

interface CaseContext {
  rng: Rng;
  holidays: HolidaySet;
  kppAt: ReadonlyMap<string, number>;
  script: CaseScript;
  textIndex: number;
}

/** How the officer works at `t`: after their KPP-01 completion, as its profile's `after` says. */
function workStyle(o: OfficerProfile, t: number, kppAt: ReadonlyMap<string, number>) {
  const done = kppAt.get(o.email);
  if (o.kpp && done !== undefined && t >= done) return o.kpp.after;
  return { frHours: o.frHours, pace: o.pace, conduct: o.conduct };
}

/** A score 1–4 around `mean`, as citizens answer. */
function score(rng: Rng, mean: number): number {
  const x = mean + (rng() + rng() + rng() - 1.5) * 0.9;
  return Math.min(4, Math.max(1, Math.round(x)));
}

/** The nine SKM answers and a comment, from the officer's conduct and whether the deadline held. */
function rating(rng: Rng, o: OfficerProfile | null, conduct: number, met: boolean, reopened: boolean): { elements: number[]; comment: string | null } {
  const quality = o?.quality ?? 3.0;
  const elements = [
    score(rng, quality + 0.1), // u1 persyaratan
    score(rng, quality), // u2 prosedur
    score(rng, met ? 3.4 : 2.2), // u3 waktu penyelesaian
    score(rng, 3.6), // u4 biaya/tarif: complaints are free
    score(rng, quality), // u5 produk layanan
    score(rng, quality), // u6 kompetensi pelaksana
    score(rng, conduct), // u7 perilaku pelaksana
    score(rng, reopened ? 2.6 : 3.1), // u8 penanganan pengaduan
    score(rng, 3.0), // u9 sarana dan prasarana
  ];
  if (!chance(rng, 0.4)) return { elements, comment: null };
  const comment = elements[6]! <= 2 ? pick(rng, CONDUCT_COMPLAINTS) : !met ? pick(rng, SLOWNESS_COMPLAINTS) : pick(rng, PRAISE);
  return { elements, comment };
}

function phone(rng: Rng): string {
  let digits = '';
  for (let i = 0; i < 9; i++) digits += String(intBetween(rng, 0, 9));
  return `08${pick(rng, ['1', '2', '5', '7', '8'])}${digits}`;
}

/** The complaint as the citizen writes it. */
function writeComplaint(rng: Rng, code: string, submittedAt: number, textIndex: number): ComplaintDraft {
  const texts = COMPLAINT_TEXTS[code]!;
  const text = texts[textIndex]!;
  const kel = weighted(
    rng,
    DEMO_KELURAHAN.map((k) => [k, code === 'drainase-genangan' && FLOOD_PRONE.has(k.code) ? 4 : 1] as const),
  );
  const street = pick(rng, STREETS[kel.kecamatanCode] ?? STREETS['KEC-BANJARSARI']!);
  const landmark = pick(rng, LANDMARKS);
  const lokasi = `${street}, ${landmark}`;
  const privacy = code === 'layanan-perizinan' || code === 'pencemaran-kebisingan' ? weighted(rng, [['anonim', 5], ['rahasia', 4], ['publik', 1]] as const) : weighted(rng, [['anonim', 6], ['publik', 3], ['rahasia', 1]] as const);
  const fullyAnonymous = privacy === 'anonim' && chance(rng, 0.15);
  const incident = chance(rng, 0.5) ? dateOf(submittedAt - intBetween(rng, 0, 3) * DAY) : '';
  return {
    service_code: code,
    title: text.title.replace('{jalan}', street),
    description: text.description.replace('{lokasi}', lokasi),
    address: `${street} RT 0${intBetween(rng, 1, 9)}/RW 0${intBetween(rng, 1, 9)}, ${landmark}, Kelurahan ${kel.name}`,
    kelurahan: kel.code,
    latitude: '',
    longitude: '',
    incident_date: incident,
    privacy,
    fully_anonymous: fullyAnonymous,
    contact_name: fullyAnonymous || chance(rng, 0.3) ? '' : pick(rng, CITIZEN_NAMES),
    contact_email: '',
    contact_phone: fullyAnonymous ? '' : phone(rng),
  };
}

/** A unit's hand on the case from `start`: who takes it and when they first answer. */
function takeUp(c: CaseContext, unit: string, start: number): { officer: OfficerProfile; firstAt: number } {
  const { rng, holidays, script } = c;
  const officer = pickOfficer(rng, unit);
  const style = workStyle(officer, start, c.kppAt);
  // one case in 25 lies unanswered for days: the escalation job takes it up
  const hours = chance(rng, 0.04) ? OFFICE_DAY_HOURS * (1.2 + 2 * rng()) : style.frHours * spread(rng, 0.7);
  let firstAt = afterOffice(start, hours, holidays);
  const assigner = ASSIGNERS[unit];
  if (assigner && chance(rng, 0.3)) {
    const at = script.add(afterOffice(start, 0.2 + rng(), holidays), { kind: 'staff', by: assigner, action: 'assign', assignee: officer.email });
    firstAt = Math.max(firstAt, at + 10 * MINUTE);
  } else {
    script.add(firstAt - intBetween(rng, 1, 20) * MINUTE, { kind: 'staff', by: officer.email, action: 'claim' });
  }
  return { officer, firstAt };
}

/** The deadline of a segment begun at `start`, moved by a pause from `pausedAt` to `resumedAt`. */
function dueAfterPause(due: number, pausedAt: number, resumedAt: number, holidays: HolidaySet): number {
  if (due <= pausedAt) return due;
  return addWorkingMillis(new Date(resumedAt), workingMillisBetween(new Date(pausedAt), new Date(due), holidays), holidays).getTime();
}

/**
 * One episode's work after its first response at `firstAt`: progress, perhaps a request for
 * information, the resolution, and what the citizen does after it (reopen, rating).
 */
function workEpisode(c: CaseContext, cat: Category, o: OfficerProfile, start: number, firstAt: number, episode: number): void {
  const { rng, holidays, script } = c;
  const style = workStyle(o, start, c.kppAt);
  let due = addWorkingDays(new Date(start), cat.slaDays, holidays).getTime();
  // one case in 30 is left lying: resolved at three times the officer's pace
  const slack = chance(rng, 0.033) ? 3 : 1;
  let target = afterOffice(start, style.pace * spread(rng, 0.45) * cat.slaDays * OFFICE_DAY_HOURS * slack, holidays);
  target = Math.max(target, afterOffice(firstAt, 0.5, holidays));
  const templates = templatesOf(cat.code);
  if (templates.ack && chance(rng, 0.3)) {
    const at = firstAt + (target - firstAt) * (0.2 + 0.3 * rng());
    script.add(afterOffice(at, 0, holidays), { kind: 'staff', by: o.email, action: 'reply', message: templates.ack });
  }
  if (chance(rng, 0.06)) script.add(afterOffice(script.lastAt, 0.5 + 3 * rng(), holidays), { kind: 'staff', by: o.email, action: 'note', message: pick(rng, NOTES) });
  if (chance(rng, 0.03)) {
    // fixed by the neighbours meanwhile: the citizen withdraws before the officer resolves
    const at = script.lastAt + (target - script.lastAt) * rng();
    script.add(citizenAfter(rng, at, 0), { kind: 'withdraw', message: pick(rng, WITHDRAWALS) });
    script.end();
    return;
  }
  let resolveText = templates.resolution;
  if (chance(rng, 0.12)) {
    const asked = script.add(afterOffice(script.lastAt, 1 + 5 * rng(), holidays), { kind: 'staff', by: o.email, action: 'request_info', message: pick(rng, REQUEST_INFO) });
    const citizenDue = addWorkingDays(new Date(asked), 10, holidays).getTime();
    const branch = weighted(rng, [['answered', 0.6], ['withdrawn', 0.1], ['expired', 0.3]] as const);
    if (branch === 'answered') {
      const answered = Math.min(citizenAfter(rng, asked, 0.2 + 5 * rng()), citizenDue - HOUR);
      script.add(answered, { kind: 'provide_info', message: pick(rng, CITIZEN_ANSWERS) });
      due = dueAfterPause(due, asked, answered, holidays);
      target = afterOffice(answered, 2 + 14 * rng(), holidays);
    } else if (branch === 'withdrawn') {
      const back = script.add(afterOffice(asked, 3 + 9 * rng(), holidays), { kind: 'staff', by: o.email, action: 'withdraw_request' });
      due = dueAfterPause(due, asked, back, holidays);
      target = afterOffice(back, 4 + 16 * rng(), holidays);
    } else {
      // the job records the expiry at its next run; the officer acts after it
      due = dueAfterPause(due, asked, citizenDue, holidays);
      const after = afterOffice(jobRunAfter(citizenDue), 0.5 + 3 * rng(), holidays);
      if (chance(rng, 0.6)) {
        script.add(after, { kind: 'staff', by: o.email, action: 'close_unanswered', message: CLOSE_UNANSWERED });
        script.end();
        return;
      }
      target = after;
      resolveText = RESOLVE_WITHOUT_ANSWER;
    }
  }
  const resolved = script.add(Math.max(target, script.lastAt + 30 * MINUTE), { kind: 'staff', by: o.email, action: 'resolve', message: resolveText });
  const met = resolved <= due;
  if (episode === 1 && chance(rng, 0.07)) {
    // the problem came back: the citizen reopens within the 10 working days, the same officer answers again
    const reopened = script.add(citizenAfter(rng, addWorkingDays(new Date(resolved), intBetween(rng, 1, 6), holidays).getTime(), rng() * 0.3), { kind: 'reopen', message: pick(rng, REOPENS) });
    const again = afterOffice(reopened, workStyle(o, reopened, c.kppAt).frHours * spread(rng, 0.7), holidays);
    script.add(again, { kind: 'staff', by: o.email, action: chance(rng, 0.5) ? 'verify' : 'reply', message: 'Laporan dibuka kembali sudah kami terima; petugas akan memeriksa ulang lokasi.' });
    workEpisode(c, cat, o, reopened, again, 2);
    return;
  }
  if (chance(rng, 0.08)) script.add(afterOffice(resolved, 2 + 8 * rng(), holidays), { kind: 'staff', by: o.email, action: 'close', message: CLOSE_MESSAGE });
  if (chance(rng, 0.8)) {
    const conduct = workStyle(o, resolved, c.kppAt).conduct;
    script.add(citizenAfter(rng, resolved, rng() * 4), { kind: 'rate', ...rating(rng, o, conduct, met, episode > 1) });
  }
}

/** Everything that happens to case `no`, submitted at `submittedAt` in category `code`. */
function planCase(seed: number, now: number, holidays: HolidaySet, kppAt: ReadonlyMap<string, number>, no: number, submittedAt: number, code: string) {
  const rng = stream(seed, `case ${no}`);
  const script = new CaseScript(now);
  const textIndex = intBetween(rng, 0, COMPLAINT_TEXTS[code]!.length - 1);
  const c: CaseContext = { rng, holidays, kppAt, script, textIndex };
  script.add(submittedAt, { kind: 'submit', draft: writeComplaint(rng, code, submittedAt, textIndex) });
  let cat = category(code);
  let unit = cat.unit;
  let start = submittedAt;
  let { officer, firstAt } = takeUp(c, unit, start);

  if (chance(rng, 0.012)) {
    // the citizen thinks better of it before anyone answers
    script.add(Math.min(citizenAfter(rng, submittedAt, 0.05 + 0.2 * rng()), firstAt - MINUTE), { kind: 'withdraw', message: pick(rng, WITHDRAWALS) });
    return script.steps;
  }

  // disposisi: ULAS always passes "Lainnya" on; other units now and then hand a case over
  const cross = CROSS_FORWARDS[code];
  const route = code === 'lainnya' ? { ...LAINNYA_ROUTES[textIndex]!, message: FORWARD_FROM_ULAS } : cross && chance(rng, 0.07) ? { ...cross, message: forwardMessage(UNIT_NAMES.get(cross.toUnit) ?? cross.toUnit, cross.why) } : null;
  if (route) {
    let at = firstAt;
    if (code === 'lainnya' && chance(rng, 0.5)) {
      script.add(firstAt, { kind: 'staff', by: officer.email, action: 'verify' });
      at = afterOffice(firstAt, 0.5 + 2 * rng(), holidays);
    }
    start = script.add(at, { kind: 'staff', by: officer.email, action: 'forward', toUnit: route.toUnit, service: route.service, message: route.message });
    cat = category(route.service);
    unit = route.toUnit;
    ({ officer, firstAt } = takeUp(c, unit, start));
  }

  if (code !== 'lainnya' && chance(rng, 0.06)) {
    const d = pick(rng, DECLINES);
    const declined = script.add(firstAt, { kind: 'staff', by: officer.email, action: 'decline', message: d.message, declineReason: d.reason });
    if (chance(rng, 0.3)) {
      // an appeal within the window: a new episode, answered by the same officer
      const appealed = script.add(citizenAfter(rng, addWorkingDays(new Date(declined), intBetween(rng, 1, 5), holidays).getTime(), rng() * 0.3), { kind: 'reopen', message: pick(rng, APPEALS) });
      const again = afterOffice(appealed, workStyle(officer, appealed, c.kppAt).frHours * spread(rng, 0.7), holidays);
      script.add(again, { kind: 'staff', by: officer.email, action: 'verify' });
      workEpisode(c, cat, officer, appealed, again, 2);
    } else if (chance(rng, 0.15)) {
      // rated once the system closed it: counts for the unit, never for an officer
      const closed = jobRunAfter(addWorkingDays(new Date(declined), 10, holidays).getTime());
      script.add(citizenAfter(rng, closed, rng() * 2), { kind: 'rate', ...rating(rng, null, 2.6, true, false) });
    }
    return script.steps;
  }

  // a confidential matter reported as public is made confidential when it is verified
  const draft = script.steps[0]!.step as { draft: ComplaintDraft };
  const tighten = draft.draft.privacy === 'publik' && (code === 'layanan-perizinan' || code === 'pelayanan-puskesmas') && chance(rng, 0.5);
  script.add(firstAt, { kind: 'staff', by: officer.email, action: 'verify', ...(tighten ? { privacy: 'anonim' } : {}) });
  workEpisode(c, cat, officer, start, firstAt, 1);
  return script.steps;
}

// ---------------------------------------------------------------- training

/**
 * The year's training. A course, a piece of evidence or a session that began before `from` is left
 * out whole (a shorter history never starts in the middle of one); the draws are made all the same,
 * so what remains is what the whole year has.
 */
function planTraining(seed: number, now: number, from: number, holidays: HolidaySet, add: (at: number, step: TrainingStep) => void): Map<string, number> {
  const kppAt = new Map<string, number>();
  const sessions = new Map<string, PlacedPastSession>();
  const registrants = new Map<string, { who: string; absent: boolean; enrolledAt: number }[]>();
  for (const [key, s] of Object.entries(PAST_SESSIONS)) {
    const day = workingDayBefore(now, s.daysAgo, holidays, true);
    const [fh, fm] = s.from.split(':').map(Number) as [number, number];
    const [th, tm] = s.to.split(':').map(Number) as [number, number];
    const placed = { course: s.course, title: s.title, startsAt: atMinute(day, fh * 60 + fm), endsAt: atMinute(day, th * 60 + tm), place: s.place, capacity: s.capacity, jp: s.jp };
    // the author schedules it a month ahead
    const scheduled = afterOffice(placed.startsAt - 30 * DAY, 1, holidays);
    if (scheduled < from) continue;
    sessions.set(key, placed);
    registrants.set(key, []);
    add(scheduled, { kind: 'session', key, session: placed });
  }

  for (const [who, learning] of Object.entries(LEARNING)) {
    const rng = stream(seed, `learning ${who}`);
    for (const p of learning.courses ?? []) {
      const day = workingDayBefore(now, p.daysAgo, holidays);
      const enrolledAt = atMinute(day, 8 * 60 + intBetween(rng, 0, 60));
      const steps: [number, TrainingStep][] = [
        [enrolledAt, { kind: 'enrol', who, course: p.course }],
        [enrolledAt + 5 * MINUTE, { kind: 'lessons', who, course: p.course, count: p.lessonsOnly ?? null }],
      ];
      let quizAt: number | null = null;
      if (p.lessonsOnly === undefined) {
        quizAt = enrolledAt + 2 * HOUR;
        if (p.failFirst) {
          steps.push([quizAt, { kind: 'quiz', who, course: p.course, correct: 2 }]);
          quizAt = atMinute(nextWorkingDay(day, holidays), 9 * 60 + intBetween(rng, 0, 90));
        }
        steps.push([quizAt, { kind: 'quiz', who, course: p.course, correct: chance(rng, 0.6) ? 5 : 4 }]);
      }
      if (enrolledAt < from) continue;
      for (const [at, step] of steps) add(at, step);
      if (p.session) registrants.get(p.session)?.push({ who, absent: p.absent === true, enrolledAt });
      if (p.course === 'KPP-01' && quizAt !== null) kppAt.set(who, quizAt);
    }
    for (const [i, e] of (learning.evidence ?? []).entries()) {
      const lastDay = dateOf(now - e.daysAgo * DAY - DAY);
      const firstDay = dateOf(jakartaMidnight(lastDay).getTime() - (e.days - 1) * DAY + HOUR);
      const sentAt = citizenAfter(rng, jakartaMidnight(dateOf(now - e.daysAgo * DAY)).getTime() + 10 * HOUR, 0);
      const key = `${who}#${i}`;
      const decidedAt = e.decision === 'pending' ? null : afterOffice(sentAt, 4 + 12 * rng(), holidays);
      if (sentAt < from) continue;
      add(sentAt, { kind: 'evidence', who, key, evidence: e, startDate: firstDay, endDate: lastDay });
      if (decidedAt === null || e.decision === 'pending') continue;
      const reason = e.decision === 'reject' ? 'Berkas tidak memuat nama peserta dan jumlah jam pelajaran; mohon unggah sertifikat atau surat keterangan yang lengkap.' : '';
      add(decidedAt, { kind: 'decide', key, decision: e.decision, reason });
    }
  }

  for (const [key, list] of registrants) {
    const s = sessions.get(key)!;
    for (const r of list) add(Math.max(r.enrolledAt + 10 * MINUTE, s.startsAt - 14 * DAY), { kind: 'register', who: r.who, session: key });
    add(s.startsAt + 2 * HOUR, { kind: 'attendance', session: key, present: list.filter((r) => !r.absent).map((r) => r.who) });
  }
  return kppAt;
}

// ---------------------------------------------------------------- the year

/** The whole year up to `now`: cases, training and the jobs' runs, in the order they happen. */
export function planHistory(input: PlanInput): HistoryPlan {
  const { seed, holidays } = input;
  const now = input.now.getTime();
  const from = now - (input.days ?? HISTORY_DAYS) * DAY;
  const steps: PlannedStep[] = [];
  let seq = 0;
  const add = (at: number, s: StepBody) => {
    if (at >= from && at <= now) steps.push({ at, seq: seq++, ...s });
  };

  const kppAt = planTraining(seed, now, from, holidays, (at, step) => add(at, { type: 'training', step }));

  // submissions, day by day: each day's own stream decides how many and when
  const submissions: { at: number; code: string }[] = [];
  for (let day = dateOf(from); day <= dateOf(now); day = dateOf(jakartaMidnight(day).getTime() + DAY + HOUR)) {
    const rng = stream(seed, `day ${day}`);
    const month = Number(day.slice(5, 7)) - 1;
    const rhythm = WEEKDAY[jakartaWeekday(day)]! * (jakartaWeekday(day) % 6 !== 0 && !isWorkingDay(day, holidays) ? 0.6 : 1);
    for (const code of Object.keys(YEARLY_CASES)) {
      const n = poisson(rng, (YEARLY_CASES[code]! / 365) * season(code, month) * rhythm);
      for (let i = 0; i < n; i++) {
        const at = atMinute(day, weighted(rng, HOURS) * 60 + intBetween(rng, 0, 59));
        if (at > from && at < now) submissions.push({ at, code });
      }
    }
    if (JOB_WEEKDAYS.has(jakartaWeekday(day))) add(atMinute(day, JOBS_AT_MINUTE), { type: 'jobs' });
  }
  submissions.sort((a, b) => a.at - b.at || a.code.localeCompare(b.code));
  submissions.forEach((s, no) => {
    for (const p of planCase(seed, now, holidays, kppAt, no, s.at, s.code)) add(p.at, { type: 'case', caseNo: no, step: p.step });
  });

  steps.sort((a, b) => a.at - b.at || a.seq - b.seq);
  return { from, now, cases: submissions.length, steps, kppCompletedAt: kppAt };
}
