// What a permit application shows that other kinds of case do not: the answers to its type's
// form (as the form was when the application was made), the stage it is in with that stage's
// deadline, the fiktif-positif flag, the items a revision asks for, and the issued permit with its
// standing. Rendered by the kernel's staff case page and tracking page in the permit kind's place
// (templates/_partials/case-kind-views.ts).
import type { FormField } from '../../../src/domain/catalogue/service';
import type { CaseDetail, TrackingView } from '../../../src/domain/cases/views';
import type { AnswerValue } from '../../../src/domain/permits/answers';
import { FIKTIF_LABELS, STAGE_LABELS } from '../../../src/domain/permits/stages';
import { STANDING_LABELS } from '../../../src/domain/permits/validity';
import { asPermitFacts, type PermitFacts } from '../../../src/domain/permits/views';
import { formatDateTime, formatLocalDate, formatRupiah, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { answerName } from '../../../src/domain/permits/answers';
import { feeKnown, paymentRequired } from '../../../src/domain/permits/fee';
import type { CitizenFormsProps, KeptUpload } from '../../_partials/case-kind-views';
import { DefinitionFields } from '../../_partials/definition-fields';
import { ErrorSummary, type FormValues } from '../../_partials/form-fields';

function answerText(f: FormField, v: AnswerValue | undefined, lang: Lang): string {
  if (v === undefined || v === '') return '–';
  const label = (x: string) => {
    const o = f.options?.find((o) => o.value === x);
    return o ? pick(o.label, lang) : x;
  };
  if (Array.isArray(v)) return v.map(label).join(', ');
  if (f.type === 'select') return label(String(v));
  if (f.type === 'date') return formatLocalDate(String(v), lang);
  if (typeof v === 'number') return lang === 'id' ? String(v).replace('.', ',') : String(v);
  return v;
}

function Answers(p: { lang: Lang; facts: PermitFacts }) {
  return (
    <>
      {p.facts.form
        .filter((f) => f.type !== 'file')
        .map((f) => (
          <div data-field={f.name} class={p.facts.revisionItems.includes(f.name) ? 'needs-revision' : undefined}>
            <dt>{pick(f.label, p.lang)}</dt>
            <dd>{answerText(f, p.facts.answers[f.name], p.lang)}</dd>
          </div>
        ))}
    </>
  );
}

function Stage(p: { lang: Lang; facts: PermitFacts }) {
  const t = translator(p.lang);
  const { stage, fiktif } = p.facts;
  return (
    <>
      {stage ? (
        <div>
          <dt>{t('Tahap', 'Stage')}</dt>
          <dd data-stage={stage.stage}>
            {pick(STAGE_LABELS[stage.stage], p.lang)} — {t('batas waktu tahap', 'stage deadline')} {formatDateTime(stage.dueAt, p.lang)}
          </dd>
        </div>
      ) : null}
      {fiktif !== 'none' ? (
        <div>
          <dt>{t('Batas waktu keputusan', 'Decision deadline')}</dt>
          <dd class={`badge ${fiktif === 'deemed' ? 'overdue' : 'warn'}`} data-fiktif={fiktif}>
            {pick(FIKTIF_LABELS[fiktif], p.lang)}
          </dd>
        </div>
      ) : null}
    </>
  );
}

/** Statuses in which the permit was granted: the applicant has been told what to pay. */
const GRANTED: readonly string[] = ['approved', 'paid', 'issued', 'revoked'];

/**
 * The fee (issue 13.9): a fixed one as it is; an assessed one as "set after the review" until staff
 * set it — and for the applicant until the approval, since a proposal is internal and may be
 * returned — then the amount; with its legal basis and when it is paid.
 */
function Fee(p: { lang: Lang; facts: PermitFacts; status: string; audience: 'staff' | 'citizen' }) {
  const t = translator(p.lang);
  const f = p.facts.fee;
  const granted = GRANTED.includes(p.status);
  const shown = feeKnown(f) && (f.kind === 'fixed' || p.audience === 'staff' || granted);
  let amount: string;
  if (!shown)
    amount =
      p.audience === 'staff'
        ? t('Dihitung setelah pemeriksaan teknis: tetapkan besarnya saat mengusulkan persetujuan.', 'Assessed after the technical review: set the amount when proposing approval.')
        : t('Dihitung setelah pemeriksaan teknis; besarnya diberitahukan bersama persetujuan.', 'Assessed after the technical review; you are told the amount with the approval.');
  else if (f.amount > 0) amount = formatRupiah(f.amount, p.lang);
  else amount = f.kind === 'assessed' ? t('Rp0 (dibebaskan setelah pemeriksaan)', 'Rp0 (waived after the review)') : t('Tanpa retribusi', 'No fee');
  let when: string | null = null;
  // a refused or withdrawn application owes nothing
  const ended = p.status === 'rejected' || p.status === 'withdrawn';
  if (!ended && (!shown || paymentRequired(f))) {
    if (p.status === 'paid' || p.status === 'issued' || p.status === 'revoked') when = t('Sudah dibayar.', 'Paid.');
    else if (granted)
      when = t(
        'Bayar sekarang: izin diterbitkan setelah pembayaran dikonfirmasi petugas.',
        'Pay it now: the permit is issued once staff confirm the payment.',
      );
    else when = t('Dibayar setelah permohonan disetujui, sebelum izin diterbitkan.', 'Paid once the application is approved, before the permit is issued.');
  }
  return (
    <>
      <div data-fee={shown ? String(f.amount) : 'assessed'}>
        <dt>{t('Retribusi', 'Fee')}</dt>
        <dd>
          {amount}
          {shown && f.setAt && p.audience === 'staff' ? <span class="muted"> ({t('ditetapkan', 'set')} {formatDateTime(f.setAt, p.lang)})</span> : null}
        </dd>
      </div>
      {when ? (
        <div>
          <dt>{t('Kapan dibayar', 'When it is paid')}</dt>
          <dd data-fee-when>{when}</dd>
        </div>
      ) : null}
      {f.basis ? (
        <div>
          <dt>{t('Dasar hukum retribusi', 'Legal basis of the fee')}</dt>
          <dd lang="id">{f.basis}</dd>
        </div>
      ) : null}
    </>
  );
}

function Revision(p: { lang: Lang; facts: PermitFacts }) {
  const t = translator(p.lang);
  if (!p.facts.revisionItems.length) return null;
  const label = (name: string) => {
    const f = p.facts.form.find((f) => f.name === name);
    return f ? pick(f.label, p.lang) : name;
  };
  return (
    <div>
      <dt>{t('Yang harus diperbaiki', 'What must be fixed')}</dt>
      <dd>
        <ul class="revision-items">
          {p.facts.revisionItems.map((i) => (
            <li data-item={i}>{label(i)}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

/** `base`: the case's address for this reader, under which its document is served (…/izin.pdf, …/izin/cetak). */
function Permit(p: { lang: Lang; facts: PermitFacts; base: string }) {
  const t = translator(p.lang);
  const permit = p.facts.permit;
  if (!permit) return null;
  return (
    <>
      <div>
        <dt>{t('Nomor izin', 'Permit number')}</dt>
        <dd data-permit-number>{permit.number}</dd>
      </div>
      <div>
        <dt>{t('Dokumen izin', 'Permit document')}</dt>
        <dd class="permit-document-links">
          <a href={`${p.base}/izin.pdf`} download>
            {t('Unduh izin (PDF)', 'Download the permit (PDF)')}
          </a>{' '}
          · <a href={`${p.base}/izin/cetak`}>{t('Cetak', 'Print')}</a>
        </dd>
      </div>
      <div>
        <dt>{t('Berlaku', 'Valid')}</dt>
        <dd>
          {formatLocalDate(permit.validFrom, p.lang)} – {permit.validUntil ? formatLocalDate(permit.validUntil, p.lang) : t('selama bangunan/objek tidak berubah', 'as long as the object does not change')}{' '}
          <span class={`badge ${permit.standing === 'valid' ? 'ok' : 'overdue'}`} data-standing={permit.standing}>
            {pick(STANDING_LABELS[permit.standing], p.lang)}
          </span>
        </dd>
      </div>
      {permit.revokedAt ? (
        <div>
          <dt>{t('Dicabut', 'Revoked')}</dt>
          <dd>
            {formatDateTime(permit.revokedAt, p.lang)}: {permit.revokeReason}
          </dd>
        </div>
      ) : null}
    </>
  );
}

export function PermitStaffFacts(p: { lang: Lang; detail: CaseDetail }) {
  const facts = asPermitFacts(p.detail.kindFacts);
  if (!facts) return null;
  return (
    <>
      <Stage lang={p.lang} facts={facts} />
      <Fee lang={p.lang} facts={facts} status={p.detail.row.status} audience="staff" />
      <Revision lang={p.lang} facts={facts} />
      <Answers lang={p.lang} facts={facts} />
      <Permit lang={p.lang} facts={facts} base={`/staf/kasus/${encodeURIComponent(p.detail.row.id)}`} />
    </>
  );
}

/** A permit application is never public beyond its status (the case is rahasia): nothing here. */
export function PermitPublicFacts(_p: { lang: Lang; view: TrackingView }) {
  return null;
}

export function PermitCitizenFacts(p: { lang: Lang; view: TrackingView }) {
  const facts = asPermitFacts(p.view.kindFacts);
  if (!facts) return null;
  return (
    <>
      <Stage lang={p.lang} facts={facts} />
      <Fee lang={p.lang} facts={facts} status={p.view.case.status} audience="citizen" />
      <Revision lang={p.lang} facts={facts} />
      <Answers lang={p.lang} facts={facts} />
      <Permit lang={p.lang} facts={facts} base={`/lacak/${encodeURIComponent(p.view.case.trackingCode)}`} />
    </>
  );
}

/**
 * The applicant's revision form while staff ask for one: every answer as it stands (or as just
 * typed), the requested items marked, and a file input for each document field; sent to
 * /lacak/{code}/perbaikan.
 */
export function PermitCitizenForms(p: CitizenFormsProps) {
  const t = translator(p.lang);
  const facts = asPermitFacts(p.view.kindFacts);
  if (!facts || !facts.revisionItems.length) return null;
  // the token the documents a failed try accepted are kept under (issue 13.3): the same one again
  const token = /^[A-Za-z0-9_-]{20,100}$/.test(p.typed['form_token'] ?? '') ? p.typed['form_token']! : p.formToken;
  const kept: Record<string, KeptUpload[]> = {};
  for (const k of p.kept) if (k.field) (kept[k.field] ??= []).push(k);
  const values: FormValues = {};
  for (const f of facts.form) {
    const name = answerName(f.name);
    const a = facts.answers[f.name];
    values[name] = p.typed[name] ?? (Array.isArray(a) ? a : a === undefined ? '' : String(a));
  }
  const requested = facts.form.filter((f) => facts.revisionItems.includes(f.name));
  const others = facts.form.filter((f) => !facts.revisionItems.includes(f.name));
  const labels = Object.fromEntries(facts.form.map((f) => [answerName(f.name), pick(f.label, p.lang)]));
  return (
    <section aria-labelledby="h-perbaikan" id="perbaikan">
      <h2 id="h-perbaikan">{t('Kirim perbaikan', 'Send the revision')}</h2>
      <p>
        {t(
          'Perbaiki isian dan dokumen yang diminta petugas, lalu kirim. Jam layanan berhenti sampai perbaikan dikirim.',
          'Fix the answers and documents staff asked for, then send them. The service clock stands still until you do.',
        )}
      </p>
      <ErrorSummary lang={p.lang} errors={p.errors} labels={labels} />
      <form method="post" action={`${p.base}/perbaikan`} enctype="multipart/form-data" class="stacked">
        {p.hidden}
        <input type="hidden" name="form_token" value={token} />
        <fieldset class="needs-revision">
          <legend>{t('Yang diminta diperbaiki', 'What you were asked to fix')}</legend>
          <DefinitionFields lang={p.lang} fields={requested} values={values} errors={p.errors} kept={kept} />
        </fieldset>
        {others.filter((f) => f.type !== 'file').length ? (
          <details>
            <summary>{t('Isian lain (boleh diubah juga)', 'Other answers (you may change them too)')}</summary>
            <DefinitionFields lang={p.lang} fields={others.filter((f) => f.type !== 'file')} values={values} errors={p.errors} />
          </details>
        ) : null}
        <button type="submit" class="primary">
          {t('Kirim perbaikan', 'Send the revision')}
        </button>
      </form>
    </section>
  );
}
