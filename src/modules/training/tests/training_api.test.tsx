import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import type { Harness } from '../../../../tests/harness/types';
import { apiWithSession, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

type Json = Record<string, any>;
const call = async (path: string, init: { method?: string; json?: unknown } = {}) => {
  const res = await apiWithSession(h, `/api/v1/training${path}`, officer, init);
  return { status: res.status, body: (await res.json()) as Json };
};

describe(`training JSON API on ${RUNTIME}`, () => {
  it('needs a signed-in staff member', async () => {
    const res = await h.request('/api/v1/training/courses');
    expect(res.status).toBe(401);
    expect(((await res.json()) as Json).error.code).toBe('unauthenticated');
  });

  it('lists the catalogue with recommendations and progress', async () => {
    const { status, body } = await call('/courses');
    expect(status).toBe(200);
    const codes = body.courses.map((c: Json) => c.code);
    expect(codes).toContain('PBG-01');
    expect(codes).not.toContain('KPD-01');
    expect(body.courses[0].recommended).toBe(true);
    const filtered = await call('/courses?mode=blended');
    expect(filtered.body.courses.every((c: Json) => c.mode === 'blended')).toBe(true);
  });

  it('enrol, complete lessons, take the quiz and read the record', async () => {
    expect((await call('/courses/LDA-01/enrol', { json: {} })).status).toBe(201);
    const twice = await call('/courses/LDA-01/enrol', { json: {} });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_enrolled');
    expect(twice.body.error.message_en).toContain('already enrolled');

    const detail = await call('/courses/LDA-01');
    expect(detail.body.enrolled).toBe(true);
    const lessons = detail.body.lessons as Json[];
    expect(detail.body.next_lesson_id).toBe(lessons[0]!.id);
    for (const l of lessons) {
      const r = await call(`/courses/LDA-01/lessons/${l.id}/complete`, { json: {} });
      expect(r.status).toBe(200);
      expect(r.body.course_completed).toBe(false);
    }

    const started = await call('/courses/LDA-01/quiz/attempts', { json: {} });
    expect(started.status).toBe(201);
    const attempt = started.body.attempt as Json;
    expect(attempt.questions).toHaveLength(5);
    const raw = JSON.stringify(started.body);
    expect(raw).not.toMatch(/correct|explanation/);

    // bad bodies and tampering are precise JSON errors
    const bad = await call(`/attempts/${attempt.id}`, { json: { answers: 'semua benar' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.fields.answers.message_en).toContain('answers');
    const tampered = await call(`/attempts/${attempt.id}`, { json: { answers: { '999999': 'a' } } });
    expect(tampered.status).toBe(422);
    expect(tampered.body.error.fields.q_999999.message_en).toBe('This question is not part of your attempt.');
    const unknown = await call(`/attempts/${attempt.id}`, { json: { answers: { [String(attempt.questions[0].id)]: 'zz' } } });
    expect(unknown.status).toBe(422);

    const fields = await answerFields(h, attempt.id);
    const answers = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.slice(2), v]));
    const submitted = await call(`/attempts/${attempt.id}`, { json: { answers } });
    expect(submitted.status).toBe(200);
    expect(submitted.body.passed).toBe(true);
    expect(submitted.body.score_percent).toBe(100);
    expect(submitted.body.course_completed).toBe(true);
    expect(submitted.body.certificate.number).toMatch(/^PLT\/2026\/\d{6}$/);
    expect(submitted.body.review[0].explanation).toBeTruthy();
    const verifyPath = new URL(submitted.body.certificate.verify_url).pathname;
    expect((await h.request(verifyPath)).status).toBe(200);

    const again = await call(`/attempts/${attempt.id}`, { json: { answers } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_submitted');

    const me = await call('/me');
    expect(me.status).toBe(200);
    expect(me.body.jp_this_year).toBe(3);
    expect(me.body.target_jp).toBe(20);
    expect(me.body.certificates).toHaveLength(1);
    const completed = (me.body.statements as Json[]).filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]!.actor.account.name).toBeTruthy();
    expect(completed[0]!.object.id).toBe('http://localhost/xapi/activities/course/LDA-01');
    expect(completed[0]!.context.extensions['https://pelita.id/xapi/extensions/jp']).toBe(3);
  });

  it('sessions: list, register (seat or waiting list), cancel', async () => {
    expect((await call('/courses/PPG-01/sessions')).status).toBe(200);
    const list = await call('/courses/PPG-01/sessions');
    expect(list.body.sessions.length).toBe(2);
    const first = list.body.sessions[0] as Json;
    expect(first.capacity).toBe(25);
    const notEnrolled = await call(`/sessions/${first.id}/register`, { json: {} });
    expect(notEnrolled.status).toBe(409);
    expect(notEnrolled.body.error.code).toBe('not_enrolled');
    // KPP-01 is the prerequisite of PPG-01: finish it through the API first
    await call('/courses/KPP-01/enrol', { json: {} });
    const kpp = await call('/courses/KPP-01');
    for (const l of kpp.body.lessons as Json[]) await call(`/courses/KPP-01/lessons/${l.id}/complete`, { json: {} });
    const att = (await call('/courses/KPP-01/quiz/attempts', { json: {} })).body.attempt as Json;
    const f = await answerFields(h, att.id);
    const sub = await call(`/attempts/${att.id}`, { json: { answers: Object.fromEntries(Object.entries(f).map(([k, v]) => [k.slice(2), v])) } });
    expect(sub.body.course_completed).toBe(true);
    expect((await call('/courses/PPG-01/enrol', { json: {} })).status).toBe(201);
    const reg = await call(`/sessions/${first.id}/register`, { json: {} });
    expect(reg.status).toBe(201);
    expect(reg.body.status).toBe('registered');
    const twice = await call(`/sessions/${first.id}/register`, { json: {} });
    expect(twice.body.error.code).toBe('already_registered');
    const mine = await call('/courses/PPG-01/sessions');
    expect(mine.body.sessions[0].mine.status).toBe('registered');
    expect((await call(`/sessions/${first.id}/cancel`, { json: {} })).body.status).toBe('cancelled');
    expect((await call('/sessions/999999/register', { json: {} })).status).toBe(404);
  });

  it('unknown courses and attempts are 404 JSON', async () => {
    expect((await call('/courses/TIDAK-ADA')).status).toBe(404);
    expect((await call('/courses/KPD-01/enrol', { json: {} })).status).toBe(404);
    expect((await call('/attempts/00000000-0000-0000-0000-000000000000', { json: { answers: {} } })).status).toBe(404);
  });

  it('a session call without the CSRF header is refused', async () => {
    const res = await h.request('/api/v1/training/courses/MWP-01/enrol', { method: 'POST', headers: { Cookie: officer.cookie } });
    expect(res.status).toBe(403);
  });
});
