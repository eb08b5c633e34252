// The fixed list of competencies courses are tagged with, with labels in both languages.
// Regulatory competencies are per permit type (regulasi_perizinan:<service code>).
import type { Msg } from '../../platform/i18n/lang';

export const COMPETENCIES = [
  'literasi_digital',
  'komunikasi_pelayanan',
  'manajemen_waktu',
  'penanganan_pengaduan',
  'regulasi_perizinan:pbg',
  'regulasi_perizinan:umum',
  'kepemimpinan_digital',
  'etika_integritas',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

export const COMPETENCY_LABELS: Record<Competency, Msg> = {
  literasi_digital: { id: 'Literasi digital', en: 'Digital literacy' },
  komunikasi_pelayanan: { id: 'Komunikasi pelayanan', en: 'Service communication' },
  manajemen_waktu: { id: 'Manajemen waktu', en: 'Time management' },
  penanganan_pengaduan: { id: 'Penanganan pengaduan', en: 'Complaint handling' },
  'regulasi_perizinan:pbg': { id: 'Regulasi perizinan: PBG', en: 'Permit regulation: building approval (PBG)' },
  'regulasi_perizinan:umum': { id: 'Regulasi perizinan: umum', en: 'Permit regulation: general' },
  kepemimpinan_digital: { id: 'Kepemimpinan digital', en: 'Digital leadership' },
  etika_integritas: { id: 'Etika dan integritas', en: 'Ethics and integrity' },
};

export function isCompetency(x: unknown): x is Competency {
  return typeof x === 'string' && (COMPETENCIES as readonly string[]).includes(x);
}

/** The name of a stored competency; one no longer in the list is shown as it is. */
export function competencyLabel(c: string): Msg {
  return isCompetency(c) ? COMPETENCY_LABELS[c] : { id: c, en: c };
}

export const MODES = ['self_paced', 'blended', 'classroom'] as const;
export type CourseMode = (typeof MODES)[number];
export const MODE_LABELS: Record<CourseMode, Msg> = {
  self_paced: { id: 'Daring mandiri', en: 'Self-paced online' },
  blended: { id: 'Campuran (blended)', en: 'Blended' },
  classroom: { id: 'Tatap muka (klasikal)', en: 'Classroom' },
};
export function isMode(x: unknown): x is CourseMode {
  return typeof x === 'string' && (MODES as readonly string[]).includes(x);
}

/** PP 11/2017 art. 203(4) as amended by PP 17/2020: at least 20 JP of development a year. */
export const YEARLY_JP_TARGET = 20;
