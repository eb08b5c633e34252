// The life of one complaint in the benchmark city, from its submission to the end of the data
// set: who claims it, how fast the unit answers, whether it is forwarded, paused for the citizen
// (who answers, or staff withdraw the request, or the deadline passes), resolved in time or late,
// declined, withdrawn, reopened or appealed, rated, closed by staff or by the scheduled job; the
// scheduled jobs run every 15 minutes (expiry of the citizen's answer deadline, escalation of
// breaches, auto-close), at the first run after their moment. Every step is applied through the
// kernel's mirror (kernel-mirror.ts), so the stored events follow the kernel's contract.
//
// Alongside, the generator keeps what it intended for each segment (who held it, from when to
// when, how it ended, whether its deadlines were met), judged with the case's stored due instants
// as the kernel moved them: the test and the generation's own check compare the projection built
// from the stored history with these intentions.
import { pausesUntil } from '../../../src/modules/cases/sla';
import { addWorkingMillis, isWorkingDay, nextWorkingDay } from '../../../src/domain/sla/calendar';
import { heldMillis } from '../../../src/domain/sla/clock';
import { reopenDeadline } from '../../../src/domain/cases/reopen-window';
import { jakartaDate, jakartaMidnight } from '../../../src/domain/time/jakarta';
import type { SimCase, StaffFields } from './kernel-mirror';
import type { Rng } from './rng';
import type { World, WorldStaff } from './world';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TICK = 15 * MINUTE;
const WIB = 7 * HOUR;

/** What the generator meant one segment to be. */
export interface SegmentIntent {
  unitId: number;
  serviceId: number;
  episode: number;
  start: number;
  end: number | null;
  endedBy: 'forward' | 'outcome' | null;
  firstResponse: { at: number; by: number } | null;
  fr: { kind: 'met' | 'breached'; at: number } | null;
  res: { kind: 'met' | 'breached'; at: number } | null;
  outcome: { type: string; at: number; by: number | null } | null;
}

/** How a staff member works: slower or faster than the median, rated better or worse. */
export interface Traits {
  speed: number;
  quality: number;
}

export interface LifeContext {
  world: World;
  end: Date;
  traits(staffId: number): Traits;
  /** the complaint categories a triage unit forwards to, by weight */
  forwardTargets: { codes: string[]; weights: number[] };
}

// ---- instants ------------------------------------------------------------------------------------

const hourOf = (t: number) => (((t + WIB) % DAY) + DAY) % DAY / HOUR;

/** The first job run after `t` (the cron runs at :00, :15, :30 and :45). */
const tickAfter = (t: number) => Math.floor(t / TICK) * TICK + TICK;

/** Staff work on working days, 07:30–16:30 WIB: an instant outside is moved to the next morning. */
function officeTime(world: World, rng: Rng, t: number): number {
  const date = jakartaDate(new Date(t));
  const h = hourOf(t);
  if (isWorkingDay(date, world.holidays) && h >= 7.5 && h < 16.5) return t;
  const day = isWorkingDay(date, world.holidays) && h < 7.5 ? date : nextWorkingDay(date, world.holidays);
  return jakartaMidnight(day).getTime() + 7.5 * HOUR + Math.floor(rng.next() * 150 * MINUTE);
}

/** Citizens write between 06:00 and 22:00 WIB, any day. */
function citizenTime(rng: Rng, t: number): number {
  const h = hourOf(t);
  if (h >= 6 && h < 22) return t;
  const midnight = jakartaMidnight(jakartaDate(new Date(t))).getTime();
  return midnight + (h >= 22 ? DAY : 0) + 6 * HOUR + Math.floor(rng.next() * 3 * HOUR);
}

// ---- the plan of a segment and of an answer -----------------------------------------------------

interface SegmentPlan {
  claim: 'claim' | 'assign' | 'none';
  claimed: boolean;
  triage: 'verify' | 'decline' | 'forward';
  triageHours: number;
  privacy: string | null;
  forward: { unit: string; service?: string } | null;
  replies: number;
  repliesDone: number;
  infoRequest: boolean;
  infoDone: boolean;
  infoOutcome: 'answer' | 'withdrawn' | 'expire';
  afterExpiry: 'close_unanswered' | 'resolve';
  resolveHours: number;
  withdrawAfterHours: number | null;
}

