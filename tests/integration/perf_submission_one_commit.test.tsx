// Issue 14, finding 4 (second half): a complaint submission was four commits — the address's rate
// limit UPSERT, the mail allowance's UPSERT, the case's batch, and the batch that wrote its metrics
// rows after reading them back — and ran at 3% of a raw durable insert's rate. It is now one
// transaction, one commit, with issue 8.7's limits still exact: the case's insert in that batch is
// guarded by the address's count inside it (src/platform/http/submission-limit.ts).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, caseSegments, caseSegmentsPending, metricCategories, metricHist, metricMonths, metricPlaces, outbox, rateLimits, services, units } from '../../src/db/schema';
import type { FormField } from '../../src/domain/catalogue/service';
import { createCase, findService } from '../../src/modules/cases/create';
import { kindOf } from '../../src/modules/cases/kinds';
import { refreshCaseSegments } from '../../src/modules/metrics/segments';
import { TooManyRequestsError } from '../../src/platform/http/errors';
import type { SubmissionHit } from '../../src/platform/http/submission-limit';
import { countHit, rateKey, secondsUntilReset } from '../../src/platform/security/rate-limits';
import type { Harness } from '../harness/types';
import { countCommits } from '../helpers/commits';
import { API_BODY, PDF_BYTES, postComplaint, validFields } from '../helpers/complaints';
import { visitor } from '../helpers/session';

const LIMIT = 10;

let h: Harness;
const DESIGN: FormField[] = [{ name: 'desain', label: { id: 'Gambar desain', en: 'Design drawing' }, type: 'file', required: true, max: 1 }];
beforeAll(async () => {
  h = await makeHarness({ config: { complaintsPerAddressPerHour: LIMIT } });
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPMPTSP'));
  await h.deps.db.insert(services).values({ kind: 'permit', code: 'reklame-satu', nameId: 'Izin Reklame (uji)', nameEn: 'Advertising permit (test)', unitId: u!.id, slaDays: 10, firstResponseDays: 1, formFields: JSON.stringify(DESIGN) });
});
// each test uses client addresses and mail recipients of its own, so counters never carry over
beforeEach(() => h.clock.set('2026-03-02T02:00:00Z'));
afterAll(async () => h.close());

function apiFrom(address: string, body: unknown = API_BODY) {
  return h.request('/api/v1/complaints', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  });
}

/** `send` with the database's commits counted. */
async function commitsOf(send: () => Promise<Response>) {
  const counter = countCommits(h.deps.db);
  try {
    const res = await send();
    return { res, commits: counter.commits, writes: counter.writes.map((w) => w.slice(0, 60)).join('\n') };
  } finally {
    counter.stop();
  }
}

const counterOf = async (bucket: 'complaint_submit' | 'mail_recipient', subject: string) => {
  const [row] = await h.deps.db.select().from(rateLimits).where(eq(rateLimits.key, await rateKey(h.deps.config.secret, bucket, subject)));
  return row?.hits ?? 0;
};

/** Everything a new complaint writes, by its tracking code. */
async function written(trackingCode: string) {
  const db = h.deps.db;
  const [row] = await db.select().from(cases).where(eq(cases.trackingCode, trackingCode));
  if (!row) throw new Error(`no case ${trackingCode}`);
  return {
    events: (await db.select().from(caseEvents).where(eq(caseEvents.caseId, row.id))).map((e) => e.type),
    segments: (await db.select().from(caseSegments).where(eq(caseSegments.caseId, row.id))).length,
    pending: (await db.select().from(caseSegmentsPending).where(eq(caseSegmentsPending.caseId, row.id))).length,
    mails: (await db.select().from(outbox).where(eq(outbox.caseId, row.id))).map((m) => m.kind),
  };
}

