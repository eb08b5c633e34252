// One sqlite-core schema for D1 (Workers) and libSQL (Node). Migrations in migrations/ are
// generated from this file by drizzle-kit; a migration that has landed is never edited.
//
// Instants are stored as integer milliseconds since the epoch (UTC); calendar dates that are
// meaningful in Asia/Jakarta (holidays, incident dates) are stored as 'YYYY-MM-DD' text.
import { sql, type SQL } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  type SQLiteColumn,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// ---------------------------------------------------------------- organisation

/** OPD (perangkat daerah) and their sub-units; kecamatan are units too. */
export const units = sqliteTable('units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').notNull(),
  parentId: integer('parent_id'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});

/** Kelurahan: the administrative villages a complaint's location is chosen from. */
export const kelurahan = sqliteTable('kelurahan', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  kecamatanUnitId: integer('kecamatan_unit_id')
    .notNull()
    .references(() => units.id),
});

export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    nip: text('nip').notNull().unique(),
    name: text('name').notNull(),
    email: text('email').notNull().unique(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    position: text('position').notNull().default(''),
    /** base64 PBKDF2 output; null until a password is set */
    passwordHash: text('password_hash'),
    /** JSON {alg, hash, iterations, salt} so parameters can be raised later */
    passwordParams: text('password_params'),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' })
      .notNull()
      .default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('staff_unit_idx').on(t.unitId),
    // the active ASN per unit (training compliance), counted from the index alone
    index('staff_active_unit_idx').on(t.active, t.unitId),
  ],
);

/** Roles are scoped by the staff member's unit (officer, supervisor) or city-wide. */
export const staffRoles = sqliteTable(
  'staff_roles',
  {
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.role] })],
);

// ---------------------------------------------------------------- catalogue

export const services = sqliteTable(
  'services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(), // 'complaint' | 'permit'
    code: text('code').notNull().unique(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionId: text('description_id').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    slaDays: integer('sla_days').notNull().default(5),
    firstResponseDays: integer('first_response_days').notNull().default(1),
    fee: integer('fee').notNull().default(0),
    /** 'fixed': `fee` rupiah (0 = free); 'assessed': set per case after review (src/domain/catalogue/fee.ts) */
    feeKind: text('fee_kind').notNull().default('fixed'),
    /** the law that sets the fee or its absence, e.g. the Perda on retribusi */
    feeBasis: text('fee_basis'),
    /** other charges the applicant pays elsewhere (a tax, a laboratory), and when; '' = none */
    feeOtherId: text('fee_other_id').notNull().default(''),
    feeOtherEn: text('fee_other_en').notNull().default(''),
    legalBasis: text('legal_basis'),
    validityMonths: integer('validity_months'),
    /** permits: JSON working days per stage (src/domain/permits/stages.ts); null = the default split of sla_days */
    stagePlan: text('stage_plan'),
    /** JSON array of {id, en} */
    requirements: text('requirements').notNull().default('[]'),
    /** JSON array of form field definitions (see FormField) */
    formFields: text('form_fields').notNull().default('[]'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('services_kind_idx').on(t.kind, t.active)],
);

export const responseTemplates = sqliteTable('response_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  serviceId: integer('service_id')
    .notNull()
    .references(() => services.id),
  title: text('title').notNull(),
  body: text('body').notNull(),
  createdAt: createdAt(),
});

/** National holidays and cuti bersama: the SLA calendar skips these days. */
export const holidays = sqliteTable('holidays', {
  date: text('date').primaryKey(), // YYYY-MM-DD, Asia/Jakarta
  name: text('name').notNull(),
  kind: text('kind').notNull(), // 'libur_nasional' | 'cuti_bersama'
});

// ---------------------------------------------------------------- cases

/**
 * A partial index's condition: rows with the column empty have no entry (issue 14.4). For an index
 * on columns a new case or its first segment leaves empty (an outcome, an assignee, a deadline
 * while waiting), so a submission's commit writes no page of it. Every query of such an index
 * compares the column (`= ?`, `IN`, `<`, `IS NOT NULL`), which SQLite reads as implying the
 * condition: the index still serves it (the query-plan tests check).
 */
function isSet(column: SQLiteColumn): SQL {
  return sql`${column} IS NOT NULL`;
}

/** What judging an open case overdue reads besides its place in the queue. */
function backlogColumns(t: { kind: SQLiteColumn; pausedSince: SQLiteColumn; firstRespondedAt: SQLiteColumn; firstResponseDueAt: SQLiteColumn; resolutionDueAt: SQLiteColumn }) {
  return [t.kind, t.pausedSince, t.firstRespondedAt, t.firstResponseDueAt, t.resolutionDueAt] as const;
}

