// Published incentive rankings (docs/metrics.md §5.2): publishing a period freezes every row —
// inputs, components, score, ranks, tier, notes — with the scheme's version, and a published
// snapshot never changes. This module only ever inserts into the snapshot tables; the database
// refuses updates and deletes as well (migration incentive_snapshots_immutable).
import { asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, incentiveSnapshotRows, incentiveSnapshots, staff, units } from '../../db/schema';
import { hasEnded, periodLabel, type Period } from '../../domain/incentives/period';
import type { ComponentKey, Scheme } from '../../domain/incentives/scheme';
import type { ComponentScore, ScoreResult } from '../../domain/incentives/score';
import type { PublishedRanking, PublishedRow } from '../../domain/incentives/views';
import type { Msg } from '../../platform/i18n/lang';
import { AppError } from '../../platform/http/errors';
import { isUniqueViolation } from '../admin/validation';
import { isPublished, publishedError, schemeOf, type SchemeRow } from './schemes';

export type SnapshotRow = typeof incentiveSnapshotRows.$inferSelect;

export interface Snapshot {
  period: string;
  schemeId: number;
  schemeVersion: number;
  scheme: Scheme;
  scored: number;
  unscored: number;
  publishedAt: Date;
  publishedBy: number;
}

/** Rows per INSERT: each statement carries its rows as one JSON parameter, whatever D1's limit of 100 parameters. */
const ROWS_PER_STATEMENT = 200;

/** The column names of a snapshot row: the keys of the JSON each INSERT reads. */
const COLUMN_NAMES = Object.values(getTableColumns(incentiveSnapshotRows)).map((c) => c.name);

/** The rows of a scored period as the snapshot stores them, keyed by column name. */
function snapshotRecords(period: string, result: ScoreResult, unitOf: (id: number) => { code: string; name: string }): Record<string, unknown>[] {
  return result.rows.map((r, position) => {
    const o = r.input;
    const c = r.components;
    const unit = unitOf(o.unitId);
    return {
      period,
      staff_id: o.staffId,
      position,
      nip: o.nip,
      name: o.name,
      unit_id: o.unitId,
      unit_code: unit.code,
      unit_name: unit.name,
      handled: o.handled,
      ratings_n: o.ratings.n,
      ikm: o.ratings.ikm,
      sla_met: o.sla.met,
      sla_breached: o.sla.breached,
      reopens: o.reopens,
      resolutions: o.resolutions,
      jp_year: o.jpYear,
      jp_target: r.jpTarget,
      q: c.Q.value,
      s: c.S.value,
      t: c.T.value,
      r: c.R.value,
      components: JSON.stringify(c),
      eligible: r.eligible ? 1 : 0,
      score: r.score,
      rounded: r.rounded,
      rank_city: r.rankCity,
      rank_unit: r.rankUnit,
      tied_city: r.tiedCity,
      tied_unit: r.tiedUnit,
      tier_id: r.tier?.name.id ?? null,
      tier_en: r.tier?.name.en ?? null,
      notes: JSON.stringify(r.notes),
    };
  });
}

/**
 * INSERT … SELECT from json_each(?): many rows in one statement with one bound parameter. Drizzle
 * lists every column of the table in its order, the order the SELECT reads them in.
 */
function insertRows(db: Db, records: readonly Record<string, unknown>[]) {
  const out = [];
  for (let i = 0; i < records.length; i += ROWS_PER_STATEMENT) {
    const chunk = JSON.stringify(records.slice(i, i + ROWS_PER_STATEMENT));
    out.push(
      db
        .insert(incentiveSnapshotRows)
        .select(sql`SELECT ${sql.raw(COLUMN_NAMES.map((n) => `json_extract(value, '$.${n}')`).join(', '))} FROM json_each(${chunk})`),
    );
  }
  return out;
}

export interface PublishRequest {
  period: Period;
  scheme: SchemeRow;
  /** the period scored under exactly this scheme (scoreOfficers(inputs, schemeOf(scheme))) */
  result: ScoreResult;
  actorId: number;
  ip: string | null;
  at: Date;
}

/**
 * Freezes a period's ranking: the snapshot, all its rows and the audit entry in one batch, so
 * either all of it is published or nothing is. Refused while the period runs (its numbers can
 * still change), when nobody is in it, and once it is published (409 `published`: a second publication, even at the
 * same moment, is refused by the unique period).
 */
