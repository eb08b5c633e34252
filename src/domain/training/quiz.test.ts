import { describe, expect, it } from 'vitest';
import { canStartAttempt, checkSubmissionTime, drawAttempt, mayRevealKey, scoreAttempt, shuffle } from './quiz';

function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const bank = [1, 2, 3, 4, 5, 6, 7, 8].map((id) => ({
  id,
  kind: id === 8 ? ('true_false' as const) : ('multiple_choice' as const),
  options: id === 8 ? [{ key: 'benar' }, { key: 'salah' }] : [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }],
}));

describe('drawing an attempt', () => {
  it('draws N distinct questions from the bank with every option kept', () => {
    const a = drawAttempt(bank, 5, seeded(7));
    expect(a).toHaveLength(5);
    expect(new Set(a.map((q) => q.questionId)).size).toBe(5);
    for (const q of a) expect([...q.optionKeys].sort()).toEqual(q.questionId === 8 ? ['benar', 'salah'] : ['a', 'b', 'c', 'd']);
  });
  it('never draws more than the bank holds', () => {
    expect(drawAttempt(bank, 50, seeded(1))).toHaveLength(8);
  });
  it('order varies between attempts', () => {
    const orders = new Set(Array.from({ length: 10 }, (_, i) => drawAttempt(bank, 8, seeded(i + 1)).map((q) => q.questionId).join(',')));
    expect(orders.size).toBeGreaterThan(1);
  });
  it('shuffle keeps the elements', () => {
    expect(shuffle([1, 2, 3, 4], seeded(3)).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('scoring on the server', () => {
  const attempt = [
    { questionId: 1, optionKeys: ['b', 'a', 'd', 'c'] },
    { questionId: 2, optionKeys: ['a', 'b', 'c', 'd'] },
    { questionId: 8, optionKeys: ['benar', 'salah'] },
  ];
  const key = new Map([
    [1, 'a'],
    [2, 'c'],
    [8, 'salah'],
  ]);
  it('scores percent and pass mark', () => {
    const r = scoreAttempt(attempt, key, { '1': 'a', '2': 'c', '8': 'benar' }, 60);
    expect(r.ok && r.correct).toBe(2);
    expect(r.ok && r.percent).toBe(67);
    expect(r.ok && r.passed).toBe(true);
    const r2 = scoreAttempt(attempt, key, { '1': 'a', '2': 'c', '8': 'benar' }, 70);
    expect(r2.ok && r2.passed).toBe(false);
  });
  it('counts unanswered questions as wrong', () => {
    const r = scoreAttempt(attempt, key, { '1': 'a' }, 70);
    expect(r.ok && r.correct).toBe(1);
    expect(r.ok && r.questions.find((q) => q.questionId === 2)?.chosen).toBeNull();
  });
  it('rejects answers for questions not in the attempt', () => {
    const r = scoreAttempt(attempt, key, { '1': 'a', '5': 'b' }, 70);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('tampered_questions');
    expect(!r.ok && Object.keys(r.fields)).toEqual(['q_5']);
  });
  it('rejects unknown options', () => {
    const r = scoreAttempt(attempt, key, { '1': 'z' }, 70);
    expect(!r.ok && r.code).toBe('unknown_option');
    expect(!r.ok && r.fields['q_1']?.en).toBe('Unknown answer option.');
  });
});

describe('limits', () => {
  it('refuses a start once attempts are used up or the quiz is passed', () => {
    expect(canStartAttempt(2, 3, false)).toBeNull();
    expect(canStartAttempt(3, 3, false)?.code).toBe('attempts_used_up');
    expect(canStartAttempt(0, 3, true)?.code).toBe('already_passed');
  });
  it('refuses a submission after the deadline plus grace', () => {
    const deadline = new Date('2026-03-02T02:20:00Z');
    expect(checkSubmissionTime(new Date('2026-03-02T02:20:20Z'), deadline)).toBeNull();
    expect(checkSubmissionTime(new Date('2026-03-02T02:20:31Z'), deadline)?.code).toBe('time_limit_passed');
  });

  it('13.13 reveals the key only after a pass or the last allowed attempt', () => {
    expect(mayRevealKey({ passed: false }, 2)).toBe(false);
    expect(mayRevealKey({ passed: null }, 1)).toBe(false);
    expect(mayRevealKey({ passed: false }, 0)).toBe(true);
    expect(mayRevealKey({ passed: true }, 2)).toBe(true);
  });
});