/**
 * The instant a case is next due: its first response while unanswered, then its resolution. The
 * staff queue sorts by it, and the queue's indexes are built on this very expression (SQLite uses
 * an index on an expression only for the same expression).
 */
export function caseNextDue(t: { firstRespondedAt: SQLiteColumn; firstResponseDueAt: SQLiteColumn; resolutionDueAt: SQLiteColumn }): SQL<number> {
  return sql<number>`(CASE WHEN ${t.firstRespondedAt} IS NULL THEN ${t.firstResponseDueAt} ELSE ${t.resolutionDueAt} END)`;
}

export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(), // random UUID
    trackingCode: text('tracking_code').notNull().unique(),
    /** SHA-256 of the citizen's access key, hex */
    accessKeyHash: text('access_key_hash').notNull(),
    kind: text('kind').notNull(), // 'complaint' | 'permit'
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    address: text('address'),
    kelurahanCode: text('kelurahan_code'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    incidentDate: text('incident_date'),
    privacy: text('privacy').notNull().default('anonim'), // publik | anonim | rahasia
    /** how the case came in: 'web' (the portal's form) or 'api' (/api/v1); null on cases made before it was recorded */
    channel: text('channel'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** the language the citizen used when submitting: their notification mails are in it */
    language: text('language').notNull().default('id'),
    /** JSON answers to the service's own form fields (permits) */
    formData: text('form_data'),
    assigneeId: integer('assignee_id').references(() => staff.id),
    resolvedById: integer('resolved_by_id').references(() => staff.id),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    firstResponseDueAt: integer('first_response_due_at', { mode: 'timestamp_ms' }).notNull(),
    firstRespondedAt: integer('first_responded_at', { mode: 'timestamp_ms' }),
    resolutionDueAt: integer('resolution_due_at', { mode: 'timestamp_ms' }).notNull(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    /** set while waiting for the citizen: the SLA clock is stopped */
    pausedSince: integer('paused_since', { mode: 'timestamp_ms' }),
    /** while waiting: by when the citizen must answer (admin setting info_request_days) */
    citizenDueAt: integer('citizen_due_at', { mode: 'timestamp_ms' }),
    /** the last request for information expired unanswered: staff may close the case (close_unanswered) */
    infoExpiredAt: integer('info_expired_at', { mode: 'timestamp_ms' }),
    // The clock's inputs (docs/metrics.md §1.1), so deadlines can be recomputed when the holiday
    // calendar changes and durations measured when they end: when the unit got the case (the
    // segment) and when this handling round began (the episode), the segment's working days, and
    // the episode's ended pauses as JSON [[from, to], …] in epoch ms. Null on cases made before
    // they were recorded.
    segmentStartedAt: integer('segment_started_at', { mode: 'timestamp_ms' }),
    segmentFirstResponseDays: integer('segment_first_response_days'),
    segmentSlaDays: integer('segment_sla_days'),
    episodeStartedAt: integer('episode_started_at', { mode: 'timestamp_ms' }),
    episodePauses: text('episode_pauses'),
    /** when staff declined the complaint: the citizen may appeal (reopen) for 10 working days */
    declinedAt: integer('declined_at', { mode: 'timestamp_ms' }),
    /** set once the scheduled job escalated the current breach */
    escalatedAt: integer('escalated_at', { mode: 'timestamp_ms' }),
    /** 0 = not escalated; 1 = the first escalation of the current breach; 2 = the second */
    escalationLevel: integer('escalation_level').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    /** optimistic concurrency: every change increments it */
    version: integer('version').notNull().default(1),
    /**
     * A random value that changes, by trigger, in the transaction of any change to what the case's
     * public tracking page shows: the case row, its history, its files (migration 0024). A kept
     * tracking page is answered while it holds (src/modules/tracking/kept-page.ts). Null on a case
     * not changed since the column came.
     */
    pageMark: text('page_mark'),
    /** a double-submitted form or an API retry finds the first case by this key (a hash of the token) */
    idempotencyKey: text('idempotency_key'),
    /** SHA-256 of that first request: a retry must send the same to get the access key back */
    idempotencyRequestHash: text('idempotency_request_hash'),
    /** the access key sealed (AES-GCM) under a key derived from the server secret and the token */
    accessKeySealed: text('access_key_sealed'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // The staff queue (issue 14.2): open cases are found by status; finished ones are read in
    // the queue's order (the next due instant, then submission, then id) straight from an index,
    // for a unit or the city, one status or all, so a page reads its rows and not the history.
    // (covering for the open backlog: overdue is judged and the page chosen from the index alone)
    index('cases_unit_status_idx').on(t.unitId, t.status, caseNextDue(t), t.submittedAt, t.id, ...backlogColumns(t)),
    index('cases_status_due_idx').on(t.status, caseNextDue(t), t.submittedAt, t.id, ...backlogColumns(t)),
    index('cases_unit_due_idx').on(t.unitId, caseNextDue(t), t.submittedAt, t.id),
    index('cases_due_idx').on(caseNextDue(t), t.submittedAt, t.id),
    // (no index on submitted_at alone: no query reads cases by it, and every submission wrote one)
    // the queue of one person or one kelurahan: its open cases by status, its counts from the index alone
    index('cases_assignee_idx').on(t.assigneeId, t.status, t.kind, t.unitId),
    index('cases_kelurahan_idx').on(t.kelurahanCode, t.status, t.kind, t.unitId),
    // the scheduled jobs take their work in deadline order: auto-close by the end of the appeal
    // window, the answer deadline of requests for information (the first, whole, is also the
    // search by kind and status: the permits near their deadline, src/modules/permits/at-risk.ts)
    index('cases_kind_status_resolved_idx').on(t.kind, t.status, t.resolvedAt),
    index('cases_kind_status_declined_idx').on(t.kind, t.status, t.declinedAt).where(isSet(t.declinedAt)),
    index('cases_citizen_due_idx').on(t.citizenDueAt).where(isSet(t.citizenDueAt)),
    // unique among the keys given (an API call may send none)
    uniqueIndex('cases_idempotency_key_unique').on(t.idempotencyKey).where(isSet(t.idempotencyKey)),
  ],
);

/**
 * How many cases each unit has per service, kind and status: the staff queue's counts per status
 * read these few rows instead of counting the unit's whole history (issue 14.2). Kept exact by
 * triggers on `cases` (migrations/0012_case_counts_triggers.sql) on every insert, delete and
 * change of unit, service, kind or status, whoever writes: no code path can forget it.
 */
export const caseCounts = sqliteTable(
  'case_counts',
  {
    unitId: integer('unit_id').notNull(),
    serviceId: integer('service_id').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.serviceId, t.kind, t.status] })],
);

