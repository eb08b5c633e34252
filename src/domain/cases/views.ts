// What the case templates render: plain values the modules build (src/modules/cases,
// src/modules/staff, src/modules/tracking) and templates/pages/{staff,tracking} show. Templates
// read cases only through these types, never through the database's row types, so a template
// cannot reach a query and a module can change its tables without touching a template.
//
// Nothing here knows a kind of case: statuses and actions are strings, and their labels come
// with the case (`kind.machine`), from the kind's own state machine.
import type { SlaStatus } from '../sla/calendar';
import type { Bilingual, CaseMachine } from './state-machine';

/** The fields of a case a view may read (never its key hash, sealed key or idempotency data). */
export interface CaseRecord {
  id: string;
  trackingCode: string;
  kind: string;
  serviceId: number;
  unitId: number;
  status: string;
  title: string;
  description: string;
  address: string | null;
  kelurahanCode: string | null;
  latitude: number | null;
  longitude: number | null;
  incidentDate: string | null;
  privacy: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  formData: string | null;
  assigneeId: number | null;
  resolvedById: number | null;
  submittedAt: Date;
  firstResponseDueAt: Date;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  pausedSince: Date | null;
  /** while waiting for the citizen: by when they must answer */
  citizenDueAt: Date | null;
  /** the last request for information expired unanswered */
  infoExpiredAt: Date | null;
  declinedAt: Date | null;
  escalatedAt: Date | null;
  /** 0 none, 1 or 2: how far the current breach was escalated */
  escalationLevel: number;
  reopenCount: number;
  version: number;
  updatedAt: Date | null;
}

/** How a status badge looks: a good end, waiting for the citizen, or plain. */
export type StatusTone = 'ok' | 'warn';

/** The kind of a case as views need it: its name, its machine (labels, rules) and badge tones. */
export interface KindSummary {
  kind: string;
  /** e.g. Pengaduan / Complaint */
  label: Bilingual;
  machine: CaseMachine<string, string>;
  tones: Readonly<Record<string, StatusTone>>;
}

/** A status's label in its kind's words; an unknown status shows as itself. */
export function statusLabelOf(kind: KindSummary, status: string): Bilingual {
  return kind.machine.statusLabels[status] ?? { id: status, en: status };
}

/** One row of the append-only history (case_events). */
export interface CaseEventRecord {
  id: number;
  caseId: string;
  at: Date;
  actorKind: string;
  actorId: number | null;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  visibility: string;
  message: string | null;
  /** JSON details */
  data: string | null;
}

/** One history entry as staff see it, with the actor's name resolved. */
export interface EventRecord {
  id: number;
  at: Date;
  type: string;
  actorKind: string;
  actorName: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  visibility: string;
  message: string | null;
}

export interface EventView extends EventRecord {
  data: Record<string, unknown> | null;
}

export interface AttachmentRecord {
  id: string;
  caseId: string;
  eventId: number | null;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  visibility: string;
  createdAt: Date;
}

export interface SlaView {
  dueAt: Date;
  doneAt: Date | null;
  status: SlaStatus | 'paused';
  /** working ms left (negative = overdue by), null when done */
  remainingMs: number | null;
}

/** Everything the staff case page shows about one case. */
export interface CaseDetail {
  row: CaseRecord;
  kind: KindSummary;
  service: { id: number; code: string; name: Bilingual };
  unit: { id: number; code: string; name: string; nameEn: string };
  kelurahanName: string | null;
  assigneeName: string | null;
  resolvedByName: string | null;
  /** links on those names to the ASN's record, where this reader may open it (issue 13.8) */
  assigneeHref: string | null;
  resolvedByHref: string | null;
  contactVisible: boolean;
  /** what the kind's own views need beyond the row (its loadFacts), null when it has none */
  kindFacts: unknown;
  events: EventView[];
  attachments: AttachmentRecord[];
  sla: { firstResponse: SlaView; resolution: SlaView };
  /** the staff actions this reader may take now, in the machine's order */
  allowed: string[];
}

