// `npm run bench`. Targets on the 2-core reference machine: the SLA clock well under 0.1 ms per
// due date; IKM over 10,000 ratings under 5 ms; a catalogue page on libSQL under 10 ms.
// Printed, not asserted: timing belongs here, never in the test suite.
import { afterAll, test } from 'vitest';
import { addWorkingDays, dueWithPauses, makeHolidaySet } from '../../src/domain/sla/calendar';
import { computeIkm } from '../../src/domain/skm/ikm';
import { DEMO_HOLIDAYS } from '../../src/seed/demo-data';
import { makeHarness } from '../harness/libsql';

const holidays = makeHolidaySet(DEMO_HOLIDAYS.map((h) => h.date));
const start = new Date('2026-03-17T03:00:00Z');
const pauses = [{ from: new Date('2026-03-18T01:00:00Z'), to: new Date('2026-03-25T01:00:00Z') }];
const ratings = Array.from({ length: 10_000 }, (_, i) => Array.from({ length: 9 }, (_, j) => ((i + j) % 4) + 1));

test('domain rules', async ({ bench }) => {
  await bench.compare(
    bench('SLA due date across Idul Fitri (5 working days)', () => {
      addWorkingDays(start, 5, holidays);
    }),
    bench('SLA due date with a week-long pause', () => {
      dueWithPauses(start, 5, holidays, pauses, new Date('2026-04-10T00:00:00Z'));
    }),
    bench('IKM over 10,000 ratings', () => {
      computeIkm(ratings);
    }),
  );
});

const h = await makeHarness();
afterAll(() => h.close());

test('pages on libSQL', async ({ bench }) => {
  await bench.compare(
    bench('GET /layanan', async () => {
      await h.request('/layanan');
    }),
    bench('GET /layanan/pbg', async () => {
      await h.request('/layanan/pbg');
    }),
  );
});
