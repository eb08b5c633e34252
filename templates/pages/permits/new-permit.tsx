// /izin/baru/{service}: the application form of one permit type, rendered from the type's own
// form definition, with its requirements, deadline and fee shown first. Works without JavaScript
// (multipart); after an error every answer comes back as typed and accepted documents stay attached.
import { feePayment, feeSummary, type FeeTerms } from '../../../src/domain/catalogue/fee';
import type { Bilingual, FormField } from '../../../src/domain/catalogue/service';
import { LIMITS } from '../../../src/domain/complaints/draft';
import { STAGE_LABELS, PERMIT_STAGES, type StagePlan } from '../../../src/domain/permits/stages';
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { answerName } from '../../../src/domain/permits/answers';
import { DefinitionFields } from '../../_partials/definition-fields';
import { CsrfField, ErrorSummary, TextField, type Errors, type FormValues } from '../../_partials/form-fields';
import { type KeptFile } from '../../_partials/kept-files';

export interface PermitTypeView {
  code: string;
  name: Bilingual;
  unitName: string;
  slaDays: number;
  fee: number;
  feeTerms: FeeTerms;
  validityMonths: number | null;
  requirements: Bilingual[];
  form: FormField[];
  stagePlan: StagePlan;
}

export interface NewPermitProps {
  lang: Lang;
  csrfToken: string;
  type: PermitTypeView;
  values: FormValues;
  errors: Errors;
  problem?: Msg | undefined;
  formToken: string;
  /** documents had been chosen and must be chosen again after an error */
  filesDropped: boolean;
  /** documents kept from an earlier try of this form, per document field, attached when it is sent */
  kept?: Readonly<Record<string, readonly KeptFile[]>>;
  /** a saved draft's address (the form posts there), its documents so far and what was just done */
  draft?: { action: string; documents: { field: string; filename: string; size: number }[]; notice?: Msg | undefined } | undefined;
}

export function NewPermitPage(p: NewPermitProps) {
  const t = translator(p.lang);
  const ty = p.type;
  const labels: Record<string, string> = {
    applicant_name: t('Nama pemohon', 'Applicant’s name'),
    contact_email: t('E-mail', 'E-mail'),
    contact_phone: t('Telepon', 'Phone'),
    files: t('Dokumen', 'Documents'),
  };
  for (const f of ty.form) labels[answerName(f.name)] = pick(f.label, p.lang);
  const order = ['applicant_name', 'contact_email', 'contact_phone', ...ty.form.map((f) => answerName(f.name)), 'files'];
  const value = (k: string) => {
    const v = p.values[k];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  };
  return (
    <div class="wrap narrow" id="izin-baru">
      <p class="muted">
        <a href={`/layanan/${ty.code}`}>{t('← Kembali ke keterangan layanan', '← Back to the service details')}</a>
      </p>
      <h1>
        {t('Permohonan', 'Application')}: {pick(ty.name, p.lang)}
      </h1>
      <dl class="facts">
        <div>
          <dt>{t('Diproses oleh', 'Processed by')}</dt>
          <dd>{ty.unitName}</dd>
        </div>
        <div>
          <dt>{t('Batas waktu keputusan', 'Decision deadline')}</dt>
          <dd>
            {t(`${ty.slaDays} hari kerja`, `${ty.slaDays} working days`)} (
            {PERMIT_STAGES.map((s) => `${pick(STAGE_LABELS[s], p.lang)} ${ty.stagePlan[s]}`).join(' · ')})
          </dd>
        </div>
        <div>
          <dt>{t('Biaya', 'Fee')}</dt>
          <dd>
            {pick(feeSummary(ty.feeTerms), p.lang)}. {pick(feePayment(ty.feeTerms, 'permit'), p.lang)}
            {ty.feeTerms.other ? <> {pick(ty.feeTerms.other, p.lang)}</> : null}
          </dd>
        </div>
      </dl>
      {ty.requirements.length ? (
        <section aria-labelledby="persyaratan">
          <h2 id="persyaratan">{t('Persyaratan', 'Requirements')}</h2>
          <ul>
            {ty.requirements.map((r) => (
              <li>{pick(r, p.lang)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ErrorSummary lang={p.lang} errors={p.errors} labels={labels} message={p.problem} order={order} />
      {p.filesDropped ? (
        <p class="notice">
          {t(
            'Demi keamanan, dokumen yang tadi dipilih tidak disimpan: pilih lagi dokumennya sebelum mengirim.',
            'For safety, the documents you chose were not kept: choose them again before sending.',
          )}
        </p>
      ) : null}
      {p.draft?.notice ? (
        <p class="success-box" role="status" data-draft-notice>
          {pick(p.draft.notice, p.lang)}
        </p>
      ) : null}
      {p.draft?.documents.length ? (
        <section aria-labelledby="h-dokumen-draf">
          <h2 id="h-dokumen-draf">{t('Dokumen yang sudah dilampirkan', 'Documents attached so far')}</h2>
          <ul>
            {p.draft.documents.map((d) => {
              const f = ty.form.find((x) => x.name === d.field);
              return (
                <li data-draft-document={d.field}>
                  {f ? pick(f.label, p.lang) : d.field}: {d.filename} <span class="muted">({Math.ceil(d.size / 1024)} KB)</span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <form method="post" action={p.draft?.action ?? `/izin/baru/${ty.code}`} enctype="multipart/form-data" class="stacked" novalidate>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="form_token" value={p.formToken} />
        <fieldset>
          <legend>{t('Pemohon', 'Applicant')}</legend>
          <TextField
            lang={p.lang}
            name="applicant_name"
            label={labels.applicant_name!}
            hint={t('Nama perorangan atau badan usaha, seperti akan tertulis pada izin.', 'A person’s or a business’s name, as it will appear on the permit.')}
            value={value('applicant_name')}
            error={p.errors.applicant_name}
            required
            maxlength={LIMITS.nameMax}
            autocomplete="name"
          />
          <TextField lang={p.lang} name="contact_email" type="email" label={labels.contact_email!} value={value('contact_email')} error={p.errors.contact_email} maxlength={LIMITS.emailMax} autocomplete="email" hint={t('E-mail atau telepon wajib diisi salah satu.', 'Give an e-mail address or a phone number.')} />
          <TextField lang={p.lang} name="contact_phone" type="tel" label={labels.contact_phone!} value={value('contact_phone')} error={p.errors.contact_phone} maxlength={LIMITS.phoneMax} autocomplete="tel" />
        </fieldset>
        <fieldset>
          <legend>{t('Data permohonan', 'Application details')}</legend>
          {p.errors.files ? <p class="field-error">{pick(p.errors.files, p.lang)}</p> : null}
          <DefinitionFields lang={p.lang} fields={ty.form} values={p.values} errors={p.errors} kept={p.kept} />
        </fieldset>
        <div class="actions">
          <button type="submit" name="intent" value="kirim" class="button primary">
            {t('Kirim permohonan', 'Send the application')}
          </button>{' '}
          <button type="submit" name="intent" value="draf" class="button">
            {t('Simpan draf', 'Save as draft')}
          </button>
        </div>
        <p class="hint">
          {t(
            'Draf disimpan 30 hari dengan kunci akses tersendiri; belum diperiksa dan belum diproses petugas sampai dikirim.',
            'A draft is kept 30 days with its own access key; it is not checked or handled by staff until it is sent.',
          )}
        </p>
      </form>
    </div>
  );
}
