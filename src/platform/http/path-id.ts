// Ids in paths (/admin/unit/12, /pelatihan/sertifikat/7): a positive whole number of at most 12
// digits, no sign, no leading zero. Anything else names nothing, so it is a 404, never a 500 or
// a query with NaN.
import type { AppContext } from './context';
import { NotFoundError } from './errors';

const ID_RE = /^[1-9]\d{0,11}$/;

/** The id in a path segment already read; NotFoundError unless it is one. */
export function parsePathId(raw: string | undefined): number {
  if (raw === undefined || !ID_RE.test(raw)) throw new NotFoundError();
  return Number(raw);
}

/** The id in the route parameter `name` (default `id`). */
export function pathId(c: AppContext, name = 'id'): number {
  return parsePathId(c.req.param(name));
}
