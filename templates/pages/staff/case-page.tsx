import { raw } from 'hono/html';
import type { StaleDetails, StaffAction } from '../../../src/modules/cases/staff-actions';
import { ACTION_LABELS, isComplaintAction } from '../../../src/domain/cases/state-machine';
import { ACTOR_NAMES, eventLabel } from '../../../src/domain/cases/event-labels';
import { isPrivacy, isTightening, privacyLabel, PRIVACY_LEVELS, PRIVACY_LABELS, PRIVACY_MEANINGS } from '../../../src/domain/cases/privacy';
import type { CaseDetail, EventView } from '../../../src/modules/staff/data';
import { formatDateTime, formatLocalDate, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { DueBadge, Multiline, StatusBadge, statusLabel } from './common';

export interface ActionFormState {
  /** the form these values and errors belong to */
  action: string;
  values: Record<string, string>;
  errors: Record<string, Msg>;
  /** a message for the whole form (e.g. the action is not allowed any more) */
  error?: Msg | null;
}

export interface CasePageProps {
  lang: Lang;
  csrf: string;
  nonce?: string | undefined;
  detail: CaseDetail;
  officers: { id: number; name: string }[];
  units: { code: string; name: string }[];
  templates: { id: number; title: string; body: string }[];
  /** the action just done (after the redirect) */
  done?: string | null;
  conflict?: StaleDetails | null;
  form?: ActionFormState | null;
  /** a decline as "not our authority" turns into a suggestion to forward */
  suggestForward?: boolean;
}

/** A privacy level with what it keeps from the public: "Anonim (identitas dirahasiakan)". */
function privacyText(value: string, lang: Lang): string {
  return isPrivacy(value) ? `${pick(PRIVACY_LABELS[value], lang)} (${pick(PRIVACY_MEANINGS[value], lang)})` : value;
}

const VISIBILITY_LABELS: Record<string, Msg> = {
  public: { id: 'Publik', en: 'Public' },
  citizen: { id: 'Pelapor', en: 'Citizen' },
  internal: { id: 'Internal', en: 'Internal' },
};

function actorText(e: Pick<EventView, 'actorKind' | 'actorName'>, lang: Lang): string {
  if (e.actorKind === 'staff' && e.actorName) return e.actorName;
  return pick(ACTOR_NAMES[e.actorKind as keyof typeof ACTOR_NAMES] ?? ACTOR_NAMES.system, lang);
}

function Timeline(p: { lang: Lang; events: EventView[] }) {
  const t = translator(p.lang);
  return (
    <ol class="timeline case-history">
      {p.events.map((e) => (
        <li data-event={e.type} data-visibility={e.visibility}>
          <strong>{pick(eventLabel(e.type), p.lang)}</strong>{' '}
          <span class={e.visibility === 'internal' ? 'badge warn' : 'badge'}>{pick(VISIBILITY_LABELS[e.visibility] ?? { id: e.visibility, en: e.visibility }, p.lang)}</span>
          <br />
          <span class="muted">
            {formatDateTime(e.at, p.lang)} · {actorText(e, p.lang)}
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
              ? ` · ${statusLabel(e.fromStatus, p.lang)} → ${statusLabel(e.toStatus, p.lang)}`
              : ''}
          </span>
          {e.type === 'forward' && e.data ? (
            <p>
              {t('Diteruskan ke', 'Forwarded to')} <strong>{String(e.data['to_unit_name'] ?? e.data['to_unit'] ?? '')}</strong>
            </p>
          ) : null}
          {(e.type === 'assign' || e.type === 'claim') && e.data ? (
            <p>
              {t('Petugas', 'Assignee')}: <strong>{String(e.data['assignee_name'] ?? '')}</strong>
            </p>
          ) : null}
          {e.type === 'privacy_changed' && e.data ? (
            <p>
              {pick(privacyLabel(String(e.data['from'])), p.lang)} → <strong>{pick(privacyLabel(String(e.data['to'])), p.lang)}</strong>
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

function ConflictBox(p: { lang: Lang; conflict: StaleDetails }) {
  const t = translator(p.lang);
  return (
    <div class="error-summary" role="alert" id="perubahan">
      <h2>{t('Kasus ini sudah diubah orang lain', 'Someone else changed this case')}</h2>
      <p>
        {t(
          'Tindakan Anda belum disimpan agar tidak menimpa perubahan tersebut. Isian Anda masih ada di formulir di bawah. Periksa perubahan berikut, lalu kirim lagi bila masih perlu.',
          'Your action was not saved, so nothing was overwritten. What you typed is still in the form below. Review these changes, then submit again if still needed.',
        )}
      </p>
      <p>
        {t('Status sekarang', 'Current status')}: <strong>{statusLabel(p.conflict.currentStatus, p.lang)}</strong>
      </p>
      {p.conflict.changes.length ? (
        <ul class="conflict-changes">
          {p.conflict.changes.map((e) => (
            <li>
              <strong>{pick(eventLabel(e.type), p.lang)}</strong> — {formatDateTime(e.at, p.lang)} · {actorText(e, p.lang)}
              {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
                ? ` · ${statusLabel(e.fromStatus, p.lang)} → ${statusLabel(e.toStatus, p.lang)}`
                : ''}
              {e.message ? (
                <blockquote>
                  <Multiline text={e.message} />
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function FieldError(p: { lang: Lang; form: ActionFormState | null | undefined; action: string; field: string; id: string }) {
  const m = p.form && p.form.action === p.action ? p.form.errors[p.field] : undefined;
  return m ? (
    <span class="field-error" id={p.id}>
      {pick(m, p.lang)}
    </span>
  ) : null;
}

const INTRO: Record<StaffAction, Msg> = {
  verify: {
    id: 'Laporan lengkap dan menjadi kewenangan unit ini. Tingkat kerahasiaan dapat diperketat bila perlu.',
    en: 'The report is complete and within this unit’s authority. Privacy can be tightened if needed.',
  },
  decline: { id: 'Tolak laporan dengan alasan yang akan dibaca pelapor.', en: 'Decline the report with a reason the citizen will read.' },
  claim: { id: 'Ambil kasus yang belum ditugaskan ini sebagai tugas Anda.', en: 'Take this unassigned case as your own.' },
  assign: { id: 'Tugaskan kasus kepada petugas unit ini.', en: 'Assign the case to an officer of this unit.' },
  forward: {
    id: 'Teruskan (disposisi) ke unit yang berwenang. Kasus pindah ke unit itu dengan status Diterima.',
    en: 'Forward to the responsible unit. The case moves there with the status Received.',
  },
  reply: { id: 'Balasan publik: dibaca pelapor dan tampil di halaman lacak.', en: 'Public reply: the citizen reads it on the tracking page.' },
  note: { id: 'Catatan internal: tidak pernah ditampilkan kepada pelapor.', en: 'Internal note: never shown to the citizen.' },
  request_info: {
    id: 'Minta informasi tambahan dari pelapor. Jam SLA berhenti sampai pelapor menjawab.',
    en: 'Ask the citizen for more information. The SLA clock stops until they answer.',
  },
  resolve: {
    id: 'Uraian penyelesaian untuk publik, dengan foto bukti bila ada (JPEG, PNG, WebP, atau PDF; maks. 5 berkas, 5 MB per berkas).',
    en: 'A public resolution text, with photo evidence if any (JPEG, PNG, WebP or PDF; at most 5 files, 5 MB each).',
  },
  close: { id: 'Tutup kasus yang sudah selesai atau ditolak.', en: 'Close a resolved or declined case.' },
};

function ActionForm(p: CasePageProps & { action: StaffAction }) {
  const t = translator(p.lang);
  const a = p.action;
  const c = p.detail.row;
  const mine = p.form && p.form.action === a ? p.form : null;
  const val = (k: string) => mine?.values[k] ?? (p.suggestForward && a === 'forward' && k === 'message' ? (p.form?.values['message'] ?? '') : '');
  const hasErr = (k: string) => (mine?.errors[k] ? 'field has-error' : 'field');
  const fid = (k: string) => `${a}-${k}`;
  const msgField = (label: string, hint?: string) => (
    <div class={hasErr('message')}>
      <label for={fid('message')}>{label}</label>
      {hint ? <span class="hint">{hint}</span> : null}
      <FieldError lang={p.lang} form={p.form} action={a} field="message" id={fid('message-error')} />
      <textarea
        id={fid('message')}
        name="message"
        rows={6}
        maxlength={4000}
        aria-describedby={mine?.errors['message'] ? fid('message-error') : undefined}
      >
        {val('message')}
      </textarea>
    </div>
  );
  return (
    <section class="card action-card" id={`aksi-${a}`} aria-labelledby={`h-aksi-${a}`}>
      <h3 id={`h-aksi-${a}`}>{pick(ACTION_LABELS[a], p.lang)}</h3>
      <p class="muted">{pick(INTRO[a], p.lang)}</p>
      <form
        method="post"
        action={`/staf/kasus/${c.id}/aksi`}
        class="stacked"
        {...(a === 'resolve' ? { enctype: 'multipart/form-data' } : {})}
      >
        <input type="hidden" name="_csrf" value={p.csrf} />
        <input type="hidden" name="action" value={a} />
        <input type="hidden" name="version" value={String(c.version)} />
        {a === 'verify' ? (
          <div class={hasErr('privacy')}>
            <label for={fid('privacy')}>{t('Tingkat kerahasiaan', 'Privacy')}</label>
            <span class="hint">{t('Hanya dapat diperketat, tidak dapat dilonggarkan.', 'Can only be tightened, never loosened.')}</span>
            <FieldError lang={p.lang} form={p.form} action={a} field="privacy" id={fid('privacy-error')} />
            <select id={fid('privacy')} name="privacy">
              {PRIVACY_LEVELS.filter((lv) => !isPrivacy(c.privacy) || isTightening(c.privacy, lv)).map((lv) => (
                <option value={lv} selected={(val('privacy') || c.privacy) === lv}>
                  {privacyText(lv, p.lang)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {a === 'decline' ? (
          <>
            <fieldset class="field">
              <legend>{t('Jenis alasan', 'Kind of reason')}</legend>
              {(
                [
                  ['invalid', t('Laporan tidak valid atau tidak dapat ditindaklanjuti', 'The report is not valid or cannot be followed up')],
                  ['other_unit', t('Bukan kewenangan unit ini — teruskan ke unit yang berwenang', 'Not this unit’s authority — forward to the responsible unit')],
                  ['outside_city', t('Bukan kewenangan Pemerintah Kota Surakarta', 'Not within the City of Surakarta’s authority')],
                ] as const
              ).map(([v, label], i) => (
                <div class="radio-row">
                  <input
                    type="radio"
                    id={fid(`reason-${v}`)}
                    name="decline_reason"
                    value={v}
                    checked={val('decline_reason') ? val('decline_reason') === v : i === 0}
                  />
                  <label for={fid(`reason-${v}`)}>{label}</label>
                </div>
              ))}
            </fieldset>
            {msgField(t('Alasan untuk pelapor', 'Reason for the citizen'))}
          </>
        ) : null}
        {a === 'assign' ? (
          <div class={hasErr('assignee')}>
            <label for={fid('assignee')}>{t('Petugas', 'Officer')}</label>
            <FieldError lang={p.lang} form={p.form} action={a} field="assignee" id={fid('assignee-error')} />
            <select id={fid('assignee')} name="assignee">
              <option value="">{t('— pilih petugas —', '— choose an officer —')}</option>
              {p.officers.map((o) => (
                <option value={String(o.id)} selected={(val('assignee') || String(c.assigneeId ?? '')) === String(o.id)}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {a === 'forward' ? (
          <>
            <div class={hasErr('to_unit')}>
              <label for={fid('to_unit')}>{t('Unit tujuan', 'Destination unit')}</label>
              <FieldError lang={p.lang} form={p.form} action={a} field="to_unit" id={fid('to_unit-error')} />
              <select id={fid('to_unit')} name="to_unit">
                <option value="">{t('— pilih unit —', '— choose a unit —')}</option>
                {p.units
                  .filter((u) => u.code !== p.detail.unit.code)
                  .map((u) => (
                    <option value={u.code} selected={val('to_unit') === u.code}>
                      {u.name}
                    </option>
                  ))}
              </select>
            </div>
            {msgField(t('Alasan atau instruksi disposisi', 'Reason or instruction'), t('Pelapor dapat membaca alasan ini.', 'The citizen can read this reason.'))}
          </>
        ) : null}
        {a === 'reply' ? (
          <>
            {p.templates.length ? (
              <div class="field" data-js-only hidden>
                <label for={fid('template')}>{t('Templat balasan', 'Response template')}</label>
                <span class="hint">{t('Memilih templat mengganti isi kotak balasan.', 'Choosing a template replaces the reply text.')}</span>
                <select id={fid('template')} data-fill={fid('message')}>
                  <option value="">{t('— pilih templat —', '— choose a template —')}</option>
                  {p.templates.map((tp) => (
                    <option value={String(tp.id)} data-body={tp.body}>
                      {tp.title}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {msgField(t('Balasan untuk pelapor (publik)', 'Reply to the citizen (public)'))}
            {p.templates.length ? (
              <details class="templates-nojs" data-nojs-only>
                <summary>{t('Templat balasan untuk kategori ini (salin ke kotak balasan)', 'Response templates for this category (copy into the reply)')}</summary>
                {p.templates.map((tp) => (
                  <div class="template">
                    <h4>{tp.title}</h4>
                    <pre class="template-body">{tp.body}</pre>
                  </div>
                ))}
              </details>
            ) : null}
          </>
        ) : null}
        {a === 'note' ? msgField(t('Catatan internal', 'Internal note')) : null}
        {a === 'request_info' ? msgField(t('Informasi yang diminta dari pelapor', 'Information asked of the citizen')) : null}
        {a === 'resolve' ? (
          <>
            {msgField(t('Uraian penyelesaian (publik)', 'Resolution text (public)'))}
            <div class={hasErr('evidence')}>
              <label for={fid('evidence')}>{t('Foto atau dokumen bukti (opsional)', 'Photo or document evidence (optional)')}</label>
              <FieldError lang={p.lang} form={p.form} action={a} field="evidence" id={fid('evidence-error')} />
              <input type="file" id={fid('evidence')} name="evidence" multiple accept=".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf" />
            </div>
          </>
        ) : null}
        <div>
          <button type="submit" class={a === 'decline' ? 'button danger' : 'button primary'}>
            {pick(ACTION_LABELS[a], p.lang)}
          </button>
        </div>
      </form>
    </section>
  );
}

const TEMPLATE_SCRIPT = `(function(){
document.querySelectorAll('[data-js-only]').forEach(function(el){el.hidden=false;});
document.querySelectorAll('[data-nojs-only]').forEach(function(el){el.hidden=true;});
document.addEventListener('change',function(e){var s=e.target;if(!s||!s.matches||!s.matches('select[data-fill]'))return;
var o=s.options[s.selectedIndex];var ta=document.getElementById(s.getAttribute('data-fill'));
if(ta&&o&&o.getAttribute('data-body')){ta.value=o.getAttribute('data-body');ta.focus();}});
})();`;

export function CasePage(p: CasePageProps) {
  const t = translator(p.lang);
  const d = p.detail;
  const c = d.row;
  const readOnly = d.allowed.length === 0;
  return (
    <div class="wrap staff-case">
      <p class="breadcrumb">
        <a href="/staf">{t('← Antrean', '← Queue')}</a>
      </p>
      <h1>{c.title}</h1>
      <p class="lead">
        <code>{c.trackingCode}</code> · <StatusBadge status={c.status} lang={p.lang} /> · {pick(d.service.name, p.lang)} · {d.unit.name}
      </p>
      {p.done && isComplaintAction(p.done) ? (
        <p class="success-box" role="status">
          {t('Tersimpan', 'Saved')}: {pick(ACTION_LABELS[p.done], p.lang)}.
        </p>
      ) : null}
      {p.conflict ? <ConflictBox lang={p.lang} conflict={p.conflict} /> : null}
      {p.form?.error ? (
        <div class="error-summary" role="alert">
          <h2>{t('Tindakan tidak dapat dilakukan', 'The action cannot be taken')}</h2>
          <p>{pick(p.form.error, p.lang)}</p>
        </div>
      ) : null}
      {p.form && Object.keys(p.form.errors).length ? (
        <div class="error-summary" role="alert">
          <h2>{t('Periksa kembali isian yang ditandai', 'Please check the marked fields')}</h2>
          <ul>
            {Object.entries(p.form.errors).map(([k, m]) => (
              <li>
                <a href={`#${p.form!.action}-${k}`}>{pick(m, p.lang)}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {p.form && p.form.values['message'] && !d.allowed.includes(p.form.action as StaffAction) ? (
        <div class="card kept-text">
          <h3>{t('Teks yang Anda ketik (tindakan ini tidak tersedia lagi)', 'The text you typed (this action is no longer available)')}</h3>
          <pre class="template-body">{p.form.values['message']}</pre>
        </div>
      ) : null}
      {p.suggestForward ? (
        <p class="notice" role="status">
          {t(
            'Laporan ini bukan kewenangan unit Anda: jangan ditolak, tetapi teruskan ke unit yang berwenang. Alasan Anda sudah disalin ke formulir Teruskan.',
            'This report is not your unit’s authority: instead of declining it, forward it to the responsible unit. Your reason has been copied into the Forward form.',
          )}
        </p>
      ) : null}

      <section aria-labelledby="h-sla">
        <h2 id="h-sla">SLA</h2>
        <dl class="facts facts-wide">
          <div>
            <dt>{t('Tanggapan pertama', 'First response')}</dt>
            <dd data-sla="first-response" data-sla-status={d.sla.firstResponse.status}>
              <DueBadge lang={p.lang} {...d.sla.firstResponse} />
            </dd>
          </div>
          <div>
            <dt>{t('Penyelesaian', 'Resolution')}</dt>
            <dd data-sla="resolution" data-sla-status={d.sla.resolution.status}>
              <DueBadge lang={p.lang} {...d.sla.resolution} />
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="h-rincian">
        <h2 id="h-rincian">{t('Rincian laporan', 'Report details')}</h2>
        <p class="case-description">
          <Multiline text={c.description} />
        </p>
        <dl class="facts facts-wide">
          <div>
            <dt>{t('Lokasi', 'Location')}</dt>
            <dd>
              {c.address ?? '–'}
              {d.kelurahanName ? `, ${d.kelurahanName}` : ''}
              {c.latitude !== null && c.longitude !== null ? ` (${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)})` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('Tanggal kejadian', 'Incident date')}</dt>
            <dd>{c.incidentDate ? formatLocalDate(c.incidentDate, p.lang) : '–'}</dd>
          </div>
          <div>
            <dt>{t('Masuk', 'Submitted')}</dt>
            <dd>{formatDateTime(c.submittedAt, p.lang)}</dd>
          </div>
          <div>
            <dt>{t('Kerahasiaan', 'Privacy')}</dt>
            <dd data-privacy={c.privacy}>{privacyText(c.privacy, p.lang)}</dd>
          </div>
          <div>
            <dt>{t('Petugas', 'Assignee')}</dt>
            <dd>{d.assigneeName ?? t('Belum ditugaskan', 'Unassigned')}</dd>
          </div>
          {d.resolvedByName ? (
            <div>
              <dt>{t('Diselesaikan oleh', 'Resolved by')}</dt>
              <dd>{d.resolvedByName}</dd>
            </div>
          ) : null}
          {c.reopenCount > 0 ? (
            <div>
              <dt>{t('Dibuka kembali', 'Reopened')}</dt>
              <dd>{t(`${c.reopenCount} kali`, `${c.reopenCount} times`)}</dd>
            </div>
          ) : null}
        </dl>
        <h3>{t('Kontak pelapor', 'Complainant contact')}</h3>
        {d.contactVisible ? (
          <dl class="facts facts-wide contact" data-contact="visible">
            <div>
              <dt>{t('Nama', 'Name')}</dt>
              <dd>{c.contactName ?? '–'}</dd>
            </div>
            <div>
              <dt>{t('E-mail', 'E-mail')}</dt>
              <dd>{c.contactEmail ?? '–'}</dd>
            </div>
            <div>
              <dt>{t('Telepon', 'Phone')}</dt>
              <dd>{c.contactPhone ?? '–'}</dd>
            </div>
          </dl>
        ) : (
          <p class="notice" data-contact="hidden">
            {c.privacy === 'publik'
              ? t('Kontak pelapor hanya untuk petugas unit penanggung jawab.', 'The contact is only for staff of the responsible unit.')
              : t(
                  'Identitas pelapor dirahasiakan (Perpres 76/2013): hanya kepala bidang unit penanggung jawab yang dapat melihatnya. Hubungi pelapor melalui “Minta informasi” atau balasan.',
                  'The complainant’s identity is confidential (Perpres 76/2013): only the responsible unit’s supervisor can see it. Reach the citizen through “Request information” or a reply.',
                )}
          </p>
        )}
        <h3>{t('Lampiran', 'Attachments')}</h3>
        {d.attachments.length ? (
          <ul class="attachments">
            {d.attachments.map((f) => (
              <li>
                <a href={`/staf/kasus/${c.id}/lampiran/${f.id}`}>{f.filename}</a>{' '}
                <span class="muted">
                  ({f.contentType}, {Math.max(1, Math.round(f.size / 1024))} KB · {f.uploadedBy === 'staff' ? t('petugas', 'staff') : t('pelapor', 'citizen')})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('Tidak ada lampiran.', 'No attachments.')}</p>
        )}
      </section>

      <section aria-labelledby="h-aksi">
        <h2 id="h-aksi">{t('Tindakan', 'Actions')}</h2>
        {readOnly ? (
          <p class="notice">
            {t(
              'Anda dapat membaca kasus ini tetapi tidak ada tindakan yang dapat Anda lakukan pada status ini.',
              'You can read this case, but there is no action you can take on it in this status.',
            )}
          </p>
        ) : (
          <div class="card-grid action-forms">
            {d.allowed.map((a) => (
              <ActionForm {...p} action={a} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="h-riwayat">
        <h2 id="h-riwayat">{t('Riwayat lengkap', 'Full history')}</h2>
        <Timeline lang={p.lang} events={d.events} />
      </section>
      {d.allowed.includes('reply') ? <script nonce={p.nonce}>{raw(TEMPLATE_SCRIPT)}</script> : null}
    </div>
  );
}
