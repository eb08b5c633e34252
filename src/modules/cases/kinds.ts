// Kinds of case are data. A kind (complaint today; permits next) is one definition: its tracking
// code prefix, its state machine, the status sets the kernel acts on, its intake (what the citizen
// sends and how it becomes a case) and its views (what its pages show that no other kind has).
// Everything else a case goes through — tracking code and access key, attachments, events, the
// version-guarded commit, SLA clocks, the queue, escalation, auto-close, ratings — is the kernel's,
// and the kernel reads kinds only from this registry: it never imports one. The portal's kinds are
// assembled and registered in one place, src/kinds.ts.
//
// The kernel drives a few actions by name, so a kind that wants them names them so in its machine:
//   provide_info, withdraw, reopen, rate (citizen); info_request_expired, due_recomputed, escalate
//   (system); the auto-close action is named by the kind's auto-close rules. A kind without one of
//   them simply never offers it.
// Staff actions are the machine's staff rules (all of them, unless the kind offers fewer in
// `staffActions`); the per-action
// steps (claim, assign, forward, resolve, …) are the kernel's (src/modules/cases/staff-actions.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases } from '../../db/schema';
import type { Bilingual, CaseMachine } from '../../domain/cases/state-machine';
import type { KindSummary, StatusTone } from '../../domain/cases/views';
import type { Msg } from '../../platform/i18n/lang';
import type { CaseKindViews, KeptUpload } from '../../../templates/_partials/case-kind-views';
import type { NewCase } from './create';
import type { OutboxMessage } from './mail';
import type { CaseRow } from './commit';
import type { FormInput } from '../../platform/http/form';
import type { AppDeps } from '../../platform/runtime/deps';
import type { ActionStep } from './action-step';
import type { HolidaySet } from '../../domain/sla/calendar';

/** The actions the kernel itself takes or offers, by the name a kind's machine gives them. */
export const KERNEL_ACTIONS = {
  provideInfo: 'provide_info',
  withdraw: 'withdraw',
  reopen: 'reopen',
  rate: 'rate',
  infoRequestExpired: 'info_request_expired',
  dueRecomputed: 'due_recomputed',
  escalate: 'escalate',
} as const;

/** The instant a staff answer gave a case, from which the citizen's window to reopen runs. */
export type AnswerInstant = 'resolvedAt' | 'declinedAt';

/**
 * A case left in `from` is closed by the system action `action`, `afterWorkingDays` after its
 * `since` instant (the resolution, or the decline) unless the citizen reopened it.
 */
export interface AutoCloseRule {
  from: string;
  since: AnswerInstant;
  action: string;
  afterWorkingDays: number;
}

/**
 * The citizen may reopen (the machine's `reopen`) within this many working days of the answer
 * (resolved_at, or declined_at for an appeal of a decline).
 */
export interface ReopenRule {
  windowWorkingDays: number;
}

export type IntakeResult<Valid> = { ok: true; value: Valid } | { ok: false; errors: Record<string, Msg> };

/** What the citizen sends for a new case of this kind, checked; and the case made of it. */
export interface CaseIntake<Draft, Valid> {
  /** Every problem, one message per field (a form shows each next to its input). */
  validate(db: Db, draft: Draft, now: Date): Promise<IntakeResult<Valid>>;
  /** The case's fields from what passed validation. */
  toCase(valid: Valid): NewCase;
}

