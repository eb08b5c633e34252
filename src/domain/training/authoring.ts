// Validation of what course authors write: courses, lessons, questions and sessions. Pure:
// returns clean values or one message per field, in both languages.
import type { Msg } from '../../platform/i18n/lang';
import { isRole } from '../auth/roles';
import { isWorkingDay, type HolidaySet } from '../sla/calendar';
import { rangeProblem } from '../text/input-text';
import { fromJakartaWallClock, jakartaDate } from '../time/jakarta';
import { isCompetency, isMode, type Competency, type CourseMode } from './competencies';
import { maxSessionJp, MINUTES_PER_JP } from './jp';
import { isSafeLink, isSameOriginPath } from './lesson-text';

type Result<T> = { ok: true; value: T } | { ok: false; fields: Record<string, Msg> };


export interface CourseForm {
  code: string;
  titleId: string;
  titleEn: string;
  descriptionId: string;
  descriptionEn: string;
  competencies: string[];
  jp: string;
  mode: string;
  audienceRoles: string[];
  audienceUnits: string;
  prerequisites: string;
  quizQuestionCount: string;
  quizPassPercent: string;
  quizMaxAttempts: string;
  quizTimeLimitMinutes: string;
  /** the "yearly refresher" box is ticked */
  yearlyRefresher: boolean;
}

export interface CourseValues {
  code: string;
  titleId: string;
  titleEn: string;
  descriptionId: string;
  descriptionEn: string;
  competencies: Competency[];
  jp: number;
  mode: CourseMode;
  audienceRoles: string[];
  audienceUnits: string[];
  prerequisites: string[];
  quizQuestionCount: number;
  quizPassPercent: number;
  quizMaxAttempts: number;
  quizTimeLimitMinutes: number;
  yearlyRefresher: boolean;
}

function int(s: string, min: number, max: number): number | null {
  const t = s.trim();
  if (!/^\d{1,4}$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

const list = (s: string) =>
  s
    .split(/[\s,]+/)
    .map((x) => x.trim().toUpperCase())
    .filter(Boolean);

/** `knownUnits` and `knownCourses` are codes that exist; a course cannot require itself. */
export function validateCourse(f: CourseForm, known: { units: ReadonlySet<string>; courses: ReadonlySet<string> }): Result<CourseValues> {
  const fields: Record<string, Msg> = {};
  const code = f.code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9-]{1,19}$/.test(code)) fields['kode'] = { id: 'Kode 2–20 huruf besar, angka atau tanda hubung, misalnya KPP-02.', en: 'Code of 2–20 capital letters, digits or hyphens, e.g. KPP-02.' };
  const req = (k: string, v: string, min: number, max: number, label: Msg) => {
    const t = v.replace(/\r\n?/g, '\n').trim();
    const e = rangeProblem(t, min, max, label, { id: `${label.id} ${min}–${max} karakter.`, en: `${label.en} of ${min}–${max} characters.` });
    if (e) fields[k] = e;
    return t;
  };
  const titleId = req('judul', f.titleId, 3, 150, { id: 'Judul', en: 'Title' });
  const titleEn = req('judul_en', f.titleEn, 3, 150, { id: 'Judul (Inggris)', en: 'English title' });
  const descriptionId = req('deskripsi', f.descriptionId, 10, 1000, { id: 'Deskripsi', en: 'Description' });
  const descriptionEn = req('deskripsi_en', f.descriptionEn, 10, 1000, { id: 'Deskripsi (Inggris)', en: 'English description' });
  const competencies = [...new Set(f.competencies)];
  if (!competencies.length || !competencies.every(isCompetency)) fields['kompetensi'] = { id: 'Pilih minimal satu kompetensi dari daftar.', en: 'Choose at least one competency from the list.' };
  const jp = int(f.jp, 1, 40);
  if (jp === null) fields['jp'] = { id: 'JP berupa bilangan bulat 1–40.', en: 'JP must be a whole number from 1 to 40.' };
  if (!isMode(f.mode)) fields['moda'] = { id: 'Pilih moda.', en: 'Choose a mode.' };
  const audienceRoles = [...new Set(f.audienceRoles)];
  if (!audienceRoles.every(isRole)) fields['peran'] = { id: 'Peran tidak dikenal.', en: 'Unknown role.' };
  const audienceUnits = [...new Set(list(f.audienceUnits))];
  const badUnits = audienceUnits.filter((u) => !known.units.has(u));
  if (badUnits.length) fields['unit'] = { id: `Kode unit tidak dikenal: ${badUnits.join(', ')}.`, en: `Unknown unit code(s): ${badUnits.join(', ')}.` };
  const prerequisites = [...new Set(list(f.prerequisites))];
  const badPre = prerequisites.filter((p) => p === code || !known.courses.has(p));
  if (badPre.length) fields['prasyarat'] = { id: `Kursus prasyarat tidak dikenal: ${badPre.join(', ')}.`, en: `Unknown prerequisite course(s): ${badPre.join(', ')}.` };
  const qc = int(f.quizQuestionCount, 1, 50);
  if (qc === null) fields['jumlah_soal'] = { id: 'Jumlah soal 1–50.', en: 'Number of questions 1–50.' };
  const pass = int(f.quizPassPercent, 1, 100);
  if (pass === null) fields['nilai_lulus'] = { id: 'Nilai lulus 1–100 (%).', en: 'Pass mark 1–100 (%).' };
  const att = int(f.quizMaxAttempts, 1, 10);
  if (att === null) fields['percobaan'] = { id: 'Percobaan 1–10.', en: 'Attempts 1–10.' };
  const mins = int(f.quizTimeLimitMinutes, 1, 180);
  if (mins === null) fields['waktu'] = { id: 'Batas waktu 1–180 menit.', en: 'Time limit 1–180 minutes.' };
  if (Object.keys(fields).length) return { ok: false, fields };
  return {
    ok: true,
    value: {
      code,
      titleId,
      titleEn,
      descriptionId,
      descriptionEn,
      competencies: competencies as Competency[],
      jp: jp!,
      mode: f.mode as CourseMode,
      audienceRoles,
      audienceUnits,
      prerequisites,
      quizQuestionCount: qc!,
      quizPassPercent: pass!,
      quizMaxAttempts: att!,
      quizTimeLimitMinutes: mins!,
      yearlyRefresher: f.yearlyRefresher,
    },
  };
}

