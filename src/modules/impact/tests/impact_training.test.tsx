// Training impact (docs/metrics.md §5.3; issue 11 item 5) on the hand-computed history of
// impact_fixture.ts: the job's roll-up equals the difference in differences worked out by hand,
// it is hidden below the minimum sample, the job is bounded and idempotent, every query searches
// an index, and /dasbor/dampak-pelatihan shows it (and its CSV) to whom it may.
import { and, eq, type SQLWrapper } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { settings } from '../../../db/schema';
import { SCHEDULED_JOBS } from '../../../jobs';
import { trainingCourses, trainingImpact, trainingImpactPeople } from '../../../db/schema-training';
import { tQuantile } from '../../../domain/metrics/did';
import { writeSetting } from '../../../platform/settings/settings';
import { BUILD_KEY, PROJECTION_VERSION } from '../../metrics/job';
import { courseQueries, windowQueries } from '../compute';
import { impactQueries } from '../data';
import { IMPACT_DAY_KEY, runImpactPass, trainingImpactJob } from '../job';
import type { Harness } from '../../../../tests/harness/types';
import { planOf, scansOf } from '../../../../tests/helpers/query-plan';
import { wib } from '../../../../tests/helpers/case-driver';
import { signInAs } from '../../../../tests/helpers/session';
import { buildImpactFixture, IMPACT_NOW, IMPACT_OFFICER, IMPACT_SUPERVISOR, type ImpactFixture } from './impact_fixture';

let h: Harness;
let f: ImpactFixture;

beforeAll(async () => {
  h = await makeHarness();
  await writeSetting(h.deps.db, BUILD_KEY, PROJECTION_VERSION);
  f = await buildImpactFixture(h);
}, 180_000);
afterAll(async () => h.close());

/** Runs today's pass to its end, one course per run; returns the runs it took. */
async function passToEnd(budget = { courses: 1, people: 10_000 }): Promise<number> {
  let runs = 0;
  for (;;) {
    const r = await runImpactPass(h.deps.db, h.clock.now(), budget);
    if (r.courses === 0) return runs;
    runs++;
    if (runs > 1000) throw new Error('the pass does not end');
  }
}

async function impactOf(courseId: number, metric: 'ikm' | 'sla') {
  const [row] = await h.deps.db
    .select()
    .from(trainingImpact)
    .where(and(eq(trainingImpact.courseId, courseId), eq(trainingImpact.year, 2026), eq(trainingImpact.metric, metric)));
  return row!;
}

async function get(path: string, email: string, headers: Record<string, string> = {}) {
  const who = await signInAs(h, email);
  return h.request(path, { headers: { Cookie: who.cookie, ...headers }, redirect: 'manual' });
}

