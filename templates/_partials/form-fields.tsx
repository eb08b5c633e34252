// Reusable, accessible form fields: a label tied to its input, an optional hint, and the error
// message next to the field (aria-describedby + aria-invalid), in the reader's language.
import type { Child } from 'hono/jsx';
import { pick, translator, type Lang, type Msg } from '../../src/platform/i18n/lang';

/** One message per wrong field, shown next to it and in the summary. */
export type Errors = Readonly<Record<string, Msg | undefined>>;

/** A form shown back as it was typed: one value per field, several for a checkbox group. */
export type FormValues = Record<string, string | string[]>;

interface Common {
  lang: Lang;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: Msg | undefined;
  required?: boolean;
  /** id of the input; defaults to `f-${name}` */
  id?: string;
}

function ids(p: Common) {
  const id = p.id ?? `f-${p.name}`;
  const hintId = p.hint ? `${id}-hint` : null;
  const errId = p.error ? `${id}-error` : null;
  return { id, hintId, errId, describedBy: [hintId, errId].filter(Boolean).join(' ') || undefined };
}

function Label(p: { id: string; label: string; required?: boolean | undefined; lang: Lang }) {
  const t = translator(p.lang);
  return (
    <label for={p.id}>
      {p.label}
      {p.required ? null : <span class="muted"> {t('(tidak wajib)', '(optional)')}</span>}
    </label>
  );
}

function FieldMessages(p: { hint?: string | undefined; hintId: string | null; error?: Msg | undefined; errId: string | null; lang: Lang }) {
  return (
    <>
      {p.hint && p.hintId ? (
        <span class="hint" id={p.hintId}>
          {p.hint}
        </span>
      ) : null}
      {p.error && p.errId ? (
        <span class="field-error" id={p.errId}>
          {pick(p.error, p.lang)}
        </span>
      ) : null}
    </>
  );
}

