// Quiz rules, pure: drawing questions for an attempt, scoring a submission on the server,
// limits on attempts and time. Correct answers never leave the server before submission; the
// attempt remembers exactly which questions (and option order) it showed.
import type { Msg } from '../../platform/i18n/lang';

export interface BankQuestion {
  id: number;
  kind: 'multiple_choice' | 'true_false';
  options: { key: string }[];
}

export interface AttemptQuestion {
  questionId: number;
  optionKeys: string[];
}

/** Fisher–Yates with an injectable random source (tests pass a seeded one). */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * Draws `count` questions from the bank in random order. Multiple-choice options are shuffled;
 * true/false keeps "Benar, Salah" so the pair reads naturally.
 */
export function drawAttempt(bank: readonly BankQuestion[], count: number, random: () => number = Math.random): AttemptQuestion[] {
  const n = Math.max(1, Math.min(count, bank.length));
  return shuffle(bank, random)
    .slice(0, n)
    .map((q) => ({
      questionId: q.id,
      optionKeys: q.kind === 'multiple_choice' ? shuffle(q.options.map((o) => o.key), random) : q.options.map((o) => o.key),
    }));
}

export type AttemptError =
  | { code: 'attempts_used_up'; message: Msg }
  | { code: 'time_limit_passed'; message: Msg }
  | { code: 'already_submitted'; message: Msg };

/** Whether another attempt may start: `used` counts every started attempt. */
export function canStartAttempt(used: number, max: number, alreadyPassed: boolean): AttemptError | { code: 'already_passed'; message: Msg } | null {
  if (alreadyPassed)
    return { code: 'already_passed', message: { id: 'Anda sudah lulus kuis ini.', en: 'You have already passed this quiz.' } };
  if (used >= max)
    return {
      code: 'attempts_used_up',
      message: {
        id: `Kesempatan mengerjakan kuis sudah habis (${max} kali). Hubungi penyusun kursus bila perlu kesempatan tambahan.`,
        en: `No quiz attempts left (${max} allowed). Contact the course author if you need another attempt.`,
      },
    };
  return null;
}

/** A submission is late once the deadline plus a short grace for the network has passed. */
export const SUBMIT_GRACE_MS = 30_000;

export function checkSubmissionTime(now: Date, deadline: Date): AttemptError | null {
  if (now.getTime() > deadline.getTime() + SUBMIT_GRACE_MS)
    return {
      code: 'time_limit_passed',
      message: {
        id: 'Batas waktu kuis sudah lewat; jawaban tidak dapat dinilai. Percobaan ini dihitung.',
        en: 'The time limit has passed; the answers cannot be scored. This attempt counts.',
      },
    };
  return null;
}

/**
 * Whether the review of a submitted attempt may show the key and the explanations: once the
 * learner passed, or has no attempt left. After a failed attempt with attempts left the review
 * says which questions were wrong and nothing more, or the next attempt becomes copying the key
 * (issue 13 item 13).
 */
export function mayRevealKey(attempt: { passed: boolean | null }, attemptsLeft: number): boolean {
  return attempt.passed === true || attemptsLeft <= 0;
}

export interface ScoredQuestion {
  questionId: number;
  chosen: string | null;
  correctKey: string;
  correct: boolean;
}

export type ScoreOutcome =
  | { ok: true; correct: number; total: number; percent: number; passed: boolean; questions: ScoredQuestion[] }
  | { ok: false; code: 'tampered_questions' | 'unknown_option'; fields: Record<string, Msg>; message: Msg };

/**
 * Scores answers ({questionId: optionKey}) against the attempt's own questions. Answers for a
 * question the attempt did not contain, or an option the question does not have, reject the
 * whole submission (nothing is scored). An unanswered question counts as wrong.
 */
export function scoreAttempt(
  attempt: readonly AttemptQuestion[],
  correctKeys: ReadonlyMap<number, string>,
  answers: Readonly<Record<string, string>>,
  passPercent: number,
): ScoreOutcome {
  const inAttempt = new Map(attempt.map((q) => [String(q.questionId), q]));
  const foreign = Object.keys(answers).filter((k) => !inAttempt.has(k));
  if (foreign.length)
    return {
      ok: false,
      code: 'tampered_questions',
      fields: Object.fromEntries(foreign.map((k) => [`q_${k}`, { id: 'Soal ini bukan bagian dari percobaan Anda.', en: 'This question is not part of your attempt.' }])),
      message: {
        id: 'Jawaban memuat soal yang tidak ada dalam percobaan ini. Muat ulang kuis dan jawab soal yang ditampilkan.',
        en: 'The answers include questions that are not in this attempt. Reload the quiz and answer the questions shown.',
      },
    };
  const badOption: Record<string, Msg> = {};
  for (const [k, v] of Object.entries(answers)) {
    if (!inAttempt.get(k)!.optionKeys.includes(v))
      badOption[`q_${k}`] = { id: 'Pilihan jawaban tidak dikenal.', en: 'Unknown answer option.' };
  }
  if (Object.keys(badOption).length)
    return {
      ok: false,
      code: 'unknown_option',
      fields: badOption,
      message: { id: 'Ada pilihan jawaban yang tidak dikenal.', en: 'Some answer options are not recognised.' },
    };
  const questions = attempt.map((q) => {
    const chosen = answers[String(q.questionId)] ?? null;
    const correctKey = correctKeys.get(q.questionId) ?? '';
    return { questionId: q.questionId, chosen, correctKey, correct: chosen !== null && chosen === correctKey };
  });
  const correct = questions.filter((q) => q.correct).length;
  const total = questions.length;
  const percent = total ? Math.round((correct / total) * 100) : 0;
  return { ok: true, correct, total, percent, passed: percent >= passPercent, questions };
}
