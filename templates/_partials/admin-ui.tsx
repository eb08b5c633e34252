// Building blocks of the admin screens: section navigation, labelled fields with their error
// next to them, an error summary that links to each wrong field, and a pager.
import type { Child } from 'hono/jsx';
import { pick, translator, type Lang, type Msg } from '../../src/platform/i18n/lang';
import { CsrfField, type Errors, type FormValues } from './form-fields';

export const ADMIN_SECTIONS = [
  { href: '/admin', label: { id: 'Ringkasan', en: 'Overview' } },
  { href: '/admin/unit', label: { id: 'Unit kerja', en: 'Units' } },
  { href: '/admin/pegawai', label: { id: 'Pegawai', en: 'Staff' } },
  { href: '/admin/peran', label: { id: 'Peran', en: 'Roles' } },
  { href: '/admin/layanan', label: { id: 'Katalog layanan', en: 'Service catalogue' } },
  { href: '/admin/libur', label: { id: 'Hari libur', en: 'Holidays' } },
  { href: '/admin/insentif', label: { id: 'Skema insentif', en: 'Incentive schemes' } },
  { href: '/admin/pengaturan', label: { id: 'Pengaturan', en: 'Settings' } },
  { href: '/admin/surat', label: { id: 'Surat keluar', en: 'Outgoing mail' } },
  { href: '/admin/audit', label: { id: 'Log audit', en: 'Audit log' } },
] as const;

