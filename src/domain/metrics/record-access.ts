// Who may open an ASN's performance record (/kinerja/pegawai/{id}; docs/metrics.md §5.1): the
// ASN themselves, officials and admins for anyone, a supervisor for the people of their own
// unit. One rule, for the page's guard and for the links staff pages put on an ASN's name
// (issue 13.8: a name links to the record only where the viewer may open it).

/** Roles that read any ASN's performance, city-wide. */
export const CITY_PERFORMANCE_READERS = ['official', 'admin'] as const;

interface Viewer {
  id: number;
  unitId: number;
  roles: readonly string[];
}

export function mayReadPerformanceOf(viewer: Viewer, subject: { id: number; unitId: number }): boolean {
  if (viewer.id === subject.id) return true;
  if (CITY_PERFORMANCE_READERS.some((r) => viewer.roles.includes(r))) return true;
  return viewer.roles.includes('supervisor') && viewer.unitId === subject.unitId;
}

/** The link on an ASN's name: their record, or null where the viewer may not open it. */
export function asnRecordHref(viewer: Viewer, subject: { id: number; unitId: number }): string | null {
  if (viewer.id === subject.id) return '/kinerja';
  return mayReadPerformanceOf(viewer, subject) ? `/kinerja/pegawai/${subject.id}` : null;
}
