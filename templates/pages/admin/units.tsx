import { UNIT_KIND_LABELS, UNIT_KINDS } from '../../../src/domain/admin/vocabulary';
import type { UnitListRow } from '../../../src/domain/admin/views';
import { msg, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { ActionForm, AdminPage, Notice, SelectField, TextField, YesNo } from '../../_partials/admin-ui';
import { CsrfField, ErrorSummary, type Errors, type FormValues } from '../../_partials/form-fields';

export const UNIT_LABELS = {
  code: msg('Kode unit', 'Unit code'),
  name: msg('Nama unit', 'Unit name'),
  nameEn: msg('Nama dalam bahasa Inggris', 'Name in English'),
  kind: msg('Jenis unit', 'Kind'),
  parentId: msg('Unit induk', 'Parent unit'),
};

const kindLabel = (kind: string, lang: Lang) =>
  kind in UNIT_KIND_LABELS ? pick(UNIT_KIND_LABELS[kind as keyof typeof UNIT_KIND_LABELS], lang) : kind;

export function UnitListPage(p: { lang: Lang; units: UnitListRow[]; csrf: string; notice?: string | null }) {
  const t = translator(p.lang);
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/unit"
      title={t('Unit kerja', 'Units')}
      lead={t(
        'Perangkat daerah, bagian dan kecamatan. Kasus diteruskan ke unit; pegawai dan layanan melekat pada unit.',
        'Government offices, divisions and districts. Cases are routed to units; staff and services belong to a unit.',
      )}
    >
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p class="actions">
        <a class="button primary" href="/admin/unit/baru">
          {t('Tambah unit', 'Add a unit')}
        </a>
      </p>
      <div class="table-scroll">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('Kode', 'Code')}</th>
              <th scope="col">{t('Nama', 'Name')}</th>
              <th scope="col">{t('Jenis', 'Kind')}</th>
              <th scope="col">{t('Induk', 'Parent')}</th>
              <th scope="col">{t('Pegawai aktif', 'Active staff')}</th>
              <th scope="col">{t('Status', 'Status')}</th>
              <th scope="col">{t('Tindakan', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {p.units.map((u) => (
              <tr>
                <td data-label={t('Kode', 'Code')}>
                  <code>{u.code}</code>
                </td>
                <td data-label={t('Nama', 'Name')}>{p.lang === 'en' ? u.nameEn : u.name}</td>
                <td data-label={t('Jenis', 'Kind')}>{kindLabel(u.kind, p.lang)}</td>
                <td data-label={t('Induk', 'Parent')}>{u.parentCode ?? '—'}</td>
                <td data-label={t('Pegawai aktif', 'Active staff')}>
                  <a href={`/admin/pegawai?unit=${u.id}`}>{u.staffCount}</a>
                </td>
                <td data-label={t('Status', 'Status')}>
                  <YesNo lang={p.lang} value={u.active} />
                </td>
                <td data-label={t('Tindakan', 'Actions')}>
                  <a href={`/admin/unit/${u.id}`}>{t('Ubah', 'Edit')}</a>{' '}
                  {u.active ? (
                    <ActionForm action={`/admin/unit/${u.id}/nonaktifkan`} csrf={p.csrf} label={t('Nonaktifkan', 'Deactivate')} danger />
                  ) : (
                    <ActionForm action={`/admin/unit/${u.id}/aktifkan`} csrf={p.csrf} label={t('Aktifkan', 'Reactivate')} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPage>
  );
}

export function UnitFormPage(p: {
  lang: Lang;
  csrf: string;
  unitId: number | null;
  values: FormValues;
  errors: Errors;
  /** units that may be chosen as parent (self and descendants already removed) */
  parents: { id: number; code: string; name: string }[];
  active?: boolean;
}) {
  const t = translator(p.lang);
  const editing = p.unitId !== null;
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  return (
    <AdminPage lang={p.lang} current="/admin/unit" title={editing ? t('Ubah unit', 'Edit unit') : t('Tambah unit', 'Add a unit')}>
      <ErrorSummary lang={p.lang} errors={p.errors} labels={UNIT_LABELS} />
      {editing && p.active === false ? (
        <Notice>{t('Unit ini nonaktif.', 'This unit is inactive.')}</Notice>
      ) : null}
      <form method="post" action={editing ? `/admin/unit/${p.unitId}` : '/admin/unit/baru'} class="stacked" novalidate>
        <CsrfField token={p.csrf} />
        <TextField
          {...f}
          name="code"
          label={UNIT_LABELS.code}
          required
          maxlength={30}
          hint={msg('Huruf besar, angka dan tanda hubung, misalnya DPUPR.', 'Capital letters, digits and hyphens, e.g. DPUPR.')}
        />
        <TextField {...f} name="name" label={UNIT_LABELS.name} required maxlength={200} />
        <TextField {...f} name="nameEn" label={UNIT_LABELS.nameEn} required maxlength={200} />
        <SelectField
          {...f}
          name="kind"
          label={UNIT_LABELS.kind}
          required
          blank={msg('— pilih —', '— choose —')}
          options={UNIT_KINDS.map((k) => ({ value: k, label: pick(UNIT_KIND_LABELS[k], p.lang) }))}
        />
        <SelectField
          {...f}
          name="parentId"
          label={UNIT_LABELS.parentId}
          blank={msg('— tanpa induk —', '— no parent —')}
          hint={msg('Misalnya kecamatan di bawah Sekretariat Daerah.', 'For example districts under the Regional Secretariat.')}
          options={p.parents.map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name}` }))}
        />
        <p class="actions">
          <button type="submit" class="primary">
            {t('Simpan', 'Save')}
          </button>{' '}
          <a class="button" href="/admin/unit">
            {t('Batal', 'Cancel')}
          </a>
        </p>
      </form>
    </AdminPage>
  );
}