/** A staff action refused because the case changed since the officer read it. */
export interface StaleDetails {
  yourVersion: number | null;
  currentVersion: number;
  currentStatus: string;
  /** labels for currentStatus and the changes' statuses */
  kind: KindSummary;
  changes: EventRecord[];
}

// ---- the staff queue ---------------------------------------------------------------------------

/** 'open' (waiting for staff or the citizen, of every kind), 'all', or one status. */
export type StatusFilter = string;
export type AssigneeFilter = 'any' | 'none' | 'mine' | number;

export interface QueueRow {
  id: string;
  kind: string;
  trackingCode: string;
  title: string;
  status: string;
  statusLabel: Bilingual;
  statusTone: StatusTone | null;
  /** still waiting for staff or the citizen (its kind's open statuses) */
  open: boolean;
  privacy: string;
  unitCode: string;
  unitName: string;
  serviceCode: string;
  serviceName: Bilingual;
  kelurahanName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  /** the assignee's own unit: whether the viewer may open their record depends on it */
  assigneeUnitId: number | null;
  submittedAt: Date;
  firstResponseDueAt: Date;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date;
  pausedSince: Date | null;
  /** while waiting for the citizen: by when they must answer */
  citizenDueAt: Date | null;
  /** the due instant that matters now */
  nextDueAt: Date;
  overdue: boolean;
  /** where the row stands in the queue order, for the next page to start after it */
  key: QueueKey;
}

/**
 * A row's place in the queue order: overdue first, then open before finished, then by the next
 * due instant, then by submission; the case id breaks ties, so every row has its own place.
 */
export interface QueueKey {
  overdue: boolean;
  open: boolean;
  nextDue: number;
  submitted: number;
  id: string;
}

export interface QueueStatusCount {
  status: string;
  label: Bilingual;
  count: number;
}

export interface QueueResult {
  rows: QueueRow[];
  /** rows matching every filter (rows may be capped at `limit`) */
  total: number;
  /** per status of every registered kind, with every filter except the status filter */
  counts: Record<string, number>;
  /** the same counts in the order to show them, with their labels */
  statuses: QueueStatusCount[];
  /** open cases, with every filter except the status filter */
  openCount: number;
  /** open, overdue cases with every filter except status and overdue */
  overdueCount: number;
}

// ---- the citizen's tracking page ---------------------------------------------------------------

export interface TrackingEvent extends CaseEventRecord {
  /** what the history calls it, with what its data adds ("Diteruskan ke Dinas Lingkungan Hidup") */
  title: Bilingual;
  /** the attachments sent with this event */
  attachmentIds: string[];
}

export interface TrackingView {
  audience: 'public' | 'citizen';
  /** rahasia cases show the public nothing but their status */
  statusOnly: boolean;
  case: CaseRecord;
  kind: KindSummary;
  status: string;
  statusLabel: Bilingual;
  service: { code: string; name: Bilingual };
  unit: { name: string; nameEn: string };
  kelurahanName: string | null;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  paused: boolean;
  /** while waiting for the citizen: by when they must answer */
  citizenDueAt: Date | null;
  events: TrackingEvent[];
  attachments: AttachmentRecord[];
  rating: { elements: number[]; comment: string | null; createdAt: Date } | null;
  canProvideInfo: boolean;
  canAddFiles: boolean;
  canRate: boolean;
  canReopen: boolean;
  canWithdraw: boolean;
  reopenUntil: Date | null;
  /** what the kind's own views need beyond the row (its loadFacts), null when it has none */
  kindFacts: unknown;
}

/** The citizen's SKM rating of a case as staff see it (issue 13.11): never shown to the public. */
export interface CaseRatingView {
  /** element 1..9 in the regulation's order, each 1–4 */
  scores: number[];
  /** the IKM of this one rating, 25–100, full precision */
  ikm: number;
  /** citizen text: escaped where shown, staff only */
  comment: string | null;
  createdAt: Date;
}