interface AnswerPlan {
  episode: number;
  rateAt: number | null;
  reopenAt: number | null;
  closeAt: number | null;
}

interface Decision {
  at: number;
  status: string;
  unitId: number;
  apply(at: Date): void;
}

const MESSAGES = {
  verify: 'Laporan telah diverifikasi dan akan ditindaklanjuti oleh petugas.',
  reply: [
    'Petugas sudah meninjau lokasi; perbaikan dijadwalkan minggu ini.',
    'Laporan sedang ditangani tim lapangan. Terima kasih atas kesabaran Bapak/Ibu.',
    'Kami sedang berkoordinasi dengan pihak terkait untuk penanganan laporan ini.',
  ],
  requestInfo: [
    'Mohon kirimkan foto terbaru dan patokan lokasi yang lebih jelas.',
    'Mohon lengkapi RT/RW dan nomor rumah terdekat agar petugas dapat menemukan lokasi.',
  ],
  resolve: [
    'Perbaikan telah selesai dilaksanakan. Terima kasih atas laporan Anda.',
    'Laporan telah ditindaklanjuti dan masalah sudah tertangani.',
    'Petugas telah menyelesaikan penanganan di lokasi sesuai laporan.',
  ],
  decline: ['Lokasi tidak dapat ditemukan setelah dicek petugas di lapangan.', 'Laporan berada di luar kewenangan Pemerintah Kota Surakarta.'],
  forward: 'Diteruskan kepada perangkat daerah yang berwenang untuk ditindaklanjuti.',
  closeUnanswered: 'Ditutup karena informasi yang diminta tidak diterima sampai batas waktu.',
  provideInfo: ['Berikut foto terbaru dan patokannya di depan warung.', 'Lokasi di RT 03/RW 07, depan masjid.'],
  withdraw: ['Masalah sudah selesai sendiri.', 'Saya salah memilih kategori.', ''],
  reopen: ['Masalah muncul lagi setelah hujan deras.', 'Perbaikan belum tuntas, masih berlubang.'],
  appeal: ['Lokasi benar, mohon dicek ulang.', 'Saya keberatan atas penolakan ini.'],
  comment: ['Petugas ramah dan cepat.', 'Terima kasih, sudah beres.', 'Penanganan agak lama.', 'Mohon lebih cepat lagi ke depannya.'],
};

/** Drives one case through its life up to the end of the data set. */
export class Life {
  private seg: SegmentPlan;
  private answer: AnswerPlan | null = null;
  private pending: Decision | null = null;
  /** the last event was a job run at this tick, of this job (jobs run in this order within a tick) */
  private lastJob: { tick: number; order: number } | null = null;
  readonly intents: SegmentIntent[] = [];
  /** the handler of this episode: keeps the case when nobody claims it */
  private handler: WorldStaff | null = null;
  /** events already read into the intentions (the submission is the first segment's start) */
  private recorded = 1;

  constructor(
    private readonly sim: SimCase,
    private readonly rng: Rng,
    private readonly ctx: LifeContext,
  ) {
    this.seg = this.planSegment(true);
    this.openIntent();
  }

  private get row() {
    return this.sim.row;
  }

  private get world() {
    return this.ctx.world;
  }

  // ---- plans ----

