// Where a staff member lands after signing in (issue 13.8): on their work, not on /akun (a
// sessions table). A same-site `kembali` path still wins: someone sent to sign in on the way to a
// case goes back to that case.
import type { Role } from '../../domain/auth/roles';

/** Each role's work, in the order that decides for someone with several roles: cases waiting on
 *  them come first, then the overview, the administration, the courses they write. */
const WORK_BY_ROLE: readonly (readonly [Role, string])[] = [
  ['officer', '/staf'],
  ['supervisor', '/staf'],
  ['complaint_coordinator', '/staf'],
  ['official', '/dasbor'],
  ['admin', '/admin'],
  ['course_author', '/pelatihan/kelola'],
];

/** Every ASN takes training: someone with no role of work lands there. */
const EVERY_ASN = '/pelatihan';

export function workLanding(roles: readonly string[]): string {
  const mine = new Set(roles);
  return WORK_BY_ROLE.find(([role]) => mine.has(role))?.[1] ?? EVERY_ASN;
}

/** Where to go after signing in: the asked-for same-site path (never back to the sign-in or
 *  sign-out page), else the role's work. `kembali` must already be a checked same-site path. */
export function landingAfterSignIn(kembali: string | null, roles: readonly string[]): string {
  const path = kembali?.split(/[?#]/)[0] ?? '';
  if (!kembali || path === '/masuk' || path === '/keluar') return workLanding(roles);
  return kembali;
}
