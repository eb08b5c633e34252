// A second kind of case, defined and registered in this file only, goes through the kernel as a
// complaint does: intake → the staff queue of its unit → a staff action resolves it → the
// citizen's tracking page → the citizen's rating, credited to the resolving officer → escalation
// and auto-close. Nothing in src/ knows this kind: if this passes, a new kind (permits) is a
// definition, not a change to the kernel.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { makeHarness, RUNTIME } from '#harness';
import { caseEvents, cases, outbox, ratings, services, units } from '../../../db/schema';
import { defineCaseMachine } from '../../../domain/cases/state-machine';
import type { CaseDetail, TrackingView } from '../../../domain/cases/views';
import { runScheduledJobs } from '../../../jobs';
import type { Lang } from '../../../platform/i18n/lang';
import { checkIntake, createCase, findService, type NewCase } from '../create';
import { autoClose } from '../jobs/auto-close';
import { slaEscalation } from '../jobs/sla-escalation';
import { defineCaseKind, registerKind } from '../kinds';
import { queryQueue } from '../queue';
import type { Harness } from '../../../../tests/harness/types';
import { openPrivate } from '../../../../tests/helpers/complaints';
import { postForm, signInAs } from '../../../../tests/helpers/session';

// ---- the throwaway kind: a water-meter reading to be checked --------------------------------

const meterMachine = defineCaseMachine({
  statuses: ['submitted', 'done', 'closed'] as const,
  actions: ['resolve', 'rate', 'escalate', 'auto_close'] as const,
  transitions: {
    resolve: { from: ['submitted'], to: 'done', actor: 'staff', requires: ['message'], roles: ['officer', 'supervisor'], visibility: 'public', firstResponse: true },
    rate: { from: ['done', 'closed'], to: 'same', actor: 'citizen', requires: [], visibility: 'citizen' },
    escalate: { from: ['submitted'], to: 'same', actor: 'system', requires: [], visibility: 'internal' },
    auto_close: { from: ['done'], to: 'closed', actor: 'system', requires: [], visibility: 'public' },
  },
  statusLabels: {
    submitted: { id: 'Menunggu pemeriksaan', en: 'Waiting for a check' },
    done: { id: 'Sudah diperiksa', en: 'Checked' },
    closed: { id: 'Diarsipkan', en: 'Archived' },
  },
  actionLabels: {
    resolve: { id: 'Tetapkan hasil periksa', en: 'Record the check' },
    rate: { id: 'Beri penilaian', en: 'Rate' },
    escalate: { id: 'Eskalasi', en: 'Escalate' },
    auto_close: { id: 'Arsipkan otomatis', en: 'Archive automatically' },
  },
});

const meterDraft = z.object({
  service_code: z.string(),
  title: z.string().min(5).max(150),
  meter: z.string().regex(/^\d{6}$/),
});
type MeterDraft = z.input<typeof meterDraft>;

function MeterFacts(p: { lang: Lang; detail?: CaseDetail; view?: TrackingView }) {
  const row = p.detail?.row ?? p.view?.case;
  const meter = row?.formData ? String((JSON.parse(row.formData) as { meter?: string }).meter) : '–';
  return (
    <div>
      <dt>{p.lang === 'en' ? 'Meter' : 'Nomor meter'}</dt>
      <dd data-meter={meter}>{meter}</dd>
    </div>
  );
}

const meterKind = defineCaseKind<MeterDraft, NewCase>({
  kind: 'meter_check',
  trackingPrefix: 'MTR',
  label: { id: 'Cek meter', en: 'Meter check' },
  machine: meterMachine,
  initialStatus: 'submitted',
  open: ['submitted'],
  paused: [],
  tones: { done: 'ok' },
  reopen: null,
  autoClose: [{ from: 'done', since: 'resolvedAt', action: 'auto_close', afterWorkingDays: 3 }],
  staffActions: ['resolve'],
  intake: {
    async validate(db, draft) {
      const parsed = meterDraft.safeParse(draft);
      if (!parsed.success) {
        const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), { id: 'Tidak sah.', en: 'Not valid.' }]));
        return { ok: false, errors };
      }
      const service = await findService(db, { kind: 'meter_check' }, parsed.data.service_code);
      if (!service) return { ok: false, errors: { service_code: { id: 'Layanan tidak dikenal.', en: 'Unknown service.' } } };
      return {
        ok: true,
        value: { service, title: parsed.data.title, description: `Meter ${parsed.data.meter}`, privacy: 'publik', formData: { meter: parsed.data.meter } },
      };
    },
    toCase: (valid) => valid,
  },
  views: {
    StaffFacts: (p) => <MeterFacts lang={p.lang} detail={p.detail} />,
    PublicFacts: (p) => <MeterFacts lang={p.lang} view={p.view} />,
    CitizenFacts: () => null,
  },
});

// ---- the journey ------------------------------------------------------------------------------

let h: Harness;
let unitId: number;
const OFFICER = 'petugas.dpupr@demo.pelita.id';

beforeAll(async () => {
  registerKind(meterKind);
  h = await makeHarness();
  const [unit] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, 'DPUPR'));
  unitId = unit!.id;
  await h.deps.db.insert(services).values({
    kind: 'meter_check',
    code: 'cek-meter-air',
    nameId: 'Pemeriksaan meter air',
    nameEn: 'Water meter check',
    unitId,
    slaDays: 3,
    firstResponseDays: 1,
  });
});
afterAll(async () => h.close());

async function submit(title: string) {
  const checked = await checkIntake(h.deps.db, meterKind, { service_code: 'cek-meter-air', title, meter: '123456' }, h.clock.now());
  if (!checked.ok) throw new Error('intake refused a valid draft');
  return createCase(h.deps, meterKind, checked.value, { channel: 'web', origin: 'http://localhost' });
}

