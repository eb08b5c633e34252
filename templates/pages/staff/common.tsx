// Small pieces shared by the staff queue and case page: status badges and SLA badges.
import type { Bilingual } from '../../../src/domain/cases/state-machine';
import type { StatusTone } from '../../../src/domain/cases/views';
import { formatDateTime, pick, translator, type Lang } from '../../../src/platform/i18n/lang';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Working time as "2 hari 3 jam" / "2 days 3 hours" (minutes under an hour). */
export function formatWorking(ms: number, lang: Lang): string {
  const t = translator(lang);
  const abs = Math.abs(ms);
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  const m = Math.floor((abs % HOUR) / 60_000);
  const parts: string[] = [];
  if (d) parts.push(t(`${d} hari`, `${d} day${d === 1 ? '' : 's'}`));
  if (h) parts.push(t(`${h} jam`, `${h} hour${h === 1 ? '' : 's'}`));
  if (!d && !h) parts.push(t(`${m} menit`, `${m} minute${m === 1 ? '' : 's'}`));
  return parts.join(' ');
}

/** The badge's class for a status's tone: a good end (ok) or waiting for the citizen (warn). */
export function statusBadgeClass(tone: StatusTone | null | undefined): string {
  return tone === 'ok' ? 'badge ok' : tone === 'warn' ? 'badge warn' : 'badge';
}

/** A status in its kind's words, toned by statusBadgeClass. */
export function StatusBadge(p: { status: string; label: Bilingual; tone?: StatusTone | null | undefined; lang: Lang }) {
  const cls = statusBadgeClass(p.tone);
  return (
    <span class={cls} data-status={p.status}>
      {pick(p.label, p.lang)}
    </span>
  );
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

/** An ASN's name, linked to their record where the reader may open it (issue 13.8). */
export function AsnName(p: { name: string; href: string | null }) {
  return p.href ? <a href={p.href}>{p.name}</a> : <>{p.name}</>;
}
