// Where citizens land (issue 13.7): the two things they come to do — submit a complaint and
// follow a case by its code — first, on the home page and the catalogue alike; then the
// catalogue as short cards whose details are on each service's own page.
import { feeSummary } from '../../src/domain/catalogue/fee';
import type { ServiceView } from '../../src/domain/catalogue/service';
import { oneLine } from '../../src/domain/catalogue/summary';
import { pick, translator, type Lang } from '../../src/platform/i18n/lang';

/** Submit a complaint, or type a tracking code: a GET form, so it works without a session or JavaScript. */
export function CitizenActions(p: { lang: Lang; headingLevel: 'h1' | 'h2' }) {
  const t = translator(p.lang);
  const H = p.headingLevel;
  return (
    <div class="citizen-actions" id="mulai">
      <section class="card action-card" aria-labelledby="h-adu">
        <H id="h-adu">{t('Sampaikan pengaduan', 'Submit a complaint')}</H>
        <p>{t('Tanpa akun. Identitas Anda disembunyikan secara bawaan.', 'No account needed. Your identity is hidden by default.')}</p>
        <a class="button primary" href="/pengaduan/baru">{t('Buat pengaduan', 'Submit a complaint')}</a>
      </section>
      <section class="card action-card" aria-labelledby="h-lacak">
        <H id="h-lacak">{t('Lacak kasus Anda', 'Track your case')}</H>
        <form method="get" action="/lacak" class="track-inline">
          <label for="lacak-kode">{t('Kode pelacakan', 'Tracking code')}</label>
          <span class="track-row">
            <input type="text" id="lacak-kode" name="kode" required autocomplete="off" autocapitalize="characters" spellcheck={false} placeholder="ADU-7K3M-9QX2-H4PB" />
            <button type="submit" class="primary">{t('Lacak', 'Track')}</button>
          </span>
        </form>
      </section>
    </div>
  );
}

/** A short card: name, one line, that it is done online, what it costs; the rest on /layanan/{code}. */
export function ServiceCard(p: { lang: Lang; service: ServiceView }) {
  const t = translator(p.lang);
  const s = p.service;
  return (
    <li class="card service-card">
      <h3>
        <a href={`/layanan/${s.code}`}>{pick(s.name, p.lang)}</a>
      </h3>
      <p>{oneLine(pick(s.description, p.lang), 80)}</p>
      <p class="service-meta">
        <span class="badge ok">{t('Daring', 'Online')}</span>{' '}
        <span>{pick(feeSummary(s.feeTerms), p.lang)}</span>
        {' · '}
        <span>{t(`${s.slaDays} hari kerja`, `${s.slaDays} working days`)}</span>
      </p>
    </li>
  );
}
