// The CSV of a published ranking for BKPSDM's performance-allowance (TPP) input: one row per ASN
// with NIP, name, unit, raw numbers, components, score, ranks, tier and notes, as published.
// Written by the one CSV helper (src/platform/csv/csv.ts): formulas neutralised, UTF-8 with a BOM.
import type { PublishedRanking } from '../../domain/incentives/views';
import { fixedCell as fixed, toCsv } from '../../platform/csv/csv';
import { pick, type Lang } from '../../platform/i18n/lang';

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
  return toCsv([header, ...rows]);
}

/** insentif-2026-03-v3.csv; one unit's: insentif-2026-03-v3-DPUPR.csv (only letters, digits and '-' from the code: it goes in a header). */
export function rankingFileName(r: PublishedRanking, unitCode = ''): string {
  const unit = unitCode.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 40);
  return `insentif-${r.period}-v${r.schemeVersion}${unit ? `-${unit}` : ''}.csv`;
}
