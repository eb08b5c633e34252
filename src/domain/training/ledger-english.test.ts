import { describe, expect, it } from 'vitest';
import { englishObjectName, VERB_LABELS } from './ledger';

const course = { titleId: 'Pelayanan Prima', titleEn: 'Service Excellence' };

describe('13.14 the training history names courses in English on the English page', () => {
  it('13.14 a course, its quiz and its classroom session take the course\'s English title', () => {
    expect(englishObjectName({ objectType: 'course', objectName: 'Pelayanan Prima' }, course)).toBe('Service Excellence');
    expect(englishObjectName({ objectType: 'quiz', objectName: 'Kuis Pelayanan Prima' }, course)).toBe('Quiz: Service Excellence');
    expect(englishObjectName({ objectType: 'session', objectName: 'Kelas Solo 1 (Pelayanan Prima)' }, course)).toBe('Kelas Solo 1 (Service Excellence)');
  });

  it('13.14 a lesson, evidence, a renamed course or no course: authored in Indonesian only (null, labelled by the page)', () => {
    expect(englishObjectName({ objectType: 'lesson', objectName: 'Materi 1' }, course)).toBeNull();
    expect(englishObjectName({ objectType: 'course', objectName: 'Nama lama' }, course)).toBeNull();
    expect(englishObjectName({ objectType: 'evidence', objectName: 'Seminar: X' }, null)).toBeNull();
  });

  it('13.14 "experienced" reads as plain English: studied', () => {
    expect(VERB_LABELS.experienced).toEqual({ id: 'mempelajari', en: 'studied' });
  });
});
