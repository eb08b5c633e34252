// The fields of a form that is data (a permit type's definition, src/domain/catalogue/service.ts
// FormField), rendered with the design system's accessible fields: each type its input, limits as
// attributes, the value as typed and the error next to it. Answers are named `answers.{name}`,
// documents `dokumen.{name}` (a multipart file input per document field).
import { ACCEPT_ATTRIBUTE } from '../../src/domain/cases/files';
import type { FormField } from '../../src/domain/catalogue/service';
import { answerName, documentName } from '../../src/domain/permits/answers';
import { pick, translator, type Lang } from '../../src/platform/i18n/lang';
import { Select, TextArea, TextField, type Errors, type FormValues } from './form-fields';
import { KeptFiles, type KeptFile } from './kept-files';


function one(v: string | string[] | undefined): string {
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

/** `kept`: per document field, the files an earlier try of the form kept (issue 13.3). */
export function DefinitionField(p: { lang: Lang; field: FormField; values: FormValues; errors: Errors; kept?: Readonly<Record<string, readonly KeptFile[]>> | undefined }) {
  const t = translator(p.lang);
  const f = p.field;
  const name = answerName(f.name);
  const common = {
    lang: p.lang,
    name,
    label: pick(f.label, p.lang),
    hint: f.help ? pick(f.help, p.lang) : undefined,
    error: p.errors[name],
    required: f.required,
  };
  switch (f.type) {
    case 'textarea':
      return <TextArea {...common} value={one(p.values[name])} maxlength={f.maxLength} rows={4} />;
    case 'number':
      return <TextField {...common} value={one(p.values[name])} inputmode="decimal" />;
    case 'date':
      return <TextField {...common} type="date" value={one(p.values[name])} />;
    case 'select':
      return (
        <Select
          {...common}
          value={one(p.values[name])}
          placeholder={t('— pilih —', '— choose —')}
          options={(f.options ?? []).map((o) => ({ value: o.value, label: pick(o.label, p.lang) }))}
        />
      );
    case 'multiselect': {
      const chosen = new Set([p.values[name] ?? []].flat());
      const id = `f-${name}`;
      return (
        <fieldset class={`field${common.error ? ' has-error' : ''}`} id={id}>
          <legend>
            {common.label}
            {f.required ? null : <span class="muted"> {t('(tidak wajib)', '(optional)')}</span>}
          </legend>
          {common.hint ? <span class="hint">{common.hint}</span> : null}
          {common.error ? <span class="field-error">{pick(common.error, p.lang)}</span> : null}
          {(f.options ?? []).map((o, i) => (
            <div class="radio-row">
              <input type="checkbox" id={`${id}-${i}`} name={name} value={o.value} checked={chosen.has(o.value)} />
              <label for={`${id}-${i}`}>{pick(o.label, p.lang)}</label>
            </div>
          ))}
        </fieldset>
      );
    }
    case 'file': {
      const doc = documentName(f.name);
      const error = p.errors[name];
      return (
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for={`f-${name}`}>
            {common.label}
            {f.required ? null : <span class="muted"> {t('(tidak wajib)', '(optional)')}</span>}
          </label>
          <span class="hint">
            {common.hint ? `${common.hint} ` : ''}
            {t('JPG, PNG, WebP atau PDF, paling besar 5 MB per berkas', 'JPG, PNG, WebP or PDF, at most 5 MB each')}
            {f.max ? t(`; paling banyak ${f.max} berkas.`, `; at most ${f.max} files.`) : '.'}
          </span>
          {error ? <span class="field-error">{pick(error, p.lang)}</span> : null}
          <KeptFiles lang={p.lang} files={p.kept?.[f.name] ?? []} idPrefix={`f-${name}`} />
          <input type="file" id={`f-${name}`} name={doc} accept={ACCEPT_ATTRIBUTE} multiple={(f.max ?? 1) > 1} />
        </div>
      );
    }
    default:
      return (
        <TextField
          {...common}
          type={f.type === 'email' ? 'email' : f.type === 'tel' ? 'tel' : 'text'}
          value={one(p.values[name])}
          maxlength={f.maxLength}
        />
      );
  }
}

export function DefinitionFields(p: { lang: Lang; fields: readonly FormField[]; values: FormValues; errors: Errors; kept?: Readonly<Record<string, readonly KeptFile[]>> | undefined }) {
  return (
    <>
      {p.fields.map((f) => (
        <DefinitionField lang={p.lang} field={f} values={p.values} errors={p.errors} kept={p.kept} />
      ))}
    </>
  );
}
