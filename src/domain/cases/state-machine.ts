// Case states and transitions, as data.
//
// One generic machine (defineCaseMachine) interprets a transition table; the complaint table is
// below, permits will bring their own table to the same machine. The machine only answers "may
// this actor do this action in this status, with these fields, and what follows from it"; routing,
// persistence, version checks, the reopen window and "first response already recorded?" belong to
// the caller.
//
// Vocabulary of a rule:
//   from        statuses in which the action is allowed
//   to          resulting status, or 'same' (status unchanged; the action is still an event)
//   actor       who performs it: staff (signed-in ASN), citizen (holder of the access key), system (cron)
//   requires    input fields that must be present and non-blank
//   roles       staff roles of which the actor needs at least one
//   pausesSla   the resolution clock stops (waiting for the citizen)
//   resumesSla  the resolution clock runs again
//   visibility  who may see the event and its message in the case history:
//                 public   — anyone who may see the case (only if the case itself is public: a
//                            *rahasia* case never is; the caller enforces that)
//                 citizen  — the case's own citizen and staff
//                 internal — staff only
//   firstResponse  the action answers the citizen; the caller records the first such event as the
//                  case's first response (for the first-response SLA)
//   messageVisibility  who may read the event's message when that is narrower than the event
//                  itself (a forward is public, its instruction is the citizen's and staff's)
//   startsEpisode  a new handling round begins, with a fresh clock (a reopen)
//   handsOver      the case moves to another unit, which gets its own clock (a forward)
//   notBy          four eyes: the staff member who last took one of these actions on the case may
//                  not take this one (a permit's approver is never its proposer); the caller,
//                  which has the history, enforces it
//   outcome        the event ends the episode with this outcome; `sla` = it is judged against the
//                  resolution deadline (a resolution), otherwise it has none (a decline, a
//                  withdrawal). The metrics read a history by these marks (timelineRules below,
//                  docs/metrics.md §1).
//   next        the statuses (some of `from`) in which this action is the task at hand for staff:
//               the case page offers it first and the rest behind a disclosure (issue 13.10,
//               src/domain/cases/next-action.ts)

export interface Bilingual {
  id: string;
  en: string;
}

export type Actor = 'staff' | 'citizen' | 'system';
export type StaffRole = 'officer' | 'supervisor';
export type RequiredField = 'message' | 'to_unit' | 'assignee';
export type Visibility = 'public' | 'citizen' | 'internal';

export interface TransitionRule<S extends string> {
  from: readonly S[];
  to: S | 'same';
  actor: Actor;
  requires: readonly RequiredField[];
  roles?: readonly StaffRole[];
  pausesSla?: boolean;
  resumesSla?: boolean;
  visibility: Visibility;
  messageVisibility?: Visibility;
  firstResponse?: boolean;
  startsEpisode?: boolean;
  handsOver?: boolean;
  notBy?: readonly string[];
  outcome?: { outcome: string; sla: boolean };
  next?: readonly S[];
}

export type TransitionTable<S extends string, A extends string> = Readonly<Record<A, TransitionRule<S>>>;

export interface TransitionInput {
  actor: Actor;
  /** roles of a staff actor; ignored for citizen and system */
  roles?: readonly StaffRole[];
  message?: string | null;
  to_unit?: string | null;
  assignee?: string | null;
}

export interface TransitionOk<S extends string, A extends string> {
  ok: true;
  action: A;
  from: S;
  to: S;
  /** false for 'same' transitions */
  changed: boolean;
  pausesSla: boolean;
  resumesSla: boolean;
  firstResponse: boolean;
  visibility: Visibility;
}

export interface TransitionError {
  ok: false;
  code: 'not_allowed' | 'missing_field';
  /** not_allowed: why (status → 409-ish, actor/role → 403-ish, unknown → 400-ish) */
  reason?: 'status' | 'actor' | 'role' | 'unknown_action' | 'unknown_status';
  /** missing_field: the first missing field, in the rule's order */
  field?: RequiredField;
  /** missing_field: every missing field, for showing an error next to each */
  fields?: RequiredField[];
  message: Bilingual;
}

export type TransitionResult<S extends string, A extends string> = TransitionOk<S, A> | TransitionError;

