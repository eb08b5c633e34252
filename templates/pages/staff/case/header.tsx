// The top of the staff case page: back to the queue, the title, and the line that says what the
// case is (tracking code, status in its kind's words, service, unit).
import type { CaseDetail } from '../../../../src/domain/cases/views';
import { statusLabelOf } from '../../../../src/domain/cases/views';
import { pick, translator, type Lang } from '../../../../src/platform/i18n/lang';
import { StatusBadge } from '../common';

export function CaseHeader(p: { lang: Lang; detail: CaseDetail }) {
  const t = translator(p.lang);
  const d = p.detail;
  const c = d.row;
  return (
    <>
      <p class="breadcrumb">
        <a href="/staf">{t('← Antrean', '← Queue')}</a>
      </p>
      <h1>{c.title}</h1>
      <p class="lead">
        <code>{c.trackingCode}</code> ·{' '}
        <StatusBadge status={c.status} label={statusLabelOf(d.kind, c.status)} tone={d.kind.tones[c.status]} lang={p.lang} /> ·{' '}
        {pick(d.service.name, p.lang)} · {p.lang === 'en' ? d.unit.nameEn : d.unit.name}
      </p>
    </>
  );
}
