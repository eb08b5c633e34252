// Test fixture: complaints inserted straight into the cases table, with realistic values
// (random tracking code, hashed access key, SLA due instants from the working-day calendar) and
// the 'submitted' event, so staff-side tests do not depend on the citizen form.
import { and, eq } from 'drizzle-orm';
import { caseEventInsert } from '../../src/modules/cases/events';
import { computeDue, serviceDays } from '../../src/modules/cases/sla';
import { hashAccessKey, newAccessKey, newTrackingCode } from '../../src/modules/cases/codes';
import { cases, services, staff, units } from '../../src/db/schema';
import type { ComplaintStatus } from '../../src/domain/cases/state-machine';
import { complaintKind } from '../../src/modules/complaints/kind';
import type { Harness } from '../harness/types';

export interface ComplaintFixture {
  serviceCode: string;
  status?: ComplaintStatus;
  submittedAt?: Date | string;
  assigneeEmail?: string;
  privacy?: 'publik' | 'anonim' | 'rahasia';
  title?: string;
  description?: string;
  address?: string;
  kelurahanCode?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  firstRespondedAt?: Date | string | null;
  resolvedAt?: Date | string | null;
  resolvedByEmail?: string;
  closedAt?: Date | string | null;
  declinedAt?: Date | string | null;
  pausedSince?: Date | string | null;
  /** while paused: the citizen's answer deadline */
  citizenDueAt?: Date | string | null;
  infoExpiredAt?: Date | string | null;
  /** put the case in another unit than the service's (e.g. after a forward) */
  unitCode?: string;
}

export interface InsertedComplaint {
  id: string;
  trackingCode: string;
  accessKey: string;
  version: number;
  unitId: number;
  serviceId: number;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

const asDate = (d: Date | string | null | undefined): Date | null => (d == null ? null : new Date(d));

async function staffId(h: Harness, email: string): Promise<number> {
  const [row] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, email));
  if (!row) throw new Error(`no staff ${email}`);
  return row.id;
}

let counter = 0;

export async function insertComplaint(h: Harness, f: ComplaintFixture): Promise<InsertedComplaint> {
  const db = h.deps.db;
  const [svc] = await db
    .select()
    .from(services)
    .where(and(eq(services.code, f.serviceCode), eq(services.kind, 'complaint')));
  if (!svc) throw new Error(`no complaint service ${f.serviceCode}`);
  let unitId = svc.unitId;
  if (f.unitCode) {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, f.unitCode));
    if (!u) throw new Error(`no unit ${f.unitCode}`);
    unitId = u.id;
  }
  const submittedAt = asDate(f.submittedAt) ?? h.clock.now();
  const due = await computeDue(db, submittedAt, svc);
  const days = serviceDays(svc);
  const accessKey = newAccessKey();
  const id = crypto.randomUUID();
  const trackingCode = newTrackingCode(complaintKind.trackingPrefix);
  const n = ++counter;
  const status = f.status ?? 'submitted';
  await db.insert(cases).values({
    id,
    trackingCode,
    accessKeyHash: await hashAccessKey(accessKey),
    kind: 'complaint',
    serviceId: svc.id,
    unitId,
    status,
    title: f.title ?? `Laporan uji ${n}: ${svc.nameId}`,
    description: f.description ?? 'Kerusakan sudah berlangsung sejak minggu lalu dan membahayakan pengendara motor.',
    address: f.address ?? `Jl. Slamet Riyadi No. ${100 + n}`,
    kelurahanCode: f.kelurahanCode === undefined ? 'laweyan-sriwedari' : f.kelurahanCode,
    privacy: f.privacy ?? 'anonim',
    contactName: f.contactName === undefined ? 'Budi Santoso' : f.contactName,
    contactEmail: f.contactEmail === undefined ? 'budi.santoso@example.id' : f.contactEmail,
    contactPhone: f.contactPhone === undefined ? '081234567890' : f.contactPhone,
    assigneeId: f.assigneeEmail ? await staffId(h, f.assigneeEmail) : null,
    resolvedById: f.resolvedByEmail ? await staffId(h, f.resolvedByEmail) : null,
    submittedAt,
    firstResponseDueAt: due.firstResponseDueAt,
    firstRespondedAt: asDate(f.firstRespondedAt),
    resolutionDueAt: due.resolutionDueAt,
    resolvedAt: asDate(f.resolvedAt),
    closedAt: asDate(f.closedAt),
    declinedAt: asDate(f.declinedAt),
    pausedSince: asDate(f.pausedSince),
    citizenDueAt: asDate(f.citizenDueAt),
    infoExpiredAt: asDate(f.infoExpiredAt),
    // the clock's inputs, as a submission records them
    segmentStartedAt: submittedAt,
    segmentFirstResponseDays: days.firstResponseDays,
    segmentSlaDays: days.slaDays,
    episodeStartedAt: submittedAt,
    version: 1,
  });
  await caseEventInsert(db, id, submittedAt, {
    actorKind: 'citizen',
    type: 'submitted',
    toStatus: 'submitted',
    visibility: 'public',
    data: { service: svc.code },
  });
  return {
    id,
    trackingCode,
    accessKey,
    version: 1,
    unitId,
    serviceId: svc.id,
    firstResponseDueAt: due.firstResponseDueAt,
    resolutionDueAt: due.resolutionDueAt,
  };
}
