// Who is signed in, as handlers and templates see them. Plain data: loading it is
// src/platform/auth/principal.ts's work, guarding routes src/platform/auth/guard.ts's.

/** A signed-in staff member. */
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

/** One of a staff member's live sessions, as the account page lists them. */
export interface SessionView {
  idHash: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
}
