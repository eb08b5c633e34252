// The staff case page's SLA: first response and resolution, each with its due instant and what is
// left (or how late it is) in working time, or that the clock stands still.
import type { CaseDetail } from '../../../../src/domain/cases/views';
import { translator, type Lang } from '../../../../src/platform/i18n/lang';
import { DueBadge } from '../common';

export function SlaSection(p: { lang: Lang; sla: CaseDetail['sla'] }) {
  const t = translator(p.lang);
  return (
    <section aria-labelledby="h-sla">
      <h2 id="h-sla">SLA</h2>
      <dl class="facts facts-wide">
        <div>
          <dt>{t('Tanggapan pertama', 'First response')}</dt>
          <dd data-sla="first-response" data-sla-status={p.sla.firstResponse.status}>
            <DueBadge lang={p.lang} {...p.sla.firstResponse} />
          </dd>
        </div>
        <div>
          <dt>{t('Penyelesaian', 'Resolution')}</dt>
          <dd data-sla="resolution" data-sla-status={p.sla.resolution.status}>
            <DueBadge lang={p.lang} {...p.sla.resolution} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
