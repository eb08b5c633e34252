import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { Layout } from '../../../templates/layout';
import { wantsFragment, type AppContext } from './context';
import type { ErrorStatus } from './errors';
import { isKeptPage } from './page-cache';

/**
 * Without it browsers lay the page out in quirks mode (issue 13.4: box sizes, table fonts and
 * percentage heights differ from the standard). Every full page goes through renderPage, so it
 * is written here once; an htmx fragment is swapped into a page that already has it.
 */
const DOCTYPE = raw('<!DOCTYPE html>');

/**
 * Renders a screen: the whole page for a normal request, or only the screen's component when
 * htmx asks for a partial update. The same component serves both.
 */
export function renderPage(
  c: AppContext,
  opts: { title: string; description?: string; status?: 200 | 201 | ErrorStatus },
  body: Child,
) {
  const status = opts.status ?? 200;
  if (wantsFragment(c)) return c.html(<>{body}</>, status);
  const kept = isKeptPage(c);
  return c.html(
    <>
      {DOCTYPE}
      <Layout
        lang={c.var.lang}
        title={opts.title}
        description={opts.description}
        path={c.req.path + (new URL(c.req.url).search || '')}
        // a kept page carries nothing of the request's own (page-cache.ts)
        nonce={kept ? undefined : c.var.secureHeadersNonce}
        staff={c.var.principal}
        csrfToken={kept ? undefined : c.var.csrfToken}
      >
        {body}
      </Layout>
    </>,
    status,
  );
}
