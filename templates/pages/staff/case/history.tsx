// The staff case page's full history: every event, internal ones included, with who did it and
// what changed; and the short list of changes a stale form is shown (conflict.tsx).
import { actorName, eventLabelOf } from '../../../../src/domain/cases/event-labels';
import { statusLabelOf, type EventRecord, type EventView, type KindSummary } from '../../../../src/domain/cases/views';
import { formatDateTime, formatRupiah, pick, translator, type Lang, type Msg } from '../../../../src/platform/i18n/lang';
import { Multiline } from '../common';


/** An event's name, as the citizen's tracking page names it too (src/domain/cases/event-labels.ts). */
export function eventLabel(kind: KindSummary, type: string, lang: Lang): string {
  return pick(eventLabelOf(kind, type), lang);
}

const VISIBILITY_LABELS: Record<string, Msg> = {
  public: { id: 'Publik', en: 'Public' },
  citizen: { id: 'Pelapor', en: 'Citizen' },
  internal: { id: 'Internal', en: 'Internal' },
};

/** Who did it: the officer's name, else the history's name for the actor. */
export function actorText(e: Pick<EventRecord, 'actorKind' | 'actorName'>, lang: Lang): string {
  if (e.actorKind === 'staff' && e.actorName) return e.actorName;
  return pick(actorName(e.actorKind), lang);
}

/** " · Diterima → Terverifikasi" when the event moved the case, else nothing. */
export function statusChange(kind: KindSummary, e: Pick<EventRecord, 'fromStatus' | 'toStatus'>, lang: Lang): string {
  return e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
    ? ` · ${pick(statusLabelOf(kind, e.fromStatus), lang)} → ${pick(statusLabelOf(kind, e.toStatus), lang)}`
    : '';
}

export function Timeline(p: { lang: Lang; kind: KindSummary; events: EventView[] }) {
  const t = translator(p.lang);
  return (
    <ol class="timeline case-history">
      {p.events.map((e) => (
        <li data-event={e.type} data-visibility={e.visibility}>
          <strong>{eventLabel(p.kind, e.type, p.lang)}</strong>{' '}
          <span class={e.visibility === 'internal' ? 'badge warn' : 'badge'}>{pick(VISIBILITY_LABELS[e.visibility] ?? { id: e.visibility, en: e.visibility }, p.lang)}</span>
          <br />
          <span class="muted">
            {formatDateTime(e.at, p.lang)} · {actorText(e, p.lang)}
            {statusChange(p.kind, e, p.lang)}
          </span>
          {e.type === 'forward' && e.data ? (
            <p>
              {t('Diteruskan ke', 'Forwarded to')}{' '}
              <strong>{String((p.lang === 'en' ? e.data['to_unit_name_en'] : null) ?? e.data['to_unit_name'] ?? e.data['to_unit'] ?? '')}</strong>
            </p>
          ) : null}
          {(e.type === 'assign' || e.type === 'claim') && e.data ? (
            <p>
              {t('Petugas', 'Assignee')}: <strong>{String(e.data['assignee_name'] ?? '')}</strong>
            </p>
          ) : null}
          {typeof e.data?.['fee'] === 'number' ? (
            <p data-event-fee>
              {t('Retribusi', 'Fee')}: <strong>{formatRupiah(e.data['fee'], p.lang)}</strong>
            </p>
          ) : null}
          {e.type === 'privacy_changed' && e.data ? (
            <p>
              {String(e.data['from'])} → <strong>{String(e.data['to'])}</strong>
            </p>
          ) : null}
          {e.message ? (
            <p class="event-message">
              <Multiline text={e.message} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function HistorySection(p: { lang: Lang; kind: KindSummary; events: EventView[] }) {
  const t = translator(p.lang);
  return (
    <section aria-labelledby="h-riwayat">
      <h2 id="h-riwayat">{t('Riwayat lengkap', 'Full history')}</h2>
      <Timeline lang={p.lang} kind={p.kind} events={p.events} />
    </section>
  );
}
