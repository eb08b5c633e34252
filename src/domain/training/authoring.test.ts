import { describe, expect, it } from 'vitest';
import { makeHolidaySet } from '../sla/calendar';
import { validateCourse, validateLesson, validateQuestion, validateSession } from './authoring';

const NO_HOLIDAYS = makeHolidaySet([]);

const known = { units: new Set(['DPUPR', 'DLH']), courses: new Set(['KPP-01']) };
const course = {
  code: 'kpp-02',
  titleId: 'Komunikasi Lanjutan',
  titleEn: 'Advanced Communication',
  descriptionId: 'Lanjutan komunikasi pelayanan.',
  descriptionEn: 'Advanced service communication.',
  competencies: ['komunikasi_pelayanan'],
  jp: '3',
  mode: 'self_paced',
  audienceRoles: [],
  audienceUnits: 'dpupr, DLH',
  prerequisites: 'KPP-01',
  quizQuestionCount: '5',
  quizPassPercent: '70',
  quizMaxAttempts: '3',
  quizTimeLimitMinutes: '15',
  yearlyRefresher: false,
};

describe('authoring validation', () => {
  it('accepts a course and normalises codes', () => {
    const r = validateCourse(course, known);
    expect(r.ok && r.value.code).toBe('KPP-02');
    expect(r.ok && r.value.audienceUnits).toEqual(['DPUPR', 'DLH']);
    const refresher = validateCourse({ ...course, yearlyRefresher: true }, known);
    expect(refresher.ok && refresher.value.yearlyRefresher).toBe(true);
  });
  it('names every bad course field', () => {
    const r = validateCourse({ ...course, code: 'x', jp: '0', competencies: ['sulap'], prerequisites: 'NOPE-1', audienceUnits: 'MARS', mode: 'tv', quizPassPercent: '120' }, known);
    expect(!r.ok && Object.keys(r.fields).sort()).toEqual(['jp', 'kode', 'kompetensi', 'moda', 'nilai_lulus', 'prasyarat', 'unit']);
  });
  it('a course cannot require itself', () => {
    const r = validateCourse({ ...course, prerequisites: 'KPP-02' }, { ...known, courses: new Set(['KPP-01', 'KPP-02']) });
    expect(!r.ok && r.fields['prasyarat']).toBeTruthy();
  });
  it('lessons: same-origin images with alt text, https videos', () => {
    const base = { title: 'Materi', body: 'Isi materi yang cukup panjang untuk dibaca.', minutes: '10', imageUrl: '', imageAlt: '', videoUrl: '', materialUrl: '', materialLabel: '' };
    expect(validateLesson(base).ok).toBe(true);
    const r = validateLesson({ ...base, imageUrl: 'https://evil.example/a.png', videoUrl: 'http://x.id', materialUrl: 'javascript:alert(1)' });
    expect(!r.ok && Object.keys(r.fields).sort()).toEqual(['alt', 'gambar', 'materi', 'video']);
  });
  it('questions: options, a right answer among them, an explanation', () => {
    const ok = validateQuestion({ kind: 'multiple_choice', prompt: 'Apa itu PBG?', options: 'Izin\nPersetujuan\n', correct: '2', explanation: 'PBG adalah persetujuan.' });
    expect(ok.ok && ok.value.correctKey).toBe('b');
    expect(validateQuestion({ kind: 'true_false', prompt: 'Benarkah ini?', options: '', correct: 'salah', explanation: 'Karena begitu.' }).ok).toBe(true);
    const bad = validateQuestion({ kind: 'multiple_choice', prompt: 'Apa itu PBG?', options: 'Satu', correct: '3', explanation: '' });
    expect(!bad.ok && Object.keys(bad.fields).sort()).toEqual(['kunci', 'pembahasan', 'pilihan']);
    const twin = validateQuestion({ kind: 'multiple_choice', prompt: 'Apa itu PBG?', options: 'Sama\nsama', correct: '1', explanation: 'Penjelasan.' });
    expect(!twin.ok && twin.fields['pilihan']?.en).toBe('Options must differ.');
  });
  it('sessions: future start, end after start on the same day, Jakarta time', () => {
    const now = new Date('2026-03-02T02:00:00Z');
    const f = { title: 'Kelas', startsAt: '2026-03-10T09:00', endsAt: '2026-03-10T12:00', place: 'Aula', capacity: '20', jp: '3', holidayOverride: false, holidayReason: '' };
    const ok = validateSession(f, now, NO_HOLIDAYS);
    expect(ok.ok && ok.value.startsAt.toISOString()).toBe('2026-03-10T02:00:00.000Z'); // 09:00 WIB
    const none = validateSession({ ...f, startsAt: '2026-02-30T09:00' }, now, NO_HOLIDAYS);
    expect(!none.ok && none.fields['mulai']?.en).toBe('Invalid start time.');
    const r = validateSession({ ...f, startsAt: '2026-03-01T09:00', endsAt: '2026-02-28T09:00', capacity: '0' }, now, NO_HOLIDAYS);
    expect(!r.ok && Object.keys(r.fields).sort()).toEqual(['kapasitas', 'mulai', 'selesai']);
    const twoDays = validateSession({ ...f, endsAt: '2026-03-11T12:00' }, now, NO_HOLIDAYS);
    expect(!twoDays.ok && twoDays.fields['selesai']?.en).toContain('one session per day');
  });
  it('13 a session carries no more JP than its length: 1 JP = 45 minutes', () => {
    const now = new Date('2026-03-02T02:00:00Z');
    const f = { title: 'Kelas', startsAt: '2026-03-10T09:00', endsAt: '2026-03-10T10:00', place: 'Aula', capacity: '20', jp: '40', holidayOverride: false, holidayReason: '' };
    const r = validateSession(f, now, NO_HOLIDAYS);
    expect(!r.ok && r.fields['jp']?.en).toBe('A session of 60 minutes carries at most 1 JP (1 JP = 45 minutes, at most 10 JP a day).');
    expect(validateSession({ ...f, jp: '1' }, now, NO_HOLIDAYS).ok).toBe(true);
    expect(validateSession({ ...f, endsAt: '2026-03-10T12:00', jp: '4' }, now, NO_HOLIDAYS).ok).toBe(true); // 180 min = 4 JP
    expect(validateSession({ ...f, endsAt: '2026-03-10T12:00', jp: '5' }, now, NO_HOLIDAYS).ok).toBe(false);
  });
  it('13 no session on a holiday or weekend without the override box and a reason', () => {
    const now = new Date('2026-03-02T02:00:00Z');
    const nyepi = makeHolidaySet(['2026-03-19']);
    const f = { title: 'Kelas', startsAt: '2026-03-19T09:00', endsAt: '2026-03-19T10:00', place: 'Aula', capacity: '20', jp: '1', holidayOverride: false, holidayReason: '' };
    const refused = validateSession(f, now, nyepi);
    expect(!refused.ok && refused.fields['mulai']?.en).toContain('2026-03-19 is not a working day');
    const saturday = validateSession({ ...f, startsAt: '2026-03-21T09:00', endsAt: '2026-03-21T10:00' }, now, nyepi);
    expect(saturday.ok).toBe(false);
    const noReason = validateSession({ ...f, holidayOverride: true, holidayReason: ' ' }, now, nyepi);
    expect(!noReason.ok && Object.keys(noReason.fields)).toEqual(['alasan_libur']);
    const ok = validateSession({ ...f, holidayOverride: true, holidayReason: 'Pelatihan darurat bencana' }, now, nyepi);
    expect(ok.ok && ok.value.holidayOverride).toBe('Pelatihan darurat bencana');
    // editing a session on its (already approved) holiday without moving it needs no new override
    expect(validateSession(f, now, nyepi, '2026-03-19').ok).toBe(true);
  });
});
