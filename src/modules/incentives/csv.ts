// The CSV of a published ranking for BKPSDM's performance-allowance (TPP) input: one row per ASN
// with NIP, name, unit, raw numbers, components, score, ranks, tier and notes, as published.
//
// Spreadsheets run a cell that begins with =, +, - or @ as a formula (CSV injection, OWASP): a
// name or a note typed as `=HYPERLINK(…)` must arrive as text. csv-stringify's escape_formulas
// puts a ' before such a cell. UTF-8 with a byte-order mark, so Excel reads Indonesian names as
// UTF-8 and not as the system code page. Numbers use a decimal point, as data files do.
import { stringify } from 'csv-stringify/sync';
import type { PublishedRanking } from '../../domain/incentives/views';
import { pick, type Lang } from '../../platform/i18n/lang';

const fixed = (x: number | null, decimals: number) => (x === null ? '' : x.toFixed(decimals));

/** The header row and one row per ASN, in the reader's language. */
export function rankingCsv(r: PublishedRanking, lang: Lang): string {
  const t = (id: string, en: string) => (lang === 'en' ? en : id);
  const header = [
    t('Periode', 'Period'),
    t('Versi skema', 'Scheme version'),
    'NIP',
    t('Nama', 'Name'),
    t('Kode unit', 'Unit code'),
    t('Unit', 'Unit'),
    t('Kasus ditangani', 'Cases handled'),
    t('Memenuhi syarat', 'Eligible'),
    t('Jumlah penilaian', 'Ratings'),
    'IKM',
    t('SLA tepat waktu', 'SLA met'),
    t('SLA terlambat', 'SLA breached'),
    t('Dibuka kembali', 'Reopens'),
    t('Diselesaikan', 'Resolutions'),
    t('JP tahun ini', 'JP this year'),
    t('Target JP s.d. akhir periode', 'JP target to period end'),
    'Q',
    'S',
    'T',
    'R',
    t('Skor', 'Score'),
    t('Peringkat kota', 'City rank'),
    t('Peringkat unit', 'Unit rank'),
    t('Seri (kota)', 'Tied (city)'),
    t('Seri (unit)', 'Tied (unit)'),
    t('Tingkat', 'Tier'),
    t('Catatan', 'Notes'),
  ];
  const rows = r.rows.map((x) => [
    r.period,
    r.schemeVersion,
    x.nip,
    x.name,
    x.unitCode,
    x.unitName,
    x.handled,
    x.eligible ? t('ya', 'yes') : t('tidak', 'no'),
    x.ratingsN,
    fixed(x.ikm, 2),
    x.slaMet,
    x.slaBreached,
    x.reopens,
    x.resolutions,
    x.jpYear,
    fixed(x.jpTarget, 2),
    fixed(x.components.Q.value, 4),
    fixed(x.components.S.value, 4),
    fixed(x.components.T.value, 4),
    fixed(x.components.R.value, 4),
    fixed(x.rounded, 2),
    x.rankCity ?? '',
    x.rankUnit ?? '',
    x.tiedCity,
    x.tiedUnit,
    x.tier ? pick(x.tier, lang) : '',
    x.notes.map((n) => pick(n, lang)).join(' | '),
  ]);
  return stringify([header, ...rows], { bom: true, escape_formulas: true, record_delimiter: 'windows' });
}

/** insentif-2026-03-v3.csv */
export function rankingFileName(r: PublishedRanking): string {
  return `insentif-${r.period}-v${r.schemeVersion}.csv`;
}
