import type { CoursePart } from '../../../src/domain/training/course-rules';
import { optionText } from '../../../src/domain/training/option-words';
import type { AttemptView, CourseProgress, CourseView, QuestionForLearner, ReviewedQuestion } from '../../../src/domain/training/views';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { CreditLine, MissingParts, notDoneTitle } from './shared';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';
import { IndonesianOnly } from '../../_partials/indonesian-only';

/** The text of the option chosen (or right), in the reader's language for a true/false question. */
function answerText(q: QuestionForLearner, key: string | null | undefined, lang: Lang): string | undefined {
  const o = q.options.find((x) => x.key === key);
  return o ? optionText(q.kind, o, lang) : undefined;
}

export function QuizPage(p: {
  lang: Lang;
  csrf: string;
  course: CourseView;
  attempt: AttemptView;
  questions: QuestionForLearner[];
  answers?: Record<string, string>;
  error?: Msg | null;
  fields?: Record<string, Msg>;
}) {
  const t = translator(p.lang);
  const fields = p.fields ?? {};
  return (
    <div class="wrap narrow quiz-page">
      <p class="muted">
        <a href={`/pelatihan/kursus/${encodeURIComponent(p.course.code)}`}>{pick(p.course.title, p.lang)}</a> › {t('Kuis', 'Quiz')}
      </p>
      <h1>{t('Kuis', 'Quiz')}: {pick(p.course.title, p.lang)}</h1>
      <p class="notice">
        {t('Kumpulkan sebelum', 'Submit before')} <strong>{formatDateTime(p.attempt.deadlineAt, p.lang)}</strong>.{' '}
        {t(`Nilai lulus ${p.attempt.passPercent}%. Jawaban dinilai di server setelah dikumpulkan.`, `Pass mark ${p.attempt.passPercent}%. Answers are scored on the server after you submit.`)}
      </p>
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={fields} idPrefix="" title={notDoneTitle(p.lang)} />
      <form method="post" action={`/pelatihan/kuis/${p.attempt.id}`} class="stacked quiz-form">
        <CsrfField token={p.csrf} />
        {p.questions.map((q, i) => {
          const name = `q_${q.id}`;
          const err = fields[name];
          return (
            <fieldset class="field question" id={name} aria-describedby={err ? `${name}-err` : undefined}>
              <legend>
                {i + 1}. <IndonesianOnly lang={p.lang} text={q.prompt} />
              </legend>
              {err ? (
                <span class="field-error" id={`${name}-err`}>
                  {pick(err, p.lang)}
                </span>
              ) : null}
              {q.options.map((o) => (
                <label class="option">
                  <input type="radio" name={name} value={o.key} checked={p.answers?.[String(q.id)] === o.key} /> {optionText(q.kind, o, p.lang)}
                </label>
              ))}
            </fieldset>
          );
        })}
        <p class="actions">
          <button type="submit" class="button primary">{t('Kumpulkan jawaban', 'Submit answers')}</button>
        </p>
      </form>
    </div>
  );
}

export function QuizResultPage(p: {
  lang: Lang;
  csrf: string;
  course: CourseView;
  attempt: AttemptView;
  review: ReviewedQuestion[];
  attemptsLeft: number;
  progress: CourseProgress;
  /** what the course still needs after this attempt */
  missing: readonly CoursePart[];
}) {
  const t = translator(p.lang);
  const a = p.attempt;
  const base = `/pelatihan/kursus/${encodeURIComponent(p.course.code)}`;
  const correct = p.review.filter((r) => r.correct).length;
  return (
    <div class="wrap narrow quiz-result">
      <p class="muted">
        <a href={base}>{pick(p.course.title, p.lang)}</a> › {t('Hasil kuis', 'Quiz result')}
      </p>
      <h1>{t('Hasil kuis', 'Quiz result')}</h1>
      {a.outcome === 'expired' ? (
        <p class="notice">{t('Percobaan ini melewati batas waktu sehingga tidak dinilai.', 'This attempt passed the time limit and was not scored.')}</p>
      ) : a.outcome === 'reset' ? (
        <p class="notice">
          {t('Percobaan ini ditutup karena penyusun kursus memberi Anda kesempatan kuis dari awal.', 'This attempt was closed because the course author gave you a fresh start at the quiz.')}{' '}
          <a href={base}>{t('Kembali ke kursus', 'Back to the course')}</a>
        </p>
      ) : a.passed ? (
        <div class="success-box" role="status">
          <p>
            <strong>{t('Lulus', 'Passed')}</strong> — {t('nilai', 'score')} {a.scorePercent}% ({correct}/{p.review.length}).
          </p>
          {p.progress.completedAt ? (
            <p>
              {t('Kursus selesai:', 'Course completed:')} <CreditLine lang={p.lang} credit={p.progress.credit} courseJp={p.course.jp} />{' '}
              {p.progress.certificateId ? <a href={`/pelatihan/sertifikat/${p.progress.certificateId}`}>{t('Lihat sertifikat', 'View certificate')}</a> : null}
            </p>
          ) : (
            <>
              <MissingParts lang={p.lang} missing={p.missing} />
              <p>
                <a href={base}>{t('Kembali ke kursus', 'Back to the course')}</a>
              </p>
            </>
          )}
        </div>
      ) : (
        <div class="error-summary" role="status">
          <p>
            <strong>{t('Belum lulus', 'Not passed')}</strong> — {t('nilai', 'score')} {a.scorePercent}% ({correct}/{p.review.length}),{' '}
            {t(`nilai lulus ${a.passPercent}%.`, `pass mark ${a.passPercent}%.`)}
          </p>
          <p>
            {p.attemptsLeft > 0
              ? t(`Sisa kesempatan: ${p.attemptsLeft}. Pelajari pembahasan di bawah, lalu coba lagi dari halaman kursus.`, `Attempts left: ${p.attemptsLeft}. Study the explanations below, then try again from the course page.`)
              : t('Kesempatan sudah habis.', 'No attempts left.')}{' '}
            <a href={base}>{t('Kembali ke kursus', 'Back to the course')}</a>
          </p>
        </div>
      )}
      {p.review.length ? (
        <section aria-labelledby="h-bahas">
          <h2 id="h-bahas">{t('Pembahasan', 'Explanations')}</h2>
          <ol class="review">
            {p.review.map((q) => (
              <li>
                <p>
                  <strong>{q.prompt}</strong>
                </p>
                <p>
                  {t('Jawaban Anda', 'Your answer')}: {answerText(q, q.chosen, p.lang) ?? t('(tidak dijawab)', '(not answered)')}{' '}
                  {q.correct ? <span class="badge ok">{t('benar', 'correct')}</span> : <span class="badge overdue">{t('salah', 'wrong')}</span>}
                </p>
                {!q.correct ? (
                  <p>
                    {t('Jawaban benar', 'Correct answer')}: {answerText(q, q.correctKey, p.lang)}
                  </p>
                ) : null}
                <p class="muted">{q.explanation}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
