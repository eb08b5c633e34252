import { it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { testClock } from '../harness/types';
import { seedDemoHistory } from '../../src/seed/history';
it('speed', async () => {
  const h = await makeHarness({ clock: testClock('2026-11-30T03:00:00Z') });
  const t = Date.now();
  const r = await seedDemoHistory(h.deps, h.clock.now());
  console.log(RUNTIME, 'history ms', Date.now() - t, JSON.stringify(r));
}, 600_000);
