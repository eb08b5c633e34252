// What a complaint shows that other kinds of case do not: where it happened, when, and how
// public the citizen wanted it. Rendered by the kernel's staff case page and tracking page in
// the complaint kind's place (templates/_partials/case-kind-views.ts).
import { privacyLabel, privacyWithMeaning } from '../../../src/domain/cases/privacy';
import type { CaseDetail, TrackingView } from '../../../src/domain/cases/views';
import { formatLocalDate, pick, translator, type Lang } from '../../../src/platform/i18n/lang';

export function ComplaintStaffFacts(p: { lang: Lang; detail: CaseDetail }) {
  const t = translator(p.lang);
  const c = p.detail.row;
  return (
    <>
      <div>
        <dt>{t('Lokasi', 'Location')}</dt>
        <dd>
          {c.address ?? '–'}
          {p.detail.kelurahanName ? `, ${p.detail.kelurahanName}` : ''}
          {c.latitude !== null && c.longitude !== null ? ` (${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)})` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('Tanggal kejadian', 'Incident date')}</dt>
        <dd>{c.incidentDate ? formatLocalDate(c.incidentDate, p.lang) : '–'}</dd>
      </div>
      <div>
        <dt>{t('Kerahasiaan', 'Privacy')}</dt>
        <dd data-privacy={c.privacy}>{pick(privacyWithMeaning(c.privacy), p.lang)}</dd>
      </div>
    </>
  );
}

export function ComplaintPublicFacts(p: { lang: Lang; view: TrackingView }) {
  const t = translator(p.lang);
  const c = p.view.case;
  return (
    <>
      <div>
        <dt>{t('Lokasi', 'Location')}</dt>
        <dd>
          {c.address}
          {p.view.kelurahanName ? `, ${t('Kel.', 'Kel.')} ${p.view.kelurahanName}` : ''}
        </dd>
      </div>
      {c.incidentDate ? (
        <div>
          <dt>{t('Tanggal kejadian', 'Date of the incident')}</dt>
          <dd>{c.incidentDate}</dd>
        </div>
      ) : null}
    </>
  );
}

export function ComplaintCitizenFacts(p: { lang: Lang; view: TrackingView }) {
  const t = translator(p.lang);
  return (
    <div>
      <dt>{t('Privasi', 'Privacy')}</dt>
      <dd>{pick(privacyLabel(p.view.case.privacy), p.lang)}</dd>
    </div>
  );
}
