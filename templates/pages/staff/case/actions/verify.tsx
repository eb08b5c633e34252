// Verify: the report is complete and this unit's; privacy may be tightened on the way.
import { privacyChoices, privacyWithMeaning } from '../../../../../src/domain/cases/privacy';
import { pick, translator } from '../../../../../src/platform/i18n/lang';
import { FieldError, fieldClass, fieldId, valueOf, type ActionFormProps } from './form';

export function VerifyFields(p: ActionFormProps) {
  const t = translator(p.lang);
  const current = p.detail.row.privacy;
  return (
    <div class={fieldClass(p, 'privacy')}>
      <label for={fieldId(p, 'privacy')}>{t('Tingkat kerahasiaan', 'Privacy')}</label>
      <span class="hint">{t('Hanya dapat diperketat, tidak dapat dilonggarkan.', 'Can only be tightened, never loosened.')}</span>
      <FieldError form={p} field="privacy" />
      <select id={fieldId(p, 'privacy')} name="privacy">
        {privacyChoices(current).map((lv) => (
          <option value={lv} selected={(valueOf(p, 'privacy') || current) === lv}>
            {pick(privacyWithMeaning(lv), p.lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
