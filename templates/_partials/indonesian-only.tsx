// Content authored in Indonesian only (a lesson, a question, a title recorded in Indonesian) may
// stay so on the English page, labelled and marked up as Indonesian so a screen reader reads it
// in the right voice (issue 13.14).
import type { Lang } from '../../src/platform/i18n/lang';

export function IndonesianOnly(p: { lang: Lang; text: string }) {
  if (p.lang === 'id') return <>{p.text}</>;
  // the label names the language in that language, as the language switch does
  return (
    <>
      <span lang="id">{p.text}</span> <span class="muted">(Bahasa Indonesia)</span>
    </>
  );
}

/** A name with an English form where there is one; otherwise the Indonesian, labelled. */
export function NameInLang(p: { lang: Lang; id: string; en: string | null }) {
  if (p.lang === 'en' && p.en) return <>{p.en}</>;
  return <IndonesianOnly lang={p.lang} text={p.id} />;
}
