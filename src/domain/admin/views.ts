// What the admin pages show: the shapes the admin module reads from the database and hands to
// templates/pages/admin. Plain data, no behaviour; the module's rows carry at least these fields.

export interface UnitListRow {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  parentId: number | null;
  active: boolean;
  parentCode: string | null;
  parentName: string | null;
  /** active staff in the unit */
  staffCount: number;
}

export interface StaffListRow {
  id: number;
  nip: string;
  name: string;
  email: string;
  position: string;
  active: boolean;
  unitId: number;
  unitCode: string;
  roles: string[];
}

export interface ServiceSummary {
  id: number;
  kind: string;
  code: string;
  nameId: string;
  nameEn: string;
  slaDays: number;
  fee: number;
  active: boolean;
}

export interface ResponseTemplateView {
  id: number;
  title: string;
  body: string;
}

export interface HolidayView {
  /** 'YYYY-MM-DD', a Jakarta date */
  date: string;
  name: string;
  kind: string;
}

export interface AuditFilter {
  /** e.g. "staff." or "staff.created"; letters, digits, dots and underscores only */
  event: string;
  /** a staff id, 'system' for entries without an actor, or null for everyone */
  actor: number | 'system' | null;
  page: number;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string | null;
  event: string;
  target: string | null;
  ip: string | null;
  detail: string | null;
}