/** What a confirmation mail may say about the case just made. */
export interface ConfirmationMailInput {
  to: string;
  caseId: string;
  trackingCode: string;
  /** the private link, with the access key in its fragment */
  link: string;
  title: string;
  serviceName: Bilingual;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

export interface QueueFlag {
  label: Msg;
  /** warn: close to it; overdue: past it */
  tone: 'warn' | 'overdue';
}

export interface KindCitizenAction {
  run(deps: AppDeps, row: CaseRow, form: FormInput): Promise<void>;
  /** said on the page when it worked */
  done: Msg;
  /** the form fields shown again as typed when it did not */
  typed(name: string): boolean;
  /** the files the form kept when it did not (issue 13.3), listed on the form shown again */
  kept?(deps: AppDeps, form: FormInput): Promise<readonly KeptUpload[]>;
}

export interface CaseKindDefinition<Draft = unknown, Valid = unknown> {
  /** stored in cases.kind and services.kind */
  kind: string;
  /** three capital letters at the start of its tracking codes, e.g. ADU */
  trackingPrefix: string;
  /** e.g. Pengaduan / Complaint */
  label: Bilingual;
  machine: CaseMachine<string, string>;
  /** the status of a case just submitted */
  initialStatus: string;
  /** waiting for work by staff or the citizen; every other status is done */
  open: readonly string[];
  /** open, but the SLA clock stands still: waiting for the citizen */
  paused: readonly string[];
  /** badge tones of statuses; paused ones are 'warn' unless told otherwise */
  tones?: Readonly<Record<string, StatusTone>>;
  reopen: ReopenRule | null;
  /** one rule per status the system closes by itself (none: the kind's cases are closed by staff) */
  autoClose: readonly AutoCloseRule[];
  /** the machine's staff actions the case page and the API offer; every staff rule, in the machine's order, when left out */
  staffActions?: readonly string[];
  intake: CaseIntake<Draft, Valid>;
  /**
   * the citizen's actions only this kind has, by the path of the tracking page they are sent to
   * (POST /lacak/{code}/{path}, with the key); the tracking routes check the key, limit the rate
   * and answer with the page, the kind's `run` does the rest
   */
  citizenActions?: Readonly<Record<string, KindCitizenAction>>;
  /**
   * a flag the staff queue shows beside the case (a permit near or past its legal deadline:
   * fiktif positif), from the case's status and its resolution deadline as it stands now
   */
  queueFlag?(c: { status: string; resolutionDueAt: Date }, now: Date, holidays: HolidaySet): QueueFlag | null;
  /** what the kind's views show beyond the case row (a permit's form, revision items, the issued permit) */
  loadFacts?(db: Db, row: CaseRow, now: Date): Promise<unknown>;
  /** steps for staff actions only this kind's machine has (the kernel's cover the shared ones) */
  steps?: Readonly<Record<string, ActionStep>>;
  views: CaseKindViews;
  /** the mail to the citizen's address when the case is made; none when absent */
  confirmationMail?(p: ConfirmationMailInput): Pick<OutboxMessage, 'subject' | 'body'>;
}

/** A checked definition with the sets the kernel derives from its machine. */
export interface CaseKind<Draft = unknown, Valid = unknown> extends Omit<CaseKindDefinition<Draft, Valid>, 'staffActions'> {
  /** the staff actions offered, in the machine's order */
  staffActions: readonly string[];
  /** statuses that are not open: staff have given their answer */
  done: readonly string[];
  /** where the citizen may rate (the machine's `rate` rule) */
  rateable: readonly string[];
  /** where the citizen may reopen (the machine's `reopen` rule) */
  reopenable: readonly string[];
  /** where the citizen may withdraw the case (the machine's `withdraw` rule) */
  withdrawable: readonly string[];
  /** open, not paused, and the machine lets the system escalate */
  escalatable: readonly string[];
  /** what views need: label, machine, tones */
  summary: KindSummary;
}

/** Prefixes promised to kinds that are still to come. */
const RESERVED_PREFIXES: Readonly<Record<string, string>> = { IZN: 'permit' };

function fail(kind: string, why: string): never {
  throw new Error(`case kind ${kind}: ${why}`);
}

/**
 * Checks a definition and derives its sets. Throws at definition time when the definition and
 * its machine disagree (an unknown status, a staff action the machine gives to someone else), so
 * a typo cannot wait for a citizen to find it.
 */
export function defineCaseKind<Draft, Valid>(def: CaseKindDefinition<Draft, Valid>): CaseKind<Draft, Valid> {
  const { kind, machine } = def;
  if (!/^[a-z][a-z_]{1,30}$/.test(kind)) fail(kind, 'the name must be lower-case letters');
  if (!/^[A-Z]{3}$/.test(def.trackingPrefix)) fail(kind, 'the tracking prefix must be three capital letters');
  const reservedFor = RESERVED_PREFIXES[def.trackingPrefix];
  if (reservedFor !== undefined && reservedFor !== kind) fail(kind, `the prefix ${def.trackingPrefix} is reserved for ${reservedFor}`);
  for (const s of machine.statuses) if (!/^[a-z][a-z_]{0,39}$/.test(s)) fail(kind, `status ${s} must be a lower-case name (it is written into SQL)`);
  const known = (s: string) => machine.isStatus(s);
  for (const s of [...def.open, ...def.paused, def.initialStatus, ...Object.keys(def.tones ?? {})])
    if (!known(s)) fail(kind, `unknown status ${s}`);
  if (!def.open.includes(def.initialStatus)) fail(kind, 'the initial status must be open');
  for (const s of def.paused) if (!def.open.includes(s)) fail(kind, `paused status ${s} must be open`);
  const staffActions = def.staffActions ?? machine.actions.filter((a) => machine.transitions[a]?.actor === 'staff');
  for (const a of staffActions)
    if (machine.transitions[a]?.actor !== 'staff') fail(kind, `${a} is not a staff action of its machine`);
  for (const a of Object.keys(def.steps ?? {}))
    if (!staffActions.includes(a)) fail(kind, `a step for ${a}, which is not one of its staff actions`);
  const rule = (a: string, actor: 'citizen' | 'system') => {
    const r = machine.transitions[a];
    return r && r.actor === actor ? r : null;
  };
  const reopen = rule(KERNEL_ACTIONS.reopen, 'citizen');
  if (reopen && !def.reopen) fail(kind, 'its machine lets the citizen reopen: give the reopen window');
  for (const ac of def.autoClose) {
    const r = rule(ac.action, 'system');
    if (!r || !r.from.includes(ac.from)) fail(kind, `auto-close needs a system action ${ac.action} from ${ac.from}`);
  }
  const escalate = rule(KERNEL_ACTIONS.escalate, 'system');
  const tones: Record<string, StatusTone> = Object.fromEntries(def.paused.map((s) => [s, 'warn' as const]));
  Object.assign(tones, def.tones);
  return {
    ...def,
    staffActions,
    done: machine.statuses.filter((s) => !def.open.includes(s)),
    rateable: rule(KERNEL_ACTIONS.rate, 'citizen')?.from ?? [],
    reopenable: def.reopen ? (reopen?.from ?? []) : [],
    withdrawable: rule(KERNEL_ACTIONS.withdraw, 'citizen')?.from ?? [],
    escalatable: escalate ? def.open.filter((s) => !def.paused.includes(s) && escalate.from.includes(s)) : [],
    summary: { kind, label: def.label, machine, tones },
  };
}

// ---- the registry ------------------------------------------------------------------------------

const registry = new Map<string, CaseKind>();

/** Adds a kind; registering the same definition again changes nothing. */
export function registerKind(k: CaseKind): void {
  const existing = registry.get(k.kind);
  if (existing === k) return;
  if (existing) fail(k.kind, 'registered twice with different definitions');
  for (const other of registry.values())
    if (other.trackingPrefix === k.trackingPrefix) fail(k.kind, `prefix ${k.trackingPrefix} is already ${other.kind}'s`);
  registry.set(k.kind, k as CaseKind);
}

export function registeredKinds(): CaseKind[] {
  return [...registry.values()];
}

export function kindNames(): string[] {
  return [...registry.keys()];
}

export function trackingPrefixes(): string[] {
  return registeredKinds().map((k) => k.trackingPrefix);
}

/** The registered kind of this name, or null (a case of an unregistered kind is not served). */
export function findKind(name: string): CaseKind | null {
  return registry.get(name) ?? null;
}

/** The kind a tracking code's prefix names, or null. */
export function findKindByCode(code: string): CaseKind | null {
  const prefix = code.slice(0, 3);
  return registeredKinds().find((k) => k.trackingPrefix === prefix) ?? null;
}

/** The kind of a case the kernel already found; its kind is registered, or it would not have. */
export function kindOf(name: string): CaseKind {
  const k = registry.get(name);
  if (!k) throw new Error(`case kind ${name} is not registered (src/kinds.ts)`);
  return k;
}

/** The same sentence about any kind: "pengaduan" / "complaint", lower case, for running text. */
export function kindNoun(k: Pick<CaseKind, 'label'>): Msg {
  return { id: k.label.id.toLowerCase(), en: k.label.en.toLowerCase() };
}

// Kind and status names are written into SQL as literals, not parameters: D1 takes at most 100
// bound parameters a query, and the queue's keyset condition repeats these sets several times
// (two kinds made one page of /api/v1/cases fail on D1). They are code, checked by defineCaseKind
// to be lower-case names, so a literal can hold nothing else.
const NAME_RE = /^[a-z][a-z_]{0,39}$/;
function literal(name: string): SQL {
  if (!NAME_RE.test(name)) throw new Error(`not a kind or status name: ${name}`);
  return sql.raw(`'${name}'`);
}
function literalList(names: readonly string[]): SQL {
  return sql.join(names.map(literal), sql`, `);
}

/**
 * SQL: the case is of a registered kind and its status is one of `pick(its kind)`, e.g.
 * inKindStatuses((k) => k.open) for "open, whatever its kind". Per kind, so two kinds may use one
 * status name for different things.
 */
export function inKindStatuses(pick: (k: CaseKind) => readonly string[], kinds: readonly CaseKind[] = registeredKinds()): SQL {
  const picked = kinds.filter((k) => pick(k).length > 0);
  if (!picked.length) return sql`0`;
  // Every picked status in one list first: an index on status then finds the few open cases
  // instead of the planner reading every case to test the per-kind terms (issue 14.2). The unary
  // + keeps the per-kind terms out of index choice: searched one by one (MULTI-INDEX OR) they
  // cost a lookup per case where an index on status covers the whole test.
  const parts = picked.map((k) => sql`(+${cases.kind} = ${literal(k.kind)} AND ${cases.status} IN (${literalList(pick(k))}))`);
  const all = [...new Set(picked.flatMap((k) => pick(k)))];
  return sql`(${cases.status} IN (${literalList(all)}) AND (${sql.join(parts, sql` OR `)}))`;
}

/** SQL: the case is of a registered kind. */
export function ofRegisteredKind(): SQL {
  const names = kindNames();
  return names.length ? sql`${cases.kind} IN (${literalList(names)})` : sql`0`;
}