  private planSegment(firstOfCase: boolean): SegmentPlan {
    const { rng, row, world } = this;
    const service = world.serviceById.get(row.serviceId)!;
    const triageUnit = service.code === 'lainnya';
    const reopened = row.status === 'reopened';
    let triage: SegmentPlan['triage'] = 'verify';
    let forward: SegmentPlan['forward'] = null;
    const r = rng.next();
    if (triageUnit && !reopened ? r < 0.8 : r < 0.04) triage = 'forward';
    else if (reopened ? r < 0.3 : r < 0.095) triage = 'decline';
    if (triage === 'forward') {
      const code = triageUnit ? rng.weighted(this.ctx.forwardTargets.codes, this.ctx.forwardTargets.weights) : rng.pick(this.ctx.forwardTargets.codes);
      const target = world.serviceByCode.get(code)!;
      if (target.unitId === row.unitId) triage = 'verify';
      else {
        const unit = world.units.get(target.unitId)!;
        forward = { unit: unit.code, ...(triageUnit || rng.chance(0.6) ? { service: code } : {}) };
      }
    }
    const claimR = rng.next();
    // a few cases wait weeks before anyone looks at them, a few more are verified and then left
    // for months: the old backlog every real queue has (taken up eventually, so it does not grow
    // with the years of history)
    const neglected = firstOfCase && rng.chance(0.003);
    const stuck = rng.chance(0.004);
    return {
      claim: claimR < 0.5 ? 'claim' : claimR < 0.65 ? 'assign' : 'none',
      claimed: false,
      triage,
      triageHours: neglected ? rng.logNormal(25 * 24, 0.8) : rng.logNormal(3, 1.1),
      privacy: triage === 'verify' && row.privacy !== 'rahasia' && rng.chance(0.01) ? 'rahasia' : null,
      forward,
      replies: rng.chance(0.35) ? (rng.chance(0.25) ? 2 : 1) : 0,
      repliesDone: 0,
      infoRequest: rng.chance(0.11),
      infoDone: false,
      infoOutcome: rng.weighted(['answer', 'withdrawn', 'expire'] as const, [0.6, 0.12, 0.28]),
      afterExpiry: rng.chance(0.45) ? 'close_unanswered' : 'resolve',
      resolveHours: stuck ? rng.logNormal(45 * 24, 0.8) : rng.logNormal(service.slaDays * 24 * 0.42, 0.75),
      withdrawAfterHours: rng.chance(0.012) ? rng.exp(36) : null,
    };
  }

  private planAnswer(): AnswerPlan {
    const { rng, row, world } = this;
    const at = (row.resolvedAt ?? row.declinedAt)!.getTime();
    const window = reopenDeadline(new Date(at), world.holidays).getTime() - at;
    const resolved = row.resolvedAt !== null;
    return {
      episode: row.reopenCount,
      rateAt: !this.sim.rating && rng.chance(resolved ? 0.7 : 0.12) ? at + rng.exp(2.5 * DAY) : null,
      reopenAt: rng.chance(resolved ? 0.045 : 0.09) ? at + window * (0.05 + 0.9 * rng.next()) : null,
      closeAt: rng.chance(0.08) ? at + rng.exp(20 * HOUR) : null,
    };
  }

  // ---- who ----

  private officersOf(unitId: number): readonly WorldStaff[] {
    const o = this.world.officers.get(unitId);
    return o && o.length ? o : (this.world.supervisors.get(unitId) ?? []);
  }

  private handlerNow(): WorldStaff {
    const { row } = this;
    const staff = this.officersOf(row.unitId);
    if (row.assigneeId !== null) {
      const a = staff.find((s) => s.id === row.assigneeId) ?? this.world.supervisors.get(row.unitId)?.find((s) => s.id === row.assigneeId);
      if (a) return a;
    }
    if (!this.handler || this.handler.unitId !== row.unitId) this.handler = this.rng.pick(staff);
    return this.handler;
  }

  private speed(s: WorldStaff): number {
    return this.ctx.traits(s.id).speed;
  }

  // ---- decisions ----

  private decision(at: number, apply: (at: Date) => void): Decision {
    return { at: Math.max(at, this.sim.lastAt.getTime() + 1000), status: this.row.status, unitId: this.row.unitId, apply };
  }

  private staffDecision(at: number, action: string, who: WorldStaff, f: StaffFields = {}): Decision {
    const t = officeTime(this.world, this.rng, Math.max(at, this.sim.lastAt.getTime() + MINUTE));
    return this.decision(t, (when) => this.sim.staff(action, who, when, f));
  }

  private after(hours: number, who: WorldStaff): number {
    return addWorkingMillis(this.sim.lastAt, hours * this.speed(who) * HOUR, this.world.holidays).getTime();
  }

