import { describe, expect, it } from 'vitest';
import { ACTOR_NAMES, EVENT_LABELS, eventLabel } from './event-labels';
import { isPrivacy, isTightening, PRIVACY_LABELS, PRIVACY_LEVELS, PRIVACY_MEANINGS, privacyLabel } from './privacy';
import { COMPLAINT_ACTIONS } from './state-machine';

describe('privacy levels and their names have one owner', () => {
  it('publik → anonim → rahasia is the order of tightening', () => {
    expect(PRIVACY_LEVELS).toEqual(['publik', 'anonim', 'rahasia']);
    expect(isTightening('publik', 'anonim')).toBe(true);
    expect(isTightening('anonim', 'rahasia')).toBe(true);
    expect(isTightening('anonim', 'anonim')).toBe(true);
    expect(isTightening('rahasia', 'publik')).toBe(false);
    expect(isTightening('anonim', 'publik')).toBe(false);
  });
  it('names every level in both languages, and shows an unknown value as it is', () => {
    for (const lv of PRIVACY_LEVELS) {
      expect(PRIVACY_LABELS[lv].id && PRIVACY_LABELS[lv].en).toBeTruthy();
      expect(PRIVACY_MEANINGS[lv].id && PRIVACY_MEANINGS[lv].en).toBeTruthy();
    }
    expect(privacyLabel('anonim')).toEqual({ id: 'Anonim', en: 'Anonymous' });
    expect(privacyLabel('semua')).toEqual({ id: 'semua', en: 'semua' });
    expect(isPrivacy('rahasia')).toBe(true);
    expect(isPrivacy('Rahasia')).toBe(false);
  });
});

describe('case history labels have one owner', () => {
  it('every action of the state machine leaves a named event, and so do intake, files and privacy', () => {
    for (const a of COMPLAINT_ACTIONS) expect(EVENT_LABELS[a].id, a).not.toBe('');
    for (const e of ['submitted', 'attachment_added', 'privacy_changed']) expect(eventLabel(e).id).not.toBe(e);
    expect(eventLabel('forward')).toEqual({ id: 'Diteruskan (disposisi)', en: 'Forwarded' });
    expect(eventLabel('something_new')).toEqual({ id: 'something_new', en: 'something_new' });
  });
  it('names the three kinds of actor', () => {
    expect(Object.keys(ACTOR_NAMES).sort()).toEqual(['citizen', 'staff', 'system']);
  });
});
