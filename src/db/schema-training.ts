// Training (pelatihan ASN): courses, lessons, question banks, enrolments, progress, quiz
// attempts, certificates and the append-only ledger whose rows map 1:1 onto xAPI statements.
// Instants are integer milliseconds (UTC); `year` on the ledger is the Asia/Jakarta year.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { staff } from './schema';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const trainingCourses = sqliteTable('training_courses', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  titleId: text('title_id').notNull(),
  titleEn: text('title_en').notNull(),
  descriptionId: text('description_id').notNull().default(''),
  descriptionEn: text('description_en').notNull().default(''),
  /** JSON array of competency codes (src/domain/training/competencies.ts) */
  competencies: text('competencies').notNull().default('[]'),
  jp: integer('jp').notNull(),
  mode: text('mode').notNull(), // self_paced | blended | classroom
  /** JSON arrays; empty = everyone */
  audienceRoles: text('audience_roles').notNull().default('[]'),
  audienceUnits: text('audience_units').notNull().default('[]'),
  /** JSON array of course codes that must be completed first */
  prerequisites: text('prerequisites').notNull().default('[]'),
  published: integer('published', { mode: 'boolean' }).notNull().default(false),
  quizQuestionCount: integer('quiz_question_count').notNull().default(5),
  quizPassPercent: integer('quiz_pass_percent').notNull().default(70),
  quizMaxAttempts: integer('quiz_max_attempts').notNull().default(3),
  quizTimeLimitMinutes: integer('quiz_time_limit_minutes').notNull().default(20),
  /** a yearly refresher may be taken again in a later year, and credits JP again for that year */
  yearlyRefresher: integer('yearly_refresher', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});

export const trainingLessons = sqliteTable(
  'training_lessons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** plain text: blank line = paragraph, "- " = list item, "## " = heading; never HTML */
    body: text('body').notNull(),
    /** same-origin path only (/assets/...) */
    imageUrl: text('image_url'),
    imageAlt: text('image_alt'),
    videoUrl: text('video_url'),
    materialUrl: text('material_url'),
    materialLabel: text('material_label'),
    minutes: integer('minutes').notNull().default(10),
  },
  (t) => [uniqueIndex('training_lessons_course_pos_idx').on(t.courseId, t.position)],
);

export const trainingQuestions = sqliteTable(
  'training_questions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    kind: text('kind').notNull(), // multiple_choice | true_false
    prompt: text('prompt').notNull(),
    /** JSON array of {key, text} */
    options: text('options').notNull(),
    correctKey: text('correct_key').notNull(),
    explanation: text('explanation').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('training_questions_course_idx').on(t.courseId)],
);

/**
 * Enrolments, one per round: a course is taken once (round 1); a yearly refresher again in a later
 * year (round 2, 3 …). Progress and quiz attempts of a round are those since its enrolment (attempts
 * a course author reset excepted).
 */
export const trainingEnrolments = sqliteTable(
  'training_enrolments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    enrolledAt: integer('enrolled_at', { mode: 'timestamp_ms' }).notNull(),
    /** when every required part was done (the learning, not the recording: see applyCompletionRule) */
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    round: integer('round').notNull().default(1),
  },
  (t) => [uniqueIndex('training_enrolments_round_idx').on(t.courseId, t.staffId, t.round), index('training_enrolments_staff_idx').on(t.staffId)],
);