  private decide(): Decision | null {
    const { row, rng, seg } = this;
    const last = this.sim.lastAt.getTime();
    const segStart = row.segmentStartedAt!.getTime();
    const withdrawal = () =>
      seg.withdrawAfterHours !== null ? this.decision(citizenTime(rng, segStart + seg.withdrawAfterHours * HOUR), (at) => this.sim.withdraw(at, rng.pick(MESSAGES.withdraw))) : null;
    const first = (...ds: (Decision | null)[]) => ds.filter((d): d is Decision => d !== null).sort((a, b) => a.at - b.at)[0] ?? null;

    switch (row.status) {
      case 'submitted':
      case 'reopened': {
        if (seg.claim !== 'none' && !seg.claimed && row.assigneeId === null) {
          seg.claimed = true;
          const officers = this.officersOf(row.unitId);
          const sups = this.world.supervisors.get(row.unitId) ?? [];
          if (seg.claim === 'assign' && sups.length) {
            const sup = rng.pick(sups);
            const to = rng.pick(officers);
            return this.staffDecision(this.after(rng.exp(1.5), sup), 'assign', sup, { assignee: to.id });
          }
          const who = rng.pick(officers);
          return this.staffDecision(this.after(rng.exp(1), who), 'claim', who);
        }
        const who = this.handlerNow();
        const at = Math.max(addWorkingMillis(row.segmentStartedAt!, seg.triageHours * this.speed(who) * HOUR, this.world.holidays).getTime(), last);
        let d: Decision;
        if (seg.triage === 'decline') {
          d = this.staffDecision(at, 'decline', who, { message: rng.pick(MESSAGES.decline), declineReason: rng.chance(0.7) ? 'invalid' : 'outside_city' });
        } else if (seg.triage === 'forward') {
          d = this.staffDecision(at, 'forward', who, { message: MESSAGES.forward, toUnit: seg.forward!.unit, ...(seg.forward!.service ? { service: seg.forward!.service } : {}) });
        } else {
          d = this.staffDecision(at, 'verify', who, { message: MESSAGES.verify, ...(seg.privacy ? { privacy: seg.privacy } : {}) });
        }
        return first(d, withdrawal());
      }
      case 'verified':
      case 'in_progress': {
        const who = this.handlerNow();
        if (row.infoExpiredAt !== null && row.status === 'in_progress' && seg.afterExpiry === 'close_unanswered')
          return this.staffDecision(this.after(rng.logNormal(6, 0.8), who), 'close_unanswered', who, { message: MESSAGES.closeUnanswered });
        if (seg.repliesDone < seg.replies) {
          seg.repliesDone++;
          return first(this.staffDecision(this.after(rng.logNormal(4, 0.9), who), 'reply', who, { message: rng.pick(MESSAGES.reply) }), withdrawal());
        }
        if (seg.infoRequest && !seg.infoDone) {
          seg.infoDone = true;
          return first(this.staffDecision(this.after(rng.logNormal(5, 0.9), who), 'request_info', who, { message: rng.pick(MESSAGES.requestInfo) }), withdrawal());
        }
        const held = heldMillis(row.segmentStartedAt!, this.sim.lastAt, pausesUntil(row, this.sim.lastAt), this.world.holidays);
        const remaining = seg.resolveHours * this.speed(who) * HOUR - held;
        const at = remaining > 0 ? addWorkingMillis(this.sim.lastAt, remaining, this.world.holidays).getTime() : this.after(rng.logNormal(2, 0.8), who);
        return first(this.staffDecision(at, 'resolve', who, { message: rng.pick(MESSAGES.resolve) }), withdrawal());
      }
      case 'info_requested': {
        const since = row.pausedSince!.getTime();
        if (seg.infoOutcome === 'answer') {
          const at = citizenTime(rng, since + rng.logNormal(1.5 * DAY, 0.9));
          if (at < row.citizenDueAt!.getTime()) return this.decision(at, (when) => this.sim.provideInfo(when, rng.pick(MESSAGES.provideInfo)));
          return null;
        }
        if (seg.infoOutcome === 'withdrawn') {
          const who = this.handlerNow();
          return this.staffDecision(addWorkingMillis(new Date(since), rng.logNormal(12, 0.8) * HOUR, this.world.holidays).getTime(), 'withdraw_request', who);
        }
        return null;
      }
      case 'resolved':
      case 'declined':
      case 'closed': {
        if (row.status !== 'closed' && (!this.answer || this.answer.episode !== row.reopenCount)) this.answer = this.planAnswer();
        const a = this.answer;
        // closed without an answer of this episode (closed unanswered): nothing follows
        if (!a || a.episode !== row.reopenCount || (row.resolvedAt ?? row.declinedAt) === null) return null;
        const ds: Decision[] = [];
        if (a.rateAt !== null && !this.sim.rating && (row.status === 'resolved' || row.status === 'closed'))
          ds.push(this.decision(citizenTime(rng, a.rateAt), (at) => this.rate(at)));
        if (a.reopenAt !== null) {
          const reason = row.resolvedAt ? rng.pick(MESSAGES.reopen) : rng.pick(MESSAGES.appeal);
          ds.push(this.decision(a.reopenAt, (at) => this.sim.reopen(at, reason)));
        }
        if (a.closeAt !== null && row.status !== 'closed') {
          const who = this.officersOf(row.unitId);
          const by = rng.pick(who);
          ds.push(this.staffDecision(a.closeAt, 'close', by));
        }
        return first(...ds);
      }
      default:
        return null;
    }
  }

