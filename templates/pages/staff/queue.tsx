import type { AssigneeFilter, QueueResult, QueueRow, StatusFilter } from '../../../src/domain/cases/views';
import { PRIVACY_LABELS } from '../../../src/domain/cases/privacy';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { AsnName, DueBadge, StatusBadge } from './common';

export interface QueueFormValues {
  status: StatusFilter;
  layanan: string;
  kelurahan: string;
  petugas: AssigneeFilter;
  terlambat: boolean;
  unit: string;
}

export interface QueuePageProps {
  lang: Lang;
  /** heading: the unit shown, or "all units" */
  scopeLabel: string;
  readOnly: boolean;
  values: QueueFormValues;
  result: QueueResult;
  /** working ms left per case id (negative = overdue by) */
  remaining: Record<string, number>;
  /** what a case's kind flags beside it (a permit near its legal deadline) */
  flags: Record<string, { label: Msg; tone: 'warn' | 'overdue' }>;
  /** per case id, the link on its assignee's name where the reader may open their record (13.8) */
  asnLinks: Record<string, string>;
  services: { code: string; nameId: string; nameEn: string }[];
  kelurahan: { code: string; name: string }[];
  officers: { id: number; name: string }[];
  /** officials and admins choose a unit; null for unit staff */
  units: { code: string; name: string }[] | null;
  /** a case just forwarded away from this unit */
  forwarded?: { code: string; unit: string } | null;
}

export function queueQuery(v: QueueFormValues, override: Partial<QueueFormValues> = {}): string {
  const x = { ...v, ...override };
  const q = new URLSearchParams();
  if (x.status !== 'open') q.set('status', x.status);
  if (x.layanan) q.set('layanan', x.layanan);
  if (x.kelurahan) q.set('kelurahan', x.kelurahan);
  if (x.petugas !== 'any') q.set('petugas', String(x.petugas));
  if (x.terlambat) q.set('terlambat', '1');
  if (x.unit) q.set('unit', x.unit);
  const s = q.toString();
  return s ? `?${s}` : '';
}

function Row(p: {
  lang: Lang;
  r: QueueRow;
  remaining: number | undefined;
  showUnit: boolean;
  flag: { label: Msg; tone: 'warn' | 'overdue' } | undefined;
  asnHref: string | null;
}) {
  const t = translator(p.lang);
  const r = p.r;
  const open = r.open;
  const paused = open && r.pausedSince !== null;
  const firstPending = r.firstRespondedAt === null;
  return (
    <tr class={r.overdue ? 'overdue-row' : undefined} data-case={r.id}>
      <td data-label={t('Kode', 'Code')}>
        <a href={`/staf/kasus/${r.id}`}>
          <code>{r.trackingCode}</code>
        </a>
      </td>
      <td data-label={t('Judul', 'Title')}>
        <a href={`/staf/kasus/${r.id}`}>{r.title}</a>
        {r.privacy === 'rahasia' ? (
          <>
            {' '}
            <span class="badge warn">{pick(PRIVACY_LABELS.rahasia, p.lang)}</span>
          </>
        ) : null}
        {p.flag ? (
          <>
            {' '}
            <span class={`badge ${p.flag.tone}`} data-flag={p.flag.tone}>
              {pick(p.flag.label, p.lang)}
            </span>
          </>
        ) : null}
      </td>
      <td data-label={t('Kategori', 'Category')}>{pick(r.serviceName, p.lang)}</td>
      <td data-label={t('Kelurahan', 'Kelurahan')}>{r.kelurahanName ?? '–'}</td>
      {p.showUnit ? <td data-label={t('Unit', 'Unit')}>{r.unitCode}</td> : null}
      <td data-label={t('Status', 'Status')}>
        <StatusBadge status={r.status} label={r.statusLabel} tone={r.statusTone} lang={p.lang} />
      </td>
      <td data-label={t('Petugas', 'Assignee')}>{r.assigneeName ? <AsnName name={r.assigneeName} href={p.asnHref} /> : <span class="muted">{t('Belum ada', 'Unassigned')}</span>}</td>
      <td data-label={t('Tenggat', 'Due')}>
        {open ? (
          <>
            <span class="muted">{firstPending ? t('Tanggapan pertama', 'First response') : t('Penyelesaian', 'Resolution')}: </span>
            <DueBadge
              lang={p.lang}
              dueAt={r.nextDueAt}
              remainingMs={p.remaining ?? null}
              status={paused ? 'paused' : r.overdue ? 'overdue' : 'running'}
            />
            {paused && r.citizenDueAt ? (
              <>
                <br />
                <span class="muted" data-citizen-due={r.citizenDueAt.toISOString()}>
                  {t('Pelapor menjawab paling lambat', 'The citizen answers by')} {formatDateTime(r.citizenDueAt, p.lang)}
                </span>
              </>
            ) : null}
          </>
        ) : (
          <span class="muted">{formatDateTime(r.resolutionDueAt, p.lang)}</span>
        )}
      </td>
    </tr>
  );
}

