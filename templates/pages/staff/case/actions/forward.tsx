// Forward (disposisi): to the unit responsible, with a reason the citizen can read, and
// optionally the category the case gets there (its SLA days start the receiving unit's clock).
import { translator } from '../../../../../src/platform/i18n/lang';
import { FieldError, MessageField, fieldClass, fieldId, valueOf, type ActionFormProps } from './form';

export function ForwardFields(p: ActionFormProps) {
  const t = translator(p.lang);
  const others = p.units.filter((u) => u.code !== p.detail.unit.code);
  const byUnit = others
    .map((u) => ({ unit: u, categories: p.categories.filter((k) => k.unitCode === u.code) }))
    .filter((g) => g.categories.length > 0);
  return (
    <>
      <div class={fieldClass(p, 'to_unit')}>
        <label for={fieldId(p, 'to_unit')}>{t('Unit tujuan', 'Destination unit')}</label>
        <FieldError form={p} field="to_unit" />
        <select id={fieldId(p, 'to_unit')} name="to_unit">
          <option value="">{t('— pilih unit —', '— choose a unit —')}</option>
          {others.map((u) => (
            <option value={u.code} selected={valueOf(p, 'to_unit') === u.code}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div class={fieldClass(p, 'service')}>
        <label for={fieldId(p, 'service')}>
          {t('Kategori di unit tujuan', 'Category in the destination unit')} <span class="muted">{t('(tidak wajib)', '(optional)')}</span>
        </label>
        <span class="hint">
          {t(
            'Unit tujuan mendapat tenggat tanggapan pertama dan penyelesaian sendiri sejak diteruskan, menurut hari kerja kategori ini.',
            'The destination unit gets its own first-response and resolution deadlines from the forward, by this category’s working days.',
          )}
        </span>
        <FieldError form={p} field="service" />
        <select id={fieldId(p, 'service')} name="service">
          <option value="">{t('— kategori tetap —', '— keep the category —')}</option>
          {byUnit.map((g) => (
            <optgroup label={g.unit.name}>
              {g.categories.map((k) => (
                <option value={k.code} selected={valueOf(p, 'service') === k.code}>
                  {k.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <MessageField
        form={p}
        label={t('Alasan atau instruksi disposisi', 'Reason or instruction')}
        hint={t(
          'Pelapor dapat membaca alasan ini; publik hanya melihat unit tujuannya.',
          'The citizen can read this reason; the public sees only the destination unit.',
        )}
      />
    </>
  );
}
