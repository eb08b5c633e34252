// Verify: the report is complete and this unit's; privacy may be tightened on the way. The levels
// are radio buttons, each with its meaning in full: a select cut their meaning off on a phone
// (issue 13.10).
import { privacyChoices, privacyWithMeaning } from '../../../../../src/domain/cases/privacy';
import { pick, translator } from '../../../../../src/platform/i18n/lang';
import { FieldError, fieldClass, fieldId, valueOf, type ActionFormProps } from './form';

export function VerifyFields(p: ActionFormProps) {
  const t = translator(p.lang);
  const current = p.detail.row.privacy;
  const chosen = valueOf(p, 'privacy') || current;
  return (
    <fieldset class={fieldClass(p, 'privacy')} id={fieldId(p, 'privacy')}>
      <legend>{t('Tingkat kerahasiaan', 'Privacy')}</legend>
      <span class="hint">{t('Hanya dapat diperketat, tidak dapat dilonggarkan.', 'Can only be tightened, never loosened.')}</span>
      <FieldError form={p} field="privacy" />
      {privacyChoices(current).map((lv) => (
        <div class="radio-row">
          <input type="radio" id={fieldId(p, `privacy-${lv}`)} name="privacy" value={lv} checked={chosen === lv} />
          <label for={fieldId(p, `privacy-${lv}`)}>{pick(privacyWithMeaning(lv), p.lang)}</label>
        </div>
      ))}
    </fieldset>
  );
}
