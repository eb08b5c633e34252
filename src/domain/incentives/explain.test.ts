import { describe, expect, it } from 'vitest';
import { contribution, explainComponent } from './explain';
import type { ComponentScore } from './score';

const facts = { slaMet: 3, reopens: 1, jpYear: 6, jpTarget: (20 * 212) / 365 };
const comp = (c: Partial<ComponentScore> & Pick<ComponentScore, 'key'>): ComponentScore => ({
  raw: null,
  n: 0,
  unit: null,
  shrunk: null,
  value: null,
  weight: 0.25,
  appliedWeight: 0.25,
  leftOut: null,
  ...c,
});

describe('an incentive component in plain words', () => {
  it('Q: the Bayesian average written out with its numbers, then mapped to 0–1', () => {
    // (1 × 72.22 + 5 × 58.33) ÷ 6 = 60.648 → (60.648 − 25) ÷ 75 = 0.4753
    const raw = (26 / 9) * 25;
    const unit = (42 / 18) * 25;
    const shrunk = (raw + 5 * unit) / 6;
    const m = explainComponent(comp({ key: 'Q', raw, n: 1, unit, shrunk, value: (shrunk - 25) / 75 }), 5, facts);
    expect(m.id).toBe(
      'Mutu layanan (IKM): IKM Anda 72,22 dari 1 penilaian. Agar sedikit kasus tidak menentukan segalanya, angka Anda dirata-ratakan dengan IKM unit 58,33 seolah ada 5 kasus tambahan bernilai rata-rata unit: (1 × 72,22 + 5 × 58,33) ÷ (1 + 5) = 60,65. Makin banyak kasus Anda, makin kecil pengaruh nilai unit. Pada skala 0–1: (60,65 − 25) ÷ 75 = 0,475.',
    );
    expect(m.en).toContain('(1 × 72.22 + 5 × 58.33) ÷ (1 + 5) = 60.65');
  });

  it('S with k = 0 is the raw value; R below 0 counts as 0', () => {
    expect(explainComponent(comp({ key: 'S', raw: 0.75, n: 4, unit: 0.5, shrunk: 0.75, value: 0.75 }), 0, facts).id).toBe(
      'Kepatuhan SLA: 3 dari 4 tepat waktu (0,750). Tanpa penyusutan (k = 0): angka Anda sendiri yang dipakai.',
    );
    const r = explainComponent(comp({ key: 'R', raw: -1, n: 1, unit: null, shrunk: -1, value: 0 }), 5, { ...facts, reopens: 2 });
    expect(r.id).toBe('Pengaduan dibuka kembali: 2 dari 1 penyelesaian dibuka kembali, jadi 1 − 2/1 = -1,000. Unit Anda belum punya angka untuk dibandingkan, jadi angka Anda sendiri yang dipakai: -1,000. Di bawah 0 dihitung 0.');
  });

  it('no figure of one’s own: the unit’s is used; no data anywhere: left out, with the reason', () => {
    expect(explainComponent(comp({ key: 'S', n: 0, unit: 0.9, shrunk: 0.9, value: 0.9 }), 5, facts).id).toBe(
      'Kepatuhan SLA: belum ada penyelesaian yang dinilai terhadap SLA. Tanpa angka sendiri, nilai unit yang dipakai (nilai unit 0,900).',
    );
    const out = explainComponent(comp({ key: 'Q', leftOut: { id: 'Belum ada penilaian warga, juga di unitnya.', en: 'No citizen ratings yet, in the unit either.' } }), 5, facts);
    expect(out.id).toBe('Mutu layanan (IKM): belum ada penilaian warga atas kasus Anda. Tidak dihitung: Belum ada penilaian warga, juga di unitnya.');
  });

  it('T: JP against the prorated target, capped at 1, counted to the period’s end or, while it runs, today', () => {
    const t = explainComponent(comp({ key: 'T', raw: 12 / facts.jpTarget, shrunk: 12 / facts.jpTarget, value: 1 }), 5, { ...facts, jpYear: 12 });
    expect(t.id).toBe(
      'Pelatihan (JP): 12,0 JP tahun ini sampai akhir periode, terhadap target 11,62 JP (20 JP setahun, diprorata sampai akhir periode): 12,0 ÷ 11,62 = 1,033, dibatasi paling tinggi 1. Komponen ini tidak disusutkan.',
    );
    expect(explainComponent(comp({ key: 'T', raw: 0.5, shrunk: 0.5, value: 0.5 }), 5, facts, true).en).toContain('6.0 JP this year up to today');
  });

  it('what a component adds: applied weight × value × 100', () => {
    // 0.4 × 0.4753 × 100 = 19.01
    expect(contribution(comp({ key: 'Q', value: 0.47530864, appliedWeight: 0.4 }))).toEqual({ id: 'bobot 0,400 × 0,475 × 100 = 19,01 poin', en: 'weight 0.400 × 0.475 × 100 = 19.01 points' });
    expect(contribution(comp({ key: 'Q' })).en).toBe('0 points (left out)');
  });
});
