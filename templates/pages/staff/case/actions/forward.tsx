// Forward (disposisi): to the unit responsible, with a reason the citizen can read.
import { translator } from '../../../../../src/platform/i18n/lang';
import { FieldError, MessageField, fieldClass, fieldId, valueOf, type ActionFormProps } from './form';

export function ForwardFields(p: ActionFormProps) {
  const t = translator(p.lang);
  return (
    <>
      <div class={fieldClass(p, 'to_unit')}>
        <label for={fieldId(p, 'to_unit')}>{t('Unit tujuan', 'Destination unit')}</label>
        <FieldError form={p} field="to_unit" />
        <select id={fieldId(p, 'to_unit')} name="to_unit">
          <option value="">{t('— pilih unit —', '— choose a unit —')}</option>
          {p.units
            .filter((u) => u.code !== p.detail.unit.code)
            .map((u) => (
              <option value={u.code} selected={valueOf(p, 'to_unit') === u.code}>
                {u.name}
              </option>
            ))}
        </select>
      </div>
      <MessageField
        form={p}
        label={t('Alasan atau instruksi disposisi', 'Reason or instruction')}
        hint={t('Pelapor dapat membaca alasan ini.', 'The citizen can read this reason.')}
      />
    </>
  );
}
