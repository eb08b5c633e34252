// The staff case page: one case of any kind, with its SLA, details (the kind's own through its
// view), history, and one form per action the reader may take. The parts live in ./case/.
import { actionsForTask } from '../../../src/domain/cases/next-action';
import type { CaseDetail, CaseRatingView, StaleDetails } from '../../../src/domain/cases/views';
import { translator, type Lang } from '../../../src/platform/i18n/lang';
import type { CaseKindViews } from '../../_partials/case-kind-views';
import { ActionForm } from './case/actions';
import type { ActionFormState } from './case/actions/form';
import { ReplyTemplateScript } from './case/actions/reply';
import { DetailsSection } from './case/details';
import { CaseHeader } from './case/header';
import { HistorySection } from './case/history';
import { ActionRefused, ConflictBox, FieldErrorSummary, KeptText, SavedNotice, SuggestForward } from './case/notices';
import { RatingSection } from './case/rating';
import { SlaSection } from './case/sla';

export interface CasePageProps {
  lang: Lang;
  csrf: string;
  nonce?: string | undefined;
  detail: CaseDetail;
  /** what the case's kind shows of its own */
  views: CaseKindViews;
  officers: { id: number; name: string }[];
  units: { code: string; name: string }[];
  /** the kind's active categories with their unit, for a forward that changes the category */
  categories: { code: string; name: string; unitCode: string }[];
  templates: { id: number; title: string; body: string }[];
  /** the citizen's SKM rating, once given */
  rating?: CaseRatingView | null;
  /** the action just done (after the redirect) */
  done?: string | null;
  conflict?: StaleDetails | null;
  form?: ActionFormState | null;
  /** a decline as "not our authority" turns into a suggestion to forward */
  suggestForward?: boolean;
}

/**
 * The actions for the task at hand (issue 13.10): the machine's next steps for this status first,
 * one under the other at full width, and every other action behind a disclosure. The disclosure
 * opens by itself when the form sent last is one of its own (its values and errors must show), and
 * when nothing is next, the rest is all there is.
 */
function ActionsSection(p: CasePageProps) {
  const t = translator(p.lang);
  const d = p.detail;
  const { next, more } = actionsForTask(d.kind.machine, d.row.status, d.allowed);
  const form = (a: string) => (
    <ActionForm
      lang={p.lang}
      csrf={p.csrf}
      detail={d}
      action={a}
      form={p.form ?? null}
      suggestForward={p.suggestForward ?? false}
      officers={p.officers}
      units={p.units}
      categories={p.categories}
      templates={p.templates}
    />
  );
  const sentFromMore = (p.form && more.includes(p.form.action)) || (p.suggestForward && more.includes('forward'));
  return (
    <section aria-labelledby="h-aksi">
      <h2 id="h-aksi">{t('Tindakan', 'Actions')}</h2>
      {d.allowed.length === 0 ? (
        <p class="notice">
          {t(
            'Anda dapat membaca kasus ini tetapi tidak ada tindakan yang dapat Anda lakukan pada status ini.',
            'You can read this case, but there is no action you can take on it in this status.',
          )}
        </p>
      ) : null}
      {next.length ? <div class="action-forms action-next" data-actions="next">{next.map(form)}</div> : null}
      {more.length && next.length ? (
        <details class="action-more" data-actions="more" open={sentFromMore || undefined}>
          <summary>{t(`Tindakan lain (${more.length})`, `Other actions (${more.length})`)}</summary>
          <div class="action-forms">{more.map(form)}</div>
        </details>
      ) : null}
      {more.length && !next.length ? (
        <div class="action-forms" data-actions="more">
          {more.map(form)}
        </div>
      ) : null}
    </section>
  );
}

export function CasePage(p: CasePageProps) {
  const d = p.detail;
  const doneLabel = p.done ? d.kind.machine.actionLabels[p.done] : undefined;
  const form = p.form;
  return (
    <div class="wrap staff-case">
      <CaseHeader lang={p.lang} detail={d} />
      {doneLabel ? <SavedNotice lang={p.lang} label={doneLabel} /> : null}
      {p.conflict ? <ConflictBox lang={p.lang} conflict={p.conflict} /> : null}
      {form?.error ? <ActionRefused lang={p.lang} message={form.error} /> : null}
      {form && Object.keys(form.errors).length ? <FieldErrorSummary lang={p.lang} form={form} /> : null}
      {form && form.values['message'] && !d.allowed.includes(form.action) ? <KeptText lang={p.lang} text={form.values['message']} /> : null}
      {p.suggestForward ? <SuggestForward lang={p.lang} /> : null}
      <SlaSection lang={p.lang} sla={d.sla} citizenDueAt={d.row.pausedSince ? d.row.citizenDueAt : null} escalationLevel={d.row.escalationLevel} />
      <DetailsSection lang={p.lang} detail={d} views={p.views} />
      {p.rating ? <RatingSection lang={p.lang} rating={p.rating} /> : null}
      <ActionsSection {...p} />
      <HistorySection lang={p.lang} kind={d.kind} events={d.events} />
      {d.allowed.includes('reply') ? <ReplyTemplateScript nonce={p.nonce} /> : null}
    </div>
  );
}
