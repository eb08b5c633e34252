// The row editors of a service's form fields and requirements (src/modules/admin/service-editor.ts):
// what the lists are called, how many rows each may hold (the catalogue schema's limits), and the
// names of a row's inputs, shared by the checks and the page.
import { msg, type Msg } from '../../platform/i18n/lang';

export type EditorList = 'fields' | 'reqs';

/** The most rows each list may hold (formFieldsSchema and requirementsSchema). */
export const MAX_ROWS: Record<EditorList, number> = { fields: 30, reqs: 40 };

/** "Field 2 · Label (English)": how the error summary names an input inside a row. */
export function rowLabel(key: string): Msg | null {
  const m = /^(fields|reqs)\.(\d+)\.(\w+)$/.exec(key);
  if (!m) return null;
  const n = Number(m[2]) + 1;
  const part = ROW_PART_LABELS[m[3]!];
  if (!part) return null;
  return m[1] === 'fields'
    ? msg(`Kolom ${n} · ${part.id}`, `Field ${n} · ${part.en}`)
    : msg(`Persyaratan ${n} · ${part.id}`, `Requirement ${n} · ${part.en}`);
}

export const ROW_PART_LABELS: Record<string, Msg> = {
  name: msg('Nama kunci', 'Key name'),
  type: msg('Jenis isian', 'Input type'),
  required: msg('Wajib diisi', 'Required'),
  labelId: msg('Label (Indonesia)', 'Label (Indonesian)'),
  labelEn: msg('Label (Inggris)', 'Label (English)'),
  helpId: msg('Petunjuk (Indonesia)', 'Help (Indonesian)'),
  helpEn: msg('Petunjuk (Inggris)', 'Help (English)'),
  options: msg('Pilihan', 'Choices'),
  maxLength: msg('Panjang maksimal (karakter)', 'Maximum length (characters)'),
  min: msg('Nilai terkecil', 'Minimum'),
  max: msg('Nilai terbesar / jumlah berkas', 'Maximum / number of files'),
  id: msg('Teks Indonesia', 'Indonesian text'),
  en: msg('Teks Inggris', 'English text'),
};
