import { describe, expect, it } from 'vitest';
import { isoDuration, jpForYear, toXapiStatement, VERB_IRIS } from './ledger';

describe('JP of a year', () => {
  it('sums JP over the rows of the year only, voided rows subtracting', () => {
    const rows = [
      { jp: 4, year: 2026 },
      { jp: 3, year: 2025 },
      { jp: 2, year: 2026 },
      { jp: -2, year: 2026 },
      { jp: 0, year: 2026 },
    ];
    expect(jpForYear(rows, 2026)).toBe(4);
    expect(jpForYear(rows, 2025)).toBe(3);
    expect(jpForYear(rows, 2024)).toBe(0);
  });
});

describe('toXapiStatement', () => {
  it('maps a completion row 1:1 onto an xAPI statement', () => {
    const s = toXapiStatement(
      {
        statementId: '4c7f2b6e-0d1e-4a55-9d33-1a2b3c4d5e6f',
        actorNip: '198801012010011001',
        actorName: 'Budi',
        verb: 'completed',
        objectType: 'course',
        objectId: 'KPP-01',
        objectName: 'Komunikasi Pelayanan Prima',
        result: { completion: true, success: true, score: { scaled: 0.8, raw: 80, min: 0, max: 100 } },
        jp: 4,
        at: new Date('2027-01-04T02:00:00Z'),
        learnedOn: '2026-12-30',
      },
      'https://pelita.surakarta.go.id/',
    );
    expect(s.id).toBe('4c7f2b6e-0d1e-4a55-9d33-1a2b3c4d5e6f');
    expect(s.actor).toEqual({
      objectType: 'Agent',
      name: 'Budi',
      account: { homePage: 'https://pelita.surakarta.go.id', name: '198801012010011001' },
    });
    expect(s.verb.id).toBe(VERB_IRIS.completed);
    expect(s.verb.display['en-US']).toBe('completed');
    expect(s.object.id).toBe('https://pelita.surakarta.go.id/xapi/activities/course/KPP-01');
    expect(s.object.definition.type).toBe('http://adlnet.gov/expapi/activities/course');
    expect(s.result?.score?.scaled).toBe(0.8);
    expect(s.context.extensions['https://pelita.id/xapi/extensions/jp']).toBe(4);
    expect(s.context.extensions['https://pelita.id/xapi/extensions/learned-on']).toBe('2026-12-30');
    expect(s.timestamp).toBe('2027-01-04T02:00:00.000Z');
    expect(s.version).toBe('1.0.3');
  });
  it('omits result when there is none and maps quizzes to assessments', () => {
    const s = toXapiStatement(
      { statementId: 'x', actorNip: '1', actorName: 'A', verb: 'failed', objectType: 'quiz', objectId: 'a b', objectName: 'Kuis', result: null, jp: 0, at: new Date(0), learnedOn: '1970-01-01' },
      'http://localhost',
    );
    expect(s.result).toBeUndefined();
    expect(s.object.id).toBe('http://localhost/xapi/activities/quiz/a%20b');
    expect(s.object.definition.type).toBe('http://adlnet.gov/expapi/activities/assessment');
  });
  it('formats durations in ISO 8601', () => {
    expect(isoDuration(754_000)).toBe('PT12M34S');
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_600_000)).toBe('PT1H');
  });
});
