import type { CoursePart } from '../../../src/domain/training/course-rules';
import { optionText } from '../../../src/domain/training/option-words';
import type { AttemptView, CourseProgress, CourseView, QuestionForLearner, ReviewedQuestion } from '../../../src/domain/training/views';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { CreditLine, MissingParts, notDoneTitle } from './shared';
import { assetUrl } from '../../_partials/assets';
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
  /** the server's clock, so the countdown does not trust the device's */
  now: Date;
  nonce?: string | undefined;
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
      {/* the live countdown (public/assets/quiz-timer.js); the server enforces the limit either way */}
      <p
        class="quiz-countdown"
        role="timer"
        hidden
        data-quiz-deadline={p.attempt.deadlineAt.toISOString()}
        data-server-now={p.now.toISOString()}
      ></p>
      <p class="visually-hidden" role="status" data-quiz-announce></p>
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={fields} idPrefix="" title={notDoneTitle(p.lang)} />
      <form method="post" action={`/pelatihan/kuis/${p.attempt.id}`} class="stacked quiz-form" data-quiz-form>
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
      <script src={assetUrl('quiz-timer.js')} defer nonce={p.nonce}></script>
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
              ? t(
                  `Sisa kesempatan: ${p.attemptsLeft}. Pelajari lagi materi untuk soal yang salah di bawah, lalu coba lagi dari halaman kursus.`,
                  `Attempts left: ${p.attemptsLeft}. Go back over the lessons for the questions marked wrong below, then try again from the course page.`,
                )
              : t('Kesempatan sudah habis.', 'No attempts left.')}{' '}
            <a href={base}>{t('Kembali ke kursus', 'Back to the course')}</a>
          </p>
        </div>
      )}
      {p.review.length ? <ReviewList lang={p.lang} review={p.review} /> : null}
    </div>
  );
}

/**
 * Each question with the learner's answer and whether it was right. The correct answer and the
 * explanation come only when the server revealed them (a pass, or no attempt left): after a
 * failed attempt with attempts left the learner learns which were wrong, not the key.
 */
function ReviewList(p: { lang: Lang; review: ReviewedQuestion[] }) {
  const t = translator(p.lang);
  const revealed = p.review.some((q) => q.correctKey !== null);
  const wrong = p.review.filter((q) => !q.correct).length;
  return (
    <section aria-labelledby="h-bahas">
      <h2 id="h-bahas">{revealed ? t('Pembahasan', 'Explanations') : t('Hasil per soal', 'Question by question')}</h2>
      {revealed ? null : (
        <p class="notice">
          {t(
            `${wrong} soal belum benar. Kunci jawaban dan pembahasan ditampilkan setelah Anda lulus atau kesempatan habis, agar percobaan berikutnya tetap menguji pemahaman Anda.`,
            `${wrong} ${wrong === 1 ? 'question was' : 'questions were'} wrong. The answer key and the explanations are shown once you pass or have no attempt left, so the next attempt still tests what you understood.`,
          )}
        </p>
      )}
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
            {!q.correct && q.correctKey !== null ? (
              <p>
                {t('Jawaban benar', 'Correct answer')}: {answerText(q, q.correctKey, p.lang)}
              </p>
            ) : null}
            {q.explanation ? <p class="muted">{q.explanation}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
