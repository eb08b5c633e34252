// One ASN's incentive score told in plain words (docs/metrics.md §5.2), for their own /kinerja page:
// each component with the numbers it rests on, the shrinkage toward the unit worked out as a sum an
// ASN can redo on paper, the weight and what it adds to the score.
import type { Msg } from '../../platform/i18n/lang';
import { COMPONENT_LABELS, type ComponentKey } from './scheme';
import { formatNumber, type ComponentScore } from './score';

const f2 = (x: number) => formatNumber(x, 2);
const f3 = (x: number) => formatNumber(x, 3);

/** What a component's own figure is, on its own scale: "IKM 72,22 dari 1 penilaian". */
function ownText(key: ComponentKey, c: ComponentScore, facts: { slaMet: number; reopens: number }): Msg {
  if (key === 'Q')
    return c.raw === null
      ? { id: 'belum ada penilaian warga atas kasus Anda', en: 'no citizen ratings of your cases yet' }
      : { id: `IKM Anda ${f2(c.raw).id} dari ${c.n} penilaian`, en: `your IKM ${f2(c.raw).en} over ${c.n} ratings` };
  if (key === 'S')
    return c.raw === null
      ? { id: 'belum ada penyelesaian yang dinilai terhadap SLA', en: 'no resolution judged against the SLA yet' }
      : { id: `${facts.slaMet} dari ${c.n} tepat waktu (${f3(c.raw).id})`, en: `${facts.slaMet} of ${c.n} within the SLA (${f3(c.raw).en})` };
  return c.raw === null
    ? { id: 'belum ada penyelesaian', en: 'no resolutions yet' }
    : {
        id: `${facts.reopens} dari ${c.n} penyelesaian dibuka kembali, jadi 1 − ${facts.reopens}/${c.n} = ${f3(c.raw).id}`,
        en: `${facts.reopens} of ${c.n} resolutions reopened, so 1 − ${facts.reopens}/${c.n} = ${f3(c.raw).en}`,
      };
}

/** The unit's figure on the same scale. */
function unitText(key: ComponentKey, unit: number): Msg {
  if (key === 'Q') return { id: `IKM unit ${f2(unit).id}`, en: `the unit's IKM ${f2(unit).en}` };
  return { id: `nilai unit ${f3(unit).id}`, en: `the unit's value ${f3(unit).en}` };
}

/**
 * A component in plain words. Q, S and R: the ASN's figure, the unit's, and the Bayesian average
 * (n × own + k × unit) ÷ (n + k) written out with its numbers (Q then mapped to 0–1 by
 * (x − 25) ÷ 75); T: JP against the prorated target, capped at 1. A component left out says why.
 */
export function explainComponent(
  c: ComponentScore,
  k: number,
  facts: { slaMet: number; reopens: number; jpYear: number; jpTarget: number },
  /** the period still runs: JP and the target are counted up to today */
  running = false,
): Msg {
  const name = COMPONENT_LABELS[c.key];
  if (c.key === 'T') {
    const capped = c.raw !== null && c.raw > 1;
    const upTo = running ? { id: 'hari ini', en: 'today' } : { id: 'akhir periode', en: "the period's end" };
    return {
      id: `${name.id}: ${formatNumber(facts.jpYear, 1).id} JP tahun ini sampai ${upTo.id}, terhadap target ${f2(facts.jpTarget).id} JP (20 JP setahun, diprorata sampai ${upTo.id}): ${formatNumber(facts.jpYear, 1).id} ÷ ${f2(facts.jpTarget).id} = ${f3(c.raw ?? 0).id}${capped ? ', dibatasi paling tinggi 1' : ''}. Komponen ini tidak disusutkan.`,
      en: `${name.en}: ${formatNumber(facts.jpYear, 1).en} JP this year up to ${upTo.en}, against a target of ${f2(facts.jpTarget).en} JP (20 JP a year, prorated to ${upTo.en}): ${formatNumber(facts.jpYear, 1).en} ÷ ${f2(facts.jpTarget).en} = ${f3(c.raw ?? 0).en}${capped ? ', capped at 1' : ''}. This component is not shrunk.`,
    };
  }
  const own = ownText(c.key, c, facts);
  if (c.value === null || c.shrunk === null)
    return { id: `${name.id}: ${own.id}. Tidak dihitung: ${c.leftOut?.id ?? ''}`, en: `${name.en}: ${own.en}. Left out: ${c.leftOut?.en ?? ''}` };
  const scale = (x: number, lang: 'id' | 'en') => (c.key === 'Q' ? f2(x)[lang] : f3(x)[lang]);
  let how: Msg;
  if (c.unit === null)
    how = {
      id: `Unit Anda belum punya angka untuk dibandingkan, jadi angka Anda sendiri yang dipakai: ${scale(c.shrunk, 'id')}.`,
      en: `Your unit has no figure to compare with, so your own is used: ${scale(c.shrunk, 'en')}.`,
    };
  else if (c.raw === null)
    how = {
      id: `Tanpa angka sendiri, nilai unit yang dipakai (${unitText(c.key, c.unit).id}).`,
      en: `With no figure of your own, the unit's is used (${unitText(c.key, c.unit).en}).`,
    };
  else if (k === 0)
    how = { id: 'Tanpa penyusutan (k = 0): angka Anda sendiri yang dipakai.', en: 'No shrinkage (k = 0): your own figure is used.' };
  else
    how = {
      id: `Agar sedikit kasus tidak menentukan segalanya, angka Anda dirata-ratakan dengan ${unitText(c.key, c.unit).id} seolah ada ${k} kasus tambahan bernilai rata-rata unit: (${c.n} × ${scale(c.raw, 'id')} + ${k} × ${scale(c.unit, 'id')}) ÷ (${c.n} + ${k}) = ${scale(c.shrunk, 'id')}. Makin banyak kasus Anda, makin kecil pengaruh nilai unit.`,
      en: `So that a few cases cannot make or break anyone, your figure is averaged with ${unitText(c.key, c.unit).en} as if there were ${k} more cases at the unit's rate: (${c.n} × ${scale(c.raw, 'en')} + ${k} × ${scale(c.unit, 'en')}) ÷ (${c.n} + ${k}) = ${scale(c.shrunk, 'en')}. The more cases you have, the less the unit's value counts.`,
    };
  const mapped: Msg =
    c.key === 'Q'
      ? { id: ` Pada skala 0–1: (${f2(c.shrunk).id} − 25) ÷ 75 = ${f3(c.value).id}.`, en: ` On the 0–1 scale: (${f2(c.shrunk).en} − 25) ÷ 75 = ${f3(c.value).en}.` }
      : c.shrunk < 0
        ? { id: ' Di bawah 0 dihitung 0.', en: ' Below 0 counts as 0.' }
        : { id: '', en: '' };
  return { id: `${name.id}: ${own.id}. ${how.id}${mapped.id}`, en: `${name.en}: ${own.en}. ${how.en}${mapped.en}` };
}

/** What a component adds to the score: weight × value × 100 points (the weight as applied, after any rescaling). */
export function contribution(c: ComponentScore): Msg {
  if (c.value === null) return { id: '0 poin (tidak dihitung)', en: '0 points (left out)' };
  const pts = 100 * c.appliedWeight * c.value;
  return {
    id: `bobot ${f3(c.appliedWeight).id} × ${f3(c.value).id} × 100 = ${f2(pts).id} poin`,
    en: `weight ${f3(c.appliedWeight).en} × ${f3(c.value).en} × 100 = ${f2(pts).en} points`,
  };
}