  /** The SKM answers: around the resolving officer's tendency, lower for a late answer. */
  private rate(at: Date): void {
    const { rng, row } = this;
    const officer = row.resolvedAt ? row.resolvedById : null;
    const q = officer !== null ? this.ctx.traits(officer).quality : -0.6;
    const late = this.intents[this.intents.length - 1]?.res?.kind === 'breached';
    const base = 3.15 + q - (late ? 0.45 : 0);
    const elements = Array.from({ length: 9 }, (_, i) => {
      const shift = i === 2 && late ? -0.4 : i === 6 ? q * 0.5 : 0;
      return Math.max(1, Math.min(4, Math.round(rng.normal(base + shift, 0.55))));
    });
    this.sim.rate(at, elements, rng.chance(0.15) ? rng.pick(MESSAGES.comment) : null);
  }

  // ---- the scheduled jobs ----

  /** The next job run that changes the case, with its order among the jobs of a tick; null if none. */
  private nextJob(): { at: number; order: number; apply(at: Date): void } | null {
    const { row, world } = this;
    const last = this.sim.lastAt.getTime();
    // the first run after `due` (the jobs compare `due < now`) that comes after the last event: a
    // later tick, or this very tick when the last event was an earlier job of the same run
    const earliest = (due: number, order: number) => {
      const tick = tickAfter(due);
      if (tick > last) return tick;
      const lj = this.lastJob;
      if (lj && lj.tick === last && lj.order < order && last > due) return last;
      return tickAfter(last);
    };
    const cands: { at: number; order: number; apply(at: Date): void }[] = [];
    if (row.status === 'info_requested' && row.citizenDueAt) {
      cands.push({ at: earliest(row.citizenDueAt.getTime(), 1), order: 1, apply: (at) => this.sim.expireInfoRequest(at) });
    }
    if (this.sim.kind.escalatable.includes(row.status) && row.pausedSince === null) {
      const fresh = (due: Date) => row.escalatedAt === null || row.escalatedAt.getTime() < due.getTime();
      const ticks: number[] = [];
      if (fresh(row.resolutionDueAt)) ticks.push(earliest(row.resolutionDueAt.getTime(), 2));
      if (!row.firstRespondedAt && fresh(row.firstResponseDueAt)) ticks.push(earliest(row.firstResponseDueAt.getTime(), 2));
      if (row.escalationLevel === 1 && row.escalatedAt) {
        const again = addWorkingMillis(row.escalatedAt, 2 * DAY, world.holidays).getTime();
        const standing = row.firstRespondedAt ? row.resolutionDueAt.getTime() : Math.min(row.resolutionDueAt.getTime(), row.firstResponseDueAt.getTime());
        ticks.push(Math.max(earliest(again - 1, 2), earliest(standing, 2)));
      }
      if (ticks.length)
        cands.push({
          at: Math.min(...ticks),
          order: 2,
          apply: (at) => {
            if (!this.sim.escalate(at)) throw new Error(`case ${row.id}: no escalation due at ${at.toISOString()}`);
          },
        });
    }
    for (const rule of this.sim.kind.autoClose) {
      const since = row[rule.since];
      if (row.status !== rule.from || !since) continue;
      const deadline = reopenDeadline(since, world.holidays, rule.afterWorkingDays).getTime();
      cands.push({ at: earliest(deadline, 3), order: 3, apply: (at) => this.sim.autoClose(at, rule.since, rule.afterWorkingDays) });
    }
    cands.sort((a, b) => a.at - b.at || a.order - b.order);
    return cands[0] ?? null;
  }

