// What the training pages show: the shapes src/modules/training reads from the database and
// hands to templates/pages/training (and the JSON API). Plain data, no behaviour.
import type { Msg } from '../../platform/i18n/lang';
import type { Competency, CourseMode } from './competencies';
import type { LedgerRow } from './ledger';
import type { AttemptQuestion } from './quiz';

export interface CourseView {
  id: number;
  code: string;
  title: Msg;
  description: Msg;
  competencies: Competency[];
  jp: number;
  mode: CourseMode;
  audienceRoles: string[];
  audienceUnits: string[];
  prerequisites: string[];
  published: boolean;
  quiz: { questionCount: number; passPercent: number; maxAttempts: number; timeLimitMinutes: number };
  /** may be taken again in each later year, crediting JP again for that year */
  yearlyRefresher: boolean;
}

export interface LessonView {
  id: number;
  courseId: number;
  position: number;
  title: string;
  body: string;
  imageUrl: string | null;
  imageAlt: string | null;
  videoUrl: string | null;
  materialUrl: string | null;
  materialLabel: string | null;
  minutes: number;
}

/**
 * One learner's standing in one course: in its current round (a course is taken once; a yearly
 * refresher again in a later year, each time a new round with its own lessons, quiz and session).
 */
export interface CourseProgress {
  enrolled: boolean;
  /** the current round, 1 the first time; null before enrolling */
  round: number | null;
  enrolledAt: Date | null;
  /** when every required part was done */
  completedAt: Date | null;
  doneLessonIds: Set<number>;
  /** attempts of this round that count (a course author's reset clears the earlier ones) */
  attemptsUsed: number;
  bestPercent: number | null;
  quizPassed: boolean;
  /** an attempt still running (not submitted, deadline not passed) */
  openAttemptId: string | null;
  /** a session of the course attended in this round */
  attended: boolean;
  certificateId: number | null;
  certificateRevoked: boolean;
  /** what this round's completion credited, and what it asked for (the daily cap may credit fewer) */
  credit: { jp: number; requested: number } | null;
  /** a yearly refresher completed in an earlier year: it may be taken again now */
  refresherDue: boolean;
}

/** A scheduled classroom session of a course. */
export interface SessionRow {
  id: number;
  courseId: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  capacity: number;
  /** JP credited on attendance */
  jp: number;
  facilitatorId: number | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  createdAt: Date;
  updatedAt: Date | null;
}

export interface SessionView extends SessionRow {
  registered: number;
  waitlisted: number;
  /** this staff member's registration, if any (not cancelled) */
  mine: { status: 'registered' | 'waitlisted'; position: number | null; attendedAt: Date | null } | null;
}

/** Someone registered for a session, as the facilitator's attendance list shows them. */
export interface Participant {
  registrationId: number;
  staffId: number;
  name: string;
  nip: string;
  status: string;
  registeredAt: Date;
  attendedAt: Date | null;
}

/** A certificate as issued: holder and course are snapshots taken at issue time. */
export interface CertificateView {
  id: number;
  /** PLT/YYYY/000123 */
  number: string;
  staffId: number;
  courseId: number;
  holderName: string;
  holderNip: string;
  courseCode: string;
  courseTitleId: string;
  courseTitleEn: string;
  jp: number;
  issuedAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
  revokedBy: number | null;
  round: number;
}

/** Other learning (coaching, mentoring …) submitted for JP, and its decision. */
export interface EvidenceRow {
  id: number;
  staffId: number;
  unitId: number;
  kind: string;
  title: string;
  provider: string;
  /** 'YYYY-MM-DD', Jakarta dates */
  startDate: string;
  endDate: string;
  jp: number;
  fileKey: string;
  fileName: string;
  fileType: string;
  fileSize: number;
  fileSha256: string;
  /** pending | approved | rejected */
  status: string;
  submittedAt: Date;
  decidedBy: number | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  activityKey: string | null;
}

/** A row of the training record (an xAPI statement) as the record page lists it. */
export interface LedgerEntryView extends LedgerRow {
  id: number;
  /** the year of the learning: the record year the JP count in */
  year: number;
  /** the JP asked for when the daily cap credited fewer */
  jpRequested: number | null;
  courseId: number | null;
  certificateId: number | null;
  /** the object's name in English where the row names a course; null = authored in Indonesian only */
  objectNameEn: string | null;
}

/** The training needs assessment of a year. */
export interface AssessmentRow {
  id: number;
  year: number;
  title: string;
  published: boolean;
  createdBy: number | null;
  createdAt: Date;
}

/** One statement of an assessment, rated 1–4 against a competency. */
export interface ItemRow {
  id: number;
  assessmentId: number;
  competency: string;
  statement: string;
  position: number;
}

/** A quiz question as the learner sees it: no key, no explanation. */
export interface QuestionForLearner {
  id: number;
  kind: string;
  prompt: string;
  options: { key: string; text: string }[];
}

export interface AttemptView {
  id: string;
  courseId: number;
  staffId: number;
  questions: AttemptQuestion[];
  passPercent: number;
  startedAt: Date;
  deadlineAt: Date;
  submittedAt: Date | null;
  answers: Record<string, string> | null;
  scorePercent: number | null;
  passed: boolean | null;
  outcome: string | null;
}

/** After submission: a question with the learner's answer, the key and the explanation. */
export interface ReviewedQuestion extends QuestionForLearner {
  chosen: string | null;
  correct: boolean;
  /** the key and the explanation: null until the learner passed or has no attempt left (mayRevealKey) */
  correctKey: string | null;
  explanation: string | null;
}

/** A learner's quiz standing in a course's current round, as the author's page lists it. */
export interface QuizStanding {
  staffId: number;
  name: string;
  nip: string;
  /** attempts that count in this round (none passed) */
  attemptsUsed: number;
}
