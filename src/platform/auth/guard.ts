// Access checks, on the server, for every staff page and API route.
import type { MiddlewareHandler } from 'hono';
import { isApiPath, type StaffEnv, type StaffPrincipal } from '../http/context';
import { ForbiddenError, UnauthorizedError } from '../http/errors';
import type { Role, Scope } from '../../domain/auth/roles';

export interface RequireStaffOptions {
  /** any one of these roles is enough; omitted = any signed-in staff member */
  roles?: readonly Role[];
  /** the API token scope this route needs (sessions have their roles' scopes) */
  scope?: Scope;
  /** only a browser session may use this route, not an API token (e.g. managing tokens) */
  sessionOnly?: boolean;
  /** reachable while the staff member must still change their password (that page, sign-out) */
  allowPendingPasswordChange?: boolean;
}

/** Where a staff member whose password must change is sent. */
export const CHANGE_PASSWORD_PATH = '/akun/kata-sandi';

const passwordChangeMsg = {
  id: 'Anda harus mengganti kata sandi terlebih dahulu.',
  en: 'You must change your password first.',
};

export function hasAnyRole(staff: StaffPrincipal, roles: readonly Role[]): boolean {
  return roles.some((r) => staff.roles.includes(r));
}

/** Officers and supervisors act only on their own unit's cases. */
export function actsForUnit(staff: StaffPrincipal, unitId: number): boolean {
  return staff.unitId === unitId && hasAnyRole(staff, ['officer', 'supervisor']);
}

/** Officials and admins read city-wide; officers and supervisors their own unit. */
export function canReadUnit(staff: StaffPrincipal, unitId: number): boolean {
  return hasAnyRole(staff, ['official', 'admin']) || actsForUnit(staff, unitId);
}

const expiredMsg = {
  id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
  en: 'Your session has ended. Please sign in again.',
};

/**
 * Lets a request through only for a signed-in staff member with these roles and scope, and
 * types it: the handlers after it read `c.var.staff`, never null (StaffEnv).
 */
export function requireStaff(opts: RequireStaffOptions = {}): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const staff = c.var.principal;
    if (!staff) {
      const ended = c.var.sessionEnd && c.var.sessionEnd !== 'none';
      if (!isApiPath(c.req.path) && c.req.method === 'GET') {
        const back = encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''));
        return c.redirect(`/masuk?kembali=${back}${ended ? '&berakhir=1' : ''}`, 303);
      }
      throw ended ? new UnauthorizedError(expiredMsg, 'session_expired') : new UnauthorizedError();
    }
    if (staff.mustChangePassword && !opts.allowPendingPasswordChange) {
      if (!isApiPath(c.req.path) && c.req.method === 'GET') return c.redirect(CHANGE_PASSWORD_PATH, 303);
      throw new ForbiddenError(passwordChangeMsg, 'password_change_required');
    }
    if (opts.sessionOnly && staff.via !== 'session')
      throw new ForbiddenError(
        { id: 'Hanya dapat dilakukan saat masuk melalui peramban, bukan dengan token API.', en: 'Only possible when signed in with a browser, not with an API token.' },
        'session_required',
      );
    if (opts.roles && !hasAnyRole(staff, opts.roles)) throw new ForbiddenError();
    if (opts.scope && staff.scopes && !staff.scopes.includes(opts.scope))
      throw new ForbiddenError(
        { id: `Token ini tidak memiliki cakupan "${opts.scope}".`, en: `This token lacks the "${opts.scope}" scope.` },
        'insufficient_scope',
      );
    c.set('staff', staff);
    await next();
  };
}
