// Issue 13 item 13: the review after a failed attempt showed every correct answer, so a retry was
// copying. Now it says which questions were wrong; the key and the explanations come after a
// pass or the last allowed attempt, on the page and in the API alike. The quiz page carries a
// live countdown against the server's clock.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingQuestions, trainingQuizAttempts } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { apiWithSession, postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { answerFields, enrolAndReadAll, startQuiz } from '../../../../tests/helpers/training';
import { assetUrl } from '../../../../templates/_partials/assets';

const CODE = 'MWP-01';
let h: Harness;
let officer: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas2.dlh@demo.pelita.id');
  await enrolAndReadAll(h, officer, CODE);
});
afterAll(async () => h.close());

const get = (path: string) => h.request(path, { headers: { Cookie: officer.cookie }, redirect: 'manual' });

/** The explanations and the texts of the correct options of an attempt's questions. */
async function keyTexts(attemptId: string) {
  const [a] = await h.deps.db.select().from(trainingQuizAttempts).where(eq(trainingQuizAttempts.id, attemptId));
  const drawn = JSON.parse(a!.questions) as { questionId: number }[];
  const rows = await h.deps.db
    .select()
    .from(trainingQuestions)
    .where(inArray(trainingQuestions.id, drawn.map((q) => q.questionId)));
  return rows.map((r) => ({
    explanation: r.explanation,
    // a true/false question's options are "Benar" and "Salah": its key is no text of its own
    correctText: r.kind === 'true_false' ? null : (JSON.parse(r.options) as { key: string; text: string }[]).find((o) => o.key === r.correctKey)!.text,
  }));
}

describe(`13.13 quiz review on ${RUNTIME}`, () => {
  it('13.13 a failed attempt with attempts left does not reveal the key', async () => {
    const attemptId = await startQuiz(h, officer, CODE);
    const page = await (await get(`/pelatihan/kuis/${attemptId}`)).text();
    // the countdown: the deadline and the server's clock, shown by a script from our origin
    expect(page).toMatch(/data-quiz-deadline="\d{4}-\d\d-\d\dT[^"]+Z"/);
    expect(page).toContain(`data-server-now="${h.clock.now().toISOString()}"`);
    expect(page).toContain(`src="${assetUrl('quiz-timer.js')}"`);

    const res = await postForm(h, `/pelatihan/kuis/${attemptId}`, officer, await answerFields(h, attemptId, false));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Belum lulus');
    expect(html).toContain('Sisa kesempatan: 2');
    // which questions were wrong: every one, each marked
    expect(html.match(/<span class="badge overdue">salah<\/span>/g)).toHaveLength(5);
    expect(html).toContain('5 soal belum benar');
    // but neither the correct answers nor the explanations
    expect(html).not.toContain('Jawaban benar');
    expect(html).not.toContain('Pembahasan</h2>');
    for (const k of await keyTexts(attemptId)) {
      expect(html).not.toContain(k.explanation);
      if (k.correctText) expect(html).not.toContain(k.correctText);
    }
    // opening the result again shows the same
    const again = await (await get(`/pelatihan/kuis/${attemptId}`)).text();
    expect(again).not.toContain('Jawaban benar');
  });

  it('13.13 the API hides the key of a failed attempt with attempts left too', async () => {
    const started = await apiWithSession(h, `/api/v1/training/courses/${CODE}/quiz/attempts`, officer, { json: {} });
    expect(started.status).toBe(201);
    const attemptId = ((await started.json()) as { attempt: { id: string } }).attempt.id;
    const fields = await answerFields(h, attemptId, false);
    const answers = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.slice(2), v]));
    const res = await apiWithSession(h, `/api/v1/training/attempts/${attemptId}`, officer, { json: { answers } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { passed: boolean; review: { correct: boolean; correct_key: string | null; explanation: string | null }[] };
    expect(body.passed).toBe(false);
    expect(body.review).toHaveLength(5);
    for (const q of body.review) expect(q).toMatchObject({ correct: false, correct_key: null, explanation: null });
  });

  it('13.13 after the last allowed attempt the key and the explanations are shown', async () => {
    const attemptId = await startQuiz(h, officer, CODE);
    const html = await (await postForm(h, `/pelatihan/kuis/${attemptId}`, officer, await answerFields(h, attemptId, false))).text();
    expect(html).toContain('Kesempatan sudah habis.');
    expect(html).toContain('Pembahasan</h2>');
    expect(html.match(/Jawaban benar/g)).toHaveLength(5);
    for (const k of await keyTexts(attemptId)) {
      expect(html).toContain(k.explanation);
      if (k.correctText) expect(html).toContain(k.correctText);
    }
  });

  it('13.13 a pass shows the explanations at once', async () => {
    const other = await signInAs(h, 'petugas3.dlh@demo.pelita.id');
    await enrolAndReadAll(h, other, CODE);
    const attemptId = await startQuiz(h, other, CODE);
    const html = await (await postForm(h, `/pelatihan/kuis/${attemptId}`, other, await answerFields(h, attemptId, true))).text();
    expect(html).toContain('Lulus');
    expect(html).toContain('Pembahasan</h2>');
    const [k] = await keyTexts(attemptId);
    expect(html).toContain(k!.explanation);
  });
});
