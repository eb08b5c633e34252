// The files of a case as staff see them (every file, internal ones too): pictures as thumbnails,
// each a download (templates/_partials/attachment-list.tsx).
import type { CaseDetail } from '../../../../src/domain/cases/views';
import { translator, type Lang } from '../../../../src/platform/i18n/lang';
import { AttachmentList } from '../../../_partials/attachment-list';

export function Attachments(p: { lang: Lang; detail: CaseDetail }) {
  const t = translator(p.lang);
  const files = p.detail.attachments;
  if (!files.length) return <p class="muted">{t('Tidak ada lampiran.', 'No attachments.')}</p>;
  return (
    <AttachmentList
      lang={p.lang}
      class="attachments"
      files={files}
      href={(id) => `/staf/kasus/${p.detail.row.id}/lampiran/${id}`}
      note={(f) => `${f.contentType} · ${f.uploadedBy === 'staff' ? t('petugas', 'staff') : t('pelapor', 'citizen')}`}
    />
  );
}
