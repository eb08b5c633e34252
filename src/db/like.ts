/** Escapes LIKE wildcards (for `… LIKE ? ESCAPE '\'`), so a search for "50%" means the characters 5, 0 and %. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}
