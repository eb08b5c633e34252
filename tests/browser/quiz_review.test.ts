// Issue 13 item 13 in a real browser: the quiz shows a live countdown against the server's clock,
// and a failed attempt with attempts left says which questions were wrong without the key.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingQuestions, trainingQuizAttempts } from '../../src/db/schema-training';
import { startRig, type BrowserRig } from './support';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

const COURSE = 'MWP-01';

describe('quiz countdown and review in Chromium', () => {
  it('13.13 the countdown runs, and a failed attempt with attempts left does not reveal the key', async () => {
    const db = rig.deps.db;
    const { page, problems } = await rig.newPage();
    await rig.signIn(page, 'petugas2.dlh@demo.pelita.id');
    await page.goto(`${rig.url}/pelatihan/kursus/${COURSE}`);
    await page.getByRole('button', { name: 'Daftar kursus ini' }).click();
    await page.waitForLoadState('load');
    for (const href of await page.locator(`a[href^="/pelatihan/kursus/${COURSE}/materi/"]`).evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))])) {
      await page.goto(rig.url + href);
      await page.getByRole('button', { name: 'Tandai selesai' }).click();
      await page.waitForLoadState('load');
    }
    await page.goto(`${rig.url}/pelatihan/kursus/${COURSE}`);
    await page.getByRole('button', { name: 'Mulai kuis' }).click();
    await page.waitForURL('**/pelatihan/kuis/**');

    const timer = page.locator('.quiz-countdown');
    await timer.waitFor({ state: 'visible' });
    expect(await timer.getAttribute('role')).toBe('timer');
    const first = (await timer.textContent()) ?? '';
    expect(first).toMatch(/^Sisa waktu: 1[45]:\d\d$/);
    await page.waitForFunction((t) => document.querySelector('.quiz-countdown')?.textContent !== t, first);

    const attemptId = page.url().split('/').pop()!;
    const [a] = await db.select().from(trainingQuizAttempts).where(eq(trainingQuizAttempts.id, attemptId));
    const ids = (JSON.parse(a!.questions) as { questionId: number; optionKeys: string[] }[]);
    const keys = await db.select().from(trainingQuestions).where(inArray(trainingQuestions.id, ids.map((q) => q.questionId)));
    for (const q of ids) {
      const key = keys.find((k) => k.id === q.questionId)!.correctKey;
      await page.check(`input[name="q_${q.questionId}"][value="${q.optionKeys.find((k) => k !== key)}"]`);
    }
    await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
    await page.waitForLoadState('load');
    const body = (await page.textContent('body')) ?? '';
    expect(body).toContain('Belum lulus');
    expect(body).toContain('5 soal belum benar');
    expect(body).not.toContain('Jawaban benar');
    for (const k of keys) expect(body).not.toContain(k.explanation);
    expect(problems).toEqual([]);
  });
});
