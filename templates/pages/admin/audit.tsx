import { AUDIT_DETAIL_KEYS, AUDIT_DETAIL_VALUES, auditWord } from '../../../src/domain/admin/audit-words';
import { AUDIT_PREFIXES } from '../../../src/domain/admin/vocabulary';
import type { AuditFilter, AuditRow } from '../../../src/domain/admin/views';
import { formatDateTime, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { AdminPage, Pager } from '../../_partials/admin-ui';

/** A stored detail value in the reader's language where it is a known code. */
function valueText(v: unknown, lang: Lang): string {
  const known = typeof v === 'string' || typeof v === 'boolean' ? auditWord(AUDIT_DETAIL_VALUES, String(v)) : null;
  if (known) return pick(known, lang);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The detail JSON as short "key: value" lines in the reader's language; anything unreadable is shown as stored. */
function Detail(p: { json: string | null; lang: Lang }) {
  if (!p.json) return <span class="muted">—</span>;
  let data: unknown;
  try {
    data = JSON.parse(p.json);
  } catch {
    return <code>{p.json}</code>;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return <code>{p.json}</code>;
  return (
    <ul class="audit-detail">
      {Object.entries(data as Record<string, unknown>).map(([k, v]) => {
        const key = auditWord(AUDIT_DETAIL_KEYS, k);
        return (
          <li>
            {key ? pick(key, p.lang) : <code>{k}</code>}: {valueText(v, p.lang)}
          </li>
        );
      })}
    </ul>
  );
}

export function AuditPage(p: {
  lang: Lang;
  filter: AuditFilter;
  actors: { id: number; name: string }[];
  rows: AuditRow[];
  total: number;
  /** more entries than `total` counts (the count stops at a cap) */
  more?: boolean;
  page: number;
  pages: number;
}) {
  const t = translator(p.lang);
  const hrefFor = (page: number) => {
    const s = new URLSearchParams();
    if (p.filter.event) s.set('event', p.filter.event);
    if (p.filter.actor !== null) s.set('actor', String(p.filter.actor));
    if (page > 1) s.set('hal', String(page));
    const q = s.toString();
    return `/admin/audit${q ? `?${q}` : ''}`;
  };
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/audit"
      title={t('Log audit', 'Audit log')}
      lead={t(
        'Jejak keamanan dan administrasi: masuk, penguncian, token, perubahan akun, peran, katalog dan hari libur. Terbaru di atas; waktu dalam WIB.',
        'Security and administration trail: sign-ins, lockouts, tokens, changes to accounts, roles, catalogue and holidays. Newest first; times in WIB.',
      )}
    >
      <form method="get" action="/admin/audit" class="stacked" role="search">
        <div class="field">
          <label for="f-event">{t('Awalan peristiwa', 'Event prefix')}</label>
          <span class="hint">
            {t('Misalnya staff. atau auth.sign_in. Pilihan cepat: ', 'For example staff. or auth.sign_in. Quick picks: ')}
            {AUDIT_PREFIXES.map((x) => (
              <>
                <a href={`/admin/audit?event=${encodeURIComponent(x)}`}>{x}</a>{' '}
              </>
            ))}
          </span>
          <input type="text" id="f-event" name="event" value={p.filter.event} maxlength={60} autocomplete="off" />
        </div>
        <div class="field">
          <label for="f-actor">{t('Pelaku', 'Actor')}</label>
          <select id="f-actor" name="actor">
            <option value="">{t('— semua —', '— everyone —')}</option>
            <option value="system" selected={p.filter.actor === 'system'}>
              {t('Sistem / tanpa akun', 'System / no account')}
            </option>
            {p.actors.map((a) => (
              <option value={String(a.id)} selected={p.filter.actor === a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <p class="actions">
          <button type="submit" class="button">
            {t('Saring', 'Filter')}
          </button>{' '}
          <a class="button" href="/admin/audit">
            {t('Hapus saringan', 'Clear filters')}
          </a>
        </p>
      </form>
      <p class="muted">
        {p.more
          ? t(`Lebih dari ${p.total} entri; saring menurut peristiwa atau pelaku untuk yang lebih lama.`, `More than ${p.total} entries; filter by event or actor for older ones.`)
          : t(`${p.total} entri.`, `${p.total} entries.`)}
      </p>
      {p.rows.length ? (
        <div class="table-scroll">
          <table class="data audit-log">
            <thead>
              <tr>
                <th scope="col">{t('Waktu (WIB)', 'Time (WIB)')}</th>
                <th scope="col">{t('Pelaku', 'Actor')}</th>
                <th scope="col">{t('Peristiwa', 'Event')}</th>
                <th scope="col">{t('Sasaran', 'Target')}</th>
                <th scope="col">{t('Alamat', 'Address')}</th>
                <th scope="col">{t('Rincian', 'Detail')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td data-label={t('Waktu (WIB)', 'Time (WIB)')}>
                    <time datetime={r.at.toISOString()}>{formatDateTime(r.at, p.lang)}</time>
                  </td>
                  <td data-label={t('Pelaku', 'Actor')}>{r.actorName ?? (r.actorId ? `#${r.actorId}` : t('Sistem', 'System'))}</td>
                  <td data-label={t('Peristiwa', 'Event')}>
                    <code>{r.event}</code>
                  </td>
                  <td data-label={t('Sasaran', 'Target')}>{r.target ?? '—'}</td>
                  <td data-label={t('Alamat', 'Address')}>{r.ip ?? '—'}</td>
                  <td data-label={t('Rincian', 'Detail')}>
                    <Detail json={r.detail} lang={p.lang} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t('Tidak ada entri yang cocok.', 'No matching entries.')}</p>
      )}
      <Pager lang={p.lang} page={p.page} pages={p.pages} hrefFor={hrefFor} />
    </AdminPage>
  );
}
