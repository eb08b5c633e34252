// The one check for "kembali" (where to return after signing in, switching language, …): a
// path on this site and nothing else, so no link of ours can be made into an open redirect.
//
// Browsers are lenient with a Location header: they drop tabs and newlines anywhere, read "\"
// as "/", and take "//host" as another site — also when it only appears after "/./" is
// resolved ("/.//evil" becomes "//evil"). So the input must start with "/" and hold no control
// characters and no backslash; it is then resolved against a placeholder origin, and only a
// result on that origin whose path starts with exactly one "/" is rebuilt (path, query and
// fragment, percent-encoded by the URL parser).
const BASE = 'http://pelita.invalid';

export function safeReturnPath(p: string | undefined | null): string | null {
  if (!p || p.length > 2000) return null;
  if (!p.startsWith('/') || /[\u0000-\u001f\u007f-\u009f\\]/.test(p)) return null;
  let u: URL;
  try {
    u = new URL(p, BASE);
  } catch {
    return null;
  }
  if (u.origin !== BASE) return null;
  const out = u.pathname + u.search + u.hash;
  if (!out.startsWith('/') || out.startsWith('//')) return null;
  return out;
}