export async function publishSnapshot(db: Db, req: PublishRequest): Promise<void> {
  const { period, scheme, result, at } = req;
  if (!hasEnded(period, at)) {
    const label = periodLabel(period);
    throw new AppError('action_not_allowed', {
      id: `Periode ${label.id} belum berakhir: angkanya masih dapat berubah. Terbitkan setelah periode berakhir.`,
      en: `${label.en} has not ended yet: its numbers can still change. Publish it once it has ended.`,
    });
  }
  if (await isPublished(db, period.key)) throw publishedError(period.key);
  // a ranking without anyone in it is metrics not yet there, not a result: frozen, it could never be put right
  if (result.rows.length === 0) {
    const label = periodLabel(period);
    throw new AppError('action_not_allowed', {
      id: `Tidak ada pegawai dengan data pada ${label.id}: tidak ada peringkat untuk diterbitkan.`,
      en: `No ASN has data in ${label.en}: there is no ranking to publish.`,
    });
  }
  const unitRows = await db.select({ id: units.id, code: units.code, name: units.name }).from(units);
  const byId = new Map(unitRows.map((u) => [u.id, u]));
  const unitOf = (id: number) => {
    const u = byId.get(id);
    if (!u) throw new RangeError(`unit ${id} does not exist`);
    return u;
  };
  const records = snapshotRecords(period.key, result, unitOf);
  const frozen: Scheme = schemeOf(scheme);
  try {
    await db.batch([
      db.insert(incentiveSnapshots).values({
        period: period.key,
        schemeId: scheme.id,
        schemeVersion: scheme.version,
        scheme: JSON.stringify(frozen),
        scored: result.scored,
        unscored: result.unscored,
        publishedAt: at,
        publishedBy: req.actorId,
      }),
      ...insertRows(db, records),
      db.insert(auditLog).values({
        at,
        actorId: req.actorId,
        event: 'incentive.published',
        target: `incentive:${period.key}`,
        ip: req.ip,
        detail: JSON.stringify({ period: period.key, schemeId: scheme.id, schemeVersion: scheme.version, scored: result.scored, unscored: result.unscored }),
      }),
    ]);
  } catch (e) {
    if (isUniqueViolation(e)) throw publishedError(period.key);
    throw e;
  }
}

export async function findSnapshot(db: Db, period: string): Promise<Snapshot | null> {
  const [row] = await db.select().from(incentiveSnapshots).where(eq(incentiveSnapshots.period, period)).limit(1);
  if (!row) return null;
  return {
    period: row.period,
    schemeId: row.schemeId,
    schemeVersion: row.schemeVersion,
    scheme: JSON.parse(row.scheme) as Scheme,
    scored: row.scored,
    unscored: row.unscored,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
  };
}

/** The rows of a published period in their published order. */
export async function snapshotRows(db: Db, period: string): Promise<SnapshotRow[]> {
  return db.select().from(incentiveSnapshotRows).where(eq(incentiveSnapshotRows.period, period)).orderBy(asc(incentiveSnapshotRows.position));
}

function publishedRow(r: SnapshotRow): PublishedRow {
  return {
    staffId: r.staffId,
    nip: r.nip,
    name: r.name,
    unitCode: r.unitCode,
    unitName: r.unitName,
    handled: r.handled,
    ratingsN: r.ratingsN,
    ikm: r.ikm,
    slaMet: r.slaMet,
    slaBreached: r.slaBreached,
    reopens: r.reopens,
    resolutions: r.resolutions,
    jpYear: r.jpYear,
    jpTarget: r.jpTarget,
    components: JSON.parse(r.components) as Record<ComponentKey, ComponentScore>,
    eligible: r.eligible,
    score: r.score,
    rounded: r.rounded,
    rankCity: r.rankCity,
    rankUnit: r.rankUnit,
    tiedCity: r.tiedCity,
    tiedUnit: r.tiedUnit,
    tier: r.tierId !== null && r.tierEn !== null ? { id: r.tierId, en: r.tierEn } : null,
    notes: JSON.parse(r.notes) as Msg[],
  };
}

/** A published period as its pages and its CSV show it; null while it is not published. */
export async function publishedRanking(db: Db, period: string): Promise<PublishedRanking | null> {
  const snap = await findSnapshot(db, period);
  if (!snap) return null;
  const [by] = await db.select({ name: staff.name }).from(staff).where(eq(staff.id, snap.publishedBy)).limit(1);
  return {
    period: snap.period,
    schemeVersion: snap.schemeVersion,
    scheme: snap.scheme,
    scored: snap.scored,
    unscored: snap.unscored,
    publishedAt: snap.publishedAt,
    publishedByName: by?.name ?? '',
    rows: (await snapshotRows(db, period)).map(publishedRow),
  };
}

/** The published periods, latest first. */
export async function listPublished(db: Db): Promise<{ period: string; schemeVersion: number; scored: number; unscored: number; publishedAt: Date }[]> {
  return db
    .select({
      period: incentiveSnapshots.period,
      schemeVersion: incentiveSnapshots.schemeVersion,
      scored: incentiveSnapshots.scored,
      unscored: incentiveSnapshots.unscored,
      publishedAt: incentiveSnapshots.publishedAt,
    })
    .from(incentiveSnapshots)
    .orderBy(desc(incentiveSnapshots.period));
}
