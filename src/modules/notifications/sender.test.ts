import { describe, expect, it } from 'vitest';
import { smtpRetryable } from '../../platform/mail/smtp';
import { backoffMs, MAX_ATTEMPTS } from './sender';

const MIN = 60_000;

describe('13.1 retry rules', () => {
  it('13.1 the wait after each failed attempt doubles from 5 minutes; the last retry waits 5 h 20 min, the whole round under 11 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n) / MIN)).toEqual([5, 10, 20, 40, 80, 160, 320]);
    // 5 + 10 + … + 320 = 635 minutes of waiting before the 8th and last attempt
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => backoffMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(total / MIN).toBe(635);
  });

  it('13.1 an SMTP 5xx is permanent; 4xx, a refused sign-in and a network failure are retried', () => {
    expect(smtpRetryable({ responseCode: 550, code: 'EENVELOPE' })).toBe(false);
    expect(smtpRetryable({ responseCode: 452, code: 'EENVELOPE' })).toBe(true);
    expect(smtpRetryable({ responseCode: 535, code: 'EAUTH' })).toBe(true);
    expect(smtpRetryable({ code: 'ECONNECTION' })).toBe(true);
  });
});
