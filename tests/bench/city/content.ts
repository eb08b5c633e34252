// What citizens write in the benchmark city's complaints: a title and a description in the
// words people use for each category, a street, sometimes a point on the map, and contact
// details for most (fictitious: example addresses, unreachable numbers).
import type { NewCaseFields } from './kernel-mirror';
import { personName } from './names';
import type { Rng } from './rng';

const STREETS = [
  'Jl. Slamet Riyadi', 'Jl. Adi Sucipto', 'Jl. Ahmad Yani', 'Jl. Kapten Mulyadi', 'Jl. Veteran', 'Jl. Urip Sumoharjo', 'Jl. Dr. Radjiman',
  'Jl. Kol. Sutarto', 'Jl. Ir. Sutami', 'Jl. Letjen Suprapto', 'Jl. Yos Sudarso', 'Jl. Sam Ratulangi', 'Jl. Brigjen Katamso', 'Jl. Kahuripan',
  'Jl. Honggowongso', 'Jl. Gatot Subroto', 'Jl. Bhayangkara', 'Jl. Perintis Kemerdekaan', 'Jl. Sumpah Pemuda', 'Jl. Tentara Pelajar',
];

const TOPICS: Readonly<Record<string, readonly [string, string][]>> = {
  'jalan-rusak': [
    ['Jalan berlubang di {street}', 'Ada lubang cukup dalam di {street} dekat {mark} yang membahayakan pengendara motor, terutama saat hujan dan malam hari.'],
    ['Aspal mengelupas di {street}', 'Aspal di {street} sekitar {mark} mengelupas sepanjang beberapa meter sehingga kendaraan harus menghindar ke tengah.'],
  ],
  'drainase-genangan': [
    ['Saluran tersumbat di {street}', 'Saluran air di {street} dekat {mark} tersumbat sampah sehingga air meluap ke jalan setiap hujan.'],
    ['Genangan tidak surut di {street}', 'Setelah hujan, genangan di {street} sekitar {mark} tidak surut sampai pagi dan masuk ke rumah warga.'],
  ],
  'pju-mati': [['Lampu jalan mati di {street}', 'Beberapa lampu penerangan jalan di {street} dekat {mark} mati sejak minggu lalu sehingga jalan gelap.']],
  sampah: [
    ['Sampah tidak terangkut di {street}', 'Sampah di TPS dekat {mark}, {street} sudah beberapa hari tidak diangkut dan mulai berbau.'],
    ['Pembuangan sampah liar di {street}', 'Ada tumpukan sampah liar di lahan kosong {street} dekat {mark} yang terus bertambah.'],
  ],
  'pencemaran-kebisingan': [['Bau limbah dari usaha di {street}', 'Usaha di {street} dekat {mark} membuang limbah ke saluran sehingga bau menyengat tercium setiap sore.']],
  'parkir-lalu-lintas': [
    ['Parkir liar di {street}', 'Kendaraan parkir di bahu {street} dekat {mark} sampai menutup jalur, juru parkir tidak memberi karcis.'],
    ['Lampu lalu lintas mati di {street}', 'Lampu lalu lintas di simpang {street} dekat {mark} mati sehingga arus kendaraan semrawut.'],
  ],
  'pohon-tumbang': [['Pohon condong di {street}', 'Pohon besar di tepi {street} dekat {mark} condong ke jalan dan dahannya sudah retak.']],
  'pelayanan-puskesmas': [['Antrean lama di puskesmas', 'Antrean pendaftaran di puskesmas dekat {mark} sangat lama dan petugas loket hanya satu orang.']],
  'pkl-ketertiban': [['PKL menutup trotoar di {street}', 'Pedagang kaki lima di {street} dekat {mark} menutup trotoar sehingga pejalan kaki turun ke jalan.']],
  adminduk: [['KTP elektronik belum jadi', 'Perekaman KTP elektronik sudah lebih dari sebulan tetapi kartunya belum juga dapat diambil di kelurahan.']],
  'layanan-perizinan': [['Permohonan izin belum diproses', 'Permohonan izin usaha yang saya ajukan belum ada kabar padahal berkas sudah lengkap.']],
  lainnya: [['Keluhan fasilitas umum di {street}', 'Fasilitas umum di {street} dekat {mark} rusak dan tidak ada petunjuk ke mana harus melapor.']],
};

const MARKS = ['masjid', 'sekolah dasar', 'pasar', 'gang 3', 'toko bangunan', 'pos ronda', 'halte', 'bank', 'apotek', 'kantor kelurahan'];

const fill = (s: string, street: string, mark: string) => s.replaceAll('{street}', street).replaceAll('{mark}', mark);

export type ComplaintText = Omit<NewCaseFields, 'id' | 'trackingCode' | 'accessKeyHash'>;

/** A complaint's own words and the citizen's details, submitted at `at`. */
export function complaintText(rng: Rng, serviceCode: string, kelurahanCode: string, at: Date): ComplaintText {
  const [title, body] = rng.pick(TOPICS[serviceCode] ?? TOPICS['lainnya']!);
  const street = rng.pick(STREETS);
  const mark = rng.pick(MARKS);
  const privacy = rng.weighted(['publik', 'anonim', 'rahasia'], [0.3, 0.6, 0.1]);
  const named = rng.chance(0.7);
  const who = personName(rng);
  const onMap = rng.chance(0.4);
  const day = new Date(at.getTime() + 7 * 3_600_000 - rng.int(0, 3) * 86_400_000).toISOString().slice(0, 10);
  return {
    title: fill(title, street, mark),
    description: fill(body, street, mark),
    address: `${street} No. ${rng.int(1, 250)}, RT ${String(rng.int(1, 9)).padStart(2, '0')}/RW ${String(rng.int(1, 15)).padStart(2, '0')}`,
    kelurahanCode,
    latitude: onMap ? Number((-7.6 + rng.next() * 0.08).toFixed(6)) : null,
    longitude: onMap ? Number((110.76 + rng.next() * 0.12).toFixed(6)) : null,
    incidentDate: day,
    privacy,
    contactName: named ? who.name.split(',')[0]! : null,
    contactEmail: named && rng.chance(0.6) ? `${who.handle}@contoh.id` : null,
    contactPhone: named && rng.chance(0.7) ? `+62812${String(rng.int(10_000_000, 99_999_999))}` : null,
  };
}
