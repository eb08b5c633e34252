// Files a form kept from an earlier try that failed on another field (issue 13.3): shown as
// already attached, each with a checkbox to remove it; the server attaches the rest when the form
// is sent. Shared by the complaint form and the permit form's document fields.
import { translator, type Lang } from '../../src/platform/i18n/lang';

export interface KeptFile {
  id: string;
  filename: string;
  size: number;
}

/** The name of the remove checkboxes (src/modules/cases/pending-uploads.ts REMOVE_FIELD). */
export const KEPT_REMOVE_FIELD = 'hapus_berkas';

export function KeptFiles(p: { lang: Lang; files: readonly KeptFile[]; idPrefix: string }) {
  const t = translator(p.lang);
  if (!p.files.length) return null;
  return (
    <div class="kept-files" data-kept-files>
      <p class="hint">{t('Sudah terlampir (tidak perlu dipilih lagi):', 'Already attached (no need to choose them again):')}</p>
      <ul class="plain">
        {p.files.map((f, i) => (
          <li data-kept-file={f.filename}>
            <span class="kept-name">{f.filename}</span> <span class="muted">({Math.max(1, Math.ceil(f.size / 1024))} KB)</span>{' '}
            <input type="checkbox" id={`${p.idPrefix}-hapus-${i}`} name={KEPT_REMOVE_FIELD} value={f.id} />{' '}
            <label for={`${p.idPrefix}-hapus-${i}`}>{t(`Hapus ${f.filename}`, `Remove ${f.filename}`)}</label>
          </li>
        ))}
      </ul>
    </div>
  );
}
