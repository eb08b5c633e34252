import { isSafeLink, isSameOriginPath, parseLessonText } from '../../../src/domain/training/lesson-text';
import type { CourseView, LessonView } from '../../../src/domain/training/views';
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { ProgressBar, SuccessBox } from './shared';
import { CsrfField } from '../../_partials/form-fields';
import { IndonesianOnly } from '../../_partials/indonesian-only';

/** Lesson text as paragraphs, headings and lists: always text nodes, never raw HTML. */
export function LessonBody(p: { body: string }) {
  return (
    <div class="lesson-body">
      {parseLessonText(p.body).map((b) =>
        b.kind === 'h' ? (
          <h2>{b.text}</h2>
        ) : b.kind === 'ul' ? (
          <ul>
            {b.items.map((i) => (
              <li>{i}</li>
            ))}
          </ul>
        ) : (
          <p>{b.text}</p>
        ),
      )}
    </div>
  );
}

export function LessonPage(p: {
  lang: Lang;
  csrf: string;
  course: CourseView;
  lesson: LessonView;
  lessons: LessonView[];
  done: boolean;
  doneCount: number;
  notice?: Msg | null;
}) {
  const t = translator(p.lang);
  const base = `/pelatihan/kursus/${encodeURIComponent(p.course.code)}`;
  const i = p.lessons.findIndex((l) => l.id === p.lesson.id);
  const prev = i > 0 ? p.lessons[i - 1] : undefined;
  const next = i >= 0 && i < p.lessons.length - 1 ? p.lessons[i + 1] : undefined;
  const l = p.lesson;
  return (
    <article class="wrap narrow lesson-page">
      <p class="muted">
        <a href={base}>{pick(p.course.title, p.lang)}</a> › {t(`Materi ${i + 1} dari ${p.lessons.length}`, `Lesson ${i + 1} of ${p.lessons.length}`)}
      </p>
      <h1>
        <IndonesianOnly lang={p.lang} text={l.title} />
      </h1>
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      {isSameOriginPath(l.imageUrl) ? <img class="lesson-image" src={l.imageUrl} alt={l.imageAlt ?? ''} loading="lazy" decoding="async" /> : null}
      {/* authored in Indonesian only: marked so, for screen readers and translation tools */}
      <div lang="id">
        <LessonBody body={l.body} />
      </div>
      {isSafeLink(l.videoUrl) ? (
        <p class="lesson-link">
          <a href={l.videoUrl} rel="noopener noreferrer" target="_blank">
            {t('Tonton video pendukung', 'Watch the supporting video')}
          </a>{' '}
          <span class="muted">
            {t(
              '(dibuka di situs penyedia video; tidak disematkan karena kebijakan keamanan Pelita melarang bingkai dari situs lain, dan agar halaman tetap ringan di jaringan lambat)',
              "(opens on the video site; not embedded because Pelita's security policy forbids frames from other sites, and to keep this page light on slow networks)",
            )}
          </span>
        </p>
      ) : null}
      {isSafeLink(l.materialUrl) ? (
        <p class="lesson-link">
          <a href={l.materialUrl} download={isSameOriginPath(l.materialUrl) ? '' : undefined}>
            {t('Unduh materi', 'Download material')}: {l.materialLabel ?? l.materialUrl}
          </a>
        </p>
      ) : null}
      <ProgressBar value={p.doneCount} max={p.lessons.length} label={t('Materi selesai', 'Lessons done')} />
      {p.done ? (
        <p>
          <span class="badge ok">{t('Materi ini sudah selesai', 'This lesson is done')}</span>
        </p>
      ) : (
        <form method="post" action={`${base}/materi/${l.id}/selesai`}>
          <CsrfField token={p.csrf} />
          <button type="submit" class="button primary">{t('Tandai selesai', 'Mark as done')}</button>
        </form>
      )}
      <nav class="lesson-nav" aria-label={t('Navigasi materi', 'Lesson navigation')}>
        {prev ? <a href={`${base}/materi/${prev.id}`}>← {prev.title}</a> : <a href={base}>← {t('Halaman kursus', 'Course page')}</a>}
        {next ? <a href={`${base}/materi/${next.id}`}>{next.title} →</a> : <a href={`${base}#h-kuis`}>{t('Ke kuis', 'To the quiz')} →</a>}
      </nav>
    </article>
  );
}