export interface LessonForm {
  title: string;
  body: string;
  minutes: string;
  imageUrl: string;
  imageAlt: string;
  videoUrl: string;
  materialUrl: string;
  materialLabel: string;
}

export interface LessonValues {
  title: string;
  body: string;
  minutes: number;
  imageUrl: string | null;
  imageAlt: string | null;
  videoUrl: string | null;
  materialUrl: string | null;
  materialLabel: string | null;
}

export function validateLesson(f: LessonForm): Result<LessonValues> {
  const fields: Record<string, Msg> = {};
  const title = f.title.trim();
  const titleError = rangeProblem(title, 3, 150, { id: 'Judul materi', en: 'The lesson title' }, { id: 'Judul materi 3–150 karakter.', en: 'Lesson title of 3–150 characters.' });
  if (titleError) fields['judul'] = titleError;
  const body = f.body.replace(/\r\n?/g, '\n').trim();
  const bodyError = rangeProblem(body, 20, 20000, { id: 'Isi materi', en: 'The lesson text' }, { id: 'Isi materi 20–20.000 karakter.', en: 'Lesson text of 20–20,000 characters.' });
  if (bodyError) fields['isi'] = bodyError;
  const minutes = int(f.minutes, 1, 240);
  if (minutes === null) fields['menit'] = { id: 'Perkiraan waktu 1–240 menit.', en: 'Estimated time 1–240 minutes.' };
  const opt = (s: string) => (s.trim() ? s.trim() : null);
  const imageUrl = opt(f.imageUrl);
  if (imageUrl && !isSameOriginPath(imageUrl)) fields['gambar'] = { id: 'Gambar harus dari situs ini sendiri, misalnya /assets/pelatihan/gambar.png.', en: 'Images must come from this site, e.g. /assets/pelatihan/picture.png.' };
  if (imageUrl && !opt(f.imageAlt)) fields['alt'] = { id: 'Tuliskan teks alternatif gambar untuk pembaca layar.', en: 'Write the alternative text of the image for screen readers.' };
  const videoUrl = opt(f.videoUrl);
  if (videoUrl && (!isSafeLink(videoUrl) || isSameOriginPath(videoUrl))) fields['video'] = { id: 'Tautan video harus diawali https://.', en: 'The video link must start with https://.' };
  const materialUrl = opt(f.materialUrl);
  if (materialUrl && !isSafeLink(materialUrl)) fields['materi'] = { id: 'Tautan materi harus https:// atau alamat di situs ini.', en: 'The material link must be https:// or a path on this site.' };
  if (Object.keys(fields).length) return { ok: false, fields };
  return {
    ok: true,
    value: { title, body, minutes: minutes!, imageUrl, imageAlt: opt(f.imageAlt), videoUrl, materialUrl, materialLabel: opt(f.materialLabel)?.slice(0, 120) ?? null },
  };
}

