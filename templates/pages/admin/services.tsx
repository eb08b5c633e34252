import type { ResponseTemplateView, ServiceSummary } from '../../../src/domain/admin/views';
import type { FormField } from '../../../src/domain/catalogue/service';
import { rowLabel } from '../../../src/domain/catalogue/editor-rows';
import { formatRupiah, msg, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { ActionForm, AdminPage, Checkbox, Notice, SelectField, TextArea, TextField, YesNo } from '../../_partials/admin-ui';
import { assetUrl } from '../../_partials/assets';
import { CsrfField, ErrorSummary, type Errors, type FormValues } from '../../_partials/form-fields';
import { FieldsEditor, FormPreview, RequirementsEditor } from './service-editor';

/** The error summary's name for each wrong input inside a row ("Field 2 · Key name"). */
function rowLabels(errors: Errors): Record<string, Msg> {
  const out: Record<string, Msg> = {};
  for (const k of Object.keys(errors)) {
    const l = rowLabel(k);
    if (l) out[k] = l;
  }
  return out;
}

export const SERVICE_LABELS = {
  kind: msg('Jenis', 'Kind'),
  code: msg('Kode (di alamat web)', 'Code (in web addresses)'),
  nameId: msg('Nama (Indonesia)', 'Name (Indonesian)'),
  nameEn: msg('Nama (Inggris)', 'Name (English)'),
  descriptionId: msg('Deskripsi (Indonesia)', 'Description (Indonesian)'),
  descriptionEn: msg('Deskripsi (Inggris)', 'Description (English)'),
  unitId: msg('Unit penanggung jawab', 'Responsible unit'),
  slaDays: msg('Target selesai (hari kerja)', 'Resolution target (working days)'),
  firstResponseDays: msg('Target tanggapan pertama (hari kerja)', 'First response target (working days)'),
  fee: msg('Biaya (rupiah)', 'Fee (rupiah)'),
  feeKind: msg('Penetapan biaya', 'How the fee is set'),
  feeBasis: msg('Dasar hukum biaya', 'Legal basis of the fee'),
  feeOtherId: msg('Biaya lain di luar layanan ini (Indonesia)', 'Other charges outside this service (Indonesian)'),
  feeOtherEn: msg('Biaya lain di luar layanan ini (Inggris)', 'Other charges outside this service (English)'),
  legalBasis: msg('Dasar hukum', 'Legal basis'),
  validityMonths: msg('Masa berlaku (bulan)', 'Validity (months)'),
  stage_completeness: msg('Izin: hari kerja pemeriksaan kelengkapan', 'Permits: working days of the completeness check'),
  stage_technical: msg('Izin: hari kerja pemeriksaan teknis', 'Permits: working days of the technical review'),
  stage_decision: msg('Izin: hari kerja keputusan', 'Permits: working days of the decision'),
  stage_issuance: msg('Izin: hari kerja penerbitan', 'Permits: working days of issuance'),
  reqs: msg('Persyaratan', 'Requirements'),
  fields: msg('Kolom formulir', 'Form fields'),
  active: msg('Aktif', 'Active'),
  sortOrder: msg('Urutan tampil', 'Sort order'),
};

export const TEMPLATE_LABELS = {
  title: msg('Judul templat', 'Template title'),
  body: msg('Isi jawaban', 'Response text'),
};

const kindText = (k: string, lang: Lang) =>
  k === 'permit' ? (lang === 'en' ? 'Permit' : 'Izin') : lang === 'en' ? 'Complaint' : 'Pengaduan';

export function ServiceListPage(p: { lang: Lang; rows: { s: ServiceSummary; unitCode: string }[]; notice?: string | null }) {
  const t = translator(p.lang);
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/layanan"
      title={t('Katalog layanan', 'Service catalogue')}
      lead={t(
        'Kategori pengaduan dan jenis izin: unit penanggung jawab, target waktu (SLA), biaya, persyaratan dan kolom formulir.',
        'Complaint categories and permit types: responsible unit, time targets (SLA), fee, requirements and form fields.',
      )}
    >
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p class="actions">
        <a class="button primary" href="/admin/layanan/baru">
          {t('Tambah layanan', 'Add a service')}
        </a>
      </p>
      <div class="table-scroll">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('Jenis', 'Kind')}</th>
              <th scope="col">{t('Kode', 'Code')}</th>
              <th scope="col">{t('Nama', 'Name')}</th>
              <th scope="col">{t('Unit', 'Unit')}</th>
              <th scope="col">SLA</th>
              <th scope="col">{t('Biaya', 'Fee')}</th>
              <th scope="col">{t('Status', 'Status')}</th>
              <th scope="col">{t('Tindakan', 'Actions')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map(({ s, unitCode }) => (
              <tr>
                <td data-label={t('Jenis', 'Kind')}>{kindText(s.kind, p.lang)}</td>
                <td data-label={t('Kode', 'Code')}>
                  <code>{s.code}</code>
                </td>
                <td data-label={t('Nama', 'Name')}>{p.lang === 'en' ? s.nameEn : s.nameId}</td>
                <td data-label={t('Unit', 'Unit')}>{unitCode}</td>
                <td data-label="SLA">{t(`${s.slaDays} hari kerja`, `${s.slaDays} working days`)}</td>
                <td data-label={t('Biaya', 'Fee')}>{formatRupiah(s.fee, p.lang)}</td>
                <td data-label={t('Status', 'Status')}>
                  <YesNo lang={p.lang} value={s.active} />
                </td>
                <td data-label={t('Tindakan', 'Actions')}>
                  <a href={`/admin/layanan/${s.id}`}>{t('Ubah', 'Edit')}</a> ·{' '}
                  <a href={`/admin/layanan/${s.id}/templat`}>{t('Templat jawaban', 'Response templates')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminPage>
  );
}

export function ServiceFormPage(p: {
  lang: Lang;
  csrf: string;
  service: ServiceSummary | null;
  values: FormValues;
  errors: Errors;
  units: { id: number; code: string; name: string }[];
  notice?: string | null;
  /** the citizen's form as the draft stands */
  preview: { fields: readonly FormField[]; requirements: readonly Msg[] };
  nonce?: string | undefined;
}) {
  const t = translator(p.lang);
  const s = p.service;
  const kind = s ? s.kind : typeof p.values['kind'] === 'string' ? p.values['kind'] : '';
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/layanan"
      title={s ? t(`Ubah layanan: ${s.nameId}`, `Edit service: ${s.nameEn}`) : t('Tambah layanan', 'Add a service')}
    >
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <ErrorSummary lang={p.lang} errors={p.errors} labels={{ ...SERVICE_LABELS, ...rowLabels(p.errors) }} />
      {s ? (
        <p>
          <a href={`/admin/layanan/${s.id}/templat`}>{t('Templat jawaban layanan ini', "This service's response templates")}</a> ·{' '}
          <a href={`/layanan/${s.code}`}>{t('Lihat halaman publik', 'See the public page')}</a>
        </p>
      ) : null}
      <form method="post" action={s ? `/admin/layanan/${s.id}` : '/admin/layanan/baru'} class="stacked service-form" novalidate data-service-editor>
        <CsrfField token={p.csrf} />
        {/* Enter in a text box presses the form's first submit button: this one saves, never a row's "remove" */}
        <button type="submit" class="visually-hidden" tabindex={-1} aria-hidden="true">
          {t('Simpan', 'Save')}
        </button>
        {s ? (
          <dl class="facts">
            <div>
              <dt>{t('Jenis', 'Kind')}</dt>
              <dd>{kindText(s.kind, p.lang)}</dd>
            </div>
            <div>
              <dt>{t('Kode', 'Code')}</dt>
              <dd>
                <code>{s.code}</code>{' '}
                <span class="muted">
                  {t('(tetap: dipakai di alamat web dan kode QR)', '(fixed: used in web addresses and QR codes)')}
                </span>
              </dd>
            </div>
          </dl>
        ) : (
          <>
            <SelectField
              {...f}
              name="kind"
              label={SERVICE_LABELS.kind}
              required
              blank={msg('— pilih —', '— choose —')}
              options={[
                { value: 'complaint', label: t('Kategori pengaduan', 'Complaint category') },
                { value: 'permit', label: t('Jenis izin', 'Permit type') },
              ]}
            />
            <TextField
              {...f}
              name="code"
              label={SERVICE_LABELS.code}
              required
              maxlength={60}
              hint={msg(
                'Huruf kecil dan tanda hubung, misalnya jalan-rusak. Tidak dapat diubah setelah disimpan.',
                'Lower-case letters and hyphens, e.g. jalan-rusak. Cannot be changed after saving.',
              )}
            />
          </>
        )}
        <TextField {...f} name="nameId" label={SERVICE_LABELS.nameId} required maxlength={200} />
        <TextField {...f} name="nameEn" label={SERVICE_LABELS.nameEn} required maxlength={200} />
        <TextArea {...f} name="descriptionId" label={SERVICE_LABELS.descriptionId} rows={3} />
        <TextArea {...f} name="descriptionEn" label={SERVICE_LABELS.descriptionEn} rows={3} />
        <SelectField
          {...f}
          name="unitId"
          label={SERVICE_LABELS.unitId}
          required
          blank={msg('— pilih unit —', '— choose a unit —')}
          options={p.units.map((u) => ({ value: String(u.id), label: `${u.code} — ${u.name}` }))}
        />
        <TextField {...f} name="slaDays" label={SERVICE_LABELS.slaDays} required inputmode="numeric" hint={msg('1–365.', '1–365.')} />
        <TextField
          {...f}
          name="firstResponseDays"
          label={SERVICE_LABELS.firstResponseDays}
          required
          inputmode="numeric"
          hint={msg('1–30.', '1–30.')}
        />
        <TextField
          {...f}
          name="fee"
          label={SERVICE_LABELS.fee}
          required
          inputmode="numeric"
          hint={msg('0 bila gratis. Titik pemisah ribuan boleh: 150.000.', '0 when free. Thousand separators allowed: 150.000.')}
        />
        <SelectField
          {...f}
          name="feeKind"
          label={SERVICE_LABELS.feeKind}
          required
          options={[
            { value: 'fixed', label: pick(msg('Tetap: jumlah di atas (0 = gratis)', 'Fixed: the amount above (0 = free)'), p.lang) },
            { value: 'assessed', label: pick(msg('Dihitung per permohonan setelah pemeriksaan', 'Assessed per application after the review'), p.lang) },
          ]}
        />
        <TextArea
          {...f}
          name="feeBasis"
          label={SERVICE_LABELS.feeBasis}
          rows={2}
          hint={msg('Peraturan yang menetapkan atau meniadakan biaya, mis. Perda tentang Pajak Daerah dan Retribusi Daerah.', 'The law that sets or waives the fee, e.g. the Perda on regional taxes and levies.')}
        />
        <TextArea
          {...f}
          name="feeOtherId"
          label={SERVICE_LABELS.feeOtherId}
          rows={2}
          hint={msg('Mis. pajak atau tarif laboratorium yang dibayar di tempat lain, dan kapan. Kosongkan bila tidak ada.', 'E.g. a tax or a laboratory tariff paid elsewhere, and when. Leave empty when there is none.')}
        />
        <TextArea {...f} name="feeOtherEn" label={SERVICE_LABELS.feeOtherEn} rows={2} />
        <TextArea {...f} name="legalBasis" label={SERVICE_LABELS.legalBasis} rows={2} />
        <TextField
          {...f}
          name="validityMonths"
          label={SERVICE_LABELS.validityMonths}
          inputmode="numeric"
          hint={msg('Kosongkan bila tidak ada masa berlaku.', 'Leave empty when there is no validity period.')}
        />
        <fieldset>
          <legend>{pick(msg('Tahapan izin (hari kerja)', 'Permit stages (working days)'), p.lang)}</legend>
          <p class="hint">
            {pick(
              msg(
                'Hanya untuk jenis izin. Jumlah keempat tahap sama dengan target penyelesaian; kosongkan semua untuk pembagian bawaan (1 hari kelengkapan, 1 keputusan, 1 penerbitan, sisanya teknis).',
                'Permit types only. The four stages add up to the resolution target; leave all empty for the default split (1 day completeness, 1 decision, 1 issuance, the rest technical).',
              ),
              p.lang,
            )}
          </p>
          {(['stage_completeness', 'stage_technical', 'stage_decision', 'stage_issuance'] as const).map((name) => (
            <TextField {...f} name={name} label={SERVICE_LABELS[name]} inputmode="numeric" />
          ))}
        </fieldset>
        <RequirementsEditor lang={p.lang} values={p.values} errors={p.errors} />
        <FieldsEditor lang={p.lang} values={p.values} errors={p.errors} />
        <Checkbox
          lang={p.lang}
          name="active"
          label={SERVICE_LABELS.active}
          checked={(typeof p.values['active'] === 'string' ? p.values['active'] : '') !== ''}
          hint={msg('Hanya layanan aktif yang tampil untuk warga.', 'Only active services are shown to citizens.')}
        />
        <TextField {...f} name="sortOrder" label={SERVICE_LABELS.sortOrder} inputmode="numeric" hint={msg('0–9999, kecil tampil dulu.', '0–9999, smaller first.')} />
        <p class="actions">
          <button type="submit" class="primary">
            {t('Simpan', 'Save')}
          </button>{' '}
          <a class="button" href="/admin/layanan">
            {t('Batal', 'Cancel')}
          </a>
        </p>
      </form>
      <FormPreview lang={p.lang} kind={kind} fields={p.preview.fields} requirements={p.preview.requirements} />
      <script src={assetUrl('service-editor.js')} defer nonce={p.nonce}></script>
    </AdminPage>
  );
}

export function TemplatesPage(p: {
  lang: Lang;
  csrf: string;
  service: ServiceSummary;
  templates: ResponseTemplateView[];
  /** the template being edited, or null for the add form */
  editing: ResponseTemplateView | null;
  values: FormValues;
  errors: Errors;
  notice?: string | null;
}) {
  const t = translator(p.lang);
  const s = p.service;
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/layanan"
      title={t(`Templat jawaban: ${s.nameId}`, `Response templates: ${s.nameEn}`)}
      lead={t(
        'Petugas memilih templat ini saat membalas warga, lalu menyesuaikannya.',
        'Officers pick these templates when replying to citizens, then adapt them.',
      )}
    >
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <p>
        <a href={`/admin/layanan/${s.id}`}>{t('« Kembali ke layanan', '« Back to the service')}</a>
      </p>
      {p.templates.length ? (
        <div class="table-scroll">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('Judul', 'Title')}</th>
                <th scope="col">{t('Isi', 'Text')}</th>
                <th scope="col">{t('Tindakan', 'Actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.templates.map((tp) => (
                <tr>
                  <td data-label={t('Judul', 'Title')}>{tp.title}</td>
                  <td data-label={t('Isi', 'Text')}>{tp.body.length > 160 ? `${tp.body.slice(0, 160)}…` : tp.body}</td>
                  <td data-label={t('Tindakan', 'Actions')}>
                    <a href={`/admin/layanan/${s.id}/templat/${tp.id}`}>{t('Ubah', 'Edit')}</a>{' '}
                    <ActionForm action={`/admin/layanan/${s.id}/templat/${tp.id}/hapus`} csrf={p.csrf} label={t('Hapus', 'Delete')} danger />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t('Belum ada templat untuk layanan ini.', 'No templates for this service yet.')}</p>
      )}
      <h2>{p.editing ? t('Ubah templat', 'Edit template') : t('Tambah templat', 'Add a template')}</h2>
      <ErrorSummary lang={p.lang} errors={p.errors} labels={TEMPLATE_LABELS} />
      <form
        method="post"
        action={p.editing ? `/admin/layanan/${s.id}/templat/${p.editing.id}` : `/admin/layanan/${s.id}/templat`}
        class="stacked"
        novalidate
      >
        <CsrfField token={p.csrf} />
        <TextField {...f} name="title" label={TEMPLATE_LABELS.title} required maxlength={120} />
        <TextArea {...f} name="body" label={TEMPLATE_LABELS.body} required rows={6} />
        <p class="actions">
          <button type="submit" class="primary">
            {t('Simpan templat', 'Save template')}
          </button>
          {p.editing ? (
            <>
              {' '}
              <a class="button" href={`/admin/layanan/${s.id}/templat`}>
                {t('Batal', 'Cancel')}
              </a>
            </>
          ) : null}
        </p>
      </form>
    </AdminPage>
  );
}