/** Append-only history of every change to a case: who, when, what. */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorKind: text('actor_kind').notNull(), // citizen | staff | system
    actorId: integer('actor_id').references(() => staff.id),
    type: text('type').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    /** public: anyone tracking; citizen: the case's citizen and staff; internal: staff only */
    visibility: text('visibility').notNull(),
    message: text('message'),
    /** JSON details (forwarded units, assignee, …) */
    data: text('data'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    eventId: integer('event_id').references(() => caseEvents.id),
    storageKey: text('storage_key').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: text('uploaded_by').notNull(), // citizen | staff
    visibility: text('visibility').notNull(), // public | citizen | internal
    /** the form field (a permit's document) the file answers; null for a file sent with a message */
    formField: text('form_field'),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_case_idx').on(t.caseId)],
);

/** SKM (PermenPANRB 14/2017): one rating per case, by the case's own citizen. */
export const ratings = sqliteTable(
  'ratings',
  {
    caseId: text('case_id')
      .primaryKey()
      .references(() => cases.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    officerId: integer('officer_id').references(() => staff.id),
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
    u1: integer('u1').notNull(),
    u2: integer('u2').notNull(),
    u3: integer('u3').notNull(),
    u4: integer('u4').notNull(),
    u5: integer('u5').notNull(),
    u6: integer('u6').notNull(),
    u7: integer('u7').notNull(),
    u8: integer('u8').notNull(),
    u9: integer('u9').notNull(),
    comment: text('comment'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('ratings_unit_idx').on(t.unitId, t.createdAt),
    // the ratings given in a period (IKM per unit on /transparansi)
    index('ratings_created_idx').on(t.createdAt),
    // one officer's ratings in a window (training recommendations, docs/metrics.md §5.1)
    index('ratings_officer_idx').on(t.officerId, t.createdAt),
  ],
);

// ---------------------------------------------------------------- security

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie value, hex: a leaked table does not yield live sessions */
    idHash: text('id_hash').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_staff_idx').on(t.staffId)],
);

/**
 * Failed password checks, one row each, for the sign-in budgets (src/modules/auth/throttle.ts). A row
 * counts against its account and its address when `client` is null (an unknown browser), or
 * only against `client` (a known device, or the session of the password-change form).
 */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    account: text('account').notNull(), // 'staff:<id>' | 'name:<keyed hash of the username>'
    address: text('address'), // client address (IPv6: its /64); null once that account signed in from there
    client: text('client'), // 'device:<nonce>' | 'session:<hash>' | null
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('sign_in_failures_account_idx').on(t.account, t.at),
    index('sign_in_failures_address_idx').on(t.address, t.at),
    index('sign_in_failures_client_idx').on(t.client, t.at),
  ],
);

