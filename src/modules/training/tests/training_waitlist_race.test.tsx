// Issue 10, item 16: two concurrent cancellations promoted only one waiting person while a seat
// stayed free. A cancellation and the promotion of the next waiting person are now one atomic
// write, and a promotion happens whenever a seat is free, so two cancellations free two seats and
// promote two people.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingSessionRegistrations, trainingSessions } from '../../../db/schema-training';
import { cancelRegistration, findSession } from '../sessions';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { courseRow } from '../../../../tests/helpers/training';

let h: Harness;
let people: TestSession[];
const EMAILS = ['petugas.dpupr@demo.pelita.id', 'petugas2.dpupr@demo.pelita.id', 'kabid.dpupr@demo.pelita.id', 'petugas.dlh@demo.pelita.id', 'kabid.dlh@demo.pelita.id', 'petugas.dishub@demo.pelita.id'];
beforeAll(async () => {
  h = await makeHarness();
  people = [];
  for (const email of EMAILS) people.push(await signInAs(h, email));
});
afterAll(async () => h.close());

async function sessionWith(capacity: number): Promise<number> {
  const course = await courseRow(h, 'PBG-01');
  const now = h.clock.now().getTime();
  const [s] = await h.deps.db
    .insert(trainingSessions)
    .values({ courseId: course.id, title: `Sesi ${capacity} kursi`, startsAt: new Date(now + 86_400_000 * 7), endsAt: new Date(now + 86_400_000 * 7 + 3 * 3600_000), place: 'Aula', capacity, jp: 3 })
    .returning({ id: trainingSessions.id });
  return s!.id;
}
const statuses = async (sessionId: number) =>
  new Map(
    (await h.deps.db.select().from(trainingSessionRegistrations).where(eq(trainingSessionRegistrations.sessionId, sessionId))).map((r) => [r.staffId, r.status]),
  );
const registered = async (sessionId: number) =>
  (await h.deps.db.select().from(trainingSessionRegistrations).where(and(eq(trainingSessionRegistrations.sessionId, sessionId), eq(trainingSessionRegistrations.status, 'registered')))).length;

describe(`16 the waiting list under concurrent cancellations, on ${RUNTIME}`, { timeout: 30_000 }, () => {
  it('16 two cancellations at the same moment promote two waiting people: no seat stays free', async () => {
    for (const p of people) expect((await postForm(h, '/pelatihan/kursus/PBG-01/daftar', p, {})).status).toBe(303);
    // rounds through the forms and straight through the data layer (fewer steps before the
    // race, so the two interleave on every runtime): a race lost only sometimes is still a race
    for (let round = 0; round < 4; round++) {
      const id = await sessionWith(2);
      for (const p of people.slice(0, 4)) expect((await postForm(h, `/pelatihan/sesi/${id}/daftar`, p, {})).status).toBe(303);
      const [a, b, c, d] = people;
      const before = await statuses(id);
      expect([before.get(a!.staffId), before.get(b!.staffId), before.get(c!.staffId), before.get(d!.staffId)]).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted']);
      if (round % 2) {
        const session = (await findSession(h.deps.db, id))!;
        const now = h.clock.now();
        await Promise.all([cancelRegistration(h.deps.db, now, a!.staffId, session), cancelRegistration(h.deps.db, now, b!.staffId, session)]);
      } else {
        const results = await Promise.all([postForm(h, `/pelatihan/sesi/${id}/batal`, a!, {}), postForm(h, `/pelatihan/sesi/${id}/batal`, b!, {})]);
        expect(results.map((r) => r.status)).toEqual([303, 303]);
      }
      const after = await statuses(id);
      expect([after.get(a!.staffId), after.get(b!.staffId), after.get(c!.staffId), after.get(d!.staffId)]).toEqual(['cancelled', 'cancelled', 'registered', 'registered']);
      expect(await registered(id)).toBe(2);
    }
  });

  it('16 one person cancelling twice at once frees one seat and promotes one person, never two', async () => {
    const [a, b, c] = people;
    const id = await sessionWith(1);
    for (const p of people.slice(0, 3)) expect((await postForm(h, `/pelatihan/sesi/${id}/daftar`, p, {})).status).toBe(303);
    const results = await Promise.all([postForm(h, `/pelatihan/sesi/${id}/batal`, a!, {}), postForm(h, `/pelatihan/sesi/${id}/batal`, a!, {})]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    const after = await statuses(id);
    expect([after.get(a!.staffId), after.get(b!.staffId), after.get(c!.staffId)]).toEqual(['cancelled', 'registered', 'waitlisted']);
    // the same through the data layer
    const again = await sessionWith(1);
    for (const p of people.slice(0, 3)) expect((await postForm(h, `/pelatihan/sesi/${again}/daftar`, p, {})).status).toBe(303);
    const session = (await findSession(h.deps.db, again))!;
    const outcomes = await Promise.allSettled([cancelRegistration(h.deps.db, h.clock.now(), a!.staffId, session), cancelRegistration(h.deps.db, h.clock.now(), a!.staffId, session)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const later = await statuses(again);
    expect([later.get(a!.staffId), later.get(b!.staffId), later.get(c!.staffId)]).toEqual(['cancelled', 'registered', 'waitlisted']);
  });
});