describe(`14.4 a submission in one commit on ${RUNTIME}`, () => {
  it('14.4 a submission is one commit: through the API, the case, its event, metrics rows, roll-ups, the mail, its allowance and the address’s count', async () => {
    const { res, commits, writes } = await commitsOf(() => apiFrom('198.51.100.1', { ...API_BODY, contact: { email: 'satu@contoh.id' } }));
    expect(res.status).toBe(201);
    expect(commits, writes).toBe(1);
    const { tracking_code } = (await res.json()) as { tracking_code: string };
    expect(await written(tracking_code)).toEqual({ events: ['submitted'], segments: 1, pending: 0, mails: ['complaint_confirmation'] });
    expect(await counterOf('complaint_submit', '198.51.100.1')).toBe(1);
    expect(await counterOf('mail_recipient', 'satu@contoh.id')).toBe(1);
  });

  it('14.4 a submission is one commit: through the form, with a photo', async () => {
    const v = await visitor(h);
    const fields = validFields({ contact_email: 'dua@contoh.id' });
    const { res, commits, writes } = await commitsOf(() => postComplaint(h, fields, [{ name: 'lubang.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), type: 'image/png' }], v));
    expect(res.status).toBe(303);
    expect(commits, writes).toBe(1);
    const [row] = await h.deps.db.select({ code: cases.trackingCode }).from(cases).where(eq(cases.contactEmail, 'dua@contoh.id'));
    expect(await written(row!.code)).toEqual({ events: ['submitted'], segments: 1, pending: 0, mails: ['complaint_confirmation'] });
  });

  it('14.4 a submission is one commit: a permit application through the API, with its document', async () => {
    const fd = new FormData();
    fd.append('application', JSON.stringify({ service_code: 'reklame-satu', applicant_name: 'PT Sinar Solo', contact_email: 'tiga@contoh.id', answers: {} }));
    fd.append('documents', new File([PDF_BYTES as BlobPart], 'desain.pdf', { type: 'application/pdf' }));
    fd.append('document_fields', 'desain');
    const { res, commits, writes } = await commitsOf(() => h.request('/api/v1/permits', { method: 'POST', body: fd, headers: { 'X-Forwarded-For': '198.51.100.7' } }));
    expect(res.status).toBe(201);
    expect(commits, writes).toBe(1);
    const { tracking_code } = (await res.json()) as { tracking_code: string };
    expect(await written(tracking_code)).toEqual({ events: ['submitted'], segments: 1, pending: 0, mails: ['permit_confirmation'] });
  });

  it('14.4 a new case’s metrics rows and roll-ups, written from memory in its batch, are what a rewrite from its stored history writes', async () => {
    const res = await apiFrom('198.51.100.2');
    expect(res.status).toBe(201);
    const { tracking_code } = (await res.json()) as { tracking_code: string };
    const [row] = await h.deps.db.select({ id: cases.id }).from(cases).where(eq(cases.trackingCode, tracking_code));
    const db = h.deps.db;
    const snapshot = async () => ({
      rows: (await db.select().from(caseSegments).where(eq(caseSegments.caseId, row!.id))).map(({ writeId: _w, updatedAt: _u, ...r }) => r),
      months: await db.select().from(metricMonths),
      hist: await db.select().from(metricHist),
      places: await db.select().from(metricPlaces),
      categories: await db.select().from(metricCategories),
    });
    const fromMemory = await snapshot();
    expect(fromMemory.rows).toHaveLength(1);
    expect(fromMemory.months.length).toBeGreaterThan(0);
    await refreshCaseSegments(db, [row!.id], h.clock.now());
    expect(await snapshot()).toEqual(fromMemory);
  });

  it('14.4 the created case is not read back: the row createCase answers is the row stored, every column', async () => {
    const db = h.deps.db;
    const service = await findService(db, { kind: 'complaint' }, 'jalan-rusak');
    const v = {
      service: service!,
      title: 'Pohon tumbang menutup jalan',
      description: API_BODY.description,
      address: 'Jl. Slamet Riyadi No. 1',
      kelurahanCode: 'laweyan-sriwedari',
      latitude: -7.5675,
      longitude: 110.8245,
      incidentDate: '2026-03-01',
      privacy: 'publik' as const,
      contactName: 'Sri Wahyuni',
      contactPhone: '+6281234567890',
    };
    const created = await createCase(h.deps, kindOf('complaint'), v, { channel: 'web', origin: 'http://localhost', language: 'en' });
    const [stored] = await db.select().from(cases).where(eq(cases.id, created.row.id));
    // the page mark too: a case's first event (its creation) gives it none (migration 0024)
    expect(created.row).toEqual(stored);
    expect(stored!.pageMark).toBeNull();
    expect(stored!.latitude).toBe(-7.5675);
    expect(stored!.submittedAt).toEqual(h.clock.now());
  });

  it('14.4 two racing submissions at the limit: only one is created', async () => {
    const address = '198.51.100.3';
    for (let i = 0; i < LIMIT - 1; i++) expect((await apiFrom(address)).status, `submission ${i + 1}`).toBe(201);
    const before = (await h.deps.db.select({ id: cases.id }).from(cases)).length;
    const answers = await Promise.all([apiFrom(address), apiFrom(address), apiFrom(address)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 429, 429]);
    for (const r of answers.filter((a) => a.status === 429)) expect(Number(r.headers.get('Retry-After'))).toBe(3600);
    expect((await h.deps.db.select({ id: cases.id }).from(cases)).length).toBe(before + 1);
    expect(await counterOf('complaint_submit', address)).toBe(LIMIT + 2);
  });

  it('14.4 two racing form submissions at the limit: one is created, the other gets the form again with what was typed', async () => {
    const address = '198.51.100.6';
    for (let i = 0; i < LIMIT - 1; i++) expect((await apiFrom(address)).status, `submission ${i + 1}`).toBe(201);
    const send = async (title: string) => {
      const v = await visitor(h);
      const fd = new FormData();
      fd.append('_csrf', v.csrf);
      for (const [k, val] of Object.entries(validFields({ contact_email: '', title }))) fd.append(k, val);
      return h.request('/pengaduan/baru', { method: 'POST', body: fd, headers: { Cookie: v.cookie, 'X-Forwarded-For': address } });
    };
    const titles = ['Lampu jalan mati di Jalan Adi Sucipto', 'Saluran air tersumbat di Jalan Adi Sucipto'];
    const answers = await Promise.all(titles.map(send));
    expect(answers.map((r) => r.status).sort()).toEqual([303, 429]);
    const refused = answers.find((r) => r.status === 429)!;
    expect(refused.headers.get('Retry-After')).toBe('3600');
    const html = await refused.text();
    expect(html).toContain('Terlalu banyak pengaduan');
    expect(titles.filter((t) => html.includes(t))).toHaveLength(1);
    expect(await counterOf('complaint_submit', address)).toBe(LIMIT + 1);
  });

  it('14.4 a submission whose address went over the limit after the check writes nothing but its hit: no case, no mail, no allowance taken', async () => {
    const db = h.deps.db;
    const now = h.clock.now();
    const windowEnd = new Date(now.getTime() + 3600_000);
    const key = await rateKey(h.deps.config.secret, 'complaint_submit', '198.51.100.4');
    // the other requests of the address landed between this one's read and its batch
    for (let i = 0; i < LIMIT; i++) await countHit(db, key, now, windowEnd);
    const hit: SubmissionHit = {
      key,
      now,
      windowEnd,
      limit: LIMIT,
      refusal: (x) => new TooManyRequestsError({ id: 'Terlalu banyak pengaduan.', en: 'Too many complaints.' }, secondsUntilReset(x, now)),
      counted: false,
    };
    const service = await findService(db, { kind: 'complaint' }, 'jalan-rusak');
    const v = { service: service!, title: 'Pengaduan yang datang terlambat', description: API_BODY.description, privacy: 'anonim' as const, contactEmail: 'empat@contoh.id' };
    const refused = await createCase(h.deps, kindOf('complaint'), v, { channel: 'api', origin: 'http://localhost', hit }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBe(3600);
    expect(hit.counted).toBe(true);
    expect(await db.select().from(cases).where(eq(cases.title, v.title))).toEqual([]);
    expect(await db.select().from(outbox).where(eq(outbox.to, 'empat@contoh.id'))).toEqual([]);
    expect(await counterOf('mail_recipient', 'empat@contoh.id')).toBe(0);
    expect(await counterOf('complaint_submit', '198.51.100.4')).toBe(LIMIT + 1);
  });

  it('14.4 submissions that never reach their batch still count: invalid ones and replays', async () => {
    const address = '198.51.100.5';
    for (let i = 0; i < 5; i++) expect((await apiFrom(address, { ...API_BODY, title: '' })).status).toBe(422);
    const replayed = { 'Content-Type': 'application/json', 'X-Forwarded-For': address, 'Idempotency-Key': `k-${crypto.randomUUID()}` };
    for (let i = 0; i < 5; i++) expect((await h.request('/api/v1/complaints', { method: 'POST', headers: replayed, body: JSON.stringify(API_BODY) })).status).toBe(201);
    expect(await counterOf('complaint_submit', address)).toBe(LIMIT);
    expect((await apiFrom(address)).status).toBe(429);
    expect(await counterOf('complaint_submit', address)).toBe(LIMIT + 1);
  });
});
