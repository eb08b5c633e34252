import { ACCEPT_ATTRIBUTE, MAX_FILES } from '../../../src/domain/cases/files';
import { CITY_BOUNDS, LIMITS, type ComplaintDraft, type KelurahanOption } from '../../../src/domain/complaints/draft';
import { PRIVACY_LABELS } from '../../../src/domain/cases/privacy';
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { KeptFiles, type KeptFile } from '../../_partials/kept-files';
import { assetUrl } from '../../_partials/assets';
import { Checkbox, CsrfField, ErrorSummary, RadioGroup, Select, TextArea, TextField, type Errors } from '../../_partials/form-fields';

export interface CategoryOption {
  code: string;
  name: string;
}

export interface NewComplaintProps {
  lang: Lang;
  csrfToken: string;
  nonce?: string | undefined;
  categories: CategoryOption[];
  kelurahan: KelurahanOption[];
  draft: ComplaintDraft;
  errors: Errors;
  /** a problem with the submission as a whole (already sent with other content, too many from this address) */
  problem?: Msg | undefined;
  /** random per-form token: a double submit creates one complaint */
  formToken: string;
  today: string;
  earliest: string;
  /** the citizen had chosen files that must be chosen again after an error */
  filesDropped: boolean;
  /** files kept from an earlier try of this form, attached when it is sent */
  kept?: readonly KeptFile[];
}

const ORDER = [
  'service_code',
  'title',
  'description',
  'address',
  'kelurahan',
  'latitude',
  'longitude',
  'incident_date',
  'files',
  'privacy',
  'fully_anonymous',
  'contact_name',
  'contact_email',
  'contact_phone',
];

