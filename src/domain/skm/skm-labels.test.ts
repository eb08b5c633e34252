import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS, SKM_SCALE_LABELS } from './ikm';

describe('13.14 the SKM answers below the middle read as negative in English', () => {
  it('13.14 "Kurang sesuai" is "Not quite appropriate", not "Somewhat appropriate"', () => {
    expect(SKM_ELEMENTS[0]!.answers[1]).toEqual({ id: 'Kurang sesuai', en: 'Not quite appropriate' });
  });

  it('13.14 every "Kurang …" answer is "Not quite …" and none says "Somewhat", "Partly" or "Fair"', () => {
    const all = [...SKM_ELEMENTS.flatMap((e) => e.answers), ...SKM_SCALE_LABELS];
    for (const a of all) {
      if (a.id.startsWith('Kurang')) expect(a.en, a.id).toMatch(/^Not quite /);
      expect(a.en).not.toMatch(/^(Somewhat|Partly|Fair)\b/);
    }
  });
});
