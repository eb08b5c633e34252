import { COMPETENCIES, COMPETENCY_LABELS, MODES, MODE_LABELS, YEARLY_JP_TARGET } from '../../../src/domain/training/competencies';
import type { CourseView } from '../../../src/domain/training/views';
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { CompetencyList, modeLabel, ProgressBar } from './shared';

export interface CatalogueItem {
  course: CourseView;
  lessonsDone: number;
  lessonsTotal: number;
  enrolled: boolean;
  completed: boolean;
  missingPrerequisites: string[];
  /** why it is recommended, from the ASN's own service quality (docs/metrics.md §5.1) */
  reasons?: Msg[];
}

function CourseCard(p: { lang: Lang; item: CatalogueItem; recommended?: boolean }) {
  const t = translator(p.lang);
  const { course: c } = p.item;
  return (
    <li class="card course-card">
      <h3>
        <a href={`/pelatihan/kursus/${encodeURIComponent(c.code)}`}>{pick(c.title, p.lang)}</a>
      </h3>
      <p class="muted">
        {c.code} · {c.jp} JP · {modeLabel(c.mode, p.lang)}
        {p.recommended ? <> · <span class="badge warn">{t('Disarankan', 'Recommended')}</span></> : null}
        {p.item.completed ? <> · <span class="badge ok">{t('Selesai', 'Completed')}</span></> : null}
      </p>
      {p.item.reasons?.length ? (
        <ul class="reasons" data-recommendation-reasons>
          {p.item.reasons.map((r) => (
            <li>
              <strong>{t('Alasan', 'Why')}:</strong> {pick(r, p.lang)}
            </li>
          ))}
        </ul>
      ) : null}
      <p>{pick(c.description, p.lang)}</p>
      <CompetencyList lang={p.lang} competencies={c.competencies} />
      {p.item.enrolled && p.item.lessonsTotal ? (
        <ProgressBar value={p.item.lessonsDone} max={p.item.lessonsTotal} label={t('Materi selesai', 'Lessons done')} />
      ) : null}
      {p.item.missingPrerequisites.length ? (
        <p class="muted">{t('Prasyarat', 'Prerequisites')}: {p.item.missingPrerequisites.join(', ')}</p>
      ) : null}
    </li>
  );
}

export function CataloguePage(p: {
  lang: Lang;
  q: string;
  competency: string;
  mode: string;
  recommended: CatalogueItem[];
  others: CatalogueItem[];
  ruleNote: string;
  facilitator?: boolean;
  approver?: boolean;
  /** this year's needs assessment is published and not yet answered */
  assessmentOpen?: boolean;
  needsReader?: boolean;
  assessmentAdmin?: boolean;
}) {
  const t = translator(p.lang);
  const filtered = !!(p.q || p.competency || p.mode);
  return (
    <div class="wrap" id="katalog-pelatihan">
      <h1>{t('Pelatihan ASN', 'Staff training')}</h1>
      <p class="lead">
        {t(
          `Kursus singkat untuk pengembangan kompetensi; setiap ASN memerlukan minimal ${YEARLY_JP_TARGET} JP per tahun (PP 17/2020).`,
          `Short courses for competency development; every civil servant needs at least ${YEARLY_JP_TARGET} JP a year (PP 17/2020).`,
        )}{' '}
        <a href="/pelatihan/saya">{t('Lihat catatan JP saya', 'See my JP record')}</a>
        {p.needsReader ? <> · <a href="/pelatihan/kebutuhan">{t('Kebutuhan pelatihan per unit', 'Training needs per unit')}</a></> : null}
        {p.assessmentAdmin ? <> · <a href="/pelatihan/asesmen/kelola">{t('Kelola asesmen', 'Manage the assessment')}</a></> : null}
        {p.approver ? <> · <a href="/pelatihan/persetujuan">{t('Persetujuan bukti pembelajaran', 'Learning evidence approvals')}</a></> : null}
        {p.facilitator ? <> · <a href="/pelatihan/kelola">{t('Kelola kursus', 'Manage courses')}</a></> : null}
        {p.facilitator ? <> · <a href="/pelatihan/fasilitator">{t('Sesi yang saya fasilitasi', 'Sessions I facilitate')}</a></> : null}
      </p>
      {p.assessmentOpen ? (
        <p class="notice">
          {t('Bantu kami menyarankan kursus yang tepat:', 'Help us suggest the right courses:')}{' '}
          <a href="/pelatihan/asesmen">{t('isi asesmen kebutuhan pelatihan tahun ini (±5 menit)', "answer this year's training needs assessment (about 5 minutes)")}</a>
        </p>
      ) : null}
      <form method="get" action="/pelatihan" class="stacked filters" role="search">
        <div class="field">
          <label for="f-q">{t('Cari judul atau deskripsi', 'Search title or description')}</label>
          <input id="f-q" name="q" type="search" value={p.q} maxlength={100} />
        </div>
        <div class="field">
          <label for="f-k">{t('Kompetensi', 'Competency')}</label>
          <select id="f-k" name="kompetensi">
            <option value="">{t('Semua', 'All')}</option>
            {COMPETENCIES.map((c) => (
              <option value={c} selected={p.competency === c}>
                {pick(COMPETENCY_LABELS[c], p.lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-m">{t('Moda', 'Mode')}</label>
          <select id="f-m" name="moda">
            <option value="">{t('Semua', 'All')}</option>
            {MODES.map((m) => (
              <option value={m} selected={p.mode === m}>
                {pick(MODE_LABELS[m], p.lang)}
              </option>
            ))}
          </select>
        </div>
        <p class="actions">
          <button type="submit" class="button primary">{t('Terapkan', 'Apply')}</button>{' '}
          {filtered ? <a href="/pelatihan">{t('Hapus filter', 'Clear filters')}</a> : null}
        </p>
      </form>
      {p.recommended.length ? (
        <section aria-labelledby="h-saran">
          <h2 id="h-saran">{t('Disarankan untuk Anda', 'Recommended for you')}</h2>
          <p class="muted">{p.ruleNote}</p>
          <ul class="card-grid">
            {p.recommended.map((i) => <CourseCard lang={p.lang} item={i} recommended />)}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="h-semua">
        <h2 id="h-semua">{p.recommended.length ? t('Kursus lainnya', 'Other courses') : t('Kursus', 'Courses')}</h2>
        {p.others.length ? (
          <ul class="card-grid">
            {p.others.map((i) => <CourseCard lang={p.lang} item={i} />)}
          </ul>
        ) : (
          <p class="muted">
            {filtered
              ? t('Tidak ada kursus yang cocok dengan pencarian ini.', 'No course matches this search.')
              : t('Belum ada kursus lain.', 'No other courses yet.')}
          </p>
        )}
      </section>
    </div>
  );
}
