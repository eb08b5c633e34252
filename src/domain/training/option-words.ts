// A true/false question's two options are the interface's words, not the author's: they are
// stored as "Benar"/"Salah" and said in the reader's language (issue 13.14). Multiple-choice
// options are the author's text, as written.
import type { Lang } from '../../platform/i18n/lang';

const TRUE_FALSE: Readonly<Record<string, { id: string; en: string }>> = {
  benar: { id: 'Benar', en: 'True' },
  salah: { id: 'Salah', en: 'False' },
};

export function optionText(kind: string, option: { key: string; text: string }, lang: Lang): string {
  const word = kind === 'true_false' && Object.hasOwn(TRUE_FALSE, option.key) ? TRUE_FALSE[option.key] : undefined;
  return word ? word[lang] : option.text;
}