/**
 * Requests counted per key (a bucket and a keyed hash of the client address or mail recipient)
 * in a fixed window, against abuse of what anyone may do without an account (src/platform/http/rate-limit.ts).
 */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetAt: integer('reset_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('rate_limits_reset_idx').on(t.resetAt)],
);

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    name: text('name').notNull(),
    /** SHA-256 of the token, hex; the token itself is shown once */
    tokenHash: text('token_hash').notNull().unique(),
    /** first characters, so a person can tell tokens apart */
    prefix: text('prefix').notNull(),
    /** JSON array of scopes, e.g. ["cases:read","cases:write"] */
    scopes: text('scopes').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_staff_idx').on(t.staffId)],
);

/** Security and administration audit trail (sign-ins, lockouts, role and catalogue changes). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorId: integer('actor_id').references(() => staff.id),
    event: text('event').notNull(),
    /** what was acted on, e.g. 'staff:12', 'service:pbg' */
    target: text('target'),
    ip: text('ip'),
    /** JSON details, never a password or token */
    detail: text('detail'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_event_idx').on(t.event),
    // one actor's entries newest first, and whether someone appears at all (the actor filter's list)
    index('audit_log_actor_idx').on(t.actorId, t.at),
  ],
);

// ---------------------------------------------------------------- messaging

/** Outgoing mail is written here first; a sender (cron or node loop) delivers it. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    /** the text, or when `sealed` the text sealed (AES-GCM): it carries an access key */
    body: text('body').notNull(),
    kind: text('kind').notNull(),
    caseId: text('case_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    /** the body is sealed: only the sender opens it (readOutboxMessage) */
    sealed: integer('sealed', { mode: 'boolean' }).notNull().default(false),
    /** delivery attempts in the current round (src/modules/notifications/sender.ts) */
    attempts: integer('attempts').notNull().default(0),
    /** not tried before this instant: the backoff after a failure, or a sender's claim; null = at once */
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
    /** when the current round of attempts began: made, or sent again by an admin */
    queuedAt: integer('queued_at', { mode: 'timestamp_ms' }),
    /** the last failure as the channel said it (never the body) */
    lastError: text('last_error'),
    /** dead letter: given up on (a permanent refusal, too many attempts, or too old); an admin may retry or discard it */
    deadAt: integer('dead_at', { mode: 'timestamp_ms' }),
    /** the channel that delivered it: smtp, email_binding, catcher (demo) */
    channel: text('channel'),
  },
  (t) => [
    index('outbox_unsent_idx').on(t.sentAt),
    index('outbox_created_idx').on(t.createdAt),
    // the sender takes the due messages: not sent, not dead, next attempt passed
    index('outbox_due_idx').on(t.sentAt, t.deadAt, t.nextAttemptAt),
  ],
);

/** Key-value settings an admin may change (e.g. session timeouts); read with defaults. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// ---------------------------------------------------------------- metrics

/**
 * The history of every case read into segments (docs/metrics.md §6): one row per segment, the
 * facts the statistics aggregate. A projection, never a source: src/modules/metrics/segments.ts
 * rewrites a case's rows from its case_events after every change and can rebuild all of them.
 * Facts of an episode (outcome, resolution time, reopen) are on its last segment only.
 */
