// Resolve: the public resolution, with photo or document evidence.
import { ACCEPT_ATTRIBUTE } from '../../../../../src/domain/cases/files';
import { translator } from '../../../../../src/platform/i18n/lang';
import { FieldError, MessageField, fieldClass, fieldId, type ActionFormProps } from './form';

export function ResolveFields(p: ActionFormProps) {
  const t = translator(p.lang);
  return (
    <>
      <MessageField form={p} label={t('Uraian penyelesaian (publik)', 'Resolution text (public)')} />
      <div class={fieldClass(p, 'evidence')}>
        <label for={fieldId(p, 'evidence')}>{t('Foto atau dokumen bukti (opsional)', 'Photo or document evidence (optional)')}</label>
        <FieldError form={p} field="evidence" />
        <input type="file" id={fieldId(p, 'evidence')} name="evidence" multiple accept={ACCEPT_ATTRIBUTE} />
      </div>
    </>
  );
}