export interface QuestionForm {
  kind: string;
  prompt: string;
  /** one option per line (multiple choice) */
  options: string;
  /** 1-based number of the right option, or 'benar' / 'salah' */
  correct: string;
  explanation: string;
}

export interface QuestionValues {
  kind: 'multiple_choice' | 'true_false';
  prompt: string;
  options: { key: string; text: string }[];
  correctKey: string;
  explanation: string;
}

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f'];

export function validateQuestion(f: QuestionForm): Result<QuestionValues> {
  const fields: Record<string, Msg> = {};
  const prompt = f.prompt.replace(/\r\n?/g, '\n').trim();
  const promptError = rangeProblem(prompt, 5, 500, { id: 'Soal', en: 'The question' }, { id: 'Soal 5–500 karakter.', en: 'Question of 5–500 characters.' });
  if (promptError) fields['soal'] = promptError;
  const explanation = f.explanation.replace(/\r\n?/g, '\n').trim();
  const explanationError = rangeProblem(explanation, 5, 1000, { id: 'Pembahasan', en: 'The explanation' }, {
    id: 'Pembahasan 5–1.000 karakter: dibaca peserta setelah mengumpulkan.',
    en: 'Explanation of 5–1,000 characters: learners read it after submitting.',
  });
  if (explanationError) fields['pembahasan'] = explanationError;
  let options: { key: string; text: string }[] = [];
  let correctKey = '';
  if (f.kind === 'true_false') {
    options = [
      { key: 'benar', text: 'Benar' },
      { key: 'salah', text: 'Salah' },
    ];
    if (f.correct !== 'benar' && f.correct !== 'salah') fields['kunci'] = { id: 'Pilih Benar atau Salah sebagai jawaban.', en: 'Choose True or False as the answer.' };
    else correctKey = f.correct;
  } else if (f.kind === 'multiple_choice') {
    const lines = f.options.split(/\r\n?|\n/).map((l) => l.trim()).filter(Boolean);
    const outside = { id: 'Tulis 2–6 pilihan, satu per baris (masing-masing maks. 300 karakter).', en: 'Write 2–6 options, one per line (each at most 300 characters).' };
    const lineError = lines.map((l) => rangeProblem(l, 1, 300, { id: 'Pilihan', en: 'An option' }, outside)).find(Boolean);
    if (lineError) fields['pilihan'] = lineError;
    else if (lines.length < 2 || lines.length > KEYS.length) fields['pilihan'] = outside;
    else if (new Set(lines.map((l) => l.toLowerCase())).size !== lines.length) fields['pilihan'] = { id: 'Pilihan tidak boleh kembar.', en: 'Options must differ.' };
    options = lines.slice(0, KEYS.length).map((text, i) => ({ key: KEYS[i]!, text }));
    const n = int(f.correct, 1, KEYS.length);
    if (n === null || n > options.length) fields['kunci'] = { id: 'Nomor jawaban benar harus salah satu nomor pilihan.', en: 'The right answer must be the number of one of the options.' };
    else correctKey = KEYS[n - 1]!;
  } else fields['jenis'] = { id: 'Pilih jenis soal.', en: 'Choose the question type.' };
  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, value: { kind: f.kind as 'multiple_choice' | 'true_false', prompt, options, correctKey, explanation } };
}

export interface SessionForm {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  capacity: string;
  jp: string;
  /** the "hold it on a weekend or holiday anyway" box is ticked */
  holidayOverride: boolean;
  holidayReason: string;
}

export interface SessionValues {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number;
  jp: number;
  /** the reason given for holding it on a weekend or holiday (for the audit log); null on a working day */
  holidayOverride: string | null;
}