export const caseSegments = sqliteTable(
  'case_segments',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    episode: integer('episode').notNull(),
    seq: integer('seq').notNull(),
    unitId: integer('unit_id').notNull(),
    serviceId: integer('service_id').notNull(),
    kelurahanCode: text('kelurahan_code'),
    privacy: text('privacy').notNull(),
    startAt: integer('start_at', { mode: 'timestamp_ms' }).notNull(),
    endAt: integer('end_at', { mode: 'timestamp_ms' }),
    endedBy: text('ended_by'), // forward | outcome | null (open)
    submitted: integer('submitted', { mode: 'boolean' }).notNull(),
    firstResponseDueAt: integer('first_response_due_at', { mode: 'timestamp_ms' }).notNull(),
    resolutionDueAt: integer('resolution_due_at', { mode: 'timestamp_ms' }).notNull(),
    firstResponseAt: integer('first_response_at', { mode: 'timestamp_ms' }),
    firstResponseBy: integer('first_response_by'),
    firstResponseMs: integer('first_response_ms'),
    frOutcome: text('fr_outcome'), // met | breached | null
    frOutcomeAt: integer('fr_outcome_at', { mode: 'timestamp_ms' }),
    resOutcome: text('res_outcome'), // met | breached | null
    resOutcomeAt: integer('res_outcome_at', { mode: 'timestamp_ms' }),
    /** the officer each SLA outcome is credited to: who responded or resolved; at a breach, the assignee then */
    frOutcomeBy: integer('fr_outcome_by'),
    resOutcomeBy: integer('res_outcome_by'),
    outcome: text('outcome'),
    outcomeAt: integer('outcome_at', { mode: 'timestamp_ms' }),
    outcomeBy: integer('outcome_by'),
    outcomeSla: integer('outcome_sla', { mode: 'boolean' }),
    resolutionMs: integer('resolution_ms'),
    pausedMs: integer('paused_ms'),
    heldMs: integer('held_ms'),
    assigneeId: integer('assignee_id'),
    reopenedAt: integer('reopened_at', { mode: 'timestamp_ms' }),
    /** when the citizen rated the episode's answer: the rating counts in the roll-ups with this row */
    ratedAt: integer('rated_at', { mode: 'timestamp_ms' }),
    pausedNow: integer('paused_now', { mode: 'boolean' }).notNull(),
    /** when the row was written */
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /**
     * '<projection version>:<random>', the same on every row of one rewrite: the rows count in the
     * roll-ups (metric_months, metric_hist) only under the current version, and a rewrite applies
     * its difference only while the rows it read are still there (src/modules/metrics/segments.ts)
     */
    writeId: text('write_id'),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.seq] }),
    // cases submitted in a period
    index('case_segments_submitted_idx').on(t.submitted, t.startAt),
    // SLA outcomes decided in a period, with their unit: the weekly report's count by OPD reads the index alone
    index('case_segments_fr_outcome_idx').on(t.frOutcome, t.frOutcomeAt, t.unitId).where(isSet(t.frOutcome)),
    index('case_segments_res_outcome_idx').on(t.resOutcome, t.resOutcomeAt, t.unitId).where(isSet(t.resOutcome)),
    // open, running segments by deadline: breached at the deadline, and re-read by the job then
    index('case_segments_open_fr_idx').on(t.endAt, t.frOutcome, t.pausedNow, t.firstResponseDueAt),
    index('case_segments_open_res_idx').on(t.endAt, t.resOutcome, t.pausedNow, t.resolutionDueAt),
    // the same of one unit, and of one officer (the assignee): /kinerja, /dasbor of a unit read theirs only
    index('case_segments_unit_open_fr_idx').on(t.unitId, t.endAt, t.frOutcome, t.pausedNow, t.firstResponseDueAt),
    index('case_segments_unit_open_res_idx').on(t.unitId, t.endAt, t.resOutcome, t.pausedNow, t.resolutionDueAt),
    index('case_segments_assignee_open_fr_idx').on(t.assigneeId, t.endAt, t.frOutcome, t.pausedNow, t.firstResponseDueAt).where(isSet(t.assigneeId)),
    index('case_segments_assignee_open_res_idx').on(t.assigneeId, t.endAt, t.resOutcome, t.pausedNow, t.resolutionDueAt).where(isSet(t.assigneeId)),
    // outcomes in a period (with outcome_sla: the weekly report's resolutions of the week read the index alone)
    index('case_segments_outcome_idx').on(t.outcomeAt, t.outcomeSla).where(isSet(t.outcomeAt)),
    // one officer's outcomes and SLA outcomes in a window (training recommendations, docs/metrics.md §5.1)
    index('case_segments_outcome_by_idx').on(t.outcomeBy, t.outcomeAt).where(isSet(t.outcomeBy)),
    index('case_segments_res_by_idx').on(t.resOutcomeBy, t.resOutcome, t.resOutcomeAt).where(isSet(t.resOutcomeBy)),
  ],
);

/**
 * Cases whose segments must be rewritten: marked in the same batch as every change to the case,
 * cleared when the rewrite that read that change has been written. A rewrite that failed leaves
 * its mark, and the scheduled job does it again.
 */
export const caseSegmentsPending = sqliteTable('case_segments_pending', {
  caseId: text('case_id')
    .primaryKey()
    .references(() => cases.id),
  since: integer('since', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Monthly roll-ups of the case history (docs/metrics.md §6.2): per Jakarta month, case kind and
 * scope (the city, a unit, a service, an officer), the counters every metric of §2–§3 is made of.
 * Additive: each case adds its contribution (src/domain/metrics/rollup.ts), applied as a
 * difference whenever its case_segments rows are rewritten, so a page for a year reads twelve
 * rows per scope however long the history.
 */
export const metricMonths = sqliteTable(
  'metric_months',
  {
    scope: text('scope').notNull(), // city | unit | service | officer
    scopeId: integer('scope_id').notNull(), // 0 for the city
    month: text('month').notNull(), // 'YYYY-MM', Jakarta
    kind: text('kind').notNull(),
    submitted: integer('submitted').notNull().default(0),
    handled: integer('handled').notNull().default(0),
    resolutions: integer('resolutions').notNull().default(0),
    declined: integer('declined').notNull().default(0),
    withdrawn: integer('withdrawn').notNull().default(0),
    closedUnanswered: integer('closed_unanswered').notNull().default(0),
    reopens: integer('reopens').notNull().default(0),
    frMet: integer('fr_met').notNull().default(0),
    frBreached: integer('fr_breached').notNull().default(0),
    resMet: integer('res_met').notNull().default(0),
    resBreached: integer('res_breached').notNull().default(0),
    overdueIn: integer('overdue_in').notNull().default(0),
    overdueOut: integer('overdue_out').notNull().default(0),
    ratings: integer('ratings').notNull().default(0),
    u1: integer('u1').notNull().default(0),
    u2: integer('u2').notNull().default(0),
    u3: integer('u3').notNull().default(0),
    u4: integer('u4').notNull().default(0),
    u5: integer('u5').notNull().default(0),
    u6: integer('u6').notNull().default(0),
    u7: integer('u7').notNull().default(0),
    u8: integer('u8').notNull().default(0),
    u9: integer('u9').notNull().default(0),
    // of submitted and ratings, those of rahasia cases: counted in totals, never broken down (§3)
    submittedConfidential: integer('submitted_confidential').notNull().default(0),
    ratingsConfidential: integer('ratings_confidential').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.scopeId, t.month, t.kind] }),
    // every unit (or officer) of some months: the lists by unit
    index('metric_months_month_idx').on(t.scope, t.month),
  ],
);