describe(`training impact on ${RUNTIME}`, () => {
  it('11.5 before the job has run the page is an empty state, not an error', async () => {
    const res = await get('/dasbor/dampak-pelatihan?tahun=2026', 'pimpinan@demo.pelita.id');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('data-empty="no-data"');
  });

  it('11.5 IKM: the estimate, SE, df and 95 % interval equal the hand-computed difference in differences', async () => {
    await passToEnd();
    // completers' changes (IKM = 25 × the score every element got): T1 50→75 +25, T2 50→100 +50,
    // T3 75→75 0, T4 75→100 +25, T5 25→75 +50: mean 30; deviations −5, 20, −30, −5, 20, squares
    // 25 + 400 + 900 + 25 + 400 = 1750, s² = 1750 ÷ 4 = 437.5, s²/n = 87.5.
    // Colleagues: C1 0, C2 0, C3 75→50 −25, C4 50→75 +25, C5 0: mean 0; squares 625 + 625 = 1250,
    // s² = 312.5, s²/n = 62.5.
    // estimate = 30 − 0 = 30; SE = √(87.5 + 62.5) = √150 = 12.2474…;
    // df = 150² ÷ (87.5²/4 + 62.5²/4) = 22500 ÷ 2890.625 = 288/37 = 7.7838…;
    // t(0.975, 7.7838) = 2.31720…; interval 30 ± 2.31720 × 12.2474 = 1.6202 … 58.3798.
    const ikm = await impactOf(f.course, 'ikm');
    expect(ikm.shown).toBe(true);
    expect(ikm.nTreated).toBe(5);
    expect(ikm.nControl).toBe(5);
    expect(ikm.meanTreated).toBeCloseTo(30, 10);
    expect(ikm.meanControl).toBeCloseTo(0, 10);
    expect(ikm.estimate).toBeCloseTo(30, 10);
    expect(ikm.standardError).toBeCloseTo(Math.sqrt(150), 10);
    expect(ikm.df).toBeCloseTo(288 / 37, 10);
    const t = tQuantile(0.975, 288 / 37);
    expect(t).toBeCloseTo(2.3172, 4);
    expect(ikm.low).toBeCloseTo(30 - t * Math.sqrt(150), 10);
    expect(ikm.high).toBeCloseTo(30 + t * Math.sqrt(150), 10);
    expect(ikm.low).toBeCloseTo(1.6202, 4);
    expect(ikm.high).toBeCloseTo(58.3798, 4);
    // P completed on 1 Sep: their 90 days after end on 30 Nov, after "now"
    expect(ikm.pending).toBe(1);
    expect(ikm.computedOn).toBe('2026-10-12');
  });

  it('11.5 SLA compliance: met ÷ (met + breached) in each window, differenced by hand', async () => {
    // completers: T1 0→100, T2 0→100, T3 100→100, T4 0→0, T5 100→100: changes 100, 100, 0, 0, 0,
    // mean 40, squares 3600·2 + 1600·3 = 12000, s² = 3000, s²/n = 600.
    // Colleagues: C1 0, C2 0, C3 100→0 −100, C4 0→100 +100, C5 0: mean 0, s² = 20000 ÷ 4 = 5000,
    // s²/n = 1000. estimate 40; SE = √1600 = 40; df = 1600² ÷ (600²/4 + 1000²/4) = 128/17 = 7.5294;
    // t(0.975, 7.5294) = 2.33133…; interval 40 ± 93.2533 = −53.2533 … 133.2533.
    const sla = await impactOf(f.course, 'sla');
    expect(sla.shown).toBe(true);
    expect([sla.nTreated, sla.nControl]).toEqual([5, 5]);
    expect(sla.estimate).toBeCloseTo(40, 10);
    expect(sla.standardError).toBeCloseTo(40, 10);
    expect(sla.df).toBeCloseTo(128 / 17, 10);
    expect(sla.low).toBeCloseTo(40 - tQuantile(0.975, 128 / 17) * 40, 10);
    expect(sla.low).toBeCloseTo(-53.2533, 4);
    expect(sla.high).toBeCloseTo(133.2533, 4);
  });

  it('11.5 the people behind it: completers on their own completion, colleagues of the same unit on the unit’s first one; nobody else', async () => {
    const rows = await h.deps.db
      .select()
      .from(trainingImpactPeople)
      .where(and(eq(trainingImpactPeople.courseId, f.course), eq(trainingImpactPeople.metric, 'ikm')));
    const by = new Map(rows.map((r) => [r.staffId, r]));
    const s = f.staff;
    expect(by.get(s['t2']!)).toMatchObject({ grp: 'treated', pre: 50, post: 100, preN: 1, postN: 1, refAt: wib('2026-07-01T13:00') });
    expect(by.get(s['c3']!)).toMatchObject({ grp: 'control', pre: 75, post: 50, refAt: wib('2026-07-01T12:00') });
    // P completed in the year (pending), W works in another unit: neither is a control
    expect(by.has(s['p']!)).toBe(false);
    expect(by.has(s['w']!)).toBe(false);
    expect(rows.filter((r) => r.grp === 'treated').length).toBe(5);
    // the unit's supervisor is a colleague too, without ratings: listed, not counted (n = 5)
    const controls = rows.filter((r) => r.grp === 'control');
    expect(controls.length).toBe(6);
    expect(controls.filter((r) => r.pre !== null && r.post !== null).length).toBe(5);
  });

  it('11.5 hidden below the minimum sample: 4 completers show only the sample sizes', async () => {
    // DMP-02: T1…T4 completed it; T5 and C1…C5 are their colleagues with data (P has none)
    for (const metric of ['ikm', 'sla'] as const) {
      const row = await impactOf(f.smallCourse, metric);
      expect(row).toMatchObject({ shown: false, nTreated: 4, nControl: 6, estimate: null, low: null, high: null });
    }
  });

  it('11.5 the job is bounded (a run stops at its budget of courses) and idempotent (once a day)', async () => {
    const db = h.deps.db;
    const courses = (await db.select({ id: trainingCourses.id }).from(trainingCourses)).length;
    const before = await db.select().from(trainingImpactPeople).where(eq(trainingImpactPeople.courseId, f.course));
    // done today: a run does nothing
    expect(await trainingImpactJob.run(h.deps)).toEqual({ courses: 0, people: 0 });
    // the next day: one course per run when the budget says one; the registered job at most 5
    h.clock.set(wib('2026-10-13T09:00'));
    expect(await passToEnd()).toBe(courses);
    expect(await db.select({ v: settings.value }).from(settings).where(eq(settings.key, IMPACT_DAY_KEY))).toEqual([{ v: '2026-10-13' }]);
    h.clock.set(wib('2026-10-14T09:00'));
    const first = await trainingImpactJob.run(h.deps);
    expect(first.courses).toBe(Math.min(5, courses));
    // a people budget stops a run after the course that reaches it (at least one course a run):
    // the courses without completers cost nothing; the first with people ends the run
    h.clock.set(wib('2026-10-15T09:00'));
    const run = await runImpactPass(db, h.clock.now(), { courses: 100, people: 1 });
    const [mark] = await db.select({ v: settings.value }).from(settings).where(eq(settings.key, IMPACT_DAY_KEY));
    expect(mark!.v).toMatch(/^2026-10-15:\d+$/);
    const last = Number(mark!.v.split(':')[1]);
    expect(last).toBeLessThan(f.smallCourse);
    const lastPeople = await db.select().from(trainingImpactPeople).where(eq(trainingImpactPeople.courseId, last));
    expect(run.people).toBeGreaterThan(0);
    expect(lastPeople.length).toBe(2 * run.people);
    expect(SCHEDULED_JOBS.at(-1)).toBe(trainingImpactJob);
    h.clock.set(wib(IMPACT_NOW));
    await db.delete(settings).where(eq(settings.key, IMPACT_DAY_KEY));
    await passToEnd({ courses: 100, people: 10_000 });
    const after = await db.select().from(trainingImpactPeople).where(eq(trainingImpactPeople.courseId, f.course));
    const key = (r: (typeof after)[number]) => `${r.metric}:${r.staffId}`;
    expect([...after].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...before].sort((a, b) => key(a).localeCompare(key(b))));
    expect((await impactOf(f.course, 'ikm')).estimate).toBeCloseTo(30, 10);
  });

  it('11.5 every query searches an index: the windows by person and instant, the page by year (and unit)', async () => {
    const db = h.deps.db;
    const people = [
      { staffId: 1, unitId: 1, group: 'treated' as const, refAt: wib('2026-07-01T12:00').getTime() },
      { staffId: 2, unitId: 1, group: 'control' as const, refAt: wib('2026-07-01T12:00').getTime() },
    ];
    const queries: Record<string, SQLWrapper> = {
      ...Object.fromEntries(Object.entries(windowQueries(db, people, 'pre')).map(([k, q]) => [`pre.${k}`, q])),
      ...Object.fromEntries(Object.entries(windowQueries(db, people, 'post')).map(([k, q]) => [`post.${k}`, q])),
      ...courseQueries(db, f.course),
      ...impactQueries(db, 2026, f.unit),
    };
    // json_each is the statement's own list of people
    const found = Object.fromEntries(Object.entries(await scansOf(db, queries)).map(([name, steps]) => [name, steps.filter((s) => !/^SCAN (json_each|w)\b/.test(s))]));
    expect(found).toEqual(Object.fromEntries(Object.keys(queries).map((k) => [k, []])));
    const ratingsPlan = (await planOf(db, windowQueries(db, people, 'post').ratings)).join('\n');
    expect(ratingsPlan).toMatch(/SEARCH r USING (COVERING )?INDEX ratings_officer_idx \(officer_id=\? AND created_at>\? AND created_at<\?\)/);
    const outcomesPlan = (await planOf(db, windowQueries(db, people, 'pre').outcomes)).join('\n');
    expect(outcomesPlan).toMatch(/SEARCH s USING (COVERING )?INDEX case_segments_res_by_idx \(res_outcome_by=\? AND res_outcome=\? AND res_outcome_at>\? AND res_outcome_at<\?\)/);
  });

  it('11.5 officials see each course’s estimate in words and as a table, labelled an estimate, privately', async () => {
    const res = await get('/dasbor/dampak-pelatihan?tahun=2026', 'pimpinan@demo.pelita.id');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toContain('no-store');
    const html = await res.text();
    expect(html).toContain('Dampak pelatihan');
    expect(html).toContain('Ini bukan bukti sebab-akibat.');
    const dmp = /<li data-course="DMP-01">([\s\S]*?)<\/li>/.exec(html)![1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(dmp).toContain('perkiraan +30,00 (interval 95% +1,62 s.d. +58,38; 5 yang menyelesaikan, 5 rekan)');
    expect(dmp).toContain('perkiraan +40,00 (interval 95% −53,25 s.d. +133,25; 5 yang menyelesaikan, 5 rekan)');
    expect(dmp).toContain('1 lainnya selesai kurang dari 90 hari lalu: belum dihitung.');
    const small = /<li data-course="DMP-02">([\s\S]*?)<\/li>/.exec(html)![1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(small).toContain('sampel belum cukup (4 yang menyelesaikan, 6 rekan; perlu sedikitnya 5 per kelompok)');
    expect(html).toMatch(/<tr data-course="DMP-01" data-metric="ikm"><th scope="row">Kursus Uji Dampak <span class="muted">DMP-01<\/span><\/th><td[^>]*>IKM \(poin\)<\/td><td[^>]*>\+30,00<\/td><td[^>]*>\+1,62 s\.d\. \+58,38<\/td><td[^>]*>12,25<\/td><td[^>]*>7,8<\/td><td[^>]*>\+30,00<\/td><td[^>]*>0,00<\/td><td[^>]*>5<\/td><td[^>]*>5<\/td><td[^>]*>1<\/td><\/tr>/);
  });

  it('11.5 the CSV: the same numbers, a BOM, and a course title beginning with = escaped', async () => {
    const res = await get('/dasbor/dampak-pelatihan/csv?tahun=2026', 'pimpinan@demo.pelita.id');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/csv');
    expect(res.headers.get('Content-Disposition')).toContain('dampak-pelatihan-2026.csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('2026,Seluruh kota,DMP-01,Kursus Uji Dampak,IKM (poin),ya,30.0000,1.6202,58.3798,12.2474,7.78,30.0000,0.0000,5,5,1\r\n');
    expect(text).toContain(`2026,Seluruh kota,DMP-02,'=Kursus Uji Kecil,IKM (poin),tidak: sampel belum cukup,,,,,,,,4,6,0\r\n`);
  });

  it('11.5 the year of completion filters; a year not begun is an empty state; an unreadable year falls back to this one', async () => {
    const other = await (await get('/dasbor/dampak-pelatihan?tahun=2025', 'pimpinan@demo.pelita.id')).text();
    expect(other).toContain('data-empty="no-data"');
    expect(other).toContain('<option value="2025" selected="">2025</option>');
    const future = await (await get('/dasbor/dampak-pelatihan?tahun=2027', 'pimpinan@demo.pelita.id')).text();
    expect(future).toContain('data-empty="future"');
    const bad = await get('/dasbor/dampak-pelatihan?tahun=20x6', 'pimpinan@demo.pelita.id');
    expect(bad.status).toBe(200);
    expect(await bad.text()).toContain('<option value="2026" selected="">2026</option>');
    expect((await get('/dasbor/dampak-pelatihan?unit=abc', 'pimpinan@demo.pelita.id')).status).toBe(404);
  });

  it('11.5 a supervisor sees the city and their own unit (a smaller sample, said so), never another unit', async () => {
    const own = await get(`/dasbor/dampak-pelatihan?tahun=2026&unit=${f.unit}`, IMPACT_SUPERVISOR);
    expect(own.status).toBe(200);
    const html = await own.text();
    expect(html).toContain('Dampak pelatihan: Unit Uji Dampak');
    expect(html).toContain('data-note="unit-sample"');
    // every completer and colleague is of this unit: the same estimate, recomputed from the people rows
    expect(html).toContain('perkiraan <strong>+30,00</strong>');
    expect((await get(`/dasbor/dampak-pelatihan?tahun=2026&unit=${f.otherUnit}`, IMPACT_SUPERVISOR)).status).toBe(403);
    expect((await get(`/dasbor/dampak-pelatihan/csv?tahun=2026&unit=${f.otherUnit}`, IMPACT_SUPERVISOR)).status).toBe(403);
    expect((await get('/dasbor/dampak-pelatihan?tahun=2026', IMPACT_SUPERVISOR)).status).toBe(200);
    // officials any unit; the other unit had no completer: nothing to show
    const other = await (await get(`/dasbor/dampak-pelatihan?tahun=2026&unit=${f.otherUnit}`, 'pimpinan@demo.pelita.id')).text();
    expect(other).toContain('data-empty="no-data"');
  });

  it('11.5 an officer gets 403; a course author sees the city-wide estimates but no unit', async () => {
    const officer = await get('/dasbor/dampak-pelatihan', IMPACT_OFFICER);
    expect(officer.status).toBe(403);
    expect((await get('/dasbor/dampak-pelatihan/csv', IMPACT_OFFICER)).status).toBe(403);
    const author = await get('/dasbor/dampak-pelatihan?tahun=2026', 'pengajar@demo.pelita.id');
    expect(author.status).toBe(200);
    const html = await author.text();
    expect(html).toContain('data-course="DMP-01"');
    expect(html).not.toContain('<select id="unit"');
    expect((await get(`/dasbor/dampak-pelatihan?unit=${f.unit}`, 'pengajar@demo.pelita.id')).status).toBe(403);
  });

  it('in English when asked', async () => {
    const html = await (await get('/dasbor/dampak-pelatihan?tahun=2026', 'pimpinan@demo.pelita.id', { 'Accept-Language': 'en' })).text();
    expect(html).toContain('Training impact');
    expect(html).toContain('This is not proof of cause and effect.');
    expect(html).toContain('sample too small');
  });
});
