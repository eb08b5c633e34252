// Every address of our own static files, in one place. Our assets are referenced by their
// fingerprinted copies (scripts/build-assets.mjs): the content's hash is in the name, so browsers
// keep them for a year without asking again (Cache-Control immutable) and a changed file is simply
// a new address. htmx is named by its pinned version, which fingerprints it the same way.
import { ASSET_FILES } from './asset-manifest';

export type AssetName = keyof typeof ASSET_FILES;

/** the fingerprinted copies' folder; public/_headers and the Node server cache it as immutable */
export const FINGERPRINTED_PREFIX = '/assets/v/';

export const HTMX_SRC = '/vendor/htmx-4.0.1.min.js';

/** the address of one of public/assets' files, by its plain name */
export function assetUrl(name: AssetName): string {
  return `${FINGERPRINTED_PREFIX}${ASSET_FILES[name]}`;
}
