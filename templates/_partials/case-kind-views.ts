// What a kind of case adds to the kernel's pages. The staff case page and the tracking page are
// the same for every kind; where a kind has something of its own to show (a complaint's location
// and privacy; a permit's form answers and documents), the page renders the kind's partial in its
// place. Each partial renders facts: <div><dt>…</dt><dd>…</dd></div> items inside the page's
// <dl class="facts">. A kind registers its partials with its definition (src/modules/cases/kinds.ts).
import type { Child, FC } from 'hono/jsx';
import type { CaseDetail, TrackingView } from '../../src/domain/cases/views';
import type { Lang, Msg } from '../../src/platform/i18n/lang';
import type { KeptFile } from './kept-files';

/** A kept file with the form field it answers. */
export interface KeptUpload extends KeptFile {
  field: string | null;
}

/** What the tracking page gives a kind's own citizen forms. */
export interface CitizenFormsProps {
  lang: Lang;
  view: TrackingView;
  base: string;
  hidden: Child;
  errors: Readonly<Record<string, Msg | undefined>>;
  typed: Readonly<Record<string, string>>;
  /** files an earlier try of the form kept (issue 13.3), with the form field they answer */
  kept: readonly KeptUpload[];
  /** a fresh token for a form that keeps its files (the route makes it: templates make no secrets) */
  formToken: string;
}

export interface CaseKindViews {
  /** the staff case page's report details */
  StaffFacts: FC<{ lang: Lang; detail: CaseDetail }>;
  /** the tracking page's details anyone may see (never shown for a rahasia case) */
  PublicFacts: FC<{ lang: Lang; view: TrackingView }>;
  /** the tracking page's "your details", for the citizen with the access key only */
  CitizenFacts: FC<{ lang: Lang; view: TrackingView }>;
  /**
   * the citizen's forms for the kind's own actions (a permit's revision), below the kernel's;
   * `hidden` carries the CSRF token and the key, `base` is /lacak/{code}
   */
  CitizenForms?: FC<CitizenFormsProps>;
}
