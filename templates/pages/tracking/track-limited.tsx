// A citizen action refused for now (too many requests from the address): the reason, and what
// was typed in a form that sends it again later. Nothing of the case is shown: the key has not
// been checked, and must not be while the address is over its limit.
import { ACCEPT_ATTRIBUTE, MAX_FILES } from '../../../src/domain/cases/files';
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { CsrfField, ErrorSummary, TextArea } from '../../_partials/form-fields';

export interface TrackLimitedProps {
  lang: Lang;
  csrfToken: string;
  code: string;
  /** the kind its code names, e.g. Pengaduan / Complaint */
  label: Msg;
  message: Msg;
  /** the action's own address, e.g. /lacak/ADU-…/informasi */
  action: string;
  /** text fields as typed, shown for editing */
  typed: { name: string; label: Msg; value: string }[];
  /** other fields as sent (rating choices, a typed key), carried along unchanged */
  carried: { name: string; value: string }[];
  /** the action takes files (which a browser cannot be given back) */
  takesFiles: boolean;
}

export function TrackLimitedPage(p: TrackLimitedProps) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow" id="lacak-tertunda">
      <h1>
        {pick(p.label, p.lang)} {p.code}
      </h1>
      <ErrorSummary lang={p.lang} message={p.message} title={t('Belum terkirim', 'Not sent yet')} />
      <form method="post" action={p.action} class="stacked" enctype={p.takesFiles ? 'multipart/form-data' : undefined}>
        <CsrfField token={p.csrfToken} />
        {p.carried.map((f) => (
          <input type="hidden" name={f.name} value={f.value} />
        ))}
        {p.typed.map((f) => (
          <TextArea lang={p.lang} id={`tertunda-${f.name}`} name={f.name} label={p.lang === 'en' ? f.label.en : f.label.id} rows={4} value={f.value} maxlength={4000} />
        ))}
        {p.takesFiles ? (
          <div class="field">
            <label for="tertunda-files">{t(`Berkas (paling banyak ${MAX_FILES}); pilih kembali`, `Files (at most ${MAX_FILES}); choose them again`)}</label>
            <input type="file" id="tertunda-files" name="files" multiple accept={ACCEPT_ATTRIBUTE} />
          </div>
        ) : null}
        <p class="actions">
          <button type="submit" class="primary">
            {t('Kirim lagi', 'Send again')}
          </button>{' '}
          <a class="button" href={`/lacak/${encodeURIComponent(p.code)}`}>
            {t(`Kembali ke ${p.label.id.toLowerCase()}`, `Back to the ${p.label.en.toLowerCase()}`)}
          </a>
        </p>
      </form>
    </div>
  );
}
