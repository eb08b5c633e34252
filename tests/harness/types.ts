import type { PelitaApp } from '../../src/app';
import type { AppConfig, AppDeps, Clock } from '../../src/platform/runtime/deps';
import type { Channels } from '../../src/platform/mail/channel';

/** A clock tests can move: SLA and session timeouts are tested without waiting. */
export interface TestClock extends Clock {
  set(d: Date | string): void;
  advance(ms: number): void;
}

export function testClock(start: Date | string = '2026-03-02T02:00:00Z'): TestClock {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (d) => void (now = new Date(d).getTime()),
    advance: (ms) => void (now += ms),
  };
}

export interface HarnessOptions {
  /** seed the Surakarta demo data (default true) */
  seed?: boolean;
  /**
   * also the demo's year of history up to the clock's now (src/seed/history.ts), or the given
   * number of days of it; slow (the whole year is a minute on D1), so only the tests of the history
   */
  history?: boolean | { days: number };
  config?: Partial<AppConfig>;
  clock?: TestClock;
  /** mail channels (none by default: messages stay queued, as tests of the outbox expect) */
  mail?: Channels;
}

export interface Harness {
  runtime: 'libsql' | 'd1';
  app: PelitaApp;
  deps: AppDeps;
  clock: TestClock;
  /**
   * the real app, called the way a client would call it; an answer from /api/v1 that the OpenAPI
   * document does not describe throws (tests/harness/contract.ts)
   */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export const TEST_CONFIG: AppConfig = {
  env: 'test',
  demoMode: true,
  secret: 'test-secret-0123456789abcdef0123456789abcdef',
  baseUrl: 'http://localhost',
  secureCookies: true,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  // far above what any test sends from one address; tests of the limits set their own
  complaintsPerAddressPerHour: 100_000,
  trackingPerAddressPerHour: 100_000,
  mailsPerRecipientPerDay: 100_000,
  runtime: 'node',
};