/**
 * Histograms of working durations per Jakarta month, kind and scope (docs/metrics.md §6.2): how
 * many first responses (`fr`) or resolutions (`res`) took each whole working minute under an
 * hour, or each whole working hour above (`minutes` = the bucket's lower bound). The medians of
 * §2 are read from them exactly, at that precision.
 */
export const metricHist = sqliteTable(
  'metric_hist',
  {
    scope: text('scope').notNull(),
    scopeId: integer('scope_id').notNull(),
    measure: text('measure').notNull(), // fr | res
    month: text('month').notNull(),
    kind: text('kind').notNull(),
    minutes: integer('minutes').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.scopeId, t.month, t.kind, t.measure, t.minutes] }),
    // every unit's buckets of some months: the medians of the list by unit
    index('metric_hist_month_idx').on(t.scope, t.month),
  ],
);

/**
 * The medians of §2 of a month that has ended, per scope id and measure (every kind), as the
 * scheduled job read them from metric_hist (src/modules/metrics/medians.ts): `lo` and `hi` are the
 * buckets of the two middle values (the same when n is odd). A month's figures no longer move once
 * it has ended, so pages read these few rows instead of ranking the month's buckets. Read only for
 * a (scope, month) that metric_median_months marks complete; a trigger on metric_hist deletes the
 * mark whenever a bucket of that scope and month changes (a rebuild), and the job counts it again.
 */
export const metricMedians = sqliteTable(
  'metric_medians',
  {
    scope: text('scope').notNull(),
    month: text('month').notNull(),
    scopeId: integer('scope_id').notNull(),
    measure: text('measure').notNull(),
    n: integer('n').notNull(),
    lo: integer('lo').notNull(),
    hi: integer('hi').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.month, t.scopeId, t.measure] })],
);

/** Which (scope, month) metric_medians holds complete, and when the job counted it. */
export const metricMedianMonths = sqliteTable(
  'metric_median_months',
  {
    scope: text('scope').notNull(),
    month: text('month').notNull(),
    builtAt: integer('built_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.month] })],
);

/**
 * Cases submitted and resolution breaches per Jakarta month, kind, unit and kelurahan
 * (docs/metrics.md §6.2), of cases that are not rahasia (a confidential report's place is never
 * broken down); '' for a case without a kelurahan. Each fact counts for its unit and for the
 * city (`unit_id` 0), so the city's hotspots read one row per kelurahan and month, a unit's its
 * own. Additive like metric_months: /transparansi and /dasbor read a few months of it.
 */
export const metricPlaces = sqliteTable(
  'metric_places',
  {
    unitId: integer('unit_id').notNull(),
    month: text('month').notNull(),
    kind: text('kind').notNull(),
    kelurahanCode: text('kelurahan_code').notNull(),
    submitted: integer('submitted').notNull().default(0),
    resBreached: integer('res_breached').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.month, t.kind, t.kelurahanCode] })],
);

/**
 * Cases submitted and resolution breaches per Jakarta month, kind, unit and category (service)
 * (docs/metrics.md §6.2), rahasia cases included (a category points to no one); for the unit and
 * for the city (`unit_id` 0): /dasbor's hotspots by category.
 */
export const metricCategories = sqliteTable(
  'metric_categories',
  {
    unitId: integer('unit_id').notNull(),
    month: text('month').notNull(),
    kind: text('kind').notNull(),
    serviceId: integer('service_id').notNull(),
    submitted: integer('submitted').notNull().default(0),
    resBreached: integer('res_breached').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.month, t.kind, t.serviceId] })],
);

