import type { Context } from 'hono';
import type { StaffPrincipal } from '../../domain/auth/principal';
import type { Lang } from '../i18n/lang';
import type { AppDeps } from '../runtime/deps';
import type { SubmissionHit } from './submission-limit';

// the signed-in staff member is domain data (templates show it); handlers still find it here
export type { StaffPrincipal };

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    lang: Lang;
    secureHeadersNonce?: string;
    /** set by the session/token middleware when someone is signed in (null otherwise) */
    principal: StaffPrincipal | null;
    /** CSRF token bound to the visitor cookie (see src/platform/security/csrf.ts) */
    csrfToken: string;
    /** why a presented session cookie was not accepted */
    sessionEnd?: 'none' | 'idle_timeout' | 'absolute_timeout' | 'inactive';
    /** on the routes that create a case: the address's hit, for the case's own batch to count (submission-limit.ts) */
    submissionHit?: SubmissionHit;
    /** a request whose page may be kept, and the version it was made from once its route keeps it (page-cache.ts) */
    pageKeeping?: { version?: string; scope?: string; until?: number | undefined };
  };
};

/**
 * What shared helpers take: any request's context, before or after requireStaff(). It leaves
 * out set/get (whose types pin the exact variables), so a guarded context passes here too;
 * middleware that sets variables takes the full Context<AppEnv>.
 */
export type AppContext = Omit<Context<AppEnv>, 'set' | 'get'>;

/** A context whose request variables may be set (the CSRF token, the principal), guarded or not. */
export type SettableContext = AppContext & {
  set<K extends keyof AppEnv['Variables']>(key: K, value: AppEnv['Variables'][K]): void;
};

/** Hono's own helpers (cookies, connection info) take its Context class; ours is structural. */
export const honoContext = (c: AppContext) => c as unknown as Context;

/**
 * What requireStaff() adds for the handlers after it: the signed-in staff member, never null.
 * (A separate variable, not a narrowed `principal`, so a StaffContext still passes wherever an
 * AppContext is taken.)
 */
export type StaffEnv = AppEnv & { Variables: { staff: StaffPrincipal } };
export type StaffContext = Context<StaffEnv>;

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export function wantsFragment(c: AppContext): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-Request-Type') !== 'full';
}