export const trainingLessonProgress = sqliteTable(
  'training_lesson_progress',
  {
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    lessonId: integer('lesson_id')
      .notNull()
      .references(() => trainingLessons.id),
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    doneAt: integer('done_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.lessonId] }), index('training_progress_course_idx').on(t.staffId, t.courseId)],
);

export const trainingQuizAttempts = sqliteTable(
  'training_quiz_attempts',
  {
    id: text('id').primaryKey(), // random UUID
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    /** JSON array of {questionId, optionKeys[]}: the drawn questions in order, options shuffled */
    questions: text('questions').notNull(),
    passPercent: integer('pass_percent').notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    deadlineAt: integer('deadline_at', { mode: 'timestamp_ms' }).notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    /** JSON {questionId: optionKey} */
    answers: text('answers'),
    scorePercent: integer('score_percent'),
    passed: integer('passed', { mode: 'boolean' }),
    /** 'submitted' | 'expired' once over; 'reset' when a reset closed it while it was open */
    outcome: text('outcome'),
    /** a course author reset the attempts (src/modules/training/learning.ts): it no longer counts */
    resetAt: integer('reset_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('training_attempts_staff_course_idx').on(t.staffId, t.courseId)],
);

export const trainingCertificates = sqliteTable(
  'training_certificates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** PLT/YYYY/000123; set right after insert from the id */
    number: text('number').notNull().unique(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    /** snapshots at issue time: later edits of the course or staff never change a certificate */
    holderName: text('holder_name').notNull(),
    holderNip: text('holder_nip').notNull(),
    courseCode: text('course_code').notNull(),
    courseTitleId: text('course_title_id').notNull(),
    courseTitleEn: text('course_title_en').notNull(),
    jp: integer('jp').notNull(),
    issuedAt: integer('issued_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    revokedReason: text('revoked_reason'),
    revokedBy: integer('revoked_by').references(() => staff.id),
    /** the enrolment round it was earned in: one certificate per course and round */
    round: integer('round').notNull().default(1),
  },
  (t) => [uniqueIndex('training_certificates_round_idx').on(t.staffId, t.courseId, t.round)],
);

/**
 * The training record: append-only. One row = one xAPI statement (actor, verb, object, result,
 * timestamp). JP this year = SUM(jp) over the rows of that Asia/Jakarta year, the year of the
 * learning (`learned_on`), not of the recording (`at`). Rows are never updated or deleted; a
 * correction is a new row (e.g. verb 'voided' with negative JP).
 */
export const trainingLedger = sqliteTable(
  'training_ledger',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** the statement id (UUID), stable for an xAPI LRS */
    statementId: text('statement_id').notNull().unique(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    actorNip: text('actor_nip').notNull(),
    actorName: text('actor_name').notNull(),
    verb: text('verb').notNull(), // completed | passed | failed | attended | registered | experienced | voided
    objectType: text('object_type').notNull(), // course | lesson | quiz | session | evidence
    objectId: text('object_id').notNull(),
    objectName: text('object_name').notNull(),
    courseId: integer('course_id').references(() => trainingCourses.id),
    /** JSON {score?: {scaled, raw, min, max}, success?, completion?, duration?} */
    result: text('result'),
    jp: integer('jp').notNull().default(0),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    year: integer('year').notNull(),
    certificateId: integer('certificate_id').references(() => trainingCertificates.id),
    /**
     * The learning activity a row credits JP for (src/domain/training/jp.ts): a course, a course's
     * classroom part, a piece of evidence; per year for refreshers. Unique: the database refuses a
     * second credit for the same activity, however many cohorts, submissions or requests.
     */
    creditKey: text('credit_key').unique(),
    /** the Jakarta day of the learning ('YYYY-MM-DD'; the last day of a period); `year` is its year */
    learnedOn: text('learned_on'),
    /** the JP asked for, when the daily cap credited fewer (`jp`) */
    jpRequested: integer('jp_requested'),
  },
  (t) => [index('training_ledger_staff_year_idx').on(t.staffId, t.year), index('training_ledger_course_idx').on(t.courseId)],
);

/**
 * The JP of each credit per Jakarta day of learning: the daily cap (at most 10 JP a day per person
 * across courses, sessions and evidence) is counted here. A credit over several days (evidence of
 * a week of coaching) has one row per day; a void has the negated rows of what it voids.
 */
export const trainingLedgerDays = sqliteTable(
  'training_ledger_days',
  {
    ledgerId: integer('ledger_id')
      .notNull()
      .references(() => trainingLedger.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    day: text('day').notNull(),
    jp: integer('jp').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ledgerId, t.day] }), index('training_ledger_days_staff_day_idx').on(t.staffId, t.day)],
);

/**
 * JP per ASN and year of learning (docs/metrics.md §4): Σ training_ledger.jp of the person's rows
 * of that `year`, kept by triggers on training_ledger (migrations/0015_training_rollups_triggers.sql) on
 * every insert, whoever writes (the ledger is append-only: no update or delete to follow). The
 * dashboard's training compliance reads one row per ASN instead of the year's ledger.
 */
export const trainingJpYears = sqliteTable(
  'training_jp_years',
  {
    staffId: integer('staff_id').notNull(),
    year: integer('year').notNull(),
    jp: integer('jp').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.year] })],
);

