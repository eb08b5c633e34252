// The row editors of the service form (src/modules/admin/service-editor.ts): form fields and
// requirements as fieldsets of indexed inputs with add / remove / move buttons that are plain
// submit buttons (they work without JavaScript), and the preview of the citizen's form drawn
// with the very partial the citizen's page uses.
import type { FormField } from '../../../src/domain/catalogue/service';
import { MAX_ROWS, ROW_PART_LABELS, type EditorList } from '../../../src/domain/catalogue/editor-rows';
import { msg, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { Checkbox, SelectField, TextArea, TextField } from '../../_partials/admin-ui';
import { DefinitionFields } from '../../_partials/definition-fields';
import type { Errors, FormValues } from '../../_partials/form-fields';

const TYPE_LABELS: Record<string, Msg> = {
  text: msg('Teks singkat', 'Short text'),
  textarea: msg('Teks panjang', 'Long text'),
  number: msg('Angka', 'Number'),
  date: msg('Tanggal', 'Date'),
  select: msg('Pilih satu', 'Choose one'),
  multiselect: msg('Pilih beberapa', 'Choose several'),
  email: msg('E-mail', 'E-mail'),
  tel: msg('Nomor telepon', 'Phone number'),
  file: msg('Dokumen (berkas)', 'Document (file)'),
};

const one = (v: FormValues, k: string) => {
  const x = v[k];
  return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
};

/** How many rows of a list the values hold (they are numbered 0… without gaps). */
export function rowCount(values: FormValues, list: EditorList): number {
  let n = 0;
  while (Object.keys(values).some((k) => k.startsWith(`${list}.${n}.`))) n++;
  return n;
}

/** Move up, move down, remove: submit buttons that name the row they act on, to eyes and to screen readers. */
function RowTools(p: { lang: Lang; list: EditorList; index: number; count: number; noun: Msg }) {
  const t = translator(p.lang);
  const which = <span class="visually-hidden"> {`${pick(p.noun, p.lang)} ${p.index + 1}`}</span>;
  return (
    <div class="row-tools">
      <button type="submit" class="button small" name="_op" value={`${p.list}.up.${p.index}`} disabled={p.index === 0} data-editor-op>
        {t('↑ Naikkan', '↑ Move up')}
        {which}
      </button>
      <button type="submit" class="button small" name="_op" value={`${p.list}.down.${p.index}`} disabled={p.index === p.count - 1} data-editor-op>
        {t('↓ Turunkan', '↓ Move down')}
        {which}
      </button>
      <button type="submit" class="button small danger" name="_op" value={`${p.list}.remove.${p.index}`} data-editor-op>
        {t('Hapus', 'Remove')}
        {which}
      </button>
    </div>
  );
}

function AddButton(p: { lang: Lang; list: EditorList; count: number; label: Msg }) {
  const t = translator(p.lang);
  if (p.count >= MAX_ROWS[p.list])
    return <p class="hint">{t(`Sudah ${MAX_ROWS[p.list]} baris, batas terbanyak.`, `${MAX_ROWS[p.list]} rows, the most there may be.`)}</p>;
  return (
    <p class="actions">
      <button type="submit" class="button" name="_op" value={`${p.list}.add`} data-editor-op>
        {pick(p.label, p.lang)}
      </button>
    </p>
  );
}

const FIELD_NOUN = msg('kolom', 'field');
const REQ_NOUN = msg('persyaratan', 'requirement');

function FieldRow(p: { lang: Lang; index: number; count: number; values: FormValues; errors: Errors }) {
  const t = translator(p.lang);
  const k = (part: string) => `fields.${p.index}.${part}`;
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  const label = one(p.values, k(p.lang === 'en' ? 'labelEn' : 'labelId')) || one(p.values, k('name'));
  return (
    <fieldset class="editor-row" id={`f-fields.${p.index}`} data-editor-row>
      <legend>
        {t(`Kolom ${p.index + 1}`, `Field ${p.index + 1}`)}
        {label ? `: ${label}` : ''}
      </legend>
      <div class="editor-grid">
        <TextField {...f} name={k('labelId')} label={ROW_PART_LABELS['labelId']!} required maxlength={500} />
        <TextField {...f} name={k('labelEn')} label={ROW_PART_LABELS['labelEn']!} required maxlength={500} />
        <TextField
          {...f}
          name={k('name')}
          label={ROW_PART_LABELS['name']!}
          required
          maxlength={40}
          hint={msg('Huruf kecil dan _, misalnya luas_bangunan. Jawaban disimpan dengan nama ini.', 'Lower-case and _, e.g. floor_area. Answers are stored under this name.')}
        />
        <SelectField
          {...f}
          name={k('type')}
          label={ROW_PART_LABELS['type']!}
          required
          options={Object.entries(TYPE_LABELS).map(([value, l]) => ({ value, label: pick(l, p.lang) }))}
        />
        <TextField {...f} name={k('helpId')} label={ROW_PART_LABELS['helpId']!} maxlength={500} />
        <TextField {...f} name={k('helpEn')} label={ROW_PART_LABELS['helpEn']!} maxlength={500} />
      </div>
      <Checkbox lang={p.lang} name={k('required')} label={msg('Wajib diisi warga', 'Citizens must fill it in')} checked={one(p.values, k('required')) !== ''} />
      {/* shown for every type without JavaScript (a type changed to "choose" needs it at once); the script hides it for the others */}
      <div data-editor-options data-has-content={one(p.values, k('options')) || p.errors[k('options')] ? '1' : undefined}>
        <TextArea
          {...f}
          name={k('options')}
          label={ROW_PART_LABELS['options']!}
          rows={3}
          hint={msg(
            'Untuk jenis pilih satu/beberapa. Satu per baris: nilai | Label Indonesia | English label (contoh: hunian | Hunian | Residential).',
            'For choose one/several. One per line: value | Label Indonesia | English label (e.g. hunian | Hunian | Residential).',
          )}
        />
      </div>
      <details class="editor-limits" open={!!(one(p.values, k('maxLength')) || one(p.values, k('min')) || one(p.values, k('max')) || p.errors[k('maxLength')] || p.errors[k('min')] || p.errors[k('max')])}>
        <summary>{t('Batas isian (tidak wajib)', 'Limits (optional)')}</summary>
        <div class="editor-grid">
          <TextField {...f} name={k('maxLength')} label={ROW_PART_LABELS['maxLength']!} inputmode="numeric" hint={msg('Teks: 1–10000.', 'Text: 1–10000.')} />
          <TextField {...f} name={k('min')} label={ROW_PART_LABELS['min']!} inputmode="text" hint={msg('Angka.', 'Numbers.')} />
          <TextField
            {...f}
            name={k('max')}
            label={ROW_PART_LABELS['max']!}
            inputmode="text"
            hint={msg('Angka; untuk dokumen: jumlah berkas.', 'Numbers; for documents: the number of files.')}
          />
        </div>
      </details>
      <RowTools lang={p.lang} list="fields" index={p.index} count={p.count} noun={FIELD_NOUN} />
    </fieldset>
  );
}

export function FieldsEditor(p: { lang: Lang; values: FormValues; errors: Errors }) {
  const t = translator(p.lang);
  const count = rowCount(p.values, 'fields');
  const err = p.errors['fields'];
  return (
    <fieldset class={err ? 'editor has-error' : 'editor'} id="f-fields" data-editor="fields">
      <legend>{t('Kolom formulir permohonan', 'Application form fields')}</legend>
      <p class="hint">
        {t(
          'Isian tambahan yang diminta dari pemohon, berurutan seperti di sini. Permohonan yang sudah dibuat tetap memakai formulir saat dibuat.',
          'The extra inputs asked of applicants, in this order. Applications already made keep the form they were made with.',
        )}
      </p>
      {err ? <p class="field-error">{pick(err, p.lang)}</p> : null}
      {count === 0 ? <p class="muted">{t('Belum ada kolom tambahan.', 'No extra fields yet.')}</p> : null}
      {Array.from({ length: count }, (_, i) => (
        <FieldRow lang={p.lang} index={i} count={count} values={p.values} errors={p.errors} />
      ))}
      <AddButton lang={p.lang} list="fields" count={count} label={msg('+ Tambah kolom', '+ Add a field')} />
    </fieldset>
  );
}

export function RequirementsEditor(p: { lang: Lang; values: FormValues; errors: Errors }) {
  const t = translator(p.lang);
  const count = rowCount(p.values, 'reqs');
  const err = p.errors['reqs'];
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  return (
    <fieldset class={err ? 'editor has-error' : 'editor'} id="f-reqs" data-editor="reqs">
      <legend>{t('Persyaratan', 'Requirements')}</legend>
      <p class="hint">{t('Dokumen atau syarat yang perlu disiapkan warga, dalam dua bahasa.', 'Documents or conditions citizens need to prepare, in both languages.')}</p>
      {err ? <p class="field-error">{pick(err, p.lang)}</p> : null}
      {count === 0 ? <p class="muted">{t('Belum ada persyaratan.', 'No requirements yet.')}</p> : null}
      {Array.from({ length: count }, (_, i) => (
        <fieldset class="editor-row" id={`f-reqs.${i}`} data-editor-row>
          <legend>{t(`Persyaratan ${i + 1}`, `Requirement ${i + 1}`)}</legend>
          <div class="editor-grid">
            <TextField {...f} name={`reqs.${i}.id`} label={ROW_PART_LABELS['id']!} required maxlength={500} />
            <TextField {...f} name={`reqs.${i}.en`} label={ROW_PART_LABELS['en']!} required maxlength={500} />
          </div>
          <RowTools lang={p.lang} list="reqs" index={i} count={count} noun={REQ_NOUN} />
        </fieldset>
      ))}
      <AddButton lang={p.lang} list="reqs" count={count} label={msg('+ Tambah persyaratan', '+ Add a requirement')} />
    </fieldset>
  );
}

/** The citizen's form as it will look with this draft: the rows that are valid so far. */
export function FormPreview(p: { lang: Lang; kind: string; fields: readonly FormField[]; requirements: readonly Msg[] }) {
  const t = translator(p.lang);
  return (
    <section class="form-preview" id="pratinjau" aria-labelledby="h-pratinjau">
      <h2 id="h-pratinjau">{t('Pratinjau formulir warga', "Preview of the citizen's form")}</h2>
      <p class="hint">
        {p.kind === 'complaint'
          ? t(
              'Kategori pengaduan memakai formulir pengaduan umum; kolom di atas hanya dipakai jenis izin.',
              'Complaint categories use the common complaint form; the fields above are used by permit types only.',
            )
          : t('Seperti yang akan dilihat pemohon. Baris yang masih salah belum tampil.', 'As applicants will see it. Rows that are still wrong are not shown yet.')}
      </p>
      <div class="preview-frame">
        {p.requirements.length ? (
          <>
            <h3>{t('Persyaratan', 'Requirements')}</h3>
            <ul class="checklist">
              {p.requirements.map((r) => (
                <li>{pick(r, p.lang)}</li>
              ))}
            </ul>
          </>
        ) : null}
        <div class="stacked">
          <fieldset>
            <legend>{t('Data permohonan', 'Application details')}</legend>
            {p.fields.length ? (
              <DefinitionFields lang={p.lang} fields={p.fields} values={{}} errors={{}} />
            ) : (
              <p class="muted">{t('Tidak ada kolom tambahan.', 'No extra fields.')}</p>
            )}
          </fieldset>
        </div>
      </div>
    </section>
  );
}
