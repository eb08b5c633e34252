import { describe, expect, it } from 'vitest';
import { rankingRow } from '../../domain/incentives/inputs';
import { scoreOfficers } from '../../domain/incentives/score';
import type { Scheme } from '../../domain/incentives/scheme';
import type { PublishedRanking } from '../../domain/incentives/views';
import { rankingCsv, rankingFileName } from './csv';
import { officerInput, UNIT_1 } from '../../../tests/helpers/incentive-inputs';

const SCHEME: Scheme = {
  weights: { Q: 0.4, S: 0.3, T: 0.2, R: 0.1 },
  minCases: 1,
  priorK: 5,
  tiers: [{ min: 50, name: { id: 'Baik', en: 'Good' } }],
};

function ranking(names: string[], unitName = 'Dinas Pekerjaan Umum'): PublishedRanking {
  const result = scoreOfficers(
    { officers: names.map((name, i) => officerInput({ staffId: i + 1, name, handled: 10 })), units: [UNIT_1] },
    SCHEME,
  );
  return {
    period: '2026-03',
    schemeVersion: 3,
    scheme: SCHEME,
    scored: result.scored,
    unscored: result.unscored,
    publishedAt: new Date('2026-04-02T03:00:00Z'),
    publishedByName: 'Admin',
    rows: result.rows.map((r) => rankingRow(r, { code: 'DPUPR', name: unitName })),
  };
}

/** The CSV's cells, parsed the simple way (no quoted commas in these fixtures). */
const cells = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));

describe('the TPP export of a published ranking', () => {
  it('starts with a UTF-8 byte-order mark and keeps Indonesian names as they are', () => {
    const csv = rankingCsv(ranking(['Sri Rahayu Ningsih', 'Ñoman Élok']), 'id');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Ñoman Élok');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('one row per ASN with NIP, name, unit, raw numbers, components, score, ranks and tier', () => {
    const [header, row] = cells(rankingCsv(ranking(['Sri Rahayu']), 'id'));
    expect(header!.slice(0, 8)).toEqual(['Periode', 'Versi skema', 'NIP', 'Nama', 'Kode unit', 'Unit', 'Kasus ditangani', 'Memenuhi syarat']);
    const at = (name: string) => row![header!.indexOf(name)];
    expect(at('NIP')).toBe('199001012020011001');
    expect(at('Versi skema')).toBe('3');
    expect(at('IKM')).toBe('88.00');
    expect(at('Q')).toBe(((1280 / 15 - 25) / 75).toFixed(4));
    expect(at('S')).toBe('0.9000');
    expect(at('T')).toBe('1.0000');
    // 100 × (0.4·0.804444 + 0.3·0.9 + 0.2·1 + 0.1·0.945652) = 88.6343 (src/domain/incentives/score.test.ts)
    expect(at('Skor')).toBe('88.63');
    expect(at('Peringkat kota')).toBe('1');
    expect(at('Tingkat')).toBe('Baik');
  });

  it('headers in English for an English reader', () => {
    const [header] = cells(rankingCsv(ranking(['A']), 'en'));
    expect(header!.slice(0, 4)).toEqual(['Period', 'Scheme version', 'NIP', 'Name']);
  });

  it("names and notes beginning with =, +, - or @ arrive as text, not formulas (a ' before them)", () => {
    const csv = rankingCsv(ranking(['=HYPERLINK("http://x.test","klik")', '+62 Budi', '-1+2', '@SUM(A1:A9)'], '=1+1'), 'id');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    for (const evil of ['=HYPERLINK(""http://x.test"",""klik"")', '+62 Budi', '-1+2', '@SUM(A1:A9)']) {
      expect(lines.some((l) => l.includes(`'${evil}`)), evil).toBe(true);
    }
    // no cell of any line starts with a formula character
    const body = lines.slice(1).filter(Boolean);
    for (const line of body) for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    expect(csv).toContain(",'=1+1,");
  });

  it('is named after its period and scheme version', () => {
    expect(rankingFileName(ranking(['A']))).toBe('insentif-2026-03-v3.csv');
  });
});
