// Small pieces shared by the staff queue and case page: status labels and SLA badges.
import { STATUS_LABELS, isComplaintStatus } from '../../../src/domain/cases/state-machine';
import { formatDateTime, formatWorking, pick, translator, type Lang } from '../../../src/platform/i18n/lang';

export function statusLabel(status: string, lang: Lang): string {
  return isComplaintStatus(status) ? pick(STATUS_LABELS[status], lang) : status;
}

export function StatusBadge(p: { status: string; lang: Lang }) {
  const cls = ['resolved', 'closed'].includes(p.status) ? 'badge ok' : p.status === 'info_requested' ? 'badge warn' : 'badge';
  return <span class={cls} data-status={p.status}>{statusLabel(p.status, p.lang)}</span>;
}

/** Due instant plus what is left (or how late it is), in working time. */
export function DueBadge(p: {
  lang: Lang;
  dueAt: Date;
  remainingMs: number | null;
  status: 'met' | 'breached' | 'running' | 'overdue' | 'paused';
  doneAt?: Date | null;
}) {
  const t = translator(p.lang);
  const when = formatDateTime(p.dueAt, p.lang);
  if (p.status === 'met')
    return (
      <span>
        <span class="badge ok">{t('Terpenuhi', 'Met')}</span> <span class="muted">{t('tenggat', 'due')} {when}</span>
      </span>
    );
  if (p.status === 'breached')
    return (
      <span>
        <span class="badge overdue">{t('Terlambat', 'Breached')}</span> <span class="muted">{t('tenggat', 'due')} {when}</span>
      </span>
    );
  if (p.status === 'paused')
    return (
      <span>
        <span class="badge warn">{t('Jam SLA berhenti (menunggu warga)', 'SLA clock stopped (waiting for the citizen)')}</span>{' '}
        <span class="muted">{t('sisa', 'left')} {formatWorking(p.remainingMs ?? 0, p.lang)}</span>
      </span>
    );
  if (p.status === 'overdue')
    return (
      <span>
        <span class="badge overdue">
          {t('Terlambat', 'Overdue by')} {formatWorking(p.remainingMs ?? 0, p.lang)} {t('kerja', 'working time')}
        </span>{' '}
        <span class="muted">{t('tenggat', 'due')} {when}</span>
      </span>
    );
  return (
    <span>
      <span class="badge">
        {t('Sisa', '')} {formatWorking(p.remainingMs ?? 0, p.lang)} {t('kerja', 'working time left')}
      </span>{' '}
      <span class="muted">{t('tenggat', 'due')} {when}</span>
    </span>
  );
}

/** Text typed by people, with its line breaks kept (no CSS needed). */
export function Multiline(p: { text: string }) {
  const lines = p.text.split(/\r?\n/);
  return (
    <>
      {lines.map((l, i) => (
        <>
          {i > 0 ? <br /> : null}
          {l}
        </>
      ))}
    </>
  );
}
