// Decline: why, in a kind the statistics keep, and a reason the citizen reads. "Not this unit's
// authority" is not a decline: the page suggests forwarding instead.
import { translator } from '../../../../../src/platform/i18n/lang';
import { MessageField, fieldId, valueOf, type ActionFormProps } from './form';

export function DeclineFields(p: ActionFormProps) {
  const t = translator(p.lang);
  const reasons = [
    ['invalid', t('Laporan tidak valid atau tidak dapat ditindaklanjuti', 'The report is not valid or cannot be followed up')],
    ['other_unit', t('Bukan kewenangan unit ini — teruskan ke unit yang berwenang', 'Not this unit’s authority — forward to the responsible unit')],
    ['outside_city', t('Bukan kewenangan Pemerintah Kota Surakarta', 'Not within the City of Surakarta’s authority')],
  ] as const;
  const chosen = valueOf(p, 'decline_reason');
  return (
    <>
      <fieldset class="field">
        <legend>{t('Jenis alasan', 'Kind of reason')}</legend>
        {reasons.map(([v, label], i) => (
          <div class="radio-row">
            <input type="radio" id={fieldId(p, `reason-${v}`)} name="decline_reason" value={v} checked={chosen ? chosen === v : i === 0} />
            <label for={fieldId(p, `reason-${v}`)}>{label}</label>
          </div>
        ))}
      </fieldset>
      <MessageField form={p} label={t('Alasan untuk pelapor', 'Reason for the citizen')} />
    </>
  );
}
