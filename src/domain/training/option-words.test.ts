import { describe, expect, it } from 'vitest';
import { optionText } from './option-words';

describe('13.14 a true/false question says True/False in English, not Benar/Salah', () => {
  it('13.14 the two options follow the reader\'s language', () => {
    expect(optionText('true_false', { key: 'benar', text: 'Benar' }, 'en')).toBe('True');
    expect(optionText('true_false', { key: 'salah', text: 'Salah' }, 'en')).toBe('False');
    expect(optionText('true_false', { key: 'benar', text: 'Benar' }, 'id')).toBe('Benar');
  });

  it('13.14 a multiple-choice option is the author\'s text in either language', () => {
    expect(optionText('multiple_choice', { key: 'a', text: 'Benar semua' }, 'en')).toBe('Benar semua');
  });
});