describe(`a kind registered outside the kernel, on ${RUNTIME}`, () => {
  it('intake → queue → resolve → tracking → rating → auto-close, all through the kernel', async () => {
    h.clock.set('2026-03-02T02:00:00Z'); // Monday 09:00 WIB

    // intake: the kind's own validation, the kernel's case
    const refused = await checkIntake(h.deps.db, meterKind, { service_code: 'cek-meter-air', title: 'Meter', meter: '12' }, h.clock.now());
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(Object.keys(refused.errors)).toEqual(['meter']);
    const created = await submit('Meter air berputar terus');
    const code = created.row.trackingCode;
    expect(code).toMatch(/^MTR-/);
    expect(created.row).toMatchObject({ kind: 'meter_check', status: 'submitted', unitId, version: 1 });
    expect(created.mail).toBe('none');

    // the staff queue of its unit: the data and the page
    const officer = await signInAs(h, OFFICER);
    const queue = await queryQueue(h.deps.db, { unitIds: [unitId], status: 'open', assignee: 'any', overdueOnly: false, viewerId: officer.staffId }, h.clock.now());
    const inQueue = queue.rows.find((r) => r.id === created.row.id);
    expect(inQueue).toMatchObject({ kind: 'meter_check', open: true, statusLabel: { id: 'Menunggu pemeriksaan', en: 'Waiting for a check' } });
    expect(queue.counts['done']).toBe(0);
    const queuePage = await (await h.request('/staf', { headers: { Cookie: officer.cookie } })).text();
    expect(queuePage).toContain(code);
    expect(queuePage).toContain('Menunggu pemeriksaan');

    // the case page: the kind's facts, the kind's one staff action
    const casePage = await (await h.request(`/staf/kasus/${created.row.id}`, { headers: { Cookie: officer.cookie } })).text();
    expect(casePage).toContain('data-meter="123456"');
    expect(casePage).toContain('id="aksi-resolve"');
    expect(casePage).toContain('Tetapkan hasil periksa');
    expect(casePage).toContain('Cek meter diterima');

    // a staff action resolves it, through the kernel's staff action path
    h.clock.advance(20 * 60 * 1000); // within the session's 30 idle minutes
    const res = await postForm(h, `/staf/kasus/${created.row.id}/aksi`, officer, { action: 'resolve', version: '1', message: 'Meter diganti baru.' });
    expect(res.status).toBe(303);
    const [resolved] = await h.deps.db.select().from(cases).where(eq(cases.id, created.row.id));
    expect(resolved).toMatchObject({ status: 'done', resolvedById: officer.staffId, version: 2 });
    expect(resolved!.firstRespondedAt?.toISOString()).toBe('2026-03-02T02:20:00.000Z');

    // the citizen's tracking page: public, then private with the rating form
    const pub = await (await h.request(`/lacak/${code}`)).text();
    expect(pub).toContain('Sudah diperiksa');
    expect(pub).toContain('Meter diganti baru.');
    expect(pub).toContain('data-meter="123456"');
    const { cookie, res: privateRes } = await openPrivate(h, code, created.accessKey);
    const privatePage = await privateRes.text();
    expect(privatePage).toContain('Nilai pelayanan (SKM)');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(privatePage)?.[1] ?? '';

    // the citizen rates: stored, credited to the officer who resolved it
    const rated = await h.request(`/lacak/${code}/penilaian`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: new URLSearchParams({ _csrf: csrf, ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`u${i + 1}`, '3'])) }),
    });
    expect(rated.status).toBe(200);
    expect(await rated.text()).toContain('Terima kasih atas penilaian Anda.');
    const [rating] = await h.deps.db.select().from(ratings).where(eq(ratings.caseId, created.row.id));
    expect(rating).toMatchObject({ officerId: officer.staffId, unitId, u1: 3 });

    // auto-close: three working days after the resolution (Monday 09:20 → Thursday 09:20 WIB)
    h.clock.set('2026-03-05T02:19:00Z');
    await runScheduledJobs(h.deps, [autoClose]);
    expect((await h.deps.db.select({ status: cases.status }).from(cases).where(eq(cases.id, created.row.id)))[0]!.status).toBe('done');
    h.clock.set('2026-03-05T02:21:00Z');
    await runScheduledJobs(h.deps, [autoClose]);
    const [closed] = await h.deps.db.select().from(cases).where(eq(cases.id, created.row.id));
    expect(closed).toMatchObject({ status: 'closed', version: 4 });
    const closeEvents = await h.deps.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, created.row.id), eq(caseEvents.type, 'auto_close')));
    expect(closeEvents).toHaveLength(1);
  });

  it('escalation: an unanswered case of the kind is escalated to its unit’s supervisors, once', async () => {
    h.clock.set('2026-03-09T02:00:00Z'); // Monday 09:00 WIB; first response due Tuesday 09:00
    const created = await submit('Meter air tidak berputar');
    h.clock.set('2026-03-10T02:30:00Z');
    await runScheduledJobs(h.deps, [slaEscalation]);
    await runScheduledJobs(h.deps, [slaEscalation]);
    const events = await h.deps.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, created.row.id), eq(caseEvents.type, 'escalate')));
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.data!)).toMatchObject({ breach: 'first_response', unit: 'DPUPR' });
    const mails = await h.deps.db.select().from(outbox).where(eq(outbox.caseId, created.row.id));
    expect(mails.map((m) => m.to)).toEqual(['kabid.dpupr@demo.pelita.id']);
    expect(mails[0]!.body).toContain(`Cek meter ${created.row.trackingCode}`);
    const [row] = await h.deps.db.select({ version: cases.version }).from(cases).where(eq(cases.id, created.row.id));
    expect(row!.version).toBe(1);
  });
});