export function AdminNav(p: { lang: Lang; current: string }) {
  const t = translator(p.lang);
  return (
    <nav class="admin-nav" aria-label={t('Menu admin', 'Admin menu')}>
      <ul>
        {ADMIN_SECTIONS.map((s) => (
          <li>
            <a href={s.href} aria-current={s.href === p.current ? 'page' : undefined}>
              {pick(s.label, p.lang)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The frame of every admin screen: menu, heading, optional lead and notices. */
export function AdminPage(p: { lang: Lang; current: string; title: string; lead?: Child; children: Child }) {
  return (
    <div class="wrap admin">
      <AdminNav lang={p.lang} current={p.current} />
      <h1>{p.title}</h1>
      {p.lead ? <p class="lead">{p.lead}</p> : null}
      {p.children}
    </div>
  );
}


export function Notice(p: { kind?: 'success' | 'info'; children: Child }) {
  return (
    <div class={p.kind === 'success' ? 'success-box' : 'notice'} role="status">
      {p.children}
    </div>
  );
}

const val = (v: FormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
};

interface FieldBase {
  lang: Lang;
  name: string;
  label: Msg;
  values: FormValues;
  errors: Errors;
  hint?: Msg;
  required?: boolean;
}

function FieldShell(p: FieldBase & { children: Child }) {
  const err = p.errors[p.name];
  return (
    <div class={err ? 'field has-error' : 'field'}>
      <label for={`f-${p.name}`}>
        {pick(p.label, p.lang)}
        {p.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {p.hint ? (
        <span class="hint" id={`h-${p.name}`}>
          {pick(p.hint, p.lang)}
        </span>
      ) : null}
      {err ? (
        <span class="field-error" id={`e-${p.name}`}>
          {pick(err, p.lang)}
        </span>
      ) : null}
      {p.children}
    </div>
  );
}

const describedBy = (p: FieldBase) =>
  [p.hint ? `h-${p.name}` : '', p.errors[p.name] ? `e-${p.name}` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(
  p: FieldBase & { type?: 'text' | 'email' | 'date' | 'number' | 'search'; maxlength?: number; inputmode?: 'numeric' | 'text' | 'email'; disabled?: boolean; autocomplete?: string },
) {
  return (
    <FieldShell {...p}>
      <input
        type={p.type ?? 'text'}
        id={`f-${p.name}`}
        name={p.name}
        value={val(p.values, p.name)}
        required={p.required}
        maxlength={p.maxlength}
        inputmode={p.inputmode}
        disabled={p.disabled}
        autocomplete={p.autocomplete ?? 'off'}
        aria-invalid={p.errors[p.name] ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      />
    </FieldShell>
  );
}

export function TextArea(p: FieldBase & { rows?: number; mono?: boolean }) {
  return (
    <FieldShell {...p}>
      <textarea
        id={`f-${p.name}`}
        name={p.name}
        rows={p.rows ?? 4}
        required={p.required}
        class={p.mono ? 'mono' : undefined}
        spellcheck={p.mono ? false : undefined}
        aria-invalid={p.errors[p.name] ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      >
        {val(p.values, p.name)}
      </textarea>
    </FieldShell>
  );
}

export function SelectField(p: FieldBase & { options: { value: string; label: string }[]; blank?: Msg }) {
  const current = val(p.values, p.name);
  return (
    <FieldShell {...p}>
      <select
        id={`f-${p.name}`}
        name={p.name}
        required={p.required}
        aria-invalid={p.errors[p.name] ? 'true' : undefined}
        aria-describedby={describedBy(p)}
      >
        {p.blank ? <option value="">{pick(p.blank, p.lang)}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxGroup(p: FieldBase & { options: { value: string; label: string; hint?: string }[] }) {
  const x = p.values[p.name];
  const chosen = new Set(Array.isArray(x) ? x : x ? [x] : []);
  const err = p.errors[p.name];
  return (
    <fieldset class={err ? 'field has-error' : 'field'} id={`f-${p.name}`} aria-describedby={err ? `e-${p.name}` : undefined}>
      <legend>{pick(p.label, p.lang)}</legend>
      {p.hint ? <span class="hint">{pick(p.hint, p.lang)}</span> : null}
      {err ? (
        <span class="field-error" id={`e-${p.name}`}>
          {pick(err, p.lang)}
        </span>
      ) : null}
      {p.options.map((o) => (
        <div class="radio-row">
          <input type="checkbox" id={`f-${p.name}-${o.value}`} name={p.name} value={o.value} checked={chosen.has(o.value)} />
          <label for={`f-${p.name}-${o.value}`}>
            {o.label}
            {o.hint ? <span class="hint">{o.hint}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function Checkbox(p: { lang: Lang; name: string; label: Msg; checked: boolean; hint?: Msg }) {
  return (
    <div class="field radio-row">
      <input type="checkbox" id={`f-${p.name}`} name={p.name} value="1" checked={p.checked} />
      <label for={`f-${p.name}`}>
        {pick(p.label, p.lang)}
        {p.hint ? <span class="hint">{pick(p.hint, p.lang)}</span> : null}
      </label>
    </div>
  );
}

/** A one-button form (deactivate, delete, …): works without JavaScript. */
export function ActionForm(p: { action: string; csrf: string; label: string; danger?: boolean; children?: Child }) {
  return (
    <form method="post" action={p.action} class="inline-form">
      <CsrfField token={p.csrf} />
      {p.children}
      <button type="submit" class={p.danger ? 'button danger' : 'button'}>
        {p.label}
      </button>
    </form>
  );
}

export function Pager(p: { lang: Lang; page: number; pages: number; hrefFor: (page: number) => string }) {
  const t = translator(p.lang);
  if (p.pages <= 1) return null;
  return (
    <nav class="pager actions" aria-label={t('Halaman', 'Pages')}>
      {p.page > 1 ? (
        <a class="button" rel="prev" href={p.hrefFor(p.page - 1)}>
          {t('« Sebelumnya', '« Previous')}
        </a>
      ) : null}{' '}
      <span>{t(`Halaman ${p.page} dari ${p.pages}`, `Page ${p.page} of ${p.pages}`)}</span>{' '}
      {p.page < p.pages ? (
        <a class="button" rel="next" href={p.hrefFor(p.page + 1)}>
          {t('Berikutnya »', 'Next »')}
        </a>
      ) : null}
    </nav>
  );
}

export function YesNo(p: { lang: Lang; value: boolean; yes?: Msg; no?: Msg }) {
  const t = translator(p.lang);
  return p.value ? (
    <span class="badge ok">{p.yes ? pick(p.yes, p.lang) : t('Aktif', 'Active')}</span>
  ) : (
    <span class="badge warn">{p.no ? pick(p.no, p.lang) : t('Nonaktif', 'Inactive')}</span>
  );
}
