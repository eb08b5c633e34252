// Assign: a supervisor gives the case to an officer of the unit.
import { translator } from '../../../../../src/platform/i18n/lang';
import { FieldError, fieldClass, fieldId, valueOf, type ActionFormProps } from './form';

export function AssignFields(p: ActionFormProps) {
  const t = translator(p.lang);
  const current = valueOf(p, 'assignee') || String(p.detail.row.assigneeId ?? '');
  return (
    <div class={fieldClass(p, 'assignee')}>
      <label for={fieldId(p, 'assignee')}>{t('Petugas', 'Officer')}</label>
      <FieldError form={p} field="assignee" />
      <select id={fieldId(p, 'assignee')} name="assignee">
        <option value="">{t('— pilih petugas —', '— choose an officer —')}</option>
        {p.officers.map((o) => (
          <option value={String(o.id)} selected={current === String(o.id)}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