export function NewComplaintPage(p: NewComplaintProps) {
  const t = translator(p.lang);
  const d = p.draft;
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const k of p.kelurahan) {
    const list = groups.get(k.kecamatan) ?? [];
    list.push({ value: k.code, label: k.name });
    groups.set(k.kecamatan, list);
  }
  const labels: Record<string, string> = {
    service_code: t('Kategori', 'Category'),
    title: t('Judul', 'Title'),
    description: t('Uraian', 'Description'),
    address: t('Alamat lokasi', 'Address'),
    kelurahan: t('Kelurahan', 'Kelurahan'),
    latitude: t('Lintang', 'Latitude'),
    longitude: t('Bujur', 'Longitude'),
    incident_date: t('Tanggal kejadian', 'Date of the incident'),
    files: t('Foto atau dokumen', 'Photos or documents'),
    privacy: t('Privasi', 'Privacy'),
    fully_anonymous: t('Laporan sepenuhnya anonim', 'Fully anonymous report'),
    contact_name: t('Nama', 'Name'),
    contact_email: t('E-mail', 'E-mail'),
    contact_phone: t('Telepon', 'Phone'),
  };
  const fileError: Msg | undefined = p.errors['files'];
  return (
    <div class="wrap narrow" id="pengaduan-baru">
      <h1>{t('Buat pengaduan', 'Submit a complaint')}</h1>
      <p class="lead">
        {t(
          'Sampaikan masalah pelayanan publik di Kota Surakarta. Anda akan menerima kode pelacakan dan kunci akses untuk mengikuti penanganannya, tanpa perlu mendaftar.',
          'Report a public-service problem in the City of Surakarta. You will get a tracking code and an access key to follow it, without registering.',
        )}
      </p>
      <ErrorSummary
        lang={p.lang}
        errors={p.errors}
        labels={labels}
        order={ORDER}
        message={p.problem}
        title={p.problem ? t('Pengaduan belum terkirim', 'The complaint was not sent') : undefined}
      />
      {p.filesDropped ? (
        <p class="notice" role="status">
          {t(
            'Demi keamanan, berkas yang tadi Anda pilih tidak disimpan. Pilih kembali foto atau dokumen Anda sebelum mengirim.',
            'For security, the files you chose were not kept. Please choose your photos or documents again before sending.',
          )}
        </p>
      ) : null}
      <form method="post" action="/pengaduan/baru" enctype="multipart/form-data" class="stacked" novalidate>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="form_token" value={p.formToken} />

        <fieldset>
          <legend>{t('Apa masalahnya?', 'What is the problem?')}</legend>
          <Select
            lang={p.lang}
            name="service_code"
            label={labels['service_code']!}
            required
            value={d.service_code}
            placeholder={t('— Pilih kategori —', '— Choose a category —')}
            options={p.categories.map((c) => ({ value: c.code, label: c.name }))}
            error={p.errors['service_code']}
            hint={t('Kategori menentukan unit yang menangani pengaduan Anda.', 'The category decides which unit handles your complaint.')}
          />
          <TextField
            lang={p.lang}
            name="title"
            label={labels['title']!}
            required
            value={d.title}
            minlength={LIMITS.titleMin}
            maxlength={LIMITS.titleMax}
            hint={t(`Ringkas, ${LIMITS.titleMin}–${LIMITS.titleMax} karakter.`, `Short, ${LIMITS.titleMin}–${LIMITS.titleMax} characters.`)}
            error={p.errors['title']}
          />
          <TextArea
            lang={p.lang}
            name="description"
            label={labels['description']!}
            required
            rows={8}
            value={d.description}
            minlength={LIMITS.descriptionMin}
            maxlength={LIMITS.descriptionMax}
            hint={t(
              `Apa yang terjadi, sejak kapan, dan apa dampaknya (${LIMITS.descriptionMin}–${LIMITS.descriptionMax} karakter). Jangan menuliskan NIK atau data pribadi orang lain.`,
              `What happened, since when, and its effect (${LIMITS.descriptionMin}–${LIMITS.descriptionMax} characters). Do not write ID numbers or other people's personal data.`,
            )}
            error={p.errors['description']}
          />
          <TextField
            lang={p.lang}
            name="incident_date"
            type="date"
            label={labels['incident_date']!}
            value={d.incident_date}
            min={p.earliest}
            max={p.today}
            hint={t('Paling lama satu tahun yang lalu, format TTTT-BB-HH.', 'At most one year ago, format YYYY-MM-DD.')}
            error={p.errors['incident_date']}
          />
        </fieldset>

        <fieldset>
          <legend>{t('Di mana?', 'Where?')}</legend>
          <TextField
            lang={p.lang}
            name="address"
            label={labels['address']!}
            required
            value={d.address}
            maxlength={LIMITS.addressMax}
            autocomplete="off"
            hint={t('Nama jalan, nomor, RT/RW, dan patokan terdekat.', 'Street, number, RT/RW and the nearest landmark.')}
            error={p.errors['address']}
          />
          <Select
            lang={p.lang}
            name="kelurahan"
            label={labels['kelurahan']!}
            required
            value={d.kelurahan}
            placeholder={t('— Pilih kelurahan —', '— Choose a kelurahan —')}
            groups={[...groups.entries()].map(([kec, options]) => ({ label: t(`Kecamatan ${kec.replace(/^Kecamatan\s+/i, '')}`, `${kec.replace(/^Kecamatan\s+/i, '')} district`), options }))}
            error={p.errors['kelurahan']}
          />
          <div class="coordinates" data-bounds={`${CITY_BOUNDS.latMin},${CITY_BOUNDS.latMax},${CITY_BOUNDS.lngMin},${CITY_BOUNDS.lngMax}`}>
            <p class="hint" id="koordinat-hint">
              {t(
                'Titik lokasi tidak wajib: alamat saja sudah cukup. Jika tahu, isi lintang dan bujur (keduanya), di dalam Kota Surakarta.',
                'The point is optional: the address alone is enough. If you know it, give latitude and longitude (both), inside the City of Surakarta.',
              )}
            </p>
            <TextField
              lang={p.lang}
              name="latitude"
              label={labels['latitude']!}
              value={d.latitude}
              inputmode="decimal"
              hint={t('mis. -7.5666', 'e.g. -7.5666')}
              error={p.errors['latitude']}
            />
            <TextField
              lang={p.lang}
              name="longitude"
              label={labels['longitude']!}
              value={d.longitude}
              inputmode="decimal"
              hint={t('mis. 110.8167', 'e.g. 110.8167')}
              error={p.errors['longitude']}
            />
            <p class="geo-actions" hidden>
              <button type="button" class="button" data-use-location>
                {t('Gunakan lokasi saya', 'Use my location')}
              </button>{' '}
              <span class="hint" data-geo-status role="status" aria-live="polite"></span>
            </p>
          </div>
        </fieldset>

        <fieldset>
          <legend>{labels['files']}</legend>
          <div class={`field${fileError ? ' has-error' : ''}`}>
            <label for="f-files">
              {t(`Lampiran (paling banyak ${MAX_FILES} berkas)`, `Attachments (at most ${MAX_FILES} files)`)}
              <span class="muted"> {t('(tidak wajib)', '(optional)')}</span>
            </label>
            <KeptFiles lang={p.lang} files={p.kept ?? []} idPrefix="f-files" />
            <span class="hint" id="f-files-hint">
              {t('JPEG, PNG, WebP, atau PDF; paling besar 5 MB per berkas.', 'JPEG, PNG, WebP or PDF; at most 5 MB each.')}
            </span>
            {fileError ? (
              <span class="field-error" id="f-files-error">
                {p.lang === 'en' ? fileError.en : fileError.id}
              </span>
            ) : null}
            <input
              type="file"
              id="f-files"
              name="files"
              multiple
              accept={ACCEPT_ATTRIBUTE}
              aria-describedby={fileError ? 'f-files-hint f-files-error' : 'f-files-hint'}
              aria-invalid={fileError ? 'true' : undefined}
            />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('Privasi dan kontak', 'Privacy and contact')}</legend>
          <RadioGroup
            lang={p.lang}
            name="privacy"
            label={labels['privacy']!}
            value={d.privacy || 'anonim'}
            error={p.errors['privacy']}
            options={[
              {
                value: 'anonim',
                label: `${pick(PRIVACY_LABELS.anonim, p.lang)} ${t('(disarankan)', '(recommended)')}`,
                help: t(
                  'Isi laporan dapat tampil untuk umum, tetapi identitas Anda disembunyikan dari siapa pun kecuali jika diwajibkan hukum.',
                  'The report may be public, but your identity is hidden from everyone except where the law requires it.',
                ),
              },
              {
                value: 'publik',
                label: pick(PRIVACY_LABELS.publik, p.lang),
                help: t(
                  'Isi laporan tampil untuk umum. Kontak Anda tetap tidak pernah ditampilkan.',
                  'The report is shown publicly. Your contact details are never shown.',
                ),
              },
              {
                value: 'rahasia',
                label: pick(PRIVACY_LABELS.rahasia, p.lang),
                help: t(
                  'Isi laporan tidak tampil untuk umum; hanya statusnya yang dapat dilihat dengan kode pelacakan.',
                  'The report is not public; only its status can be seen with the tracking code.',
                ),
              },
            ]}
          />
          <Checkbox
            lang={p.lang}
            name="fully_anonymous"
            label={t(
              'Laporan sepenuhnya anonim: saya tidak memberikan kontak apa pun (hanya untuk privasi anonim).',
              'Fully anonymous report: I give no contact details at all (only with anonymous privacy).',
            )}
            checked={d.fully_anonymous}
            error={p.errors['fully_anonymous']}
            hint={t(
              'Tanpa kontak, kami tidak dapat menghubungi Anda. Pengaduan hanya dapat diikuti dengan kode pelacakan dan kunci akses yang ditampilkan setelah mengirim.',
              'Without contact details we cannot reach you. You can follow the complaint only with the tracking code and access key shown after sending.',
            )}
          />
          <TextField
            lang={p.lang}
            name="contact_name"
            label={labels['contact_name']!}
            value={d.contact_name}
            autocomplete="name"
            maxlength={LIMITS.nameMax}
            error={p.errors['contact_name']}
          />
          <TextField
            lang={p.lang}
            name="contact_email"
            type="email"
            label={labels['contact_email']!}
            value={d.contact_email}
            autocomplete="email"
            hint={t(
              'Isi e-mail atau telepon (minimal salah satu), kecuali laporan sepenuhnya anonim. Konfirmasi dikirim ke e-mail ini.',
              'Give an e-mail or a phone number (at least one), unless the report is fully anonymous. The confirmation goes to this e-mail.',
            )}
            error={p.errors['contact_email']}
          />
          <TextField
            lang={p.lang}
            name="contact_phone"
            type="tel"
            label={labels['contact_phone']!}
            value={d.contact_phone}
            autocomplete="tel"
            hint={t('mis. 0812 3456 7890', 'e.g. 0812 3456 7890')}
            error={p.errors['contact_phone']}
          />
        </fieldset>

        <p class="actions">
          <button type="submit" class="primary">
            {t('Kirim pengaduan', 'Send complaint')}
          </button>
        </p>
      </form>
      <script src={assetUrl('complaint-form.js')} defer nonce={p.nonce}></script>
    </div>
  );
}