/**
 * The weekly report's counts of a week that has ended (docs/metrics.md §2.1), kept as the
 * scheduled job computed them once the week was over and the roll-ups complete: what a finished
 * week shows no longer moves (its cases, outcomes and deadlines are in the past), so later views
 * read one row instead of the week's segments. `basis` is the PROJECTION_VERSION it was computed
 * under (another is not read); a holiday edit deletes every row (a trigger: deadlines may move).
 * `counts` is the JSON of the report's query results, composed with today's unit and service names.
 */
export const weeklyReports = sqliteTable('weekly_reports', {
  week: text('week').primaryKey(),
  basis: text('basis').notNull(),
  counts: text('counts').notNull(),
  builtAt: integer('built_at', { mode: 'timestamp_ms' }).notNull(),
});

// ---------------------------------------------------------------- incentives

/**
 * The incentive scheme of a period (docs/metrics.md §5.2): one per period ('2026-03', '2026-Q1',
 * '2026'), set by an admin; `version` goes up with every change, and a published snapshot names
 * the version it was computed with.
 */
export const incentiveSchemes = sqliteTable('incentive_schemes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  period: text('period').notNull().unique(),
  weightQ: real('weight_q').notNull(),
  weightS: real('weight_s').notNull(),
  weightT: real('weight_t').notNull(),
  weightR: real('weight_r').notNull(),
  minCases: integer('min_cases').notNull(),
  priorK: integer('prior_k').notNull(),
  /** JSON [{min, name: {id, en}}], highest threshold first */
  tiers: text('tiers').notNull().default('[]'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  updatedBy: integer('updated_by').references(() => staff.id),
});

/**
 * A published ranking of a period: written once, in one batch with its rows (which name it by its
 * period, known before anything is written), and never changed.
 * No code updates or deletes it, and the database refuses to (triggers in the migration
 * incentive_snapshots_immutable).
 */
export const incentiveSnapshots = sqliteTable('incentive_snapshots', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  period: text('period').notNull().unique(),
  schemeId: integer('scheme_id')
    .notNull()
    .references(() => incentiveSchemes.id),
  schemeVersion: integer('scheme_version').notNull(),
  /** JSON of the scheme as published: {weights, minCases, priorK, tiers} */
  scheme: text('scheme').notNull(),
  scored: integer('scored').notNull(),
  unscored: integer('unscored').notNull(),
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
  publishedBy: integer('published_by')
    .notNull()
    .references(() => staff.id),
});

/** One ASN of a published ranking: every input, component, score, rank, tier and note, as published. */
export const incentiveSnapshotRows = sqliteTable(
  'incentive_snapshot_rows',
  {
    period: text('period')
      .notNull()
      .references(() => incentiveSnapshots.period),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    /** the row's place in the published ranking (by city rank, then name; the unscored last) */
    position: integer('position').notNull(),
    /** as they were at publication: a later rename or move changes nothing published */
    nip: text('nip').notNull(),
    name: text('name').notNull(),
    unitId: integer('unit_id').notNull(),
    unitCode: text('unit_code').notNull(),
    unitName: text('unit_name').notNull(),
    // inputs
    handled: integer('handled').notNull(),
    ratingsN: integer('ratings_n').notNull(),
    ikm: real('ikm'),
    slaMet: integer('sla_met').notNull(),
    slaBreached: integer('sla_breached').notNull(),
    reopens: integer('reopens').notNull(),
    resolutions: integer('resolutions').notNull(),
    jpYear: real('jp_year').notNull(),
    jpTarget: real('jp_target').notNull(),
    // components 0–1 (null: left out)
    q: real('q'),
    s: real('s'),
    t: real('t'),
    r: real('r'),
    /** JSON {Q, S, T, R} of the full breakdown: raw, n, unit value, shrunk, value, weight, applied weight, why left out */
    components: text('components').notNull(),
    eligible: integer('eligible', { mode: 'boolean' }).notNull(),
    score: real('score'),
    rounded: real('rounded'),
    rankCity: integer('rank_city'),
    rankUnit: integer('rank_unit'),
    tiedCity: integer('tied_city').notNull(),
    tiedUnit: integer('tied_unit').notNull(),
    tierId: text('tier_id'),
    tierEn: text('tier_en'),
    /** JSON [{id, en}]: eligibility, components left out, ties */
    notes: text('notes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.staffId] }), index('incentive_snapshot_rows_rank_idx').on(t.period, t.rankCity)],
);

// ---------------------------------------------------------------- permits

/**
 * A permit application's own facts beside its case (cases.form_data holds the answers). The form
 * definition, requirements and stage plan are copied from the permit type when the application is
 * made: an admin who edits the type later never changes what an open application is checked
 * against (issue 12).
 */
export const permitApplications = sqliteTable('permit_applications', {
  caseId: text('case_id')
    .primaryKey()
    .references(() => cases.id),
  /** JSON FormField[] as the type had it */
  form: text('form').notNull(),
  /** JSON [{id, en}] as the type had it */
  requirements: text('requirements').notNull(),
  /** JSON StagePlan (working days per stage) as the type had it */
  stagePlan: text('stage_plan').notNull(),
  /** the fee in rupiah: the type's fixed fee when the application was made, or the assessed amount
   *  once staff set it (fee_set_at); above 0, payment precedes issuing */
  fee: integer('fee').notNull().default(0),
  /** the type's fee kind when the application was made: 'fixed' | 'assessed' (src/domain/catalogue/fee.ts) */
  feeKind: text('fee_kind').notNull().default('fixed'),
  /** the law that sets the fee, as the type had it */
  feeBasis: text('fee_basis'),
  /** when staff set an assessed fee's amount (with the proposal to approve); null: not yet set */
  feeSetAt: integer('fee_set_at', { mode: 'timestamp_ms' }),
  /** the type's code, upper case, for the permit number */
  typeCode: text('type_code').notNull(),
  /** months an issued permit is valid; null: as long as the object does not change */
  validityMonths: integer('validity_months'),
  /** JSON string[]: the fields and documents the open revision request names; [] when none */
  revisionItems: text('revision_items').notNull().default('[]'),
  revisionRound: integer('revision_round').notNull().default(0),
});

/**
 * The last permit number used per type and Jakarta year. Advanced in the same batch that issues
 * the permit, so a number is used exactly when a permit is issued: no gaps, no duplicates.
 */
export const permitCounters = sqliteTable(
  'permit_counters',
  {
    typeCode: text('type_code').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.typeCode, t.year] })],
);

