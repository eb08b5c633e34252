// Verify: the report is complete and this unit's; privacy may be tightened on the way.
import { privacyChoices } from '../../../../../src/domain/cases/privacy';
import { pick, translator, type Msg } from '../../../../../src/platform/i18n/lang';
import { FieldError, fieldClass, fieldId, valueOf, type ActionFormProps } from './form';

const PRIVACY_LABELS: Record<string, Msg> = {
  publik: { id: 'Publik', en: 'Public' },
  anonim: { id: 'Anonim (identitas dirahasiakan)', en: 'Anonymous (identity hidden)' },
  rahasia: { id: 'Rahasia (laporan tidak dipublikasikan)', en: 'Confidential (report not published)' },
};

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
            {pick(PRIVACY_LABELS[lv]!, p.lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
