// The admin's settings screen: how long a citizen has to answer a request for information, and
// the fewest cases or ratings a figure on a public page may rest on.
import { INFO_REQUEST_DAYS_MAX, INFO_REQUEST_DAYS_MIN } from '../../../src/domain/cases/info-request';
import { MIN_PUBLIC_CELL_DEFAULT, MIN_PUBLIC_CELL_MAX, MIN_PUBLIC_CELL_MIN } from '../../../src/domain/transparency/small-numbers';
import { msg, translator, type Lang } from '../../../src/platform/i18n/lang';
import { AdminPage, Notice, TextField } from '../../_partials/admin-ui';
import { CsrfField, ErrorSummary, type Errors, type FormValues } from '../../_partials/form-fields';

export const SETTINGS_LABELS = {
  info_request_days: msg('Batas waktu jawaban pelapor (hari kerja)', 'The citizen’s answer deadline (working days)'),
  min_public_cell: msg('Angka terkecil yang ditampilkan di halaman publik', 'Smallest number shown on public pages'),
};

export function SettingsPage(p: { lang: Lang; csrf: string; values: FormValues; errors: Errors; notice: string | null; defaultDays: number }) {
  const t = translator(p.lang);
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  return (
    <AdminPage lang={p.lang} current="/admin/pengaturan" title={t('Pengaturan', 'Settings')}>
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <ErrorSummary lang={p.lang} errors={p.errors} labels={SETTINGS_LABELS} />
      <form method="post" action="/admin/pengaturan" class="stacked" novalidate>
        <CsrfField token={p.csrf} />
        <TextField
          {...f}
          name="info_request_days"
          type="number"
          inputmode="numeric"
          maxlength={2}
          label={SETTINGS_LABELS.info_request_days}
          required
          hint={msg(
            `Saat petugas meminta informasi, jam SLA berhenti sampai pelapor menjawab, paling lama selama ini (${INFO_REQUEST_DAYS_MIN}–${INFO_REQUEST_DAYS_MAX} hari kerja; bawaan ${p.defaultDays}, seperti SP4N-LAPOR!). Setelah itu penanganan dilanjutkan dan petugas dapat menyelesaikan atau menutup pengaduan.`,
            `When staff ask for information, the SLA clock stops until the citizen answers, for at most this long (${INFO_REQUEST_DAYS_MIN}–${INFO_REQUEST_DAYS_MAX} working days; default ${p.defaultDays}, as in SP4N-LAPOR!). Afterwards handling continues and staff may resolve or close the complaint.`,
          )}
        />
        <TextField
          {...f}
          name="min_public_cell"
          type="number"
          inputmode="numeric"
          maxlength={3}
          label={SETTINGS_LABELS.min_public_cell}
          required
          hint={msg(
            `Di halaman Transparansi, IKM unit, jumlah per kategori atau kelurahan, persentase tepat waktu dan median hanya ditampilkan bila bertumpu pada sedikitnya sekian pengaduan atau penilaian; di bawahnya tertulis “kurang dari n”, karena angka sekecil itu tidak andal dan dapat menunjuk orang tertentu (${MIN_PUBLIC_CELL_MIN}–${MIN_PUBLIC_CELL_MAX}; bawaan ${MIN_PUBLIC_CELL_DEFAULT}). Jumlah total selalu ditampilkan.`,
            `On the Transparency page, a unit’s IKM, a count per category or kelurahan, an on-time share and a median are shown only when they rest on at least this many complaints or ratings; below that the page says “fewer than n”, because numbers that small are not reliable and could point to a particular person (${MIN_PUBLIC_CELL_MIN}–${MIN_PUBLIC_CELL_MAX}; default ${MIN_PUBLIC_CELL_DEFAULT}). Totals are always shown.`,
          )}
        />
        <p class="actions">
          <button type="submit" class="primary">
            {t('Simpan', 'Save')}
          </button>
        </p>
      </form>
    </AdminPage>
  );
}
