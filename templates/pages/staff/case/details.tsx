// The staff case page's report: the description, the facts (the kind's own first, through its
// view, then those every case has), the citizen's contact when this reader may see it, and the
// attachments (attachments.tsx).
import type { CaseDetail } from '../../../../src/domain/cases/views';
import { formatDateTime, translator, type Lang } from '../../../../src/platform/i18n/lang';
import type { CaseKindViews } from '../../../_partials/case-kind-views';
import { AsnName, Multiline } from '../common';
import { Attachments } from './attachments';

function Contact(p: { lang: Lang; detail: CaseDetail }) {
  const t = translator(p.lang);
  const c = p.detail.row;
  if (p.detail.contactVisible)
    return (
      <dl class="facts facts-wide contact" data-contact="visible">
        <div>
          <dt>{t('Nama', 'Name')}</dt>
          <dd>{c.contactName ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('E-mail', 'E-mail')}</dt>
          <dd>{c.contactEmail ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('Telepon', 'Phone')}</dt>
          <dd>{c.contactPhone ?? '–'}</dd>
        </div>
      </dl>
    );
  return (
    <p class="notice" data-contact="hidden">
      {c.privacy === 'publik'
        ? t('Kontak pelapor hanya untuk petugas unit penanggung jawab.', 'The contact is only for staff of the responsible unit.')
        : t(
            'Identitas pelapor dirahasiakan (Perpres 76/2013): hanya kepala bidang unit penanggung jawab yang dapat melihatnya. Hubungi pelapor melalui “Minta informasi” atau balasan.',
            'The complainant’s identity is confidential (Perpres 76/2013): only the responsible unit’s supervisor can see it. Reach the citizen through “Request information” or a reply.',
          )}
    </p>
  );
}

export function DetailsSection(p: { lang: Lang; detail: CaseDetail; views: CaseKindViews }) {
  const t = translator(p.lang);
  const d = p.detail;
  const c = d.row;
  const KindFacts = p.views.StaffFacts;
  return (
    <section aria-labelledby="h-rincian">
      <h2 id="h-rincian">{t('Rincian laporan', 'Report details')}</h2>
      <p class="case-description">
        <Multiline text={c.description} />
      </p>
      <dl class="facts facts-wide">
        <KindFacts lang={p.lang} detail={d} />
        <div>
          <dt>{t('Masuk', 'Submitted')}</dt>
          <dd>{formatDateTime(c.submittedAt, p.lang)}</dd>
        </div>
        <div>
          <dt>{t('Petugas', 'Assignee')}</dt>
          <dd>{d.assigneeName ? <AsnName name={d.assigneeName} href={d.assigneeHref} /> : t('Belum ditugaskan', 'Unassigned')}</dd>
        </div>
        {d.resolvedByName ? (
          <div>
            <dt>{t('Diselesaikan oleh', 'Resolved by')}</dt>
            <dd>
              <AsnName name={d.resolvedByName} href={d.resolvedByHref} />
            </dd>
          </div>
        ) : null}
        {c.reopenCount > 0 ? (
          <div>
            <dt>{t('Dibuka kembali', 'Reopened')}</dt>
            <dd>{t(`${c.reopenCount} kali`, `${c.reopenCount} times`)}</dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('Kontak pelapor', 'Complainant contact')}</h3>
      <Contact lang={p.lang} detail={d} />
      <h3>{t('Lampiran', 'Attachments')}</h3>
      <Attachments lang={p.lang} detail={d} />
    </section>
  );
}
