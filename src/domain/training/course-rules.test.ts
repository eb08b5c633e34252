import { describe, expect, it } from 'vitest';
import { enrolDecision, hasClassroomPart, isCourseComplete, missingParts } from './course-rules';

describe('14 completion needs every required part', () => {
  const base = { lessonIds: [1, 2, 3], hasQuiz: true, hasClassroom: false, attended: false };
  it('every lesson and a passed quiz', () => {
    expect(isCourseComplete({ ...base, doneLessonIds: new Set([1, 2, 3]), quizPassed: true })).toBe(true);
    expect(isCourseComplete({ ...base, doneLessonIds: new Set([1, 2]), quizPassed: true })).toBe(false);
    expect(isCourseComplete({ ...base, doneLessonIds: new Set([1, 2, 3]), quizPassed: false })).toBe(false);
    expect(isCourseComplete({ ...base, lessonIds: [1], hasQuiz: false, doneLessonIds: new Set([1]), quizPassed: false })).toBe(true);
  });
  it('a blended course also needs a session attended', () => {
    const blended = { ...base, hasClassroom: hasClassroomPart('blended'), doneLessonIds: new Set([1, 2, 3]), quizPassed: true };
    expect(missingParts(blended)).toEqual(['classroom']);
    expect(isCourseComplete(blended)).toBe(false);
    expect(isCourseComplete({ ...blended, attended: true })).toBe(true);
    expect(missingParts({ ...blended, doneLessonIds: new Set([1]), quizPassed: false })).toEqual(['lessons', 'quiz', 'classroom']);
    expect(hasClassroomPart('classroom')).toBe(true);
    expect(hasClassroomPart('self_paced')).toBe(false);
  });
});

describe('17 enrolment: once ever, a yearly refresher once a year', () => {
  const now = new Date('2027-01-04T02:00:00Z');
  it('the first time is round 1; an open round refuses another', () => {
    expect(enrolDecision(null, false, now)).toEqual({ ok: true, round: 1 });
    const open = enrolDecision({ round: 1, completedAt: null }, true, now);
    expect(!open.ok && open.code).toBe('already_enrolled');
  });
  it('a completed course is not taken again unless it is a yearly refresher', () => {
    const done = enrolDecision({ round: 1, completedAt: new Date('2026-05-10T03:00:00Z') }, false, now);
    expect(!done.ok && done.code).toBe('already_completed');
    expect(enrolDecision({ round: 1, completedAt: new Date('2026-05-10T03:00:00Z') }, true, now)).toEqual({ ok: true, round: 2 });
  });
  it('a refresher completed this year (WIB) waits for 1 January', () => {
    // 31 Dec 2026 20:00 WIB is still 2026; on 31 Dec 2026 the next round is not due
    const late = new Date('2026-12-31T13:00:00Z');
    const d = enrolDecision({ round: 2, completedAt: new Date('2026-02-01T03:00:00Z') }, true, late);
    expect(!d.ok && d.code).toBe('refresher_not_due');
    expect(!d.ok && d.message.en).toContain('from 1 January 2027');
    // 1 Jan 2027 00:30 WIB (31 Dec 17:30 UTC) it is
    expect(enrolDecision({ round: 2, completedAt: new Date('2026-02-01T03:00:00Z') }, true, new Date('2026-12-31T17:30:00Z'))).toEqual({ ok: true, round: 3 });
  });
});