export interface CaseMachine<S extends string, A extends string> {
  readonly statuses: readonly S[];
  readonly actions: readonly A[];
  readonly transitions: TransitionTable<S, A>;
  readonly statusLabels: Readonly<Record<S, Bilingual>>;
  readonly actionLabels: Readonly<Record<A, Bilingual>>;
  isStatus(x: unknown): x is S;
  isAction(x: unknown): x is A;
  /** Actions this actor may take in this status, in table order (field requirements aside). */
  allowedActions(status: S, actor: Actor, roles?: readonly StaffRole[]): A[];
  transition(status: S, action: A, input: TransitionInput): TransitionResult<S, A>;
}

const FIELD_MESSAGES: Record<RequiredField, Bilingual> = {
  message: { id: 'Pesan wajib diisi.', en: 'A message is required.' },
  to_unit: { id: 'Unit tujuan wajib dipilih.', en: 'Choose the destination unit.' },
  assignee: { id: 'Petugas yang ditugaskan wajib dipilih.', en: 'Choose the officer to assign.' },
};

const ACTOR_LABELS: Record<Actor, Bilingual> = {
  staff: { id: 'petugas', en: 'staff' },
  citizen: { id: 'pelapor', en: 'the citizen' },
  system: { id: 'sistem', en: 'the system' },
};

function present(v: string | null | undefined): boolean {
  return typeof v === 'string' && v.trim().length > 0;
}

/**
 * Builds a machine from a table. Throws at definition time if the table names a status that does
 * not exist, so a typo cannot hide until runtime.
 */
export function defineCaseMachine<S extends string, A extends string>(def: {
  statuses: readonly S[];
  actions: readonly A[];
  transitions: TransitionTable<S, A>;
  statusLabels: Readonly<Record<S, Bilingual>>;
  actionLabels: Readonly<Record<A, Bilingual>>;
}): CaseMachine<S, A> {
  const statusSet = new Set<string>(def.statuses);
  const actionSet = new Set<string>(def.actions);
  for (const a of def.actions) {
    const rule = def.transitions[a];
    if (!rule) throw new Error(`No transition rule for action ${a}`);
    for (const s of rule.from) if (!statusSet.has(s)) throw new Error(`Action ${a}: unknown from-status ${s}`);
    if (rule.to !== 'same' && !statusSet.has(rule.to)) throw new Error(`Action ${a}: unknown to-status ${rule.to}`);
    if (rule.roles && rule.actor !== 'staff') throw new Error(`Action ${a}: roles only apply to staff`);
    for (const s of rule.next ?? []) if (!rule.from.includes(s)) throw new Error(`Action ${a}: next in ${s}, where it is not allowed`);
  }

  const isStatus = (x: unknown): x is S => typeof x === 'string' && statusSet.has(x);
  const isAction = (x: unknown): x is A => typeof x === 'string' && actionSet.has(x);

  function permitted(rule: TransitionRule<S>, actor: Actor, roles: readonly StaffRole[]): boolean {
    if (rule.actor !== actor) return false;
    if (actor === 'staff' && rule.roles && !rule.roles.some((r) => roles.includes(r))) return false;
    return true;
  }

  function allowedActions(status: S, actor: Actor, roles: readonly StaffRole[] = []): A[] {
    if (!isStatus(status)) return [];
    return def.actions.filter((a) => {
      const rule = def.transitions[a];
      return rule.from.includes(status) && permitted(rule, actor, roles);
    });
  }

  function transition(status: S, action: A, input: TransitionInput): TransitionResult<S, A> {
    if (!isAction(action)) {
      return {
        ok: false,
        code: 'not_allowed',
        reason: 'unknown_action',
        message: { id: `Tindakan tidak dikenal: ${String(action)}.`, en: `Unknown action: ${String(action)}.` },
      };
    }
    if (!isStatus(status)) {
      return {
        ok: false,
        code: 'not_allowed',
        reason: 'unknown_status',
        message: { id: `Status tidak dikenal: ${String(status)}.`, en: `Unknown status: ${String(status)}.` },
      };
    }
    const rule = def.transitions[action];
    const actionLabel = def.actionLabels[action];
    const statusLabel = def.statusLabels[status];
    if (rule.actor !== input.actor) {
      const who = ACTOR_LABELS[input.actor] ?? { id: String(input.actor), en: String(input.actor) };
      return {
        ok: false,
        code: 'not_allowed',
        reason: 'actor',
        message: {
          id: `Tindakan "${actionLabel.id}" tidak dapat dilakukan oleh ${who.id}.`,
          en: `The action "${actionLabel.en}" cannot be taken by ${who.en}.`,
        },
      };
    }
    if (!permitted(rule, input.actor, input.roles ?? [])) {
      return {
        ok: false,
        code: 'not_allowed',
        reason: 'role',
        message: {
          id: `Anda tidak berwenang melakukan tindakan "${actionLabel.id}".`,
          en: `You are not permitted to take the action "${actionLabel.en}".`,
        },
      };
    }
    if (!rule.from.includes(status)) {
      return {
        ok: false,
        code: 'not_allowed',
        reason: 'status',
        message: {
          id: `Tindakan "${actionLabel.id}" tidak dapat dilakukan pada status "${statusLabel.id}".`,
          en: `The action "${actionLabel.en}" is not possible in the status "${statusLabel.en}".`,
        },
      };
    }
    const missing = rule.requires.filter((f) => !present(input[f]));
    const first = missing[0];
    if (first !== undefined) {
      return { ok: false, code: 'missing_field', field: first, fields: missing, message: FIELD_MESSAGES[first] };
    }
    const to = rule.to === 'same' ? status : rule.to;
    return {
      ok: true,
      action,
      from: status,
      to,
      changed: to !== status,
      pausesSla: rule.pausesSla === true,
      resumesSla: rule.resumesSla === true,
      firstResponse: rule.firstResponse === true,
      visibility: rule.visibility,
    };
  }

  return {
    statuses: def.statuses,
    actions: def.actions,
    transitions: def.transitions,
    statusLabels: def.statusLabels,
    actionLabels: def.actionLabels,
    isStatus,
    isAction,
    allowedActions,
    transition,
  };
}

