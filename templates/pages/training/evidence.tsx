import { EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, type EvidenceKind } from '../../../src/domain/training/evidence';
import { capNote, MAX_JP_PER_DAY } from '../../../src/domain/training/jp';
import type { EvidenceRow } from '../../../src/domain/training/views';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { SuccessBox, notDoneTitle } from './shared';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';

const kindLabel = (k: string, lang: Lang) => (k in EVIDENCE_KIND_LABELS ? pick(EVIDENCE_KIND_LABELS[k as EvidenceKind], lang) : k);

function StatusBadge(p: { lang: Lang; status: string }) {
  const t = translator(p.lang);
  return p.status === 'approved' ? (
    <span class="badge ok">{t('disetujui', 'approved')}</span>
  ) : p.status === 'rejected' ? (
    <span class="badge overdue">{t('ditolak', 'rejected')}</span>
  ) : (
    <span class="badge warn">{t('menunggu', 'pending')}</span>
  );
}

function FieldError(p: { lang: Lang; id: string; fields?: Record<string, Msg> | undefined }) {
  const m = p.fields?.[p.id];
  return m ? (
    <span class="field-error" id={`${p.id}-err`}>
      {pick(m, p.lang)}
    </span>
  ) : null;
}

export function EvidencePage(p: {
  lang: Lang;
  csrf: string;
  /** with the JP an approval credited (the daily cap may credit fewer than asked) */
  items: (EvidenceRow & { credited: number | null })[];
  values?: Record<string, string>;
  error?: Msg | null;
  fields?: Record<string, Msg>;
  notice?: Msg | null;
}) {
  const t = translator(p.lang);
  const v = p.values ?? {};
  const f = p.fields;
  const described = (id: string) => (f?.[id] ? `${id}-err` : undefined);
  return (
    <div class="wrap narrow evidence-page">
      <p class="muted">
        <a href="/pelatihan/saya">{t('Catatan pelatihan saya', 'My training record')}</a>
      </p>
      <h1>{t('Bukti pembelajaran lain', 'Other learning evidence')}</h1>
      <p class="lead">
        {t(
          'Coaching, mentoring, belajar di tempat kerja, atau pelatihan di luar Pelita diakui sebagai pengembangan kompetensi (ASN Corporate University). Kirim buktinya sekali per kegiatan; kepala bidang/seksi di unit Anda memutuskan (bila tidak ada, unit induk Anda atau BKPSDM), dan JP yang disetujui masuk catatan Anda pada hari dan tahun kegiatannya.',
          'Coaching, mentoring, on-the-job learning or training outside Pelita count as competency development (ASN Corporate University). Send the evidence once per activity; a supervisor of your unit decides (if there is none, your parent unit or BKPSDM), and approved JP go on your record on the days and in the year of the learning.',
        )}
      </p>
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={f} idPrefix="" title={notDoneTitle(p.lang)} />
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      <form method="post" action="/pelatihan/saya/bukti" enctype="multipart/form-data" class="stacked">
        <CsrfField token={p.csrf} />
        <div class="field">
          <label for="jenis">{t('Jenis pembelajaran', 'Kind of learning')}</label>
          <FieldError lang={p.lang} id="jenis" fields={f} />
          <select id="jenis" name="jenis" aria-describedby={described('jenis')}>
            <option value="">{t('— pilih —', '— choose —')}</option>
            {EVIDENCE_KINDS.map((k) => (
              <option value={k} selected={v['jenis'] === k}>
                {kindLabel(k, p.lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="judul">{t('Judul kegiatan', 'Title of the activity')}</label>
          <FieldError lang={p.lang} id="judul" fields={f} />
          <input id="judul" name="judul" value={v['judul'] ?? ''} maxlength={200} aria-describedby={described('judul')} />
        </div>
        <div class="field">
          <label for="penyelenggara">{t('Penyelenggara / pembimbing (opsional)', 'Provider / coach (optional)')}</label>
          <FieldError lang={p.lang} id="penyelenggara" fields={f} />
          <input id="penyelenggara" name="penyelenggara" value={v['penyelenggara'] ?? ''} maxlength={200} aria-describedby={described('penyelenggara')} />
        </div>
        <div class="field">
          <label for="mulai">{t('Tanggal mulai', 'Start date')}</label>
          <FieldError lang={p.lang} id="mulai" fields={f} />
          <input id="mulai" name="mulai" type="date" value={v['mulai'] ?? ''} aria-describedby={described('mulai')} />
        </div>
        <div class="field">
          <label for="selesai">{t('Tanggal selesai', 'End date')}</label>
          <FieldError lang={p.lang} id="selesai" fields={f} />
          <input id="selesai" name="selesai" type="date" value={v['selesai'] ?? ''} aria-describedby={described('selesai')} />
        </div>
        <div class="field">
          <label for="jp">JP</label>
          <span class="muted">{t(`1 JP = 45 menit; paling banyak ${MAX_JP_PER_DAY} JP per hari.`, `1 JP = 45 minutes; at most ${MAX_JP_PER_DAY} JP a day.`)}</span>
          <FieldError lang={p.lang} id="jp" fields={f} />
          <input id="jp" name="jp" inputmode="numeric" value={v['jp'] ?? ''} aria-describedby={described('jp')} />
        </div>
        <div class="field">
          <label for="berkas">{t('Berkas bukti (PDF, JPEG, PNG; maks. 5 MB)', 'Evidence file (PDF, JPEG, PNG; max 5 MB)')}</label>
          <FieldError lang={p.lang} id="berkas" fields={f} />
          {f ? <span class="muted">{t('Demi keamanan, pilih berkasnya sekali lagi.', 'For security, choose the file again.')}</span> : null}
          <input id="berkas" name="berkas" type="file" accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby={described('berkas')} />
        </div>
        <p class="actions">
          <button type="submit" class="button primary">{t('Kirim bukti', 'Submit evidence')}</button>
        </p>
      </form>
      <section aria-labelledby="h-bukti">
        <h2 id="h-bukti">{t('Bukti yang sudah dikirim', 'Evidence submitted')}</h2>
        {p.items.length ? (
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('Kegiatan', 'Activity')}</th>
                <th scope="col">{t('Periode', 'Period')}</th>
                <th scope="col">JP</th>
                <th scope="col">{t('Status', 'Status')}</th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((e) => (
                <tr>
                  <td data-label={t('Kegiatan', 'Activity')}>
                    {kindLabel(e.kind, p.lang)}: {e.title} · <a href={`/pelatihan/bukti/${e.id}/berkas`}>{t('berkas', 'file')}</a>
                  </td>
                  <td data-label={t('Periode', 'Period')}>
                    {e.startDate} – {e.endDate}
                  </td>
                  <td data-label="JP">{e.jp}</td>
                  <td data-label={t('Status', 'Status')}>
                    <StatusBadge lang={p.lang} status={e.status} />
                    {e.credited !== null && capNote(e.jp, e.credited) ? <p class="muted">{pick(capNote(e.jp, e.credited)!, p.lang)}</p> : null}
                    {e.decisionReason ? <p class="muted">{e.decisionReason}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="muted">{t('Belum ada bukti yang dikirim.', 'No evidence submitted yet.')}</p>
        )}
      </section>
    </div>
  );
}

export function ApprovalsPage(p: {
  lang: Lang;
  csrf: string;
  /** `via`: why it is for this decider (their own unit's, a sub-unit's without a supervisor, or BKPSDM's last resort) */
  items: { evidence: EvidenceRow; name: string; nip: string; via: 'unit' | 'parent' | 'bkpsdm' }[];
  error?: Msg | null;
  fields?: Record<string, Msg>;
  failedId?: number;
  notice?: Msg | null;
}) {
  const t = translator(p.lang);
  return (
    <div class="wrap approvals-page">
      <h1>{t('Persetujuan bukti pembelajaran', 'Learning evidence approvals')}</h1>
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={p.fields} idPrefix="" title={notDoneTitle(p.lang)} />
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      {p.items.length ? (
        <ul class="card-grid">
          {p.items.map(({ evidence: e, name, nip, via }) => (
            <li class="card" id={`bukti-${e.id}`}>
              <p>
                <strong>{name}</strong> <span class="muted">NIP {nip}</span>
              </p>
              {via !== 'unit' ? (
                <p class="muted">
                  {via === 'parent'
                    ? t('Diteruskan kepada Anda: unit pegawai ini tidak memiliki kepala bidang/seksi lain.', 'Passed to you: this staff member’s unit has no other supervisor.')
                    : t('Diteruskan ke BKPSDM: unit pegawai ini dan unit induknya tidak memiliki kepala bidang/seksi lain.', 'Passed to BKPSDM: neither this staff member’s unit nor its parent units have another supervisor.')}
                </p>
              ) : null}
              <p>
                {kindLabel(e.kind, p.lang)}: {e.title}
                {e.provider ? ` (${e.provider})` : ''}
                <br />
                {e.startDate} – {e.endDate} · {e.jp} JP
                <br />
                <span class="muted">
                  {t('Dikirim', 'Submitted')} {formatDateTime(e.submittedAt, p.lang)}
                </span>
              </p>
              <p>
                <a href={`/pelatihan/bukti/${e.id}/berkas`}>{t('Buka berkas bukti', 'Open the evidence file')}</a>
              </p>
              <form method="post" action={`/pelatihan/bukti/${e.id}/putusan`} class="stacked">
                <CsrfField token={p.csrf} />
                <div class="field">
                  <label for={`alasan-${e.id}`}>{t('Catatan / alasan (wajib bila menolak)', 'Note / reason (required to reject)')}</label>
                  {p.failedId === e.id && p.fields?.['alasan'] ? <span class="field-error">{pick(p.fields['alasan'], p.lang)}</span> : null}
                  <textarea id={`alasan-${e.id}`} name="alasan" rows={2} maxlength={500}></textarea>
                </div>
                <p class="actions">
                  <button type="submit" name="keputusan" value="setujui" class="button primary">
                    {t('Setujui', 'Approve')}
                  </button>{' '}
                  <button type="submit" name="keputusan" value="tolak" class="button">
                    {t('Tolak', 'Reject')}
                  </button>
                </p>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('Tidak ada bukti yang menunggu keputusan.', 'No evidence waiting for a decision.')}</p>
      )}
    </div>
  );
}
