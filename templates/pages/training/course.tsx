import type { CoursePart } from '../../../src/domain/training/course-rules';
import type { CourseProgress, CourseView, LessonView, SessionView } from '../../../src/domain/training/views';
import { SessionList } from './sessions';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { CompetencyList, CreditLine, MissingParts, modeLabel, ProgressBar, SuccessBox, notDoneTitle } from './shared';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';
import { IndonesianOnly } from '../../_partials/indonesian-only';

export function CoursePage(p: {
  lang: Lang;
  csrf: string;
  course: CourseView;
  lessons: LessonView[];
  progress: CourseProgress;
  /** the required parts not done yet in the current round */
  missing: readonly CoursePart[];
  prerequisiteTitles: { code: string; title: Msg; done: boolean }[];
  questionCount: number;
  sessions: SessionView[];
  now: Date;
  error?: Msg | null;
  notice?: Msg | null;
  /** set for an author of the course: they preview it and earn nothing from it */
  authorPreview?: Msg | null;
}) {
  const t = translator(p.lang);
  const c = p.course;
  const base = `/pelatihan/kursus/${encodeURIComponent(c.code)}`;
  const done = p.lessons.filter((l) => p.progress.doneLessonIds.has(l.id)).length;
  const next = p.lessons.find((l) => !p.progress.doneLessonIds.has(l.id));
  const attemptsLeft = Math.max(0, c.quiz.maxAttempts - p.progress.attemptsUsed);
  return (
    <div class="wrap narrow course-page">
      <p class="muted">
        <a href="/pelatihan">{t('Pelatihan', 'Training')}</a> › {c.code}
      </p>
      <h1>{pick(c.title, p.lang)}</h1>
      <ErrorSummary lang={p.lang} message={p.error ?? null} title={notDoneTitle(p.lang)} />
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      {p.authorPreview ? (
        <p class="notice" id="pratinjau-penyusun">
          {pick(p.authorPreview, p.lang)}
        </p>
      ) : null}
      <p class="lead">{pick(c.description, p.lang)}</p>
      <dl class="facts">
        <div>
          <dt>JP</dt>
          <dd>{c.jp}</dd>
        </div>
        <div>
          <dt>{t('Moda', 'Mode')}</dt>
          <dd>{modeLabel(c.mode, p.lang)}</dd>
        </div>
        <div>
          <dt>{t('Materi', 'Lessons')}</dt>
          <dd>{p.lessons.length}</dd>
        </div>
        <div>
          <dt>{t('Nilai lulus kuis', 'Quiz pass mark')}</dt>
          <dd>{c.quiz.passPercent}%</dd>
        </div>
        {c.yearlyRefresher ? (
          <div>
            <dt>{t('Penyegaran', 'Refresher')}</dt>
            <dd>{t('tahunan: dapat diambil lagi setiap tahun', 'yearly: may be taken again each year')}</dd>
          </div>
        ) : null}
      </dl>
      <CompetencyList lang={p.lang} competencies={c.competencies} />
      {p.prerequisiteTitles.length ? (
        <p>
          {t('Prasyarat', 'Prerequisites')}:{' '}
          {p.prerequisiteTitles.map((x, i) => (
            <>
              {i ? ', ' : ''}
              <a href={`/pelatihan/kursus/${encodeURIComponent(x.code)}`}>{pick(x.title, p.lang)}</a>{' '}
              {x.done ? <span class="badge ok">{t('selesai', 'done')}</span> : <span class="badge warn">{t('belum', 'not yet')}</span>}
            </>
          ))}
        </p>
      ) : null}

      {p.progress.completedAt ? (
        <div class="success-box" role="status">
          <p>
            {t('Kursus selesai pada', 'Course completed on')} {formatDateTime(p.progress.completedAt, p.lang)}.{' '}
            <CreditLine lang={p.lang} credit={p.progress.credit} courseJp={c.jp} />
          </p>
          {p.progress.certificateRevoked ? <p>{t('Sertifikatnya telah dicabut; JP-nya tidak lagi dihitung.', 'Its certificate has been revoked; its JP no longer count.')}</p> : null}
          {p.progress.certificateId ? (
            <p>
              <a class="button primary" href={`/pelatihan/sertifikat/${p.progress.certificateId}`}>{t('Lihat sertifikat', 'View certificate')}</a>
            </p>
          ) : null}
          {p.progress.refresherDue ? (
            <form method="post" action={`${base}/daftar`}>
              <CsrfField token={p.csrf} />
              <p>
                {t('Penyegaran tahun ini dapat diambil sekarang.', "This year's refresher can be taken now.")}{' '}
                <button type="submit" class="button">{t('Ambil penyegaran', 'Take the refresher')}</button>
              </p>
            </form>
          ) : null}
        </div>
      ) : null}

      {p.progress.enrolled && !p.progress.completedAt ? <MissingParts lang={p.lang} missing={p.missing} /> : null}

      {p.progress.enrolled ? (
        <section aria-labelledby="h-progres">
          <h2 id="h-progres">{t('Kemajuan Anda', 'Your progress')}</h2>
          <ProgressBar value={done} max={p.lessons.length} label={t('Materi selesai', 'Lessons done')} />
          <p>
            {t(`${done} dari ${p.lessons.length} materi selesai.`, `${done} of ${p.lessons.length} lessons done.`)}{' '}
            {next ? (
              <a class="button primary" href={`${base}/materi/${next.id}`}>
                {done ? t('Lanjutkan', 'Continue') : t('Mulai belajar', 'Start learning')}: {next.title}
              </a>
            ) : null}
          </p>
        </section>
      ) : (
        <form method="post" action={`${base}/daftar`} class="stacked">
          <CsrfField token={p.csrf} />
          <p class="actions">
            <button type="submit" class="button primary">{t('Daftar kursus ini', 'Enrol in this course')}</button>
          </p>
        </form>
      )}

      <section aria-labelledby="h-materi">
        <h2 id="h-materi">{t('Materi', 'Lessons')}</h2>
        <ol class="lesson-list">
          {p.lessons.map((l) => (
            <li>
              {p.progress.enrolled ? (
                <a href={`${base}/materi/${l.id}`}>
                  <IndonesianOnly lang={p.lang} text={l.title} />
                </a>
              ) : (
                <IndonesianOnly lang={p.lang} text={l.title} />
              )}{' '}
              <span class="muted">· {t(`${l.minutes} menit`, `${l.minutes} min`)}</span>{' '}
              {p.progress.doneLessonIds.has(l.id) ? <span class="badge ok">{t('selesai', 'done')}</span> : null}
            </li>
          ))}
        </ol>
      </section>

      {/* the classroom part is taken once per round: after a session attended, no other cohort is offered */}
      <SessionList lang={p.lang} csrf={p.csrf} sessions={p.sessions} enrolled={p.progress.enrolled && !p.progress.attended} now={p.now} />

      {p.questionCount ? (
        <section aria-labelledby="h-kuis">
          <h2 id="h-kuis">{t('Kuis', 'Quiz')}</h2>
          <p>
            {t(
              `${Math.min(c.quiz.questionCount, p.questionCount)} soal acak, waktu ${c.quiz.timeLimitMinutes} menit, nilai lulus ${c.quiz.passPercent}%, paling banyak ${c.quiz.maxAttempts} kali percobaan.`,
              `${Math.min(c.quiz.questionCount, p.questionCount)} random questions, ${c.quiz.timeLimitMinutes} minutes, pass mark ${c.quiz.passPercent}%, at most ${c.quiz.maxAttempts} attempts.`,
            )}
          </p>
          {p.progress.quizPassed ? (
            <p>
              <span class="badge ok">{t('Lulus', 'Passed')}</span> {t('Nilai terbaik', 'Best score')}: {p.progress.bestPercent}%
            </p>
          ) : p.progress.enrolled ? (
            <>
              <p class="muted">
                {t(`Percobaan terpakai: ${p.progress.attemptsUsed} dari ${c.quiz.maxAttempts}.`, `Attempts used: ${p.progress.attemptsUsed} of ${c.quiz.maxAttempts}.`)}
                {p.progress.bestPercent !== null ? ` ${t('Nilai terbaik', 'Best score')}: ${p.progress.bestPercent}%.` : ''}
              </p>
              {p.progress.openAttemptId ? (
                <p>
                  <a class="button primary" href={`/pelatihan/kuis/${p.progress.openAttemptId}`}>{t('Lanjutkan kuis', 'Continue the quiz')}</a>
                </p>
              ) : attemptsLeft > 0 ? (
                <form method="post" action={`${base}/kuis`}>
                  <CsrfField token={p.csrf} />
                  <button type="submit" class="button primary">{t('Mulai kuis', 'Start the quiz')}</button>
                </form>
              ) : (
                <p class="notice">{t('Kesempatan kuis sudah habis.', 'No quiz attempts left.')}</p>
              )}
            </>
          ) : (
            <p class="muted">{t('Daftar dulu untuk mengerjakan kuis.', 'Enrol first to take the quiz.')}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
