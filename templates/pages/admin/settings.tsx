// The admin's settings screen: how long a citizen has to answer a request for information.
import { INFO_REQUEST_DAYS_MAX, INFO_REQUEST_DAYS_MIN } from '../../../src/domain/cases/info-request';
import { msg, translator, type Lang } from '../../../src/platform/i18n/lang';
import { AdminPage, Notice, TextField } from '../../_partials/admin-ui';
import { CsrfField, ErrorSummary, type Errors, type FormValues } from '../../_partials/form-fields';

export const SETTINGS_LABELS = {
  info_request_days: msg('Batas waktu jawaban pelapor (hari kerja)', 'The citizen’s answer deadline (working days)'),
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
        <p class="actions">
          <button type="submit" class="primary">
            {t('Simpan', 'Save')}
          </button>
        </p>
      </form>
    </AdminPage>
  );
}