/**
 * Course completions per ASN and month of learning (docs/metrics.md §4): completed course rows of
 * training_ledger less their voids (a void lands on the credit's own day), by the month of
 * `learned_on`; kept by the same triggers. A course is credited once per person (once a year for a
 * refresher: its credit key is unique), so a month's net count is the distinct courses completed.
 */
export const trainingCompletionMonths = sqliteTable(
  'training_completion_months',
  {
    staffId: integer('staff_id').notNull(),
    month: text('month').notNull(),
    completed: integer('completed').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.month] })],
);

/**
 * Training compliance per unit (docs/metrics.md §4), kept by triggers (migration 0020): how many
 * of a unit's active ASN have each total JP in a year (from training_jp_years: those with a row),
 * so /dasbor counts those on track for the prorated target as a sum over a few rows per unit
 * instead of one lookup per ASN of the city. A transfer or a deactivation moves or removes the
 * person's rows (a trigger on staff); an ASN without a row has 0 JP.
 */
export const trainingUnitJp = sqliteTable(
  'training_unit_jp',
  {
    year: integer('year').notNull(),
    unitId: integer('unit_id').notNull(),
    jp: integer('jp').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.year, t.unitId, t.jp] })],
);

/** Course completions per unit and month of learning of its active ASN (training_completion_months summed), kept as trainingUnitJp. */
export const trainingUnitCompletions = sqliteTable(
  'training_unit_completions',
  {
    month: text('month').notNull(),
    unitId: integer('unit_id').notNull(),
    completed: integer('completed').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.month, t.unitId] })],
);

/**
 * Everyone who created or changed a course: its settings, lessons, question bank or sessions.
 * They know the answers, so they earn no JP and no certificate from it (four eyes, like
 * evidence: src/modules/training/authors.ts).
 */
export const trainingCourseAuthors = sqliteTable(
  'training_course_authors',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    firstAt: integer('first_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.staffId] })],
);

/** Scheduled classroom/blended sessions of a course, with a place and a capacity. */
export const trainingSessions = sqliteTable(
  'training_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    title: text('title').notNull(),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }).notNull(),
    place: text('place').notNull(),
    capacity: integer('capacity').notNull(),
    /** JP credited on attendance (the classroom part; the online part is credited on completion) */
    jp: integer('jp').notNull(),
    facilitatorId: integer('facilitator_id').references(() => staff.id),
    cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
    cancelReason: text('cancel_reason'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('training_sessions_course_idx').on(t.courseId, t.startsAt)],
);

/** Registrations: 'registered' up to capacity, then 'waitlisted' in order; 'cancelled' frees a seat. */
export const trainingSessionRegistrations = sqliteTable(
  'training_session_registrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    status: text('status').notNull(), // registered | waitlisted | cancelled
    registeredAt: integer('registered_at', { mode: 'timestamp_ms' }).notNull(),
    attendedAt: integer('attended_at', { mode: 'timestamp_ms' }),
    attendanceBy: integer('attendance_by').references(() => staff.id),
  },
  (t) => [
    uniqueIndex('training_session_reg_unique_idx').on(t.sessionId, t.staffId),
    index('training_session_reg_status_idx').on(t.sessionId, t.status, t.registeredAt),
  ],
);

/**
 * Other learning (ASN Corporate University's non-classical learning: coaching, mentoring,
 * on-the-job, external courses): evidence submitted by the ASN, decided by a supervisor of their
 * unit, else of the nearest parent unit, else of BKPSDM (src/domain/training/evidence.ts).
 * Approved JP are credited through the ledger. One piece of learning is one activity however
 * often it is sent: the same file (content hash) or the same title, dates and organiser are
 * refused while an earlier one is pending or approved (the two partial unique indexes).
 */
