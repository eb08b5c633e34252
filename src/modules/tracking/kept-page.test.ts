// The Node server's check of a kept tracking page (issue 14.4): a case's mark is read again only
// once the case pages' version moved (migration 0025), so between changes a kept page costs no read.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { readReferenceVersionWith } from '../catalogue/reference';
import { currentTrackingPageVersion, readTrackingPageVersionsWith, trackingPageVersion } from './kept-page';

function fakeDb(marks: Map<string, string | null>) {
  const db = {} as Db;
  const state = { casePages: 'p1', reference: 'r1', markReads: [] as string[] };
  readReferenceVersionWith(db, () => state.reference);
  readTrackingPageVersionsWith(db, {
    casePagesVersion: () => state.casePages,
    mark: (code) => {
      state.markReads.push(code);
      return marks.has(code) ? [marks.get(code)] : undefined;
    },
  });
  return { db, state };
}

describe('14.4 a kept tracking page checked on the Node server', () => {
  it('14.4 a case\'s mark is read once while the case pages\' version holds, and again after it moved', async () => {
    const marks = new Map<string, string | null>([['ADU-A', 'm1'], ['ADU-B', null]]);
    const { db, state } = fakeDb(marks);
    expect(await currentTrackingPageVersion(db, 'ADU-A')).toBe('r1:m1');
    expect(await currentTrackingPageVersion(db, 'ADU-A')).toBe('r1:m1');
    // a case not changed since the column came: no mark yet
    expect(await currentTrackingPageVersion(db, 'ADU-B')).toBe(trackingPageVersion('r1', null));
    expect(state.markReads).toEqual(['ADU-A', 'ADU-B']);

    marks.set('ADU-A', 'm2');
    state.casePages = 'p2';
    expect(await currentTrackingPageVersion(db, 'ADU-A')).toBe('r1:m2');
    expect(await currentTrackingPageVersion(db, 'ADU-B')).toBe('r1:');
    expect(state.markReads).toEqual(['ADU-A', 'ADU-B', 'ADU-A', 'ADU-B']);
  });

  it('14.4 the reference version is part of it without a read of the mark', async () => {
    const { db, state } = fakeDb(new Map([['ADU-A', 'm1']]));
    expect(await currentTrackingPageVersion(db, 'ADU-A')).toBe('r1:m1');
    state.reference = 'r2';
    expect(await currentTrackingPageVersion(db, 'ADU-A')).toBe('r2:m1');
    expect(state.markReads).toEqual(['ADU-A']);
  });

  it('14.4 an unknown code has no version (never answered from what is kept) until a case is made', async () => {
    const marks = new Map<string, string | null>();
    const { db, state } = fakeDb(marks);
    expect(await currentTrackingPageVersion(db, 'ADU-X')).toBeNull();
    expect(await currentTrackingPageVersion(db, 'ADU-X')).toBeNull();
    expect(state.markReads).toEqual(['ADU-X']);
    // a new case's first event gives it a mark, which moves the case pages' version
    marks.set('ADU-X', 'm1');
    state.casePages = 'p2';
    expect(await currentTrackingPageVersion(db, 'ADU-X')).toBe('r1:m1');
  });
});
