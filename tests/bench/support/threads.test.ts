// The benchmark's reading of a server thread's scheduler figures (issue 14.3): per request and per
// second, as the 14.3 row prints them.
import { describe, expect, test } from 'vitest';
import { sampleThread, windowOf } from './threads';

describe('bench_thread_figures', () => {
  test('a window is the difference per request answered, and switches per second', () => {
    const before = { cpuMs: 1000, waitMs: 50, involuntary: 700, at: 10_000 };
    const after = { cpuMs: 7000, waitMs: 1250, involuntary: 13_200, at: 20_000 };
    // 6,000 ms on a core and 1,200 ms waiting over 60,000 requests; 12,500 switches in 10 s
    expect(windowOf(before, after, 60_000)).toEqual({ cpuUsPerRequest: 100, waitUsPerRequest: 20, involuntaryPerSecond: 1250 });
  });

  test('no window without both samples, a request, or time between them', () => {
    const s = { cpuMs: 1, waitMs: 1, involuntary: 1, at: 5 };
    expect(windowOf(null, s, 10)).toBeNull();
    expect(windowOf(s, null, 10)).toBeNull();
    expect(windowOf(s, { ...s, at: 6 }, 0)).toBeNull();
    expect(windowOf(s, s, 10)).toBeNull();
  });

  test.runIf(process.platform === 'linux')('this process: its main thread is read, and its time on a core only grows', () => {
    const first = sampleThread(process.pid)!;
    let x = 0;
    for (let i = 0; i < 2_000_000; i++) x += i % 7;
    const second = sampleThread(process.pid)!;
    expect(x).toBeGreaterThan(0);
    expect(first).not.toBeNull();
    expect(second.cpuMs).toBeGreaterThanOrEqual(first.cpuMs);
    expect(second.waitMs).toBeGreaterThanOrEqual(first.waitMs);
    expect(second.involuntary).toBeGreaterThanOrEqual(first.involuntary);
  });

  test('a process that is not there reads as nothing', () => {
    expect(sampleThread(2 ** 22 + 12345)).toBeNull();
  });
});
