// Roles, and what each may do. Officer and supervisor act on their own unit's cases; an
// official reads everything city-wide and changes nothing; admin manages the system; the
// course author manages courses.
export const ROLES = ['officer', 'supervisor', 'official', 'admin', 'course_author'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  officer: { id: 'Petugas', en: 'Officer' },
  supervisor: { id: 'Kepala bidang/seksi', en: 'Supervisor' },
  official: { id: 'Pimpinan', en: 'Official' },
  admin: { id: 'Administrator', en: 'Administrator' },
  course_author: { id: 'Penyusun kursus', en: 'Course author' },
};

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

/** API token scopes. A session has every scope its roles allow; a token only those granted. */
export const SCOPES = ['cases:read', 'cases:write', 'training:read', 'training:write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export function scopesForRoles(roles: readonly string[]): Scope[] {
  const s = new Set<Scope>(['training:read', 'training:write']);
  if (roles.includes('officer') || roles.includes('supervisor')) {
    s.add('cases:read');
    s.add('cases:write');
  }
  // officials and admins read every case city-wide; they never act on one
  if (roles.includes('official') || roles.includes('admin')) s.add('cases:read');
  if (roles.includes('admin')) s.add('admin');
  return [...s];
}
