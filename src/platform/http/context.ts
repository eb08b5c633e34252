import type { Context } from 'hono';
import type { Lang } from '../i18n/lang';
import type { AppDeps } from '../runtime/deps';

/** What a signed-in staff member looks like to handlers and templates. */
export interface StaffPrincipal {
  id: number;
  nip: string;
  name: string;
  email: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  roles: readonly string[];
  mustChangePassword: boolean;
  /** how the request was authenticated */
  via: 'session' | 'token';
  /** scopes of an API token; sessions have every scope their roles allow */
  scopes: readonly string[] | null;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    lang: Lang;
    secureHeadersNonce?: string;
    /** set by the session/token middleware when someone is signed in */
    staff: StaffPrincipal | null;
    /** CSRF token bound to the visitor cookie (see src/platform/security/csrf.ts) */
    csrfToken: string;
    /** why a presented session cookie was not accepted */
    sessionEnd?: 'none' | 'idle_timeout' | 'absolute_timeout' | 'inactive';
  };
};

export type AppContext = Context<AppEnv>;

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export function wantsFragment(c: AppContext): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-Request-Type') !== 'full';
}
