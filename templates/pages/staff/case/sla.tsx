// The staff case page's SLA: first response and resolution, each with its due instant and what is
// left (or how late it is) in working time, or that the clock stands still; while it stands still,
// by when the citizen must answer; and how far a breach was escalated.
import type { CaseDetail } from '../../../../src/domain/cases/views';
import { formatDateTime, translator, type Lang } from '../../../../src/platform/i18n/lang';
import { DueBadge } from '../common';

export function SlaSection(p: { lang: Lang; sla: CaseDetail['sla']; citizenDueAt: Date | null; escalationLevel: number }) {
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
        {p.citizenDueAt ? (
          <div>
            <dt>{t('Batas waktu jawaban pelapor', 'The citizen’s answer deadline')}</dt>
            <dd data-citizen-due={p.citizenDueAt.toISOString()}>
              {formatDateTime(p.citizenDueAt, p.lang)}{' '}
              <span class="muted">{t('(sesudahnya jam SLA berjalan lagi)', '(then the SLA clock runs again)')}</span>
            </dd>
          </div>
        ) : null}
        {p.escalationLevel > 0 ? (
          <div>
            <dt>{t('Eskalasi', 'Escalation')}</dt>
            <dd data-escalation-level={String(p.escalationLevel)}>
              {p.escalationLevel === 2 ? t('Tingkat 2 (unit di atasnya atau koordinator)', 'Level 2 (the unit above, or the coordinators)') : t('Tingkat 1', 'Level 1')}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