/** An issued permit: what the permit document and its public verification show. */
export const permits = sqliteTable(
  'permits',
  {
    /** what a verification token names (src/domain/verification/token.ts) */
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: text('case_id')
      .notNull()
      .unique()
      .references(() => cases.id),
    number: text('number').notNull().unique(),
    typeCode: text('type_code').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    /** the permit holder as the application named them */
    holderName: text('holder_name').notNull(),
    issuedAt: integer('issued_at', { mode: 'timestamp_ms' }).notNull(),
    issuedById: integer('issued_by_id')
      .notNull()
      .references(() => staff.id),
    /** Jakarta dates 'YYYY-MM-DD'; valid_until null: valid while the object does not change */
    validFrom: text('valid_from').notNull(),
    validUntil: text('valid_until'),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedById: integer('revoked_by_id').references(() => staff.id),
    revokeReason: text('revoke_reason'),
  },
  (t) => [uniqueIndex('permits_type_year_seq_unique').on(t.typeCode, t.year, t.seq)],
);

/**
 * A permit application saved before it is sent: what was typed (JSON, as typed: it is checked when
 * it is sent) and the documents attached so far. Opened again with its access key (only its hash
 * is kept); gone 30 days after its last change; once sent it names the case it became and takes
 * no more changes.
 */
export const permitDrafts = sqliteTable(
  'permit_drafts',
  {
    id: text('id').primaryKey(), // random UUID
    serviceId: integer('service_id')
      .notNull()
      .references(() => services.id),
    accessKeyHash: text('access_key_hash').notNull(),
    /** JSON {applicant_name, contact_email, contact_phone, answers} as typed */
    content: text('content').notNull(),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    submittedCaseId: text('submitted_case_id')
      .unique()
      .references(() => cases.id),
  },
  (t) => [index('permit_drafts_expires_idx').on(t.expiresAt)],
);

/** A document attached to a draft, kept in the file store until the draft is sent or expires. */
export const permitDraftFiles = sqliteTable(
  'permit_draft_files',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id')
      .notNull()
      .references(() => permitDrafts.id),
    field: text('field').notNull(),
    storageKey: text('storage_key').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('permit_draft_files_draft_idx').on(t.draftId)],
);

/**
 * Files a citizen's form accepted while it failed on another field (issue 13.3), kept against the
 * form's token (hashed) until the form is sent or they expire; the cron removes expired ones with
 * their bytes (src/modules/cases/pending-uploads.ts).
 */
export const pendingUploads = sqliteTable(
  'pending_uploads',
  {
    id: text('id').primaryKey(),
    /** SHA-256 of the form token: only the browser holding the token sees or sends these files */
    tokenHash: text('token_hash').notNull(),
    /** the permit document field it answers; null on a complaint */
    field: text('field'),
    storageKey: text('storage_key').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    createdAt: createdAt(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('pending_uploads_token_idx').on(t.tokenHash), index('pending_uploads_expires_idx').on(t.expiresAt)],
);
