// What a staff action's own step sees and builds (src/modules/cases/staff-actions.ts runs the
// pipeline). The kernel has steps for the actions every kind shares (claim, assign, forward,
// resolve, …); a kind brings steps for the actions only its machine has (a permit's approve,
// issue, revoke) in its definition (`steps`, src/modules/cases/kinds.ts).
import type { Db } from '../../db/client';
import type { TransitionOk } from '../../domain/cases/state-machine';
import type { HolidaySet } from '../../domain/sla/calendar';
import type { Ending } from '../../domain/sla/clock';
import type { StaffPrincipal } from '../../platform/http/context';
import type { AppConfig, FileStore } from '../../platform/runtime/deps';
import type { PreparedAttachment } from './attachments';
import type { CaseChange, CaseRow, CaseUpdate } from './commit';
import type { CaseEventInput } from './events';
import type { CaseKind } from './kinds';

export interface EvidenceFile {
  filename: string;
  data: Uint8Array;
}

export type StaffActionDeps = { db: Db; files: FileStore; clock: { now(): Date }; config: Pick<AppConfig, 'secret' | 'baseUrl'> };

/** The request as the steps read it: text normalised, nothing looked up yet. */
export interface ParsedRequest {
  action: string;
  version: number;
  /** as typed, for the length check */
  rawMessage: string;
  /** line breaks normalised and trimmed, for the event */
  message: string;
  toUnit: string;
  service: string;
  assignee: string;
  privacy: string;
  evidence: EvidenceFile[];
  declineReason: string | null;
  /** the kind's own fields, as sent; its steps check them */
  fields: Readonly<Record<string, unknown>>;
}

/** One action under way: what the steps read, and the change they build up. */
export interface ActionContext {
  deps: StaffActionDeps;
  actor: StaffPrincipal;
  kind: CaseKind;
  row: CaseRow;
  req: ParsedRequest;
  rule: TransitionOk<string, string>;
  now: Date;
  /** the holiday calendar as it is now: durations are measured with the calendar of the moment */
  holidays: HolidaySet;
  /** what this action ends, for its event's durations */
  ending: Ending;
  /** the version the change produces */
  version: number;
  set: CaseUpdate;
  /** the data of the action's own event */
  data: Record<string, unknown>;
  /** more events after the action's own */
  events: CaseEventInput[];
  attachments: PreparedAttachment[];
  /** rows of the kind's own tables, and statements of its own, written with the change */
  inserts: NonNullable<CaseChange['inserts']>[number][];
  statements: NonNullable<CaseChange['statements']>[number][];
}

/** What one action does beyond its event and the machine's status change. */
export interface ActionStep {
  /** offered on the case page and in allowed_actions only when this holds */
  offered?(c: Pick<CaseRow, 'assigneeId' | 'infoExpiredAt'>): boolean;
  run(ctx: ActionContext): Promise<void> | void;
}
