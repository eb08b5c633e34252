import { describe, expect, it } from 'vitest';
import { landingAfterSignIn, workLanding } from './landing';

describe('13.8 each role lands on its work after signing in', () => {
  it.each([
    [['officer'], '/staf'],
    [['supervisor'], '/staf'],
    [['complaint_coordinator'], '/staf'],
    [['official'], '/dasbor'],
    [['admin'], '/admin'],
    [['course_author'], '/pelatihan/kelola'],
    [[], '/pelatihan'],
  ])('13.8 %j lands on %s', (roles, where) => {
    expect(workLanding(roles)).toBe(where);
  });

  it('13.8 with several roles, the cases waiting come first, then the overview, the admin, the courses', () => {
    expect(workLanding(['course_author', 'officer'])).toBe('/staf');
    expect(workLanding(['admin', 'official'])).toBe('/dasbor');
    expect(workLanding(['course_author', 'admin'])).toBe('/admin');
  });

  it('13.8 a same-site path asked for still wins, except the sign-in and sign-out pages', () => {
    expect(landingAfterSignIn('/staf/kasus/12', ['official'])).toBe('/staf/kasus/12');
    expect(landingAfterSignIn('/masuk?x=1', ['official'])).toBe('/dasbor');
    expect(landingAfterSignIn('/keluar', ['admin'])).toBe('/admin');
    expect(landingAfterSignIn(null, ['officer'])).toBe('/staf');
  });
});