export function TextField(
  p: Common & {
    value?: string | undefined;
    type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'password' | 'search';
    autocomplete?: string;
    maxlength?: number;
    minlength?: number;
    inputmode?: 'decimal' | 'email' | 'none' | 'numeric' | 'search' | 'tel' | 'text' | 'url';
    min?: string;
    max?: string;
    step?: string;
    pattern?: string;
  },
) {
  const { id, hintId, errId, describedBy } = ids(p);
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <Label id={id} label={p.label} required={p.required} lang={p.lang} />
      <FieldMessages hint={p.hint} hintId={hintId} error={p.error} errId={errId} lang={p.lang} />
      <input
        type={p.type ?? 'text'}
        id={id}
        name={p.name}
        value={p.value ?? ''}
        required={p.required}
        autocomplete={p.autocomplete}
        maxlength={p.maxlength}
        minlength={p.minlength}
        inputmode={p.inputmode}
        min={p.min}
        max={p.max}
        step={p.step}
        pattern={p.pattern}
        aria-describedby={describedBy}
        aria-invalid={p.error ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(p: Common & { value?: string | undefined; rows?: number; maxlength?: number; minlength?: number }) {
  const { id, hintId, errId, describedBy } = ids(p);
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <Label id={id} label={p.label} required={p.required} lang={p.lang} />
      <FieldMessages hint={p.hint} hintId={hintId} error={p.error} errId={errId} lang={p.lang} />
      <textarea
        id={id}
        name={p.name}
        rows={p.rows ?? 6}
        required={p.required}
        maxlength={p.maxlength}
        minlength={p.minlength}
        aria-describedby={describedBy}
        aria-invalid={p.error ? 'true' : undefined}
      >
        {p.value ?? ''}
      </textarea>
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}
export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

export function Select(
  p: Common & {
    value?: string | undefined;
    options?: SelectOption[];
    groups?: SelectGroup[];
    /** text of the empty first option; omit for none */
    placeholder?: string;
  },
) {
  const { id, hintId, errId, describedBy } = ids(p);
  const opt = (o: SelectOption) => (
    <option value={o.value} selected={o.value === p.value}>
      {o.label}
    </option>
  );
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <Label id={id} label={p.label} required={p.required} lang={p.lang} />
      <FieldMessages hint={p.hint} hintId={hintId} error={p.error} errId={errId} lang={p.lang} />
      <select id={id} name={p.name} required={p.required} aria-describedby={describedBy} aria-invalid={p.error ? 'true' : undefined}>
        {p.placeholder !== undefined ? (
          <option value="" selected={!p.value}>
            {p.placeholder}
          </option>
        ) : null}
        {(p.options ?? []).map(opt)}
        {(p.groups ?? []).map((g) => (
          <optgroup label={g.label}>{g.options.map(opt)}</optgroup>
        ))}
      </select>
    </div>
  );
}

/** A group of radio buttons in a fieldset; each option may carry an explanation. */
export function RadioGroup(
  p: Common & { value?: string | undefined; options: (SelectOption & { help?: string })[]; inline?: boolean },
) {
  const { id, hintId, errId, describedBy } = ids(p);
  return (
    <fieldset class={`field${p.error ? ' has-error' : ''}${p.inline ? ' inline-radios' : ''}`} aria-describedby={describedBy}>
      <legend>{p.label}</legend>
      <FieldMessages hint={p.hint} hintId={hintId} error={p.error} errId={errId} lang={p.lang} />
      {p.options.map((o, i) => (
        <div class="radio-row">
          <input type="radio" id={`${id}-${i}`} name={p.name} value={o.value} checked={o.value === p.value} required={p.required} />
          <label for={`${id}-${i}`}>
            {o.label}
            {o.help ? <span class="hint">{o.help}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function Checkbox(p: Common & { checked?: boolean; value?: string }) {
  const { id, hintId, errId, describedBy } = ids(p);
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <div class="radio-row">
        <input type="checkbox" id={id} name={p.name} value={p.value ?? '1'} checked={p.checked} aria-describedby={describedBy} />
        <label for={id}>{p.label}</label>
      </div>
      <FieldMessages hint={p.hint} hintId={hintId} error={p.error} errId={errId} lang={p.lang} />
    </div>
  );
}

/** The CSRF token every form that changes something carries (checked by src/platform/security/csrf.ts). */
export function CsrfField(p: { token: string }) {
  return <input type="hidden" name="_csrf" value={p.token} />;
}

type Text = Msg | string;
const say = (x: Text, lang: Lang) => (typeof x === 'string' ? x : pick(x, lang));

/**
 * The list of problems at the top of a form, each linking to its field — the one summary every
 * form uses. `message` is a problem with the form as a whole; `order` gives field names in form
 * order; `labels` maps a field name to its label; links go to `#{idPrefix}{name}` (default f-).
 * It takes the focus when the page loads, so a screen reader hears the problems first.
 */
export function ErrorSummary(p: {
  lang: Lang;
  errors?: Record<string, Text | undefined> | undefined;
  labels?: Record<string, Text> | undefined;
  message?: Text | null | undefined;
  order?: string[];
  idPrefix?: string;
  title?: Child;
}) {
  const t = translator(p.lang);
  const errors = p.errors ?? {};
  const keys = Object.keys(errors).filter((k) => errors[k]);
  if (keys.length === 0 && !p.message) return null;
  const ordered = p.order ? [...p.order.filter((k) => keys.includes(k)), ...keys.filter((k) => !p.order!.includes(k))] : keys;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="ringkasan-galat" autofocus>
      <h2>{p.title ?? t('Periksa kembali isian berikut', 'Please check the following')}</h2>
      {p.message ? <p>{say(p.message, p.lang)}</p> : null}
      {ordered.length ? (
        <ul>
          {ordered.map((k) => (
            <li>
              <a href={`#${p.idPrefix ?? 'f-'}${k}`}>
                {p.labels?.[k] ? `${say(p.labels[k]!, p.lang)}: ` : ''}
                {say(errors[k]!, p.lang)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