  // ---- intentions ----

  private openIntent(): void {
    const { row } = this;
    this.intents.push({
      unitId: row.unitId,
      serviceId: row.serviceId,
      episode: row.reopenCount + 1,
      start: row.segmentStartedAt!.getTime(),
      end: null,
      endedBy: null,
      firstResponse: null,
      fr: null,
      res: null,
      outcome: null,
    });
  }

  /** Deadlines that passed while the segment ran, before `t`. */
  private judgeUntil(t: number): void {
    const s = this.intents[this.intents.length - 1]!;
    const { row } = this;
    if (s.end !== null || row.pausedSince !== null) return;
    if (!s.fr && !s.firstResponse && row.firstResponseDueAt.getTime() < t) s.fr = { kind: 'breached', at: row.firstResponseDueAt.getTime() };
    if (!s.res && row.resolutionDueAt.getTime() < t) s.res = { kind: 'breached', at: row.resolutionDueAt.getTime() };
  }

  /** After a change: what its events did to the segment the generator follows. */
  private record(): void {
    const events = this.sim.events;
    for (; this.recorded < events.length; this.recorded++) {
      const e = events[this.recorded]!;
      const at = e.at.getTime();
      const s = this.intents[this.intents.length - 1]!;
      const marks = this.sim.kind.machine.transitions[e.type];
      if (!marks) continue;
      if (marks.firstResponse && e.actorKind === 'staff' && !s.firstResponse) {
        s.firstResponse = { at, by: e.actorId! };
        if (!s.fr) s.fr = { kind: 'met', at };
      }
      if (marks.outcome && s.end === null) {
        s.end = at;
        s.endedBy = 'outcome';
        s.outcome = { type: e.type, at, by: e.actorId ?? null };
        if (marks.outcome.sla && !s.res) s.res = { kind: 'met', at };
      }
      if (marks.handsOver) {
        s.end = at;
        s.endedBy = 'forward';
        this.seg = this.planSegment(false);
        this.handler = null;
        this.openIntent();
      }
      if (marks.startsEpisode) {
        this.seg = this.planSegment(false);
        this.openIntent();
      }
    }
  }

  /** Runs the case until the end of the data set. */
  run(): void {
    const end = this.ctx.end.getTime();
    for (let steps = 0; ; steps++) {
      if (steps > 500) throw new Error(`case ${this.row.id}: more than 500 steps`);
      if (this.pending && (this.pending.status !== this.row.status || this.pending.unitId !== this.row.unitId)) this.pending = null;
      this.pending ??= this.decide();
      const job = this.nextJob();
      if (job && job.at <= end && (!this.pending || job.at <= this.pending.at)) {
        this.judgeUntil(job.at);
        job.apply(new Date(job.at));
        this.lastJob = { tick: job.at, order: job.order };
        this.record();
        continue;
      }
      if (!this.pending || this.pending.at > end) break;
      const d = this.pending;
      this.judgeUntil(d.at);
      d.apply(new Date(d.at));
      this.pending = null;
      this.lastJob = null;
      this.record();
    }
    this.judgeUntil(end);
  }
}
