// The auth pages' own field: a plain-text label and error (their messages are already picked).
import type { Child } from 'hono/jsx';

export type FieldErrors = Record<string, string | undefined>;

/** A labelled input with its hint and its error, wired together for screen readers. */
export function InputField(p: {
  name: string;
  label: string;
  type?: string;
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  minlength?: number;
  inputmode?: 'numeric' | 'email' | 'text';
  extra?: Child;
}) {
  const id = `f-${p.name}`;
  const described = [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <label for={id}>{p.label}</label>
      {p.hint ? (
        <span class="hint" id={`${id}-hint`}>
          {p.hint}
        </span>
      ) : null}
      {p.error ? (
        <span class="field-error" id={`${id}-error`}>
          {p.error}
        </span>
      ) : null}
      <input
        id={id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        autocomplete={p.autocomplete}
        required={p.required}
        maxlength={p.maxlength}
        minlength={p.minlength}
        inputmode={p.inputmode}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
      {p.extra}
    </div>
  );
}

