// Fictitious Indonesian (mostly Javanese, as in Surakarta) names for the benchmark's 8,000 ASN:
// a given name from a list, a second name built from syllables, and the academic title most
// civil servants carry. No real person is meant.
import type { Rng } from './rng';

const GIVEN_M = [
  'Agus', 'Bambang', 'Budi', 'Joko', 'Eko', 'Slamet', 'Sugeng', 'Teguh', 'Hadi', 'Wahyu', 'Dwi', 'Tri', 'Yoga', 'Rizky',
  'Andi', 'Arif', 'Bayu', 'Dedi', 'Fajar', 'Hendra', 'Imam', 'Kurniawan', 'Nugroho', 'Puji', 'Rudi', 'Setyo', 'Tono',
  'Yudi', 'Gunawan', 'Heru', 'Priyo', 'Sigit', 'Bagus', 'Danang', 'Galih', 'Lilik', 'Mulyono', 'Purnomo', 'Supriyadi',
];
const GIVEN_F = [
  'Sri', 'Endang', 'Dewi', 'Rina', 'Siti', 'Nur', 'Retno', 'Ayu', 'Wulan', 'Indah', 'Lestari', 'Ratna', 'Yuni', 'Dian',
  'Fitri', 'Kartika', 'Maya', 'Novi', 'Putri', 'Rahayu', 'Sari', 'Tutik', 'Umi', 'Wiwik', 'Yanti', 'Anik', 'Erna', 'Heni',
  'Lina', 'Murni', 'Ning', 'Rini', 'Tri', 'Dwi', 'Esti', 'Galuh', 'Kusuma', 'Laras', 'Menik',
];
const HEAD = ['Su', 'Wi', 'Har', 'Pra', 'Sa', 'Pur', 'Wahyu', 'Sri', 'Kus', 'Tri', 'Budi', 'Ra', 'Setya', 'Jaya', 'Ng', 'Mar', 'Da', 'Hadi'];
const MID = ['', '', 'ja', 'ti', 'ra', 'su', 'wa', 'di', 'no', 'sa', 'tya', 'ma', 'ri', 'ha'];
const TAIL_M = ['to', 'no', 'yanto', 'wanto', 'harjo', 'wiyono', 'santoso', 'pranoto', 'prasetyo', 'nugroho', 'sasmito', 'widodo'];
const TAIL_F = ['ti', 'ni', 'yanti', 'wati', 'ningsih', 'astuti', 'lestari', 'rahayu', 'handayani', 'kusumawati', 'wulandari'];
const TITLES = ['', '', 'S.E.', 'S.H.', 'S.T.', 'S.Kom.', 'S.Sos.', 'S.I.P.', 'S.Pd.', 'A.Md.', 'S.Si.', 'S.Kep.', 'S.K.M.', 'S.AP.'];
const MASTERS = ['M.Si.', 'M.M.', 'M.T.', 'M.Kes.', 'M.AP.', 'M.H.'];

function secondName(rng: Rng, female: boolean): string {
  const s = rng.pick(HEAD) + rng.pick(MID) + rng.pick(female ? TAIL_F : TAIL_M);
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

export interface Person {
  name: string;
  female: boolean;
  /** lower-case ascii, for an e-mail address */
  handle: string;
}

export function personName(rng: Rng, senior = false): Person {
  const female = rng.chance(0.48);
  const given = rng.pick(female ? GIVEN_F : GIVEN_M);
  const parts = [given];
  if (rng.chance(0.35)) parts.push(rng.pick(female ? GIVEN_F : GIVEN_M));
  parts.push(secondName(rng, female));
  let title = rng.pick(TITLES);
  if (senior && title && rng.chance(0.6)) title = `${title}, ${rng.pick(MASTERS)}`;
  const name = title ? `${parts.join(' ')}, ${title}` : parts.join(' ');
  const handle = [parts[0]!, parts[parts.length - 1]!].join('.').toLowerCase().replace(/[^a-z.]/g, '');
  return { name, female, handle };
}

/**
 * An 18-digit NIP (PP 11/2017 format): birth date (8), month of appointment as CPNS yyyymm (6),
 * sex (1: 1 man, 2 woman) and a serial (3). `serial` keeps them unique.
 */
export function nip(rng: Rng, female: boolean, serial: number): string {
  const birthYear = rng.int(1966, 2000);
  const birth = `${birthYear}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const apptYear = Math.min(2024, birthYear + rng.int(22, 32));
  const appt = `${apptYear}${String(rng.pick([1, 2, 3, 4, 12])).padStart(2, '0')}`;
  return `${birth}${appt}${female ? 2 : 1}${String(serial % 1000).padStart(3, '0')}`;
}
