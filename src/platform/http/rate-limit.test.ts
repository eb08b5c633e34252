import { describe, expect, it } from 'vitest';
import { secondsUntilReset } from '../security/rate-limits';
import { limitMessage } from './rate-limit';

const WHAT = { id: 'pengaduan', en: 'complaints' };

describe('rate-limit answers', () => {
  it('say what was limited and how long to wait, in whole minutes rounded up', () => {
    expect(limitMessage(WHAT, 2400)).toEqual({
      id: 'Terlalu banyak pengaduan dari alamat jaringan Anda. Coba lagi dalam 40 menit.',
      en: 'Too many complaints from your network address. Try again in 40 minutes.',
    });
    expect(limitMessage(WHAT, 61).en).toContain('in 2 minutes');
    expect(limitMessage(WHAT, 1).en).toContain('in 1 minute.');
  });

  it('Retry-After is the seconds left in the window, rounded up, never 0', () => {
    const now = new Date('2026-03-02T02:20:00Z');
    expect(secondsUntilReset({ hits: 11, resetAt: new Date('2026-03-02T03:00:00Z') }, now)).toBe(2400);
    expect(secondsUntilReset({ hits: 11, resetAt: new Date(now.getTime() + 1500) }, now)).toBe(2);
    expect(secondsUntilReset({ hits: 11, resetAt: now }, now)).toBe(1);
  });
});