export const trainingEvidence = sqliteTable(
  'training_evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    /** the submitter's unit at submission: whose supervisors decide */
    unitId: integer('unit_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    provider: text('provider').notNull().default(''),
    startDate: text('start_date').notNull(), // YYYY-MM-DD, Asia/Jakarta
    endDate: text('end_date').notNull(),
    jp: integer('jp').notNull(),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    fileType: text('file_type').notNull(),
    fileSize: integer('file_size').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: text('status').notNull().default('pending'), // pending | approved | rejected
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    decidedBy: integer('decided_by').references(() => staff.id),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decisionReason: text('decision_reason'),
    /** normalised title|start|end|organiser (src/domain/training/jp.ts); null on rows from before it */
    activityKey: text('activity_key'),
  },
  (t) => [
    index('training_evidence_staff_idx').on(t.staffId),
    index('training_evidence_unit_status_idx').on(t.unitId, t.status),
    uniqueIndex('training_evidence_same_file_idx')
      .on(t.staffId, t.fileSha256)
      .where(sql`${t.status} <> 'rejected' AND ${t.activityKey} IS NOT NULL`),
    uniqueIndex('training_evidence_same_activity_idx')
      .on(t.staffId, t.activityKey)
      .where(sql`${t.status} <> 'rejected' AND ${t.activityKey} IS NOT NULL`),
  ],
);

/** Training needs assessment: an admin-defined competency self-assessment, one per year. */
export const trainingAssessments = sqliteTable('training_assessments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull().unique(),
  title: text('title').notNull(),
  published: integer('published', { mode: 'boolean' }).notNull().default(false),
  createdBy: integer('created_by').references(() => staff.id),
  createdAt: createdAt(),
});

export const trainingAssessmentItems = sqliteTable(
  'training_assessment_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => trainingAssessments.id),
    competency: text('competency').notNull(),
    statement: text('statement').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('training_assessment_items_idx').on(t.assessmentId, t.position)],
);

/** One response per ASN per assessment (year); scores 1 (not yet able) to 4 (very able). */
export const trainingAssessmentResponses = sqliteTable(
  'training_assessment_responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => trainingAssessments.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    unitId: integer('unit_id').notNull(),
    /** JSON {itemId: score} */
    answers: text('answers').notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('training_assessment_responses_unique_idx').on(t.assessmentId, t.staffId), index('training_assessment_responses_unit_idx').on(t.assessmentId, t.unitId)],
);

/**
 * Training impact (docs/metrics.md §5.3), a roll-up the scheduled job `training-impact` rewrites
 * once a day, course by course: per course, year of completion and metric ('ikm' | 'sla'), the
 * difference in differences with its 95 % interval, or only the sample sizes when either group is
 * below the minimum (`shown` 0). The dashboard reads these rows, never the ratings.
 */
export const trainingImpact = sqliteTable(
  'training_impact',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    /** the Asia/Jakarta year of the completions (the cohort) */
    year: integer('year').notNull(),
    metric: text('metric').notNull(), // ikm | sla
    shown: integer('shown', { mode: 'boolean' }).notNull(),
    estimate: real('estimate'),
    low: real('low'),
    high: real('high'),
    standardError: real('standard_error'),
    df: real('df'),
    nTreated: integer('n_treated').notNull(),
    nControl: integer('n_control').notNull(),
    meanTreated: real('mean_treated'),
    meanControl: real('mean_control'),
    /** completers of the year whose 90 days after have not passed yet: not counted */
    pending: integer('pending').notNull().default(0),
    /** the Jakarta day it was computed for, and the instant its windows were judged at */
    computedOn: text('computed_on').notNull(),
    computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.year, t.metric] }), index('training_impact_year_idx').on(t.year)],
);

/**
 * The people behind each training_impact row, so an inspector can recompute it by hand: every
 * completer and every colleague matched to them, with the reference instant their two windows are
 * taken around, the metric before and after (null: no data in that window) and what each rests on
 * (ratings or SLA outcomes). Only people with both values count (n of the group).
 */
export const trainingImpactPeople = sqliteTable(
  'training_impact_people',
  {
    courseId: integer('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    year: integer('year').notNull(),
    metric: text('metric').notNull(), // ikm | sla
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    grp: text('grp').notNull(), // treated | control
    /** the person's unit when computed: controls are the completers' colleagues of the same unit */
    unitId: integer('unit_id').notNull(),
    /** the completion (treated) or the unit's first completion of the year (controls): windows are [ref − 90 d, ref) and (ref, ref + 90 d] */
    refAt: integer('ref_at', { mode: 'timestamp_ms' }).notNull(),
    pre: real('pre'),
    post: real('post'),
    preN: integer('pre_n').notNull(),
    postN: integer('post_n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.year, t.metric, t.staffId] }), index('training_impact_people_unit_idx').on(t.year, t.unitId)],
);
