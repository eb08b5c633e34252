// The tracking page of a case of any kind: status and public history for anyone; for the citizen
// with the access key also replies, their details, and the forms for what they may do next. What
// only the case's kind has (a complaint's location, its privacy) comes from the kind's view.
import { ACCEPT_ATTRIBUTE, MAX_FILES } from '../../../src/domain/cases/files';
import type { Bilingual } from '../../../src/domain/cases/state-machine';
import { actorName } from '../../../src/domain/cases/event-labels';
import type { KindSummary, TrackingView } from '../../../src/domain/cases/views';
import { SKM_ELEMENTS } from '../../../src/domain/skm/ikm';
import { formatDate, formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import type { CaseKindViews, KeptUpload } from '../../_partials/case-kind-views';
import { AttachmentList } from '../../_partials/attachment-list';
import { assetUrl } from '../../_partials/assets';
import { Checkbox, CsrfField, ErrorSummary, TextArea, TextField, type Errors } from '../../_partials/form-fields';

export type TrackAction = 'info' | 'files' | 'rating' | 'reopen' | 'withdraw' | 'kind';

export interface TrackCaseProps {
  lang: Lang;
  /** none on a public page kept for every visitor: its key form is sent on the browser's word of its origin */
  csrfToken?: string | undefined;
  /** CSP nonce for the page's script */
  nonce?: string | undefined;
  view: TrackingView;
  /** what the case's kind shows of its own */
  views: CaseKindViews;
  /** the access key, re-rendered hidden into the citizen's forms */
  accessKey?: string | undefined;
  /** which form the errors belong to */
  errorsFor?: TrackAction | undefined;
  errors?: Errors;
  /** a problem that concerns the whole action (e.g. already rated) */
  problem?: Msg | undefined;
  done?: Msg | undefined;
  /** what the citizen typed, kept after an error */
  typed?: Record<string, string>;
  /** a fresh token for the kind's forms that keep their files (issue 13.3) */
  formToken: string;
  /** the files the kind's form kept after an error (issue 13.3) */
  kept?: readonly KeptUpload[];
}

/** "pengaduan" / "complaint", for running text */
function nounOf(kind: KindSummary): Bilingual {
  return { id: kind.label.id.toLowerCase(), en: kind.label.en.toLowerCase() };
}

export function TrackCasePage(p: TrackCaseProps) {
  const t = translator(p.lang);
  const v = p.view;
  const c = v.case;
  const kind = v.kind;
  const noun = nounOf(kind);
  const PublicFacts = p.views.PublicFacts;
  const CitizenFacts = p.views.CitizenFacts;
  const citizen = v.audience === 'citizen';
  const errors = p.errors ?? {};
  const typed = p.typed ?? {};
  const errs = (a: TrackAction) => (p.errorsFor === a ? errors : {});
  const base = `/lacak/${c.trackingCode}`;
  const hidden = (
    <>
      {p.csrfToken ? <CsrfField token={p.csrfToken} /> : null}
      {p.accessKey ? <input type="hidden" name="kunci" value={p.accessKey} /> : null}
    </>
  );
  return (
    <div class="wrap narrow" id="lacak-pengaduan">
      {citizen ? <meta name="referrer" content="no-referrer" /> : null}
      <p class="breadcrumb">
        <a href="/lacak">{t('Lacak', 'Track')}</a>
      </p>
      <h1>
        {pick(kind.label, p.lang)} <span class="tracking-code">{c.trackingCode}</span>
      </h1>
      {p.done ? (
        <p class="success-box" role="status">
          {pick(p.done, p.lang)}
        </p>
      ) : null}
      {p.problem ? (
        <div class="error-summary" role="alert">
          <p>{pick(p.problem, p.lang)}</p>
        </div>
      ) : null}
      <dl class="facts facts-wide">
        <div>
          <dt>{t('Status', 'Status')}</dt>
          <dd>
            <strong data-status={v.status}>{pick(v.statusLabel, p.lang)}</strong>
            {v.paused ? <span class="badge warn"> {t('menunggu jawaban Anda', 'waiting for your answer')}</span> : null}
          </dd>
        </div>
        {v.citizenDueAt ? (
          <div>
            <dt>{t('Batas waktu jawaban pelapor', 'The citizen’s answer deadline')}</dt>
            <dd data-citizen-due={v.citizenDueAt.toISOString()}>
              {formatDateTime(v.citizenDueAt, p.lang)}{' '}
              <span class="muted">
                {t(
                  '(sesudahnya penanganan dilanjutkan dengan informasi yang ada)',
                  '(afterwards handling continues with the information at hand)',
                )}
              </span>
            </dd>
          </div>
        ) : null}
        {v.statusOnly ? null : (
          <>
            <div>
              <dt>{t('Kategori', 'Category')}</dt>
              <dd>{pick(v.service.name, p.lang)}</dd>
            </div>
            <div>
              <dt>{t('Unit penanggung jawab', 'Responsible unit')}</dt>
              <dd>{p.lang === 'en' ? v.unit.nameEn : v.unit.name}</dd>
            </div>
            <div>
              <dt>{t('Diterima', 'Received')}</dt>
              <dd>{formatDateTime(c.submittedAt, p.lang)}</dd>
            </div>
            <div>
              <dt>{t('Target penyelesaian', 'Target resolution')}</dt>
              <dd>
                {formatDateTime(v.resolutionDueAt, p.lang)}
                {v.paused ? <span class="muted"> {t('(jam berhenti selama menunggu informasi)', '(clock stopped while waiting for information)')}</span> : null}
              </dd>
            </div>
          </>
        )}
      </dl>
      {v.statusOnly ? (
        <p class="notice">
          {t(
            `${kind.label.id} ini bersifat rahasia: hanya statusnya yang ditampilkan untuk umum. Gunakan kunci akses untuk melihat rinciannya.`,
            `This ${noun.en} is confidential: only its status is shown publicly. Use the access key to see the details.`,
          )}
        </p>
      ) : (
        <section aria-labelledby="h-isi">
          <h2 id="h-isi">{c.title}</h2>
          <Paragraphs text={c.description} />
          <dl class="facts">
            <PublicFacts lang={p.lang} view={v} />
          </dl>
        </section>
      )}

      {citizen ? (
        <section aria-labelledby="h-data">
          <h2 id="h-data">{t('Data Anda (hanya terlihat oleh Anda dan petugas)', 'Your details (only you and staff see them)')}</h2>
          <dl class="facts">
            <CitizenFacts lang={p.lang} view={v} />
            <div>
              <dt>{t('Kontak', 'Contact')}</dt>
              <dd>{[c.contactName, c.contactEmail, c.contactPhone].filter(Boolean).join(' · ') || t('tanpa kontak (sepenuhnya anonim)', 'no contact (fully anonymous)')}</dd>
            </div>
          </dl>
        </section>
      ) : null}

      {v.statusOnly ? null : (
        <section aria-labelledby="h-riwayat">
          <h2 id="h-riwayat">{citizen ? t('Riwayat dan balasan', 'History and replies') : t('Riwayat publik', 'Public history')}</h2>
          <ol class="timeline">
            {v.events.map((e) => {
              const files = v.attachments.filter((a) => e.attachmentIds.includes(a.id));
              const toLabel = e.toStatus && e.toStatus !== e.fromStatus ? kind.machine.statusLabels[e.toStatus] : undefined;
              return (
                <li data-event={e.type}>
                  <strong>{pick(e.title, p.lang)}</strong>{' '}
                  <span class="muted">
                    {formatDateTime(e.at, p.lang)} · {pick(actorName(e.actorKind), p.lang)}
                    {toLabel ? ` · ${pick(toLabel, p.lang)}` : ''}
                  </span>
                  {e.message && e.type !== 'rate' ? <Paragraphs text={e.message} /> : null}
                  {files.length ? (
                    <p>
                      {t('Lampiran:', 'Attachments:')}{' '}
                      {files.map((a, i) => (
                        <>
                          {i > 0 ? ', ' : null}
                          <a href={`${base}/lampiran/${a.id}`} rel="noreferrer">
                            {a.filename}
                          </a>
                        </>
                      ))}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {v.attachments.length ? (
            <>
              <h3>{t('Lampiran', 'Attachments')}</h3>
              <AttachmentList lang={p.lang} class="link-list" files={v.attachments} href={(id) => `${base}/lampiran/${id}`} />
            </>
          ) : null}
        </section>
      )}

      {v.canProvideInfo ? (
        <section aria-labelledby="h-info" id="informasi">
          <h2 id="h-info">{t('Kirim informasi yang diminta', 'Send the requested information')}</h2>
          <ErrorSummary lang={p.lang} errors={errs('info')} idPrefix="info-" />
          <form method="post" action={`${base}/informasi`} enctype="multipart/form-data" class="stacked">
            {hidden}
            <TextArea lang={p.lang} id="info-message" name="message" label={t('Informasi tambahan', 'Additional information')} required value={p.errorsFor === 'info' ? typed['message'] : ''} maxlength={4000} error={errs('info')['message']} />
            <FileInput lang={p.lang} id="info-files" error={errs('info')['files']} optional />
            <button type="submit" class="primary">{t('Kirim informasi', 'Send information')}</button>
          </form>
        </section>
      ) : null}

      {citizen && p.views.CitizenForms ? (
        <p.views.CitizenForms lang={p.lang} view={v} base={base} hidden={hidden} errors={errs('kind')} typed={p.errorsFor === 'kind' ? typed : {}} kept={p.errorsFor === 'kind' ? (p.kept ?? []) : []} formToken={p.formToken} />
      ) : null}

      {v.canAddFiles && !v.canProvideInfo ? (
        <section aria-labelledby="h-berkas" id="berkas">
          <h2 id="h-berkas">{t('Tambah berkas', 'Add files')}</h2>
          <ErrorSummary lang={p.lang} errors={errs('files')} idPrefix="files-" />
          <form method="post" action={`${base}/lampiran`} enctype="multipart/form-data" class="stacked">
            {hidden}
            <FileInput lang={p.lang} id="files-files" error={errs('files')['files']} />
            <TextArea lang={p.lang} id="files-message" name="message" label={t('Keterangan', 'Note')} rows={3} value={p.errorsFor === 'files' ? typed['message'] : ''} maxlength={4000} error={errs('files')['message']} />
            <button type="submit" class="primary">{t('Unggah berkas', 'Upload files')}</button>
          </form>
        </section>
      ) : null}

      {citizen && v.rating ? (
        <section aria-labelledby="h-nilai-ok">
          <h2 id="h-nilai-ok">{t('Penilaian Anda', 'Your rating')}</h2>
          <p>
            {t('Terima kasih, penilaian Anda tercatat pada', 'Thank you, your rating was recorded on')} {formatDate(v.rating.createdAt, p.lang)}.
          </p>
        </section>
      ) : null}

      {v.canRate ? (
        <section aria-labelledby="h-nilai" id="penilaian">
          <h2 id="h-nilai">{t('Nilai pelayanan (SKM)', 'Rate the service (SKM)')}</h2>
          <p class="hint">
            {t(
              'Survei Kepuasan Masyarakat sesuai PermenPANRB 14/2017: sembilan unsur, masing-masing 1 (terendah) sampai 4 (tertinggi). Penilaian hanya dapat diberikan sekali.',
              'Public satisfaction survey per PermenPANRB 14/2017: nine elements, each from 1 (lowest) to 4 (highest). You can rate only once.',
            )}
          </p>
          <ErrorSummary lang={p.lang} errors={errs('rating')} idPrefix="rating-" />
          <form method="post" action={`${base}/penilaian`} class="stacked">
            {hidden}
            {SKM_ELEMENTS.map((el) => {
              const name = `u${el.n}`;
              const err = errs('rating')[name];
              return (
                <fieldset class={`field${err ? ' has-error' : ''}`} id={`rating-${name}`}>
                  <legend>
                    {el.n}. {pick(el, p.lang)}
                  </legend>
                  {err ? <span class="field-error">{pick(err, p.lang)}</span> : null}
                  {el.answers.map((a, i) => (
                    <div class="radio-row">
                      <input type="radio" id={`rating-${name}-${i + 1}`} name={name} value={String(i + 1)} required checked={typed[name] === String(i + 1)} />
                      <label for={`rating-${name}-${i + 1}`}>
                        {i + 1} — {pick(a, p.lang)}
                      </label>
                    </div>
                  ))}
                </fieldset>
              );
            })}
            <TextArea lang={p.lang} id="rating-comment" name="comment" label={t('Komentar atau saran', 'Comment or suggestion')} rows={3} maxlength={2000} value={typed['comment']} error={errs('rating')['comment']} />
            <button type="submit" class="primary">{t('Kirim penilaian', 'Send rating')}</button>
          </form>
        </section>
      ) : null}

      {v.canReopen ? (
        <section aria-labelledby="h-buka" id="buka-kembali">
          <h2 id="h-buka">{t('Masalah belum selesai?', 'Problem not solved?')}</h2>
          <p class="hint">
            {t(`Anda dapat membuka kembali ${noun.id} ini sampai`, `You can reopen this ${noun.en} until`)}{' '}
            {v.reopenUntil ? formatDateTime(v.reopenUntil, p.lang) : ''}.
          </p>
          <ErrorSummary lang={p.lang} errors={errs('reopen')} idPrefix="reopen-" />
          <form method="post" action={`${base}/buka-kembali`} class="stacked">
            {hidden}
            <TextArea lang={p.lang} id="reopen-message" name="message" label={t('Alasan membuka kembali', 'Why reopen')} required rows={4} maxlength={4000} value={p.errorsFor === 'reopen' ? typed['message'] : ''} error={errs('reopen')['message']} />
            <button type="submit" class="primary">{t('Buka kembali', 'Reopen')}</button>
          </form>
        </section>
      ) : null}

      {v.canWithdraw ? (
        <section aria-labelledby="h-cabut" id="cabut">
          <h2 id="h-cabut">{t(`Cabut ${noun.id}`, `Withdraw the ${noun.en}`)}</h2>
          <p class="hint">
            {t(
              `Masalahnya sudah selesai sendiri, atau Anda tidak ingin melanjutkan? Anda dapat mencabut ${noun.id} ini selama belum selesai ditangani. Pencabutan tidak dapat dibatalkan.`,
              `Has the problem solved itself, or do you not want to go on? You can withdraw this ${noun.en} while it is not yet resolved. A withdrawal cannot be undone.`,
            )}
          </p>
          <ErrorSummary lang={p.lang} errors={errs('withdraw')} idPrefix="withdraw-" />
          <form method="post" action={`${base}/cabut`} class="stacked">
            {hidden}
            <TextArea lang={p.lang} id="withdraw-message" name="message" label={t('Alasan', 'Reason')} rows={3} maxlength={4000} value={p.errorsFor === 'withdraw' ? typed['message'] : ''} error={errs('withdraw')['message']} />
            <Checkbox
              lang={p.lang}
              id="withdraw-konfirmasi"
              name="konfirmasi"
              label={t(`Saya ingin mencabut ${noun.id} ini.`, `I want to withdraw this ${noun.en}.`)}
              error={errs('withdraw')['konfirmasi']}
            />
            <button type="submit" class="danger">{t(`Cabut ${noun.id}`, `Withdraw the ${noun.en}`)}</button>
          </form>
        </section>
      ) : null}

      {!citizen ? (
        <section aria-labelledby="h-kunci" id="kunci">
          <h2 id="h-kunci">{t('Anda pelapornya?', 'Are you the citizen who sent it?')}</h2>
          {/* The private link's key arrives in the fragment; tracking.js sends it through this form's
              endpoint. Without JavaScript the citizen pastes it here: POST only, never in a URL. */}
          <form method="post" action={`${base}/kunci`} class="stacked" data-key-exchange>
            {p.csrfToken ? <CsrfField token={p.csrfToken} /> : null}
            <TextField
              lang={p.lang}
              id="kunci-input"
              name="kunci"
              type="password"
              label={t('Masukkan kunci akses', 'Enter the access key')}
              hint={t(
                `Ada pada tautan pribadi dan halaman konfirmasi saat Anda mengirim ${noun.id}. Dengan kunci ini Anda melihat balasan dan menanggapi.`,
                `It is in the private link and on the confirmation page you got when you sent the ${noun.en}. With it you see replies and respond.`,
              )}
              autocomplete="off"
              maxlength={200}
              required
            />
            <p class="field-error" data-key-problem role="alert" hidden>
              {t(
                'Kunci akses dari tautan tidak dapat dipakai. Periksa tautannya, atau tempel kunci akses di sini.',
                'The access key from the link could not be used. Check the link, or paste the access key here.',
              )}
            </p>
            <button type="submit" class="primary">
              {t(`Buka ${noun.id} saya`, `Open my ${noun.en}`)}
            </button>
          </form>
        </section>
      ) : null}
      <script src={assetUrl('tracking.js')} defer nonce={p.nonce}></script>
    </div>
  );
}

function FileInput(p: { lang: Lang; id: string; error?: Msg | undefined; optional?: boolean }) {
  const t = translator(p.lang);
  return (
    <div class={`field${p.error ? ' has-error' : ''}`}>
      <label for={p.id}>
        {t(`Berkas (paling banyak ${MAX_FILES})`, `Files (at most ${MAX_FILES})`)}
        {p.optional ? <span class="muted"> {t('(tidak wajib)', '(optional)')}</span> : null}
      </label>
      <span class="hint" id={`${p.id}-hint`}>
        {t('JPEG, PNG, WebP, atau PDF; paling besar 5 MB per berkas.', 'JPEG, PNG, WebP or PDF; at most 5 MB each.')}
      </span>
      {p.error ? (
        <span class="field-error" id={`${p.id}-error`}>
          {pick(p.error, p.lang)}
        </span>
      ) : null}
      <input type="file" id={p.id} name="files" multiple accept={ACCEPT_ATTRIBUTE} aria-describedby={`${p.id}-hint`} aria-invalid={p.error ? 'true' : undefined} />
    </div>
  );
}

/** Text as paragraphs and line breaks (no inline styles: the CSP forbids them). */
function Paragraphs(p: { text: string }) {
  return (
    <>
      {p.text.split(/\n{2,}/).map((para) => (
        <p>
          {para.split('\n').map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}
