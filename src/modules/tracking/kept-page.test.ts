// The Node server's check of a kept tracking page (issue 14.4): a case's mark is read again only
// once the case pages' version moved (migration 0025), so between changes a kept page costs no read.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { readReferenceVersionWith } from '../catalogue/reference';
import { currentTrackingPageVersion, publicPageHold, readTrackingPageVersionsWith, trackingPageVersion } from './kept-page';

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

describe('14.4 until when the clock leaves a public tracking page as it is', () => {
  const now = new Date('2026-11-02T02:00:10.000Z');
  const view = { audience: 'public' as const, statusOnly: false, paused: false, resolutionDueAt: new Date('2026-11-09T02:00:00.000Z'), kindFacts: null };

  it('14.4 a case not paused: for ever (only a change ends it)', () => {
    expect(publicPageHold(view, now)).toEqual({ until: undefined });
  });

  it('14.4 a paused case: until its target, moving with the clock, reaches its next minute', () => {
    // a target of 09:00:10 shows as 09.00 until it reaches 09:01:00, 50 s later
    expect(publicPageHold({ ...view, paused: true, resolutionDueAt: new Date('2026-11-09T02:00:10.000Z') }, now)).toEqual({ until: now.getTime() + 50_000 });
    // a target on a whole minute holds a whole minute
    expect(publicPageHold({ ...view, paused: true }, now)).toEqual({ until: now.getTime() + 60_000 });
    expect(publicPageHold({ ...view, paused: true, resolutionDueAt: new Date('2026-11-09T02:00:59.999Z') }, now)).toEqual({ until: now.getTime() + 1 });
  });

  it('14.4 status only (rahasia) shows no target: for ever, paused or not', () => {
    expect(publicPageHold({ ...view, paused: true, statusOnly: true }, now)).toEqual({ until: undefined });
  });

  it('14.4 never kept: facts a kind read at now, or the citizen\'s own view', () => {
    expect(publicPageHold({ ...view, kindFacts: { stage: 'review' } }, now)).toBeNull();
    expect(publicPageHold({ ...view, audience: 'citizen' }, now)).toBeNull();
  });
});
