import type { Child } from 'hono/jsx';
import type { StaffPrincipal } from '../src/domain/auth/principal';
import { translator, type Lang } from '../src/platform/i18n/lang';
import { SiteFooter } from './_partials/site-footer';
import { SiteHeader } from './_partials/site-header';
import { assetUrl, HTMX_SRC } from './_partials/assets';

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** path of this page, for the language switch to come back to */
  path: string;
  nonce?: string | undefined;
  staff?: StaffPrincipal | null;
  csrfToken?: string;
  description?: string;
  children: Child;
}

/** The full page around every screen; htmx fragments render the inner component alone. */
export function Layout(p: LayoutProps) {
  const t = translator(p.lang);
  return (
    <html lang={p.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${p.title} · Pelita`}</title>
        {p.description ? <meta name="description" content={p.description} /> : null}
        <meta name="htmx-config" content='{"includeIndicatorCSS": false}' />
        {p.csrfToken ? <meta name="csrf-token" content={p.csrfToken} /> : null}
        <link rel="stylesheet" href={assetUrl('pelita.css')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <script src={HTMX_SRC} defer nonce={p.nonce}></script>
        <script src={assetUrl('pelita.js')} defer nonce={p.nonce}></script>
      </head>
      <body>
        <a class="skip-link" href="#konten">
          {t('Langsung ke konten', 'Skip to content')}
        </a>
        <SiteHeader lang={p.lang} path={p.path} staff={p.staff ?? null} csrfToken={p.csrfToken} />
        <main id="konten" tabindex={-1}>
          {p.children}
        </main>
        <SiteFooter lang={p.lang} />
      </body>
    </html>
  );
}