/**
 * A session: a name, a place, a start in the future and an end after it on the same day (a
 * training over several days is one session per day, so each day's JP stay within the daily cap),
 * JP no more than its length allows (1 JP = 45 minutes: src/domain/training/jp.ts), and a working
 * day of the admin calendar: a weekend or holiday (Nyepi, cuti bersama …) needs the override box
 * ticked with a reason. `keptDay` is the day of the session being edited: moving nothing, its
 * day needs no new override.
 */
export function validateSession(f: SessionForm, now: Date, holidays: HolidaySet, keptDay: string | null = null): Result<SessionValues> {
  const fields: Record<string, Msg> = {};
  const title = f.title.trim();
  const titleError = rangeProblem(title, 3, 150, { id: 'Nama sesi', en: 'The session name' }, { id: 'Nama sesi 3–150 karakter.', en: 'Session name of 3–150 characters.' });
  if (titleError) fields['judul'] = titleError;
  const place = f.place.trim();
  const placeError = rangeProblem(place, 3, 200, { id: 'Tempat', en: 'The place' }, { id: 'Tempat 3–200 karakter.', en: 'Place of 3–200 characters.' });
  if (placeError) fields['tempat'] = placeError;
  const startsAt = fromJakartaWallClock(f.startsAt);
  const endsAt = fromJakartaWallClock(f.endsAt);
  if (!startsAt) fields['mulai'] = { id: 'Waktu mulai tidak sah.', en: 'Invalid start time.' };
  else if (startsAt.getTime() <= now.getTime()) fields['mulai'] = { id: 'Waktu mulai harus di masa depan.', en: 'The start must be in the future.' };
  if (!endsAt) fields['selesai'] = { id: 'Waktu selesai tidak sah.', en: 'Invalid end time.' };
  else if (startsAt && endsAt.getTime() <= startsAt.getTime()) fields['selesai'] = { id: 'Waktu selesai harus setelah waktu mulai.', en: 'The end must be after the start.' };
  else if (startsAt && jakartaDate(endsAt) !== jakartaDate(startsAt))
    fields['selesai'] = { id: 'Sesi selesai pada hari yang sama; pelatihan beberapa hari dijadwalkan satu sesi per hari.', en: 'A session ends on the day it starts; schedule a training of several days as one session per day.' };
  const capacity = int(f.capacity, 1, 500);
  if (capacity === null) fields['kapasitas'] = { id: 'Kapasitas 1–500 orang.', en: 'Capacity of 1–500 people.' };
  const jp = int(f.jp, 1, 40);
  if (jp === null) fields['jp'] = { id: 'JP sesi 1–40.', en: 'Session JP 1–40.' };
  else if (startsAt && endsAt && !fields['selesai'] && jp > maxSessionJp(startsAt, endsAt)) {
    const most = maxSessionJp(startsAt, endsAt);
    const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
    fields['jp'] = {
      id: `Sesi ${minutes} menit paling banyak ${most} JP (1 JP = ${MINUTES_PER_JP} menit, paling banyak 10 JP per hari).`,
      en: `A session of ${minutes} minutes carries at most ${most} JP (1 JP = ${MINUTES_PER_JP} minutes, at most 10 JP a day).`,
    };
  }
  let holidayOverride: string | null = null;
  const day = startsAt ? jakartaDate(startsAt) : null;
  if (day && !fields['mulai'] && day !== keptDay && !isWorkingDay(day, holidays)) {
    const reason = f.holidayReason.replace(/\r\n?/g, '\n').trim();
    if (!f.holidayOverride)
      fields['mulai'] = {
        id: `${day} bukan hari kerja (akhir pekan atau hari libur). Pilih hari kerja, atau centang "tetap dijadwalkan" dan tuliskan alasannya.`,
        en: `${day} is not a working day (a weekend or holiday). Choose a working day, or tick "schedule it anyway" and give the reason.`,
      };
    else {
      const reasonError = rangeProblem(reason, 5, 300, { id: 'Alasan', en: 'The reason' }, {
        id: 'Tuliskan alasan menjadwalkan sesi pada hari libur (5–300 karakter).',
        en: 'Give the reason for holding the session on a holiday (5–300 characters).',
      });
      if (reasonError) fields['alasan_libur'] = reasonError;
      else holidayOverride = reason;
    }
  }
  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, value: { title, startsAt: startsAt!, endsAt: endsAt!, place, capacity: capacity!, jp: jp!, holidayOverride } };
}
