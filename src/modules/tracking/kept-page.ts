// A case's public tracking page kept as answered (issue 14.4). /lacak/{code} is what citizens
// reload and share; the public view is the same for every visitor without the case's key while
// nothing it shows has changed: the case row, its history, its files (migration 0024 gives the case
// a new random mark in the transaction of any change to them) and the reference data (its own
// version, migration 0022). So the page is kept under "reference version : case mark" (page-cache.ts),
// and a request answered from it costs one indexed one-row read instead of four reads, a render and
// a compression.
//
// Never kept: a page that depends on the clock as well. A paused case's due instants move with
// now (sla.ts effectiveDue), and a kind with facts of its own (a permit's stages, its fiktif-positif
// standing) reads them at now: those pages are rendered for each request, as before. Nor the
// citizen's private view (the key cookie makes a request personal: src/pipeline.tsx), nor any
// answer but a 200.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, settings } from '../../db/schema';
import { REFERENCE_VERSION_KEY } from '../catalogue/reference';
import type { CaseRow } from '../cases/commit';
import { findKind } from '../cases/kinds';

/** Whether the case's public page shows only what its mark and the reference version cover (not the clock). */
export function publicPageHoldsUntilChanged(row: Pick<CaseRow, 'kind' | 'pausedSince'>): boolean {
  const kind = findKind(row.kind);
  return kind !== null && row.pausedSince === null && !kind.loadFacts;
}

/** The version a public tracking page is kept under: the reference data's and the case's. */
export function trackingPageVersion(referenceVersion: string | null | undefined, pageMark: string | null): string {
  return `${referenceVersion ?? '0'}:${pageMark ?? ''}`;
}

/**
 * The one read that says whether a kept page holds: the case's mark and the reference version, in
 * one statement (the same SQL on the Node server's own connection, below).
 */
export const TRACKING_PAGE_VERSION_SQL = `SELECT page_mark, (SELECT value FROM settings WHERE key = '${REFERENCE_VERSION_KEY}') FROM cases WHERE tracking_code = ?`;

const syncReads = new WeakMap<Db, (code: string) => unknown[] | undefined>();

/** Reads this database's tracking page versions with `read` (TRACKING_PAGE_VERSION_SQL's row) from now on: the Node server, for a local file. */
export function readTrackingPageVersionsWith(db: Db, read: (code: string) => unknown[] | undefined): void {
  syncReads.set(db, read);
}

const asText = (v: unknown) => (typeof v === 'string' ? v : null);

/** The version the page of the case with this tracking code is at now; null when there is no such case. */
export async function currentTrackingPageVersion(db: Db, code: string): Promise<string | null> {
  const read = syncReads.get(db);
  if (read) {
    const row = read(code);
    return row ? trackingPageVersion(asText(row[1]), asText(row[0])) : null;
  }
  const [row] = await db
    .select({ mark: cases.pageMark, reference: sql<string | null>`(SELECT ${settings.value} FROM ${settings} WHERE ${settings.key} = ${REFERENCE_VERSION_KEY})` })
    .from(cases)
    .where(eq(cases.trackingCode, code))
    .limit(1);
  return row ? trackingPageVersion(row.reference, row.mark) : null;
}
