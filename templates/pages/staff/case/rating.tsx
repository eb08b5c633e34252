// The citizen's SKM rating on the staff case page (issue 13.11): the nine elements with their
// score and the answer the citizen chose, the IKM of this one rating with its grade, and the
// comment. The comment is the citizen's own text: JSX escapes it, and only staff who may read the
// case get this page.
import type { CaseRatingView } from '../../../../src/domain/cases/views';
import { SKM_ELEMENTS, formatIkm, gradeFor } from '../../../../src/domain/skm/ikm';
import { formatDate, pick, translator, type Lang } from '../../../../src/platform/i18n/lang';
import { Multiline } from '../common';

export function RatingSection(p: { lang: Lang; rating: CaseRatingView }) {
  const t = translator(p.lang);
  const r = p.rating;
  const grade = gradeFor(r.ikm);
  return (
    <section aria-labelledby="h-skm" class="case-rating" data-rating>
      <h2 id="h-skm">{t('Penilaian warga (SKM)', 'The citizen’s rating (SKM)')}</h2>
      <p>
        {t('Diberikan pada', 'Given on')} {formatDate(r.createdAt, p.lang)}.{' '}
        {t('IKM penilaian ini', 'The IKM of this rating')}: <strong data-rating-ikm>{formatIkm(r.ikm, p.lang)}</strong> ({grade.letter},{' '}
        {pick(grade, p.lang)})
      </p>
      <dl class="facts facts-wide skm-scores">
        {SKM_ELEMENTS.map((e, i) => {
          const score = r.scores[i] ?? 0;
          const answer = e.answers[score - 1];
          return (
            <div data-element={String(e.n)}>
              <dt>
                U{e.n} · {pick(e, p.lang)}
              </dt>
              <dd>
                {score} {answer ? <span class="muted">({pick(answer, p.lang)})</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <h3>{t('Komentar warga', 'The citizen’s comment')}</h3>
      {r.comment ? (
        <blockquote class="citizen-comment" data-rating-comment>
          <Multiline text={r.comment} />
        </blockquote>
      ) : (
        <p class="muted">{t('Tanpa komentar.', 'No comment.')}</p>
      )}
    </section>
  );
}