/** The part htmx swaps when a filter changes: counts and the table. */
export function QueueResults(p: QueuePageProps) {
  const t = translator(p.lang);
  const showUnit = p.units !== null;
  const res = p.result;
  return (
    <section id="hasil-antrean" aria-live="polite" aria-label={t('Hasil antrean', 'Queue results')}>
      <dl class="facts status-counts" aria-label={t('Jumlah per status', 'Counts per status')}>
        <div>
          <dt>{t('Terbuka', 'Open')}</dt>
          <dd>
            <a href={`/staf${queueQuery(p.values, { status: 'open', terlambat: false })}`} aria-current={p.values.status === 'open' ? 'true' : undefined}>
              <strong data-count="open">{res.openCount}</strong>
            </a>
          </dd>
        </div>
        <div>
          <dt class="overdue">{t('Terlambat', 'Overdue')}</dt>
          <dd>
            <a href={`/staf${queueQuery(p.values, { terlambat: true, status: 'open' })}`} class="overdue">
              <strong data-count="overdue">{res.overdueCount}</strong>
            </a>
          </dd>
        </div>
        {res.statuses.map((s) => (
          <div>
            <dt>{pick(s.label, p.lang)}</dt>
            <dd>
              <a href={`/staf${queueQuery(p.values, { status: s.status, terlambat: false })}`} aria-current={p.values.status === s.status ? 'true' : undefined}>
                <strong data-count={s.status}>{s.count}</strong>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p class="muted" data-total={res.total}>
        {res.total > res.rows.length
          ? t(`Menampilkan ${res.rows.length} dari ${res.total} kasus.`, `Showing ${res.rows.length} of ${res.total} cases.`)
          : t(`${res.total} kasus.`, `${res.total} cases.`)}
      </p>
      {res.rows.length ? (
        <div class="table-scroll">
          <table
            class="data queue-table"
            aria-label={t('Pengaduan, yang terlambat lebih dulu, lalu menurut tenggat', 'Complaints, overdue first, then by due time')}
          >
            <thead>
              <tr>
                <th scope="col">{t('Kode', 'Code')}</th>
                <th scope="col">{t('Judul', 'Title')}</th>
                <th scope="col">{t('Kategori', 'Category')}</th>
                <th scope="col">{t('Kelurahan', 'Kelurahan')}</th>
                {showUnit ? <th scope="col">{t('Unit', 'Unit')}</th> : null}
                <th scope="col">{t('Status', 'Status')}</th>
                <th scope="col">{t('Petugas', 'Assignee')}</th>
                <th scope="col">{t('Tenggat', 'Due')}</th>
              </tr>
            </thead>
            <tbody>
              {res.rows.map((r) => (
                <Row lang={p.lang} r={r} remaining={p.remaining[r.id]} showUnit={showUnit} flag={p.flags[r.id]} asnHref={p.asnLinks[r.id] ?? null} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="notice">{t('Tidak ada kasus yang cocok dengan filter ini.', 'No cases match these filters.')}</p>
      )}
    </section>
  );
}

export function QueuePage(p: QueuePageProps) {
  const t = translator(p.lang);
  const v = p.values;
  return (
    <div class="wrap staff-queue">
      <h1>{t('Antrean pengaduan', 'Complaint queue')}</h1>
      <p class="lead">
        {p.scopeLabel}
        {p.readOnly ? ` · ${t('hanya baca', 'read only')}` : ''}
      </p>
      {p.forwarded ? (
        <p class="success-box" role="status">
          {t(
            `Kasus ${p.forwarded.code} telah diteruskan ke ${p.forwarded.unit}. Kasus itu kini ada di antrean unit tersebut.`,
            `Case ${p.forwarded.code} was forwarded to ${p.forwarded.unit}. It is now in that unit’s queue.`,
          )}
        </p>
      ) : null}
      <form
        method="get"
        action="/staf"
        class="queue-filters"
        hx-get="/staf"
        hx-target="#hasil-antrean"
        hx-swap="outerHTML"
        hx-push-url="true"
        hx-trigger="change, submit"
      >
        <div class="facts facts-wide filter-row">
          {p.units ? (
            <div class="field">
              <label for="f-unit">{t('Unit', 'Unit')}</label>
              <select id="f-unit" name="unit">
                <option value="">{t('Semua unit', 'All units')}</option>
                {p.units.map((u) => (
                  <option value={u.code} selected={v.unit === u.code}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div class="field">
            <label for="f-status">{t('Status', 'Status')}</label>
            <select id="f-status" name="status">
              <option value="open" selected={v.status === 'open'}>
                {t('Semua yang terbuka', 'All open')}
              </option>
              {p.result.statuses.map((s) => (
                <option value={s.status} selected={v.status === s.status}>
                  {pick(s.label, p.lang)}
                </option>
              ))}
              <option value="all" selected={v.status === 'all'}>
                {t('Semua status', 'Every status')}
              </option>
            </select>
          </div>
          <div class="field">
            <label for="f-layanan">{t('Kategori', 'Category')}</label>
            <select id="f-layanan" name="layanan">
              <option value="">{t('Semua kategori', 'All categories')}</option>
              {p.services.map((s) => (
                <option value={s.code} selected={v.layanan === s.code}>
                  {p.lang === 'en' ? s.nameEn : s.nameId}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-kelurahan">{t('Kelurahan', 'Kelurahan')}</label>
            <select id="f-kelurahan" name="kelurahan">
              <option value="">{t('Semua kelurahan', 'All kelurahan')}</option>
              {p.kelurahan.map((k) => (
                <option value={k.code} selected={v.kelurahan === k.code}>
                  {k.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-petugas">{t('Petugas', 'Assignee')}</label>
            <select id="f-petugas" name="petugas">
              <option value="" selected={v.petugas === 'any'}>
                {t('Siapa saja', 'Anyone')}
              </option>
              <option value="mine" selected={v.petugas === 'mine'}>
                {t('Tugas saya', 'Mine')}
              </option>
              <option value="none" selected={v.petugas === 'none'}>
                {t('Belum ditugaskan', 'Unassigned')}
              </option>
              {p.officers.map((o) => (
                <option value={String(o.id)} selected={v.petugas === o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field checkbox-field">
            <label>
              <input type="checkbox" name="terlambat" value="1" checked={v.terlambat} /> {t('Hanya yang terlambat', 'Overdue only')}
            </label>
          </div>
          <div class="field">
            <button type="submit" class="button">
              {t('Terapkan filter', 'Apply filters')}
            </button>{' '}
            <a href="/staf">{t('Atur ulang', 'Reset')}</a>
          </div>
        </div>
      </form>
      <QueueResults {...p} />
    </div>
  );
}
