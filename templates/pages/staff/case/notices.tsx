// What the staff case page says above everything else after an action: saved, refused, stale
// (someone else changed the case), fields to check, text that could not be sent, or the advice to
// forward instead of declining.
import type { StaleDetails } from '../../../../src/domain/cases/views';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../../src/platform/i18n/lang';
import { Multiline } from '../common';
import { actorText, eventLabel, statusChange } from './history';
import type { ActionFormState } from './actions/form';

export function SavedNotice(p: { lang: Lang; label: Msg }) {
  const t = translator(p.lang);
  return (
    <p class="success-box" role="status">
      {t('Tersimpan', 'Saved')}: {pick(p.label, p.lang)}.
    </p>
  );
}

export function ConflictBox(p: { lang: Lang; conflict: StaleDetails }) {
  const t = translator(p.lang);
  const kind = p.conflict.kind;
  return (
    <div class="error-summary" role="alert" id="perubahan">
      <h2>{t('Kasus ini sudah diubah orang lain', 'Someone else changed this case')}</h2>
      <p>
        {t(
          'Tindakan Anda belum disimpan agar tidak menimpa perubahan tersebut. Isian Anda masih ada di formulir di bawah. Periksa perubahan berikut, lalu kirim lagi bila masih perlu.',
          'Your action was not saved, so nothing was overwritten. What you typed is still in the form below. Review these changes, then submit again if still needed.',
        )}
      </p>
      <p>
        {t('Status sekarang', 'Current status')}: <strong>{pick(kind.machine.statusLabels[p.conflict.currentStatus] ?? { id: p.conflict.currentStatus, en: p.conflict.currentStatus }, p.lang)}</strong>
      </p>
      {p.conflict.changes.length ? (
        <ul class="conflict-changes">
          {p.conflict.changes.map((e) => (
            <li>
              <strong>{eventLabel(kind, e.type, p.lang)}</strong> — {formatDateTime(e.at, p.lang)} · {actorText(e, p.lang)}
              {statusChange(kind, e, p.lang)}
              {e.message ? (
                <blockquote>
                  <Multiline text={e.message} />
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The action was refused as a whole (e.g. not allowed any more). */
export function ActionRefused(p: { lang: Lang; message: Msg }) {
  const t = translator(p.lang);
  return (
    <div class="error-summary" role="alert">
      <h2>{t('Tindakan tidak dapat dilakukan', 'The action cannot be taken')}</h2>
      <p>{pick(p.message, p.lang)}</p>
    </div>
  );
}

/** Fields to check, each linked to its input in the action's form. */
export function FieldErrorSummary(p: { lang: Lang; form: ActionFormState }) {
  const t = translator(p.lang);
  return (
    <div class="error-summary" role="alert">
      <h2>{t('Periksa kembali isian yang ditandai', 'Please check the marked fields')}</h2>
      <ul>
        {Object.entries(p.form.errors).map(([k, m]) => (
          <li>
            <a href={`#${p.form.action}-${k}`}>{pick(m, p.lang)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the officer typed for an action the case no longer offers: kept, so nothing is lost. */
export function KeptText(p: { lang: Lang; text: string }) {
  const t = translator(p.lang);
  return (
    <div class="card kept-text">
      <h3>{t('Teks yang Anda ketik (tindakan ini tidak tersedia lagi)', 'The text you typed (this action is no longer available)')}</h3>
      <pre class="template-body">{p.text}</pre>
    </div>
  );
}

export function SuggestForward(p: { lang: Lang }) {
  const t = translator(p.lang);
  return (
    <p class="notice" role="status">
      {t(
        'Laporan ini bukan kewenangan unit Anda: jangan ditolak, tetapi teruskan ke unit yang berwenang. Alasan Anda sudah disalin ke formulir Teruskan.',
        'This report is not your unit’s authority: instead of declining it, forward it to the responsible unit. Your reason has been copied into the Forward form.',
      )}
    </p>
  );
}
