// The frame every staff action form shares: its card, heading, hidden fields (CSRF, action,
// the version the officer saw) and button; and the pieces the action partials are made of.
import type { Child } from 'hono/jsx';
import type { CaseDetail } from '../../../../../src/domain/cases/views';
import { pick, type Lang, type Msg } from '../../../../../src/platform/i18n/lang';
import { CsrfField } from '../../../../_partials/form-fields';

export interface ActionFormState {
  /** the form these values and errors belong to */
  action: string;
  values: Record<string, string>;
  errors: Record<string, Msg>;
  /** a message for the whole form (e.g. the action is not allowed any more) */
  error?: Msg | null;
}

/** What an action's form partial is given. */
export interface ActionFormProps {
  lang: Lang;
  csrf: string;
  detail: CaseDetail;
  action: string;
  /** the form sent last, if any (its values and errors are shown in the form it belongs to) */
  form: ActionFormState | null;
  /** a decline as "not our authority" turned into a suggestion to forward */
  suggestForward: boolean;
  officers: { id: number; name: string }[];
  units: { code: string; name: string }[];
  /** the kind's active categories with their unit (forward) */
  categories: { code: string; name: string; unitCode: string }[];
  templates: { id: number; title: string; body: string }[];
}

/** This form's state, when the last one sent was this action. */
export function stateOf(p: ActionFormProps): ActionFormState | null {
  return p.form && p.form.action === p.action ? p.form : null;
}

/** What a field of this form held when it was sent, for showing it again. */
export function valueOf(p: ActionFormProps, field: string): string {
  const typed = stateOf(p)?.values[field];
  if (typed !== undefined) return typed;
  return p.suggestForward && p.action === 'forward' && field === 'message' ? (p.form?.values['message'] ?? '') : '';
}

/** The id of a field of this form, e.g. forward-to_unit (the error summary links to it). */
export function fieldId(p: ActionFormProps, field: string): string {
  return `${p.action}-${field}`;
}

export function fieldClass(p: ActionFormProps, field: string): string {
  return stateOf(p)?.errors[field] ? 'field has-error' : 'field';
}

export function FieldError(p: { form: ActionFormProps; field: string }) {
  const m = stateOf(p.form)?.errors[p.field];
  return m ? (
    <span class="field-error" id={fieldId(p.form, `${p.field}-error`)}>
      {pick(m, p.form.lang)}
    </span>
  ) : null;
}

/** The message box most actions have. */
export function MessageField(p: { form: ActionFormProps; label: string; hint?: string }) {
  const f = p.form;
  return (
    <div class={fieldClass(f, 'message')}>
      <label for={fieldId(f, 'message')}>{p.label}</label>
      {p.hint ? <span class="hint">{p.hint}</span> : null}
      <FieldError form={f} field="message" />
      <textarea
        id={fieldId(f, 'message')}
        name="message"
        rows={6}
        maxlength={4000}
        aria-describedby={stateOf(f)?.errors['message'] ? fieldId(f, 'message-error') : undefined}
      >
        {valueOf(f, 'message')}
      </textarea>
    </div>
  );
}

export function ActionCard(p: {
  form: ActionFormProps;
  intro: Msg | undefined;
  /** the form sends files */
  multipart: boolean;
  danger: boolean;
  children?: Child;
}) {
  const f = p.form;
  const a = f.action;
  const c = f.detail.row;
  const label = pick(f.detail.kind.machine.actionLabels[a] ?? { id: a, en: a }, f.lang);
  return (
    <section class="card action-card" id={`aksi-${a}`} aria-labelledby={`h-aksi-${a}`}>
      <h3 id={`h-aksi-${a}`}>{label}</h3>
      {p.intro ? <p class="muted">{pick(p.intro, f.lang)}</p> : null}
      <form method="post" action={`/staf/kasus/${c.id}/aksi`} class="stacked" {...(p.multipart ? { enctype: 'multipart/form-data' } : {})}>
        <CsrfField token={f.csrf} />
        <input type="hidden" name="action" value={a} />
        <input type="hidden" name="version" value={String(c.version)} />
        {p.children}
        <div>
          <button type="submit" class={p.danger ? 'button danger' : 'button primary'}>
            {label}
          </button>
        </div>
      </form>
    </section>
  );
}
