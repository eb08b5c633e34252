// The files of a case as staff see them (every file, internal ones too), each a download.
import type { CaseDetail } from '../../../../src/domain/cases/views';
import { translator, type Lang } from '../../../../src/platform/i18n/lang';

export function Attachments(p: { lang: Lang; detail: CaseDetail }) {
  const t = translator(p.lang);
  const files = p.detail.attachments;
  if (!files.length) return <p class="muted">{t('Tidak ada lampiran.', 'No attachments.')}</p>;
  return (
    <ul class="attachments">
      {files.map((f) => (
        <li>
          <a href={`/staf/kasus/${p.detail.row.id}/lampiran/${f.id}`}>{f.filename}</a>{' '}
          <span class="muted">
            ({f.contentType}, {Math.max(1, Math.round(f.size / 1024))} KB · {f.uploadedBy === 'staff' ? t('petugas', 'staff') : t('pelapor', 'citizen')})
          </span>
        </li>
      ))}
    </ul>
  );
}
