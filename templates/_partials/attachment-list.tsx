// A case's files as a list (issue 13.6): a picture shows as a thumbnail linking to its download,
// anything else (a PDF) stays a named link. The thumbnail is the picture itself, served through
// the same access check as the download (`{href}/pratinjau`), never a public address; the browser
// scales it into a fixed box (width/height set, so nothing jumps) and loads it only when near.
// Shared by the staff case page and the citizen's tracking page.
import type { Child } from 'hono/jsx';
import { translator, type Lang } from '../../src/platform/i18n/lang';

export interface ListedAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
export const THUMB_WIDTH = 160;
export const THUMB_HEIGHT = 120;

/** A picture that can be shown inline (the sniffed raster types). */
export function isPicture(contentType: string): boolean {
  return IMAGE_TYPES.has(contentType);
}

/**
 * `href(id)` is the file's download address; its thumbnail is that address + '/pratinjau'.
 * `note(file)` adds what a page wants after the size (who sent it).
 */
export function AttachmentList<T extends ListedAttachment>(p: { lang: Lang; files: readonly T[]; href: (id: string) => string; note?: (f: T) => Child; class?: string }) {
  const t = translator(p.lang);
  return (
    <ul class={`attachment-list ${p.class ?? ''}`.trim()}>
      {p.files.map((f) => {
        const size = `${Math.max(1, Math.ceil(f.size / 1024))} KB`;
        return (
          <li class={isPicture(f.contentType) ? 'attachment-image' : 'attachment-file'} data-attachment={f.id}>
            {isPicture(f.contentType) ? (
              <a href={p.href(f.id)} rel="noreferrer" class="thumb-link">
                <img
                  class="thumb"
                  src={`${p.href(f.id)}/pratinjau`}
                  alt={t(`Foto: ${f.filename}`, `Photo: ${f.filename}`)}
                  width={THUMB_WIDTH}
                  height={THUMB_HEIGHT}
                  loading="lazy"
                  decoding="async"
                />
                <span class="thumb-name">{f.filename}</span>
              </a>
            ) : (
              <a href={p.href(f.id)} rel="noreferrer">
                {f.filename}
              </a>
            )}{' '}
            <span class="muted">
              ({size}
              {p.note ? <> · {p.note(f)}</> : null})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