// ---- complaints --------------------------------------------------------------------------------

export const COMPLAINT_STATUSES = [
  'submitted',
  'verified',
  'in_progress',
  'info_requested',
  'resolved',
  'closed',
  'declined',
  'reopened',
  'withdrawn',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_ACTIONS = [
  'verify',
  'decline',
  'claim',
  'assign',
  'forward',
  'reply',
  'note',
  'request_info',
  'withdraw_request',
  'resolve',
  'close_unanswered',
  'close',
  'provide_info',
  'withdraw',
  'reopen',
  'rate',
  'info_request_expired',
  'due_recomputed',
  'escalate',
  'auto_close',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export const STATUS_LABELS: Readonly<Record<ComplaintStatus, Bilingual>> = {
  submitted: { id: 'Diterima', en: 'Received' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  in_progress: { id: 'Diproses', en: 'In progress' },
  info_requested: { id: 'Menunggu informasi', en: 'Waiting for information' },
  resolved: { id: 'Selesai', en: 'Resolved' },
  closed: { id: 'Ditutup', en: 'Closed' },
  declined: { id: 'Ditolak', en: 'Declined' },
  reopened: { id: 'Dibuka kembali', en: 'Reopened' },
  withdrawn: { id: 'Dicabut pelapor', en: 'Withdrawn by the citizen' },
};

export const ACTION_LABELS: Readonly<Record<ComplaintAction, Bilingual>> = {
  verify: { id: 'Verifikasi', en: 'Verify' },
  decline: { id: 'Tolak', en: 'Decline' },
  claim: { id: 'Ambil alih', en: 'Claim' },
  assign: { id: 'Tugaskan', en: 'Assign' },
  forward: { id: 'Teruskan (disposisi)', en: 'Forward' },
  reply: { id: 'Balas', en: 'Reply' },
  note: { id: 'Catatan internal', en: 'Internal note' },
  request_info: { id: 'Minta informasi', en: 'Request information' },
  withdraw_request: { id: 'Batalkan permintaan informasi', en: 'Withdraw the request for information' },
  resolve: { id: 'Selesaikan', en: 'Resolve' },
  close_unanswered: { id: 'Tutup (pelapor tidak menjawab)', en: 'Close (the citizen did not answer)' },
  close: { id: 'Tutup', en: 'Close' },
  provide_info: { id: 'Kirim informasi', en: 'Provide information' },
  withdraw: { id: 'Cabut pengaduan', en: 'Withdraw the complaint' },
  reopen: { id: 'Buka kembali', en: 'Reopen' },
  rate: { id: 'Beri penilaian', en: 'Rate' },
  info_request_expired: { id: 'Batas waktu jawaban lewat', en: 'Answer deadline passed' },
  due_recomputed: { id: 'Hitung ulang tenggat', en: 'Recompute the deadlines' },
  escalate: { id: 'Eskalasi', en: 'Escalate' },
  auto_close: { id: 'Tutup otomatis', en: 'Close automatically' },
};

/** Statuses in which the case still waits for work by staff or citizen (not resolved/declined/closed). */
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'submitted',
  'verified',
  'in_progress',
  'info_requested',
  'reopened',
];

/** Statuses in which the case has an end for now; only a citizen (reopen) or closing moves them on. */
export const DONE_COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['resolved', 'declined', 'closed', 'withdrawn'];

const STAFF: readonly StaffRole[] = ['officer', 'supervisor'];
const OPEN = OPEN_COMPLAINT_STATUSES;
/** Statuses in which staff can act on substance: verified, being worked, or reopened. */
const WORKABLE: readonly ComplaintStatus[] = ['verified', 'in_progress', 'reopened'];

/**
 * The complaint table. Rules:
 *  - verify / decline: triage of a new or reopened complaint. Decline needs a reason.
 *  - claim / assign: take or give ownership while the case is open; status unchanged. Assign is
 *    for supervisors (officers claim for themselves).
 *  - forward (disposisi): to another unit with an instruction; the case starts again as 'submitted'
 *    in the receiving unit, with that unit's own clock (the caller changes the unit and the
 *    clock). Not while waiting for the citizen. Anyone sees that it moved; its instruction only
 *    the citizen and staff.
 *  - reply / request_info / resolve: substantive work, only after verification (or on a reopened
 *    case). request_info pauses the resolution clock until the citizen's answer (provide_info),
 *    staff withdrawing it (withdraw_request) or the answer deadline (info_request_expired, the
 *    system); each of them resumes it.
 *  - close_unanswered: after a request expired without an answer, staff may close the complaint
 *    with a reason the citizen reads (the caller checks that the last request expired).
 *  - note: internal, in any status except closed and withdrawn.
 *  - close: staff close a resolved or declined case; auto_close is the system doing the same for a
 *    resolved or declined case the citizen did not reopen or appeal (the caller applies the
 *    10-working-day rule).
 *  - reopen: the citizen, from resolved, declined (an appeal) or closed, within 10 working days of
 *    the answer (the caller checks the window).
 *  - withdraw: the citizen, from every open status; an end without an SLA judgement.
 *  - rate: the citizen, once (caller checks), when the case is resolved or closed.
 *  - escalate: the system, while the case is open (the caller decides when an SLA is at risk).
 *  - due_recomputed: the system, while the case is open, after a holiday edit moved its deadlines.
 *  - firstResponse: verify, decline, forward, reply, request_info, resolve.
 *  - next (the task at hand): claim while nobody owns the case (the claim step offers it only
 *    then); verify a new or reopened complaint; reply to a verified one (nobody has answered it
 *    yet); resolve one that is in progress (it has been answered). Waiting for the citizen, or
 *    after the answer, nothing is pressing.
 *  - outcomes (the end of an episode): resolve (judged against the deadline), decline,
 *    close_unanswered and withdraw (not judged).
 */
export const COMPLAINT_TRANSITIONS: TransitionTable<ComplaintStatus, ComplaintAction> = {
  verify: { from: ['submitted', 'reopened'], to: 'verified', actor: 'staff', requires: [], roles: STAFF, visibility: 'public', firstResponse: true, next: ['submitted', 'reopened'] },
  decline: {
    from: ['submitted', 'reopened'],
    to: 'declined',
    actor: 'staff',
    requires: ['message'],
    roles: STAFF,
    visibility: 'public',
    firstResponse: true,
    outcome: { outcome: 'declined', sla: false },
  },
  claim: { from: OPEN, to: 'same', actor: 'staff', requires: [], roles: STAFF, visibility: 'internal', next: OPEN },
  assign: { from: OPEN, to: 'same', actor: 'staff', requires: ['assignee'], roles: ['supervisor'], visibility: 'internal' },
  forward: {
    from: ['submitted', 'verified', 'in_progress', 'reopened'],
    to: 'submitted',
    actor: 'staff',
    requires: ['to_unit', 'message'],
    roles: STAFF,
    visibility: 'public',
    messageVisibility: 'citizen',
    firstResponse: true,
    handsOver: true,
  },
  reply: { from: WORKABLE, to: 'in_progress', actor: 'staff', requires: ['message'], roles: STAFF, visibility: 'public', firstResponse: true, next: ['verified'] },
  note: { from: ['submitted', 'verified', 'in_progress', 'info_requested', 'resolved', 'declined', 'reopened'], to: 'same', actor: 'staff', requires: ['message'], roles: STAFF, visibility: 'internal' },
  request_info: { from: WORKABLE, to: 'info_requested', actor: 'staff', requires: ['message'], roles: STAFF, visibility: 'citizen', pausesSla: true, firstResponse: true },
  withdraw_request: { from: ['info_requested'], to: 'in_progress', actor: 'staff', requires: [], roles: STAFF, visibility: 'citizen', resumesSla: true },
  resolve: {
    from: WORKABLE,
    to: 'resolved',
    actor: 'staff',
    requires: ['message'],
    roles: STAFF,
    visibility: 'public',
    firstResponse: true,
    outcome: { outcome: 'resolved', sla: true },
    next: ['in_progress'],
  },
  close_unanswered: {
    from: ['in_progress'],
    to: 'closed',
    actor: 'staff',
    requires: ['message'],
    roles: STAFF,
    visibility: 'public',
    messageVisibility: 'citizen',
    outcome: { outcome: 'closed_unanswered', sla: false },
  },
  close: { from: ['resolved', 'declined'], to: 'closed', actor: 'staff', requires: [], roles: STAFF, visibility: 'public' },
  provide_info: { from: ['info_requested'], to: 'in_progress', actor: 'citizen', requires: ['message'], visibility: 'citizen', resumesSla: true },
  withdraw: {
    from: OPEN,
    to: 'withdrawn',
    actor: 'citizen',
    requires: [],
    visibility: 'public',
    messageVisibility: 'citizen',
    outcome: { outcome: 'withdrawn', sla: false },
  },
  reopen: { from: ['resolved', 'declined', 'closed'], to: 'reopened', actor: 'citizen', requires: ['message'], visibility: 'citizen', startsEpisode: true },
  rate: { from: ['resolved', 'closed'], to: 'same', actor: 'citizen', requires: [], visibility: 'citizen' },
  info_request_expired: { from: ['info_requested'], to: 'in_progress', actor: 'system', requires: [], visibility: 'citizen', resumesSla: true },
  due_recomputed: { from: OPEN, to: 'same', actor: 'system', requires: [], visibility: 'internal' },
  escalate: { from: OPEN, to: 'same', actor: 'system', requires: [], visibility: 'internal' },
  auto_close: { from: ['resolved', 'declined'], to: 'closed', actor: 'system', requires: [], visibility: 'public' },
};

export const complaintMachine: CaseMachine<ComplaintStatus, ComplaintAction> = defineCaseMachine({
  statuses: COMPLAINT_STATUSES,
  actions: COMPLAINT_ACTIONS,
  transitions: COMPLAINT_TRANSITIONS,
  statusLabels: STATUS_LABELS,
  actionLabels: ACTION_LABELS,
});

export const isComplaintStatus = complaintMachine.isStatus;
export const isComplaintAction = complaintMachine.isAction;

/** Complaint actions this actor may take in this status (field requirements aside). */
export function allowedActions(
  status: ComplaintStatus,
  actor: Actor,
  roles: readonly StaffRole[] = [],
): ComplaintAction[] {
  return complaintMachine.allowedActions(status, actor, roles);
}

/** Checks and describes one complaint transition; never throws. */
export function transition(
  status: ComplaintStatus,
  action: ComplaintAction,
  input: TransitionInput,
): TransitionResult<ComplaintStatus, ComplaintAction> {
  return complaintMachine.transition(status, action, input);
}
