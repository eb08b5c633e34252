/**
 * Demo content for Pelita, the example deployment for Kota Surakarta (Solo).
 *
 * Seeded ONLY in demo mode (see src/seed/seed.ts). A real deployment replaces all of this through
 * the admin screens: units, staff, service catalogue, SLAs, holidays and reply templates are data.
 *
 * Sources and caveats:
 * - Units: perangkat daerah (OPD) of Pemerintah Kota Surakarta as commonly named on surakarta.go.id.
 *   Unit names change with each Perda on organisation: admins must check them.
 * - Kelurahan: the 54 kelurahan of the five kecamatan as listed in the Kemendagri area codes (33.72),
 *   including the 2018–2019 splits of Kadipiro (into Kadipiro, Joglo and Banjarsari) and Semanggi
 *   (into Semanggi and Mojo). Admins can edit the list when boundaries change.
 * - Holidays: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025,
 *   Nomor 2 Tahun 2025 dan Nomor 5 Tahun 2025 (17 libur nasional and 8 cuti bersama for 2026);
 *   the 2027 libur nasional, some of them expected dates (see DEMO_HOLIDAYS for which).
 *   Admins MUST check the list against the official SKB (and any later amendment) every year.
 * - Permits: UU 28/2002 jo. UU 6/2023 and PP 16/2021 (bangunan gedung), UU 17/2023 and PP 28/2024
 *   (kesehatan), UU 1/2022 (pajak daerah dan retribusi daerah), UU 38/2004 jo. UU 2/2022 and
 *   PP 34/2006 (jalan), and PP 28/2025 (perizinan berusaha berbasis risiko, replacing PP 5/2021).
 *   Fees are data (fee, feeKind, feeBasis, feeOther): the retribusi PBG and the rent of road space
 *   are assessed per case after the technical review; pajak reklame and laboratory tests are other
 *   charges paid elsewhere. Descriptions do not speak of money. SLAs are demo defaults.
 * - Staff: fictitious people. Names, NIPs and e-mail addresses do not belong to real officials.
 */
import type {
  DemoHoliday,
  DemoKelurahan,
  DemoResponseTemplate,
  DemoRevisions,
  DemoService,
  DemoStaff,
  DemoUnit,
  FormField,
} from './demo-types';

// ------------------------------------------------------------------ units

export const DEMO_UNITS: DemoUnit[] = [
  {
    code: 'SETDA',
    name: 'Sekretariat Daerah',
    nameEn: 'Regional Secretariat',
    kind: 'sekretariat',
  },
  {
    code: 'SETDA-ORG',
    name: 'Bagian Organisasi Sekretariat Daerah',
    nameEn: 'Organisation Division, Regional Secretariat',
    kind: 'bagian',
    parentCode: 'SETDA',
  },
  {
    code: 'DPUPR',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    nameEn: 'Public Works and Spatial Planning Office',
    kind: 'dinas',
  },
  {
    code: 'DLH',
    name: 'Dinas Lingkungan Hidup',
    nameEn: 'Environment Office',
    kind: 'dinas',
  },
  {
    code: 'DISHUB',
    name: 'Dinas Perhubungan',
    nameEn: 'Transportation Office',
    kind: 'dinas',
  },
  {
    code: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    nameEn: 'Investment and One-Stop Integrated Services Office',
    kind: 'dinas',
  },
  {
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    nameEn: 'Health Office',
    kind: 'dinas',
  },
  {
    code: 'DISKOMINFOSP',
    name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian',
    nameEn: 'Communication, Informatics, Statistics and Cryptography Office',
    kind: 'dinas',
  },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    nameEn: 'Civil Service and Human Resource Development Agency',
    kind: 'badan',
  },
  {
    code: 'DISPERUMKIMTAN',
    name: 'Dinas Perumahan, Kawasan Permukiman dan Pertanahan',
    nameEn: 'Housing, Residential Areas and Land Office',
    kind: 'dinas',
  },
  {
    // A "satuan", at the level of a dinas (PP 16/2018 tentang Satuan Polisi Pamong Praja).
    code: 'SATPOLPP',
    name: 'Satuan Polisi Pamong Praja',
    nameEn: 'Municipal Public Order Agency (Satpol PP)',
    kind: 'dinas',
  },
  {
    code: 'DISDAG',
    name: 'Dinas Perdagangan',
    nameEn: 'Trade Office',
    kind: 'dinas',
  },
  {
    code: 'DISDUKCAPIL',
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    nameEn: 'Population and Civil Registration Office',
    kind: 'dinas',
  },
  {
    // The inspectorate is its own kind of OPD; 'badan' is the closest kind in the schema.
    code: 'INSPEKTORAT',
    name: 'Inspektorat',
    nameEn: 'Inspectorate',
    kind: 'badan',
  },
  {
    code: 'KEC-LAWEYAN',
    name: 'Kecamatan Laweyan',
    nameEn: 'Laweyan District',
    kind: 'kecamatan',
    parentCode: 'SETDA',
  },
  {
    code: 'KEC-SERENGAN',
    name: 'Kecamatan Serengan',
    nameEn: 'Serengan District',
    kind: 'kecamatan',
    parentCode: 'SETDA',
  },
  {
    code: 'KEC-PASAR-KLIWON',
    name: 'Kecamatan Pasar Kliwon',
    nameEn: 'Pasar Kliwon District',
    kind: 'kecamatan',
    parentCode: 'SETDA',
  },
  {
    code: 'KEC-JEBRES',
    name: 'Kecamatan Jebres',
    nameEn: 'Jebres District',
    kind: 'kecamatan',
    parentCode: 'SETDA',
  },
  {
    code: 'KEC-BANJARSARI',
    name: 'Kecamatan Banjarsari',
    nameEn: 'Banjarsari District',
    kind: 'kecamatan',
    parentCode: 'SETDA',
  },
];

// ------------------------------------------------------------------ kelurahan

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function kelurahanOf(kecamatanName: string, names: string[]): DemoKelurahan[] {
  const kecamatanCode = `KEC-${slug(kecamatanName).toUpperCase()}`;
  return names.map((name) => ({
    code: `${slug(kecamatanName)}-${slug(name)}`,
    name,
    kecamatanCode,
  }));
}

/**
 * All 54 kelurahan of Kota Surakarta (Laweyan 11, Serengan 7, Pasar Kliwon 10, Jebres 11,
 * Banjarsari 15), in Kemendagri code order where known. Mojo (from Semanggi) and Joglo and
 * Banjarsari (from Kadipiro) are the kelurahan created in the 2018–2019 splits.
 * Boundaries change by Perda: admins can edit this list.
 */
export const DEMO_KELURAHAN: DemoKelurahan[] = [
  ...kelurahanOf('Laweyan', [
    'Pajang',
    'Laweyan',
    'Bumi',
    'Panularan',
    'Penumping',
    'Sriwedari',
    'Purwosari',
    'Sondakan',
    'Kerten',
    'Jajar',
    'Karangasem',
  ]),
  ...kelurahanOf('Serengan', [
    'Joyotakan',
    'Danukusuman',
    'Serengan',
    'Tipes',
    'Kratonan',
    'Jayengan',
    'Kemlayan',
  ]),
  ...kelurahanOf('Pasar Kliwon', [
    'Joyosuran',
    'Semanggi',
    'Pasar Kliwon',
    'Baluwarti',
    'Gajahan',
    'Kauman',
    'Kampung Baru',
    'Kedung Lumbu',
    'Sangkrah',
    'Mojo',
  ]),
  ...kelurahanOf('Jebres', [
    'Kepatihan Kulon',
    'Kepatihan Wetan',
    'Sudiroprajan',
    'Gandekan',
    'Sewu',
    'Pucangsawit',
    'Jagalan',
    'Purwodiningratan',
    'Tegalharjo',
    'Jebres',
    'Mojosongo',
  ]),
  ...kelurahanOf('Banjarsari', [
    'Kadipiro',
    'Nusukan',
    'Gilingan',
    'Setabelan',
    'Kestalan',
    'Keprabon',
    'Timuran',
    'Ketelan',
    'Punggawan',
    'Mangkubumen',
    'Manahan',
    'Sumber',
    'Banyuanyar',
    'Joglo',
    'Banjarsari',
  ]),
];

// ------------------------------------------------------------------ services: complaints

// The fee's own legal basis (issue 13.9). UU 1/2022 (HKPD) keeps only three retribusi perizinan
// tertentu — PBG, the use of foreign workers, small-scale mining — so the other permits carry no
// levy; the road reserve is charged as the use of a city asset (retribusi jasa usaha). The amounts
// are set by the city's Perda on pajak daerah and retribusi daerah.
const PERDA_PDRD = 'Perda Kota Surakarta tentang Pajak Daerah dan Retribusi Daerah';
const FEE_BASIS_PBG = `UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah (retribusi PBG); ${PERDA_PDRD}`;
const FEE_BASIS_ROAD_USE = `UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah (retribusi pemanfaatan aset daerah); ${PERDA_PDRD}`;
const FEE_BASIS_NO_LEVY =
  'UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah: izin ini bukan objek retribusi perizinan tertentu';

const LEGAL_BASIS_COMPLAINT =
  'UU 25/2009 tentang Pelayanan Publik; Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik';

const COMPLAINTS: DemoService[] = [
  {
    kind: 'complaint',
    code: 'jalan-rusak',
    name: { id: 'Jalan Rusak atau Berlubang', en: 'Damaged Road or Pothole' },
    description: {
      id: 'Laporkan jalan kota yang berlubang, retak, amblas, atau aspalnya mengelupas, termasuk trotoar dan saluran tepi jalan yang rusak. Ditangani Bidang Bina Marga DPUPR. Jika ruas tersebut jalan provinsi atau jalan nasional, laporan diteruskan kepada pengelolanya dan Anda akan diberi tahu.',
      en: 'Report city roads with potholes, cracks, subsidence or peeling asphalt, including damaged pavements and roadside gutters. Handled by the Roads Division (Bina Marga) of DPUPR. If the road is a provincial or national road, the report is forwarded to the road authority concerned and you will be told.',
    },
    unitCode: 'DPUPR',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: LEGAL_BASIS_COMPLAINT,
    requirements: [
      {
        id: 'Foto kerusakan yang memperlihatkan ukuran lubang atau panjang kerusakan',
        en: 'A photo of the damage showing the size of the hole or the length of the damage',
      },
      {
        id: 'Nama jalan dan patokan terdekat (nomor rumah, toko, gang, atau tiang listrik)',
        en: 'Street name and the nearest landmark (house number, shop, alley or power pole)',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'drainase-genangan',
    name: { id: 'Drainase Tersumbat, Banjir, atau Genangan', en: 'Blocked Drain, Flooding or Standing Water' },
    description: {
      id: 'Laporkan saluran air yang tersumbat atau rusak, tutup saluran yang hilang atau pecah, serta genangan atau banjir yang tidak surut setelah hujan. Ditangani Bidang Sumber Daya Air DPUPR. Untuk banjir yang mengancam keselamatan jiwa, segera hubungi layanan darurat 112.',
      en: 'Report blocked or broken drains, missing or broken drain covers, and standing water or floods that do not recede after rain. Handled by the Water Resources Division of DPUPR. For floods that threaten lives, call the emergency number 112 immediately.',
    },
    unitCode: 'DPUPR',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: LEGAL_BASIS_COMPLAINT,
    requirements: [
      {
        id: 'Foto saluran atau genangan, dan perkiraan tinggi genangan',
        en: 'A photo of the drain or standing water, and the approximate water depth',
      },
      {
        id: 'Lokasi (RT/RW dan patokan) serta sejak kapan masalah terjadi',
        en: 'Location (RT/RW and landmark) and since when the problem has occurred',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'pju-mati',
    name: { id: 'Penerangan Jalan Umum (PJU) Mati', en: 'Street Light Out' },
    description: {
      id: 'Laporkan lampu penerangan jalan umum yang mati, berkedip, menyala pada siang hari, atau tiangnya miring dan membahayakan. Ditangani Dinas Perhubungan. Cantumkan nomor tiang bila tertera, agar petugas dapat menemukan titiknya dengan cepat.',
      en: 'Report street lights that are out, flickering, on during the day, or whose poles are leaning dangerously. Handled by the Transportation Office. Include the pole number if one is marked, so the crew can find it quickly.',
    },
    unitCode: 'DISHUB',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: LEGAL_BASIS_COMPLAINT,
    requirements: [
      {
        id: 'Nomor tiang PJU (jika ada) atau foto tiang dan sekitarnya',
        en: 'The street light pole number (if any) or a photo of the pole and its surroundings',
      },
      {
        id: 'Jumlah lampu yang mati dan nama jalan',
        en: 'How many lights are out and the street name',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'sampah',
    name: { id: 'Sampah Menumpuk atau TPS Liar', en: 'Uncollected Waste or Illegal Dumping Site' },
    description: {
      id: 'Laporkan sampah yang tidak terangkut dari TPS, tumpukan sampah di tepi jalan, sungai, atau lahan kosong, serta pembuangan sampah liar. Ditangani Dinas Lingkungan Hidup. Bila Anda melihat pelaku pembuangan liar, jangan menghadang; cukup laporkan waktu dan lokasinya.',
      en: 'Report waste not collected from a transfer point (TPS), piles of rubbish by roads, rivers or on vacant land, and illegal dumping. Handled by the Environment Office. If you see someone dumping illegally, do not confront them; just report the time and place.',
    },
    unitCode: 'DLH',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: LEGAL_BASIS_COMPLAINT,
    requirements: [
      {
        id: 'Foto tumpukan sampah',
        en: 'A photo of the waste',
      },
      {
        id: 'Lokasi dan sejak kapan sampah tidak terangkut',
        en: 'Location and since when the waste has not been collected',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'pencemaran-kebisingan',
    name: { id: 'Pencemaran atau Kebisingan', en: 'Pollution or Noise' },
    description: {
      id: 'Laporkan pencemaran air, udara, atau tanah (limbah cair, asap, bau menyengat, pembakaran sampah) dan kebisingan atau getaran dari kegiatan usaha. Ditangani Dinas Lingkungan Hidup melalui verifikasi lapangan dan, bila perlu, pengambilan sampel, sehingga waktu penyelesaiannya lebih panjang (7 hari kerja).',
      en: 'Report water, air or soil pollution (waste water, smoke, strong odours, open burning of waste) and noise or vibration from businesses. Handled by the Environment Office through a site visit and, where needed, sampling, so the resolution time is longer (7 working days).',
    },
    unitCode: 'DLH',
    slaDays: 7,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: `${LEGAL_BASIS_COMPLAINT}; UU 32/2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup`,
    requirements: [
      {
        id: 'Nama atau jenis sumber pencemaran/kebisingan (mis. pabrik, bengkel, rumah makan) dan alamatnya',
        en: 'Name or type of the source (e.g. factory, workshop, restaurant) and its address',
      },
      {
        id: 'Waktu kejadian: jam berapa dan seberapa sering terjadi',
        en: 'When it happens: at what time and how often',
      },
      {
        id: 'Foto atau video bila aman diambil',
        en: 'A photo or video, if it is safe to take one',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'parkir-lalu-lintas',
    name: { id: 'Parkir Liar dan Gangguan Lalu Lintas', en: 'Illegal Parking and Traffic Problems' },
    description: {
      id: 'Laporkan parkir di tempat terlarang, juru parkir tanpa karcis resmi atau menarik tarif di atas ketentuan, rambu atau marka yang rusak, serta lampu lalu lintas (APILL) yang mati atau tidak sinkron. Ditangani Dinas Perhubungan.',
      en: 'Report parking in prohibited places, parking attendants without official tickets or charging above the official rate, damaged signs or road markings, and traffic lights that are out or badly timed. Handled by the Transportation Office.',
    },
    unitCode: 'DISHUB',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: `${LEGAL_BASIS_COMPLAINT}; UU 22/2009 tentang Lalu Lintas dan Angkutan Jalan`,
    requirements: [
      {
        id: 'Lokasi dan waktu kejadian',
        en: 'Location and time',
      },
      {
        id: 'Foto kendaraan, rambu, atau lampu lalu lintas yang dimaksud; untuk tarif parkir, foto karcis bila ada',
        en: 'A photo of the vehicles, sign or traffic light concerned; for parking charges, a photo of the ticket if any',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'pohon-tumbang',
    name: { id: 'Pohon Tumbang atau Rawan Tumbang', en: 'Fallen or Unsafe Tree' },
    description: {
      id: 'Laporkan pohon di jalan, taman, atau ruang terbuka hijau milik kota yang tumbang, patah dahan, lapuk, atau condong dan membahayakan. Ditangani Dinas Lingkungan Hidup sebagai keadaan darurat: lokasi diamankan dan pohon atau dahan yang membahayakan dipotong dan disingkirkan paling lambat 1 hari kerja. Jika pohon tumbang menutup jalan atau menimpa orang, kendaraan, atau kabel listrik, segera hubungi 112.',
      en: 'Report trees on city streets, parks or green spaces that have fallen, lost branches, are rotten, or lean dangerously. Handled by the Environment Office as an emergency: the site is made safe and the dangerous tree or branches are cut and cleared within 1 working day. If a fallen tree blocks a road or has hit people, vehicles or power lines, call 112 immediately.',
    },
    unitCode: 'DLH',
    slaDays: 1,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: LEGAL_BASIS_COMPLAINT,
    requirements: [
      {
        id: 'Foto pohon secara utuh dan bagian yang rusak',
        en: 'A photo of the whole tree and of the damaged part',
      },
      {
        id: 'Apakah pohon menutup jalan atau mengenai kabel listrik',
        en: 'Whether the tree blocks the road or touches power lines',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'pelayanan-puskesmas',
    name: { id: 'Pelayanan Puskesmas', en: 'Community Health Centre (Puskesmas) Services' },
    description: {
      id: 'Sampaikan keluhan tentang pelayanan di puskesmas milik Pemerintah Kota Surakarta: antrean dan jam layanan, sikap petugas, ketersediaan obat, kebersihan fasilitas, atau rujukan. Ditangani Dinas Kesehatan. Jangan menuliskan riwayat penyakit secara rinci; petugas akan menghubungi Anda bila diperlukan.',
      en: 'Complain about services at a Surakarta city community health centre: queues and opening hours, staff conduct, availability of medicines, cleanliness, or referrals. Handled by the Health Office. Do not write detailed medical history; staff will contact you if needed.',
    },
    unitCode: 'DINKES',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: `${LEGAL_BASIS_COMPLAINT}; UU 17/2023 tentang Kesehatan`,
    requirements: [
      {
        id: 'Nama puskesmas, tanggal, dan perkiraan jam kunjungan',
        en: 'Name of the puskesmas, date and approximate time of the visit',
      },
      {
        id: 'Layanan yang dituju (poli umum, KIA, gigi, farmasi, pendaftaran, dan sebagainya)',
        en: 'Service concerned (general clinic, mother and child, dental, pharmacy, registration, etc.)',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'pkl-ketertiban',
    name: { id: 'PKL dan Ketertiban Umum', en: 'Street Vendors and Public Order' },
    description: {
      id: 'Laporkan pedagang kaki lima yang berjualan di trotoar atau badan jalan di luar lokasi yang diizinkan, bangunan liar, pemasangan reklame tanpa izin, serta gangguan ketertiban umum lainnya. Ditangani Satuan Polisi Pamong Praja dengan pendekatan persuasif terlebih dahulu.',
      en: 'Report street vendors trading on pavements or roadways outside permitted locations, illegal structures, unlicensed advertisements, and other breaches of public order. Handled by the Municipal Public Order Agency (Satpol PP), which first takes a persuasive approach.',
    },
    unitCode: 'SATPOLPP',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: LEGAL_BASIS_COMPLAINT,
    requirements: [
      {
        id: 'Lokasi, hari, dan jam gangguan biasanya terjadi',
        en: 'Location, and the days and hours when it usually happens',
      },
      {
        id: 'Foto kondisi di lapangan bila aman diambil',
        en: 'A photo of the situation, if it is safe to take one',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'adminduk',
    name: { id: 'Layanan Administrasi Kependudukan', en: 'Civil Registration Services' },
    description: {
      id: 'Sampaikan keluhan tentang layanan KTP-el, Kartu Keluarga, Kartu Identitas Anak, akta kelahiran, akta kematian, pindah datang, atau Identitas Kependudukan Digital (IKD), baik di kantor Dinas Kependudukan dan Pencatatan Sipil maupun di kelurahan dan kecamatan. Demi keamanan data, jangan menuliskan NIK lengkap pada uraian laporan.',
      en: 'Complain about services for electronic ID cards (KTP-el), family cards, child ID cards, birth and death certificates, change of address, or the Digital Population ID (IKD), at the civil registration office or at kelurahan and kecamatan offices. To protect your data, do not write your full NIK in the description.',
    },
    unitCode: 'DISDUKCAPIL',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: `${LEGAL_BASIS_COMPLAINT}; UU 24/2013 tentang Administrasi Kependudukan`,
    requirements: [
      {
        id: 'Jenis dokumen dan tempat pengajuan (Dispendukcapil, kecamatan, kelurahan, atau daring)',
        en: 'Type of document and where it was requested (civil registration office, kecamatan, kelurahan or online)',
      },
      {
        id: 'Tanggal pengajuan dan nomor antrean atau tanda terima, bila ada',
        en: 'Date of the request and the queue or receipt number, if any',
      },
    ],
    formFields: [],
  },
  {
    kind: 'complaint',
    code: 'layanan-perizinan',
    name: { id: 'Layanan Perizinan', en: 'Permit Services' },
    description: {
      id: 'Sampaikan keluhan tentang proses perizinan di DPMPTSP atau Mal Pelayanan Publik: berkas yang tidak kunjung diproses, persyaratan yang tidak sesuai standar pelayanan, informasi yang membingungkan, atau permintaan biaya di luar ketentuan. Dugaan pungutan liar juga diteruskan kepada Inspektorat.',
      en: 'Complain about the permit process at DPMPTSP or the Public Service Mall: applications that are not processed, requirements beyond the published service standard, confusing information, or requests for unofficial payments. Suspected illegal levies are also forwarded to the Inspectorate.',
    },
    unitCode: 'DPMPTSP',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: `${LEGAL_BASIS_COMPLAINT}; PP 28/2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko`,
    requirements: [
      {
        id: 'Jenis izin dan nomor permohonan atau kode pelacakan',
        en: 'Type of permit and the application number or tracking code',
      },
      {
        id: 'Kronologi singkat: tanggal, tempat, dan petugas yang melayani (jika diketahui)',
        en: 'A short account: dates, place, and the officer who served you (if known)',
      },
    ],
    formFields: [],
  },
  {
    // Last on purpose: the catch-all after every specific category. It goes where Surakarta's
    // own complaint channel goes: Perwali 29/2019 tentang Unit Layanan Aduan Surakarta (ULAS)
    // makes Diskominfo SP the manager of ULAS, whose admins route each complaint to the OPD in
    // charge (Perwali 8.1/2023: admin response within 1×24 hours). In Pelita the ULAS officer
    // of Diskominfo SP forwards (disposisi) each case to the unit in charge.
    kind: 'complaint',
    code: 'lainnya',
    name: { id: 'Lainnya', en: 'Other' },
    description: {
      id: 'Pengaduan tentang layanan Pemerintah Kota Surakarta yang tidak termasuk kategori lain, atau bila Anda tidak yakin kategorinya. Diterima pengelola Unit Layanan Aduan Surakarta (ULAS) di Dinas Komunikasi, Informatika, Statistik dan Persandian, yang meneruskannya kepada perangkat daerah yang berwenang. Tanggapan pertama paling lambat 1 hari kerja; target penyelesaian 5 hari kerja.',
      en: 'Complaints about Surakarta city services that fit no other category, or when you are unsure of the category. Received by the managers of the Surakarta Complaint Service Unit (ULAS) at the Communication, Informatics, Statistics and Cryptography Office, who forward it to the office in charge. First response within 1 working day; resolution target 5 working days.',
    },
    unitCode: 'DISKOMINFOSP',
    slaDays: 5,
    firstResponseDays: 1,
    fee: 0,
    legalBasis: `${LEGAL_BASIS_COMPLAINT}; Perwali Surakarta 29/2019 tentang Unit Layanan Aduan Surakarta`,
    requirements: [
      {
        id: 'Layanan atau kantor yang dikeluhkan, dan apa yang terjadi',
        en: 'The service or office concerned, and what happened',
      },
      {
        id: 'Tanggal, tempat, dan bukti pendukung bila ada (foto, tanda terima, tangkapan layar)',
        en: 'Date, place, and supporting evidence if any (photo, receipt, screenshot)',
      },
    ],
    formFields: [],
  },
];

// ------------------------------------------------------------------ services: permits

const yesNo = [
  { value: 'ya', label: { id: 'Ya', en: 'Yes' } },
  { value: 'tidak', label: { id: 'Tidak', en: 'No' } },
];

const fungsiBangunan: FormField = {
  name: 'fungsi_bangunan',
  label: { id: 'Fungsi bangunan gedung', en: 'Building function' },
  type: 'select',
  required: true,
  options: [
    { value: 'hunian', label: { id: 'Hunian (rumah tinggal)', en: 'Residential (dwelling)' } },
    { value: 'keagamaan', label: { id: 'Keagamaan', en: 'Religious' } },
    { value: 'usaha', label: { id: 'Usaha (toko, kantor, gudang, hotel)', en: 'Business (shop, office, warehouse, hotel)' } },
    { value: 'sosial_budaya', label: { id: 'Sosial dan budaya (sekolah, klinik, gedung pertemuan)', en: 'Social and cultural (school, clinic, hall)' } },
    { value: 'campuran', label: { id: 'Campuran (mis. rumah toko)', en: 'Mixed (e.g. shophouse)' } },
  ],
};

const PERMITS: DemoService[] = [
  {
    kind: 'permit',
    code: 'pbg',
    name: { id: 'Persetujuan Bangunan Gedung (PBG)', en: 'Building Approval (PBG)' },
    description: {
      id: 'Persetujuan dari Pemerintah Kota untuk membangun baru, mengubah, memperluas, atau merawat bangunan gedung sesuai standar teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB). Dokumen rencana teknis diperiksa oleh Tim Profesi Ahli atau Tim Penilai Teknis bersama DPUPR, lalu PBG diterbitkan oleh DPMPTSP; pendaftaran teknis tercatat di SIMBG (Sistem Informasi Manajemen Bangunan Gedung) Kementerian PU. PBG berlaku selama bangunan tidak diubah.',
      en: 'Approval from the City Government to construct, alter, extend or maintain a building in line with technical standards. PBG replaces the former building permit (IMB). The technical plans are reviewed by the Expert or Technical Assessment Team with DPUPR, and DPMPTSP issues the approval; the technical registration is recorded in the Ministry of Public Works\' SIMBG system. A PBG remains valid as long as the building is not altered.',
    },
    unitCode: 'DPMPTSP',
    slaDays: 28,
    firstResponseDays: 3,
    fee: 0,
    feeKind: 'assessed',
    feeBasis: FEE_BASIS_PBG,
    legalBasis:
      'UU 28/2002 tentang Bangunan Gedung jo. UU 6/2023; PP 16/2021; PP 28/2025; Perda Kota Surakarta tentang Pajak Daerah dan Retribusi Daerah',
    requirements: [
      {
        id: 'KTP pemohon; untuk badan usaha, akta pendirian dan Nomor Induk Berusaha (NIB)',
        en: 'Applicant\'s ID card (KTP); for companies, the deed of establishment and Business Identification Number (NIB)',
      },
      {
        id: 'Bukti hak atas tanah (sertifikat) atau perjanjian pemanfaatan tanah dengan pemegang hak',
        en: 'Proof of land rights (certificate) or a land use agreement with the right holder',
      },
      {
        id: 'Konfirmasi atau Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)',
        en: 'Confirmation or Approval of Conformity with Spatial Use (KKPR)',
      },
      {
        id: 'Dokumen rencana teknis: gambar arsitektur (denah, tampak, potongan), struktur, dan utilitas; rumah tinggal sederhana dapat memakai desain prototipe',
        en: 'Technical plans: architectural drawings (plans, elevations, sections), structure and utilities; simple houses may use a prototype design',
      },
      {
        id: 'Data perencana beserta Sertifikat Kompetensi Kerja (SKK), kecuali rumah tinggal sederhana',
        en: 'Details of the designer with their Work Competency Certificate (SKK), except for simple houses',
      },
      {
        id: 'Dokumen lingkungan sesuai skala kegiatan (SPPL, UKL-UPL, atau Amdal)',
        en: 'Environmental document appropriate to the scale (SPPL, UKL-UPL or Amdal)',
      },
      {
        id: 'SPPT dan bukti pelunasan PBB-P2 tahun terakhir',
        en: 'Land and building tax (PBB-P2) assessment and proof of payment for the latest year',
      },
    ],
    formFields: [
      {
        name: 'jenis_permohonan',
        label: { id: 'Jenis permohonan', en: 'Type of application' },
        type: 'select',
        required: true,
        options: [
          { value: 'baru', label: { id: 'Bangunan baru', en: 'New building' } },
          { value: 'perubahan', label: { id: 'Perubahan atau perluasan bangunan', en: 'Alteration or extension' } },
          {
            value: 'eksisting',
            label: { id: 'Bangunan sudah berdiri yang belum memiliki PBG/IMB', en: 'Existing building without PBG/IMB' },
          },
        ],
      },
      fungsiBangunan,
      {
        name: 'alamat_lokasi',
        label: { id: 'Alamat lokasi bangunan', en: 'Address of the building site' },
        type: 'textarea',
        required: true,
        maxLength: 500,
        help: { id: 'Nama jalan, nomor, RT/RW, dan kelurahan.', en: 'Street, number, RT/RW and kelurahan.' },
      },
      {
        name: 'nomor_sertifikat_tanah',
        label: { id: 'Nomor sertifikat tanah', en: 'Land certificate number' },
        type: 'text',
        required: true,
        maxLength: 50,
      },
      {
        name: 'luas_tanah_m2',
        label: { id: 'Luas tanah (m²)', en: 'Land area (m²)' },
        type: 'number',
        required: true,
        min: 1,
        max: 1000000,
      },
      {
        name: 'luas_bangunan_m2',
        label: { id: 'Luas total lantai bangunan (m²)', en: 'Total building floor area (m²)' },
        type: 'number',
        required: true,
        min: 1,
        max: 1000000,
      },
      {
        name: 'jumlah_lantai',
        label: { id: 'Jumlah lantai', en: 'Number of storeys' },
        type: 'number',
        required: true,
        min: 1,
        max: 60,
      },
      {
        name: 'nomor_registrasi_simbg',
        label: { id: 'Nomor registrasi SIMBG (jika sudah ada)', en: 'SIMBG registration number (if any)' },
        type: 'text',
        required: false,
        maxLength: 60,
      },
      {
        name: 'dok_identitas',
        label: { id: 'KTP pemohon, atau akta pendirian dan NIB untuk badan usaha', en: 'Applicant’s ID card, or deed of establishment and NIB for a business' },
        type: 'file',
        required: true,
        max: 2,
      },
      {
        name: 'dok_tanah',
        label: { id: 'Bukti hak atas tanah (sertifikat) atau perjanjian pemanfaatan tanah', en: 'Proof of land rights (certificate) or land-use agreement' },
        type: 'file',
        required: true,
        max: 2,
      },
      {
        name: 'dok_kkpr',
        label: { id: 'Konfirmasi atau Persetujuan KKPR', en: 'KKPR confirmation or approval' },
        type: 'file',
        required: true,
        max: 1,
      },
      {
        name: 'dok_rencana_teknis',
        label: { id: 'Gambar rencana teknis: arsitektur, struktur, utilitas', en: 'Technical plans: architecture, structure, utilities' },
        type: 'file',
        required: true,
        max: 5,
      },
    ],
  },
  {
    kind: 'permit',
    code: 'slf',
    name: { id: 'Sertifikat Laik Fungsi (SLF)', en: 'Certificate of Building Fitness for Use (SLF)' },
    description: {
      id: 'Sertifikat yang menyatakan bangunan gedung laik fungsi sehingga boleh dimanfaatkan. Untuk bangunan baru, SLF diajukan setelah pembangunan selesai sesuai PBG, berdasarkan Surat Pernyataan Kelaikan Fungsi dari penyedia jasa pengawasan atau manajemen konstruksi; untuk rumah tinggal sederhana, kelaikan diperiksa oleh petugas DPUPR. SLF juga diwajibkan untuk bangunan lama yang belum memiliki SLF. Masa berlaku SLF 5 tahun untuk bangunan gedung pada umumnya dan 20 tahun untuk rumah tinggal tunggal dan deret; perpanjangan diajukan sebelum masa berlaku habis.',
      en: 'Certificate stating that a building is fit for use and may be occupied. For new buildings, the SLF is requested once construction is completed in line with the PBG, based on the Statement of Fitness for Use from the construction supervisor or manager; for simple houses, DPUPR staff inspect the building. Existing buildings without an SLF also need one. An SLF is valid for 5 years for most buildings and 20 years for single and row houses; renewal must be requested before it expires.',
    },
    unitCode: 'DPMPTSP',
    slaDays: 10,
    firstResponseDays: 2,
    fee: 0,
    feeBasis: FEE_BASIS_NO_LEVY,
    legalBasis: 'UU 28/2002 tentang Bangunan Gedung jo. UU 6/2023; PP 16/2021; PP 28/2025',
    validityMonths: 60,
    requirements: [
      {
        id: 'KTP pemilik bangunan atau NIB untuk badan usaha',
        en: 'Building owner\'s ID card (KTP), or NIB for companies',
      },
      {
        id: 'Dokumen PBG (atau IMB yang masih berlaku) beserta lampiran gambarnya',
        en: 'The PBG (or a still-valid IMB) with its attached drawings',
      },
      {
        id: 'Surat Pernyataan Kelaikan Fungsi (SPKF) dari penyedia jasa pengawasan atau manajemen konstruksi, kecuali rumah tinggal sederhana',
        en: 'Statement of Fitness for Use (SPKF) from the construction supervisor or manager, except for simple houses',
      },
      {
        id: 'Gambar terbangun (as-built drawings)',
        en: 'As-built drawings',
      },
      {
        id: 'Laporan pemeriksaan kelaikan fungsi oleh pengkaji teknis, untuk bangunan yang sudah berdiri atau perpanjangan SLF',
        en: 'Fitness inspection report by a technical assessor, for existing buildings or SLF renewal',
      },
      {
        id: 'Foto bangunan tampak depan, samping, dan dalam',
        en: 'Photos of the building: front, side and interior',
      },
    ],
    formFields: [
      {
        name: 'jenis_permohonan',
        label: { id: 'Jenis permohonan', en: 'Type of application' },
        type: 'select',
        required: true,
        options: [
          { value: 'bangunan_baru', label: { id: 'SLF bangunan baru', en: 'SLF for a new building' } },
          { value: 'bangunan_eksisting', label: { id: 'SLF bangunan yang sudah berdiri', en: 'SLF for an existing building' } },
          { value: 'perpanjangan', label: { id: 'Perpanjangan SLF', en: 'SLF renewal' } },
        ],
      },
      {
        name: 'nomor_pbg',
        label: { id: 'Nomor PBG atau IMB', en: 'PBG or IMB number' },
        type: 'text',
        required: true,
        maxLength: 60,
      },
      fungsiBangunan,
      {
        name: 'alamat_lokasi',
        label: { id: 'Alamat bangunan', en: 'Building address' },
        type: 'textarea',
        required: true,
        maxLength: 500,
      },
      {
        name: 'luas_bangunan_m2',
        label: { id: 'Luas total lantai bangunan (m²)', en: 'Total building floor area (m²)' },
        type: 'number',
        required: true,
        min: 1,
        max: 1000000,
      },
      {
        name: 'jumlah_lantai',
        label: { id: 'Jumlah lantai', en: 'Number of storeys' },
        type: 'number',
        required: true,
        min: 1,
        max: 60,
      },
      {
        name: 'tanggal_selesai_pembangunan',
        label: { id: 'Tanggal selesai pembangunan', en: 'Construction completion date' },
        type: 'date',
        required: false,
        help: { id: 'Kosongkan untuk perpanjangan SLF.', en: 'Leave empty for an SLF renewal.' },
      },
      {
        name: 'dok_identitas',
        label: { id: 'KTP pemilik bangunan atau NIB', en: 'Building owner’s ID card or NIB' },
        type: 'file',
        required: true,
        max: 2,
      },
      {
        name: 'dok_pbg',
        label: { id: 'Dokumen PBG/IMB beserta lampiran gambarnya', en: 'PBG/IMB document with its drawings' },
        type: 'file',
        required: true,
        max: 3,
      },
      {
        name: 'dok_gambar_terbangun',
        label: { id: 'Gambar terbangun (as-built drawings)', en: 'As-built drawings' },
        type: 'file',
        required: true,
        max: 3,
      },
      {
        name: 'dok_foto',
        label: { id: 'Foto bangunan tampak depan, samping dan dalam', en: 'Photos of the building: front, side and inside' },
        type: 'file',
        required: true,
        max: 5,
      },
    ],
  },
  {
    kind: 'permit',
    code: 'reklame',
    name: { id: 'Izin Penyelenggaraan Reklame', en: 'Outdoor Advertising Permit' },
    description: {
      id: 'Izin untuk memasang reklame tetap (papan nama usaha, neon box, billboard, videotron) atau reklame insidental (baliho, spanduk, umbul-umbul) di wilayah Kota Surakarta. Titik dan ukuran reklame ditinjau terhadap penataan reklame kota, keselamatan konstruksi, dan kawasan cagar budaya. Izin reklame tetap berlaku 1 tahun dan dapat diperpanjang.',
      en: 'Permit to install permanent advertisements (shop signs, neon boxes, billboards, video screens) or temporary ones (banners, flags) in Surakarta. The location and size are reviewed against the city\'s advertising plan, structural safety and heritage areas. A permanent advertising permit is valid for 1 year and can be renewed.',
    },
    unitCode: 'DPMPTSP',
    slaDays: 7,
    firstResponseDays: 1,
    fee: 0,
    feeBasis: FEE_BASIS_NO_LEVY,
    feeOther: {
      id: 'Pajak reklame ditetapkan terpisah oleh Badan Pendapatan, Pengelolaan Keuangan dan Aset Daerah (BPPKAD) dan dilunasi sebelum reklame dipasang.',
      en: 'The advertisement tax is assessed separately by the regional revenue and finance agency (BPPKAD) and paid before the advertisement is installed.',
    },
    legalBasis:
      'UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah; PP 28/2025; Perda dan Perwali Kota Surakarta tentang penyelenggaraan reklame',
    validityMonths: 12,
    requirements: [
      {
        id: 'KTP pemohon atau NIB untuk badan usaha; surat kuasa bila diurus oleh biro reklame',
        en: 'Applicant\'s ID card or NIB for companies; a power of attorney if an advertising agency applies',
      },
      {
        id: 'Desain visual reklame lengkap dengan ukuran dan naskahnya',
        en: 'Visual design of the advertisement with its dimensions and text',
      },
      {
        id: 'Foto lokasi dan denah titik pemasangan',
        en: 'Photos of the site and a plan of the installation point',
      },
      {
        id: 'Surat persetujuan pemilik lahan atau bangunan tempat reklame dipasang',
        en: 'Consent of the owner of the land or building where it will be installed',
      },
      {
        id: 'Gambar konstruksi dan perhitungan struktur yang ditandatangani tenaga ahli, untuk reklame berkonstruksi (billboard, videotron)',
        en: 'Construction drawings and structural calculations signed by a qualified engineer, for structures (billboards, video screens)',
      },
      {
        id: 'Surat pernyataan bertanggung jawab atas keamanan reklame dan kesanggupan membongkar setelah izin berakhir',
        en: 'Statement of responsibility for the safety of the advertisement and undertaking to remove it when the permit ends',
      },
    ],
    formFields: [
      {
        name: 'jenis_reklame',
        label: { id: 'Jenis reklame', en: 'Type of advertisement' },
        type: 'select',
        required: true,
        options: [
          { value: 'papan_nama', label: { id: 'Papan nama atau neon box', en: 'Shop sign or neon box' } },
          { value: 'billboard', label: { id: 'Billboard atau papan berkonstruksi', en: 'Billboard or free-standing structure' } },
          { value: 'videotron', label: { id: 'Videotron atau layar LED', en: 'Video screen or LED display' } },
          { value: 'baliho', label: { id: 'Baliho', en: 'Large temporary banner (baliho)' } },
          { value: 'spanduk', label: { id: 'Spanduk atau umbul-umbul', en: 'Cloth banner or flags' } },
          { value: 'stiker', label: { id: 'Reklame melekat (stiker)', en: 'Stickers' } },
        ],
      },
      {
        name: 'sifat_reklame',
        label: { id: 'Sifat reklame', en: 'Duration type' },
        type: 'select',
        required: true,
        options: [
          { value: 'tetap', label: { id: 'Tetap (1 tahun)', en: 'Permanent (1 year)' } },
          { value: 'insidental', label: { id: 'Insidental (kurang dari 1 bulan)', en: 'Temporary (under 1 month)' } },
        ],
      },
      {
        name: 'panjang_m',
        label: { id: 'Panjang bidang reklame (m)', en: 'Width of the advertising face (m)' },
        type: 'number',
        required: true,
        min: 0.1,
        max: 30,
      },
      {
        name: 'lebar_m',
        label: { id: 'Tinggi bidang reklame (m)', en: 'Height of the advertising face (m)' },
        type: 'number',
        required: true,
        min: 0.1,
        max: 30,
      },
      {
        name: 'jumlah_sisi',
        label: { id: 'Jumlah sisi', en: 'Number of faces' },
        type: 'number',
        required: true,
        min: 1,
        max: 4,
      },
      {
        name: 'lokasi_pemasangan',
        label: { id: 'Lokasi pemasangan', en: 'Installation site' },
        type: 'textarea',
        required: true,
        maxLength: 500,
      },
      {
        name: 'naskah_reklame',
        label: { id: 'Naskah reklame', en: 'Advertisement text' },
        type: 'text',
        required: true,
        maxLength: 200,
      },
      {
        name: 'tanggal_mulai',
        label: { id: 'Tanggal mulai pemasangan', en: 'Installation start date' },
        type: 'date',
        required: true,
      },
      {
        name: 'dok_identitas',
        label: { id: 'KTP pemohon atau NIB', en: 'Applicant’s ID card or NIB' },
        type: 'file',
        required: true,
        max: 2,
      },
      {
        name: 'dok_desain',
        label: { id: 'Desain reklame dengan ukuran dan materi', en: 'Design of the advertisement with its size and material' },
        type: 'file',
        required: true,
        max: 3,
      },
      {
        name: 'dok_foto_lokasi',
        label: { id: 'Foto lokasi pemasangan', en: 'Photo of the site' },
        type: 'file',
        required: true,
        max: 3,
      },
    ],
  },
  {
    kind: 'permit',
    code: 'sip-nakes',
    name: {
      id: 'Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan',
      en: 'Practice Licence (SIP) for Medical and Health Professionals',
    },
    description: {
      id: 'Izin bagi dokter, dokter gigi, perawat, bidan, apoteker, dan tenaga kesehatan lain untuk berpraktik di fasilitas pelayanan kesehatan atau praktik mandiri di Kota Surakarta. Berkas diverifikasi oleh Dinas Kesehatan, lalu SIP diterbitkan oleh DPMPTSP. Satu SIP berlaku untuk satu tempat praktik dengan masa berlaku 5 tahun; perpanjangan mensyaratkan pemenuhan Satuan Kredit Profesi (SKP). Sejak UU 17/2023, Surat Tanda Registrasi (STR) berlaku seumur hidup dan rekomendasi organisasi profesi tidak lagi menjadi syarat.',
      en: 'Licence for doctors, dentists, nurses, midwives, pharmacists and other health professionals to practise at a health facility or in independent practice in Surakarta. The Health Office verifies the application and DPMPTSP issues the licence. One SIP covers one place of practice and is valid for 5 years; renewal requires the continuing professional development credits (SKP). Since UU 17/2023 the registration certificate (STR) is valid for life and a professional association recommendation is no longer required.',
    },
    unitCode: 'DPMPTSP',
    slaDays: 7,
    firstResponseDays: 1,
    fee: 0,
    feeBasis: FEE_BASIS_NO_LEVY,
    legalBasis: 'UU 17/2023 tentang Kesehatan; PP 28/2024; PP 28/2025',
    validityMonths: 60,
    requirements: [
      {
        id: 'KTP pemohon',
        en: 'Applicant\'s ID card (KTP)',
      },
      {
        id: 'Surat Tanda Registrasi (STR) yang masih berlaku',
        en: 'A valid registration certificate (STR)',
      },
      {
        id: 'Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik, atau bukti tempat praktik mandiri',
        en: 'Letter from the head of the health facility where you will practise, or proof of the independent practice premises',
      },
      {
        id: 'Pas foto berwarna terbaru ukuran 4x6 cm',
        en: 'A recent colour photo, 4x6 cm',
      },
      {
        id: 'Surat pernyataan jumlah tempat praktik yang dimiliki, tidak melebihi batas yang diatur',
        en: 'Statement of the number of places of practice you hold, within the legal limit',
      },
      {
        id: 'Untuk perpanjangan: SIP lama dan bukti pemenuhan kecukupan SKP',
        en: 'For renewal: the previous SIP and proof of sufficient professional credits (SKP)',
      },
    ],
    formFields: [
      {
        name: 'profesi',
        label: { id: 'Profesi', en: 'Profession' },
        type: 'select',
        required: true,
        options: [
          { value: 'dokter', label: { id: 'Dokter', en: 'Physician' } },
          { value: 'dokter_spesialis', label: { id: 'Dokter spesialis', en: 'Specialist physician' } },
          { value: 'dokter_gigi', label: { id: 'Dokter gigi', en: 'Dentist' } },
          { value: 'perawat', label: { id: 'Perawat', en: 'Nurse' } },
          { value: 'bidan', label: { id: 'Bidan', en: 'Midwife' } },
          { value: 'apoteker', label: { id: 'Apoteker', en: 'Pharmacist' } },
          { value: 'tenaga_teknis_kefarmasian', label: { id: 'Tenaga teknis kefarmasian', en: 'Pharmacy technician' } },
          { value: 'fisioterapis', label: { id: 'Fisioterapis', en: 'Physiotherapist' } },
          { value: 'lainnya', label: { id: 'Tenaga kesehatan lainnya', en: 'Other health professional' } },
        ],
      },
      {
        name: 'jenis_permohonan',
        label: { id: 'Jenis permohonan', en: 'Type of application' },
        type: 'select',
        required: true,
        options: [
          { value: 'baru', label: { id: 'SIP baru', en: 'New SIP' } },
          { value: 'perpanjangan', label: { id: 'Perpanjangan SIP', en: 'SIP renewal' } },
          { value: 'pindah_tempat', label: { id: 'Perubahan tempat praktik', en: 'Change of place of practice' } },
        ],
      },
      {
        name: 'nomor_str',
        label: { id: 'Nomor STR', en: 'STR number' },
        type: 'text',
        required: true,
        maxLength: 40,
      },
      {
        name: 'nama_fasyankes',
        label: { id: 'Nama fasilitas pelayanan kesehatan atau praktik mandiri', en: 'Name of the health facility or independent practice' },
        type: 'text',
        required: true,
        maxLength: 150,
      },
      {
        name: 'alamat_praktik',
        label: { id: 'Alamat tempat praktik', en: 'Address of the place of practice' },
        type: 'textarea',
        required: true,
        maxLength: 500,
      },
      {
        name: 'tempat_praktik_ke',
        label: { id: 'Tempat praktik ke-', en: 'Place of practice number' },
        type: 'select',
        required: true,
        options: [
          { value: '1', label: { id: 'Pertama', en: 'First' } },
          { value: '2', label: { id: 'Kedua', en: 'Second' } },
          { value: '3', label: { id: 'Ketiga', en: 'Third' } },
        ],
      },
      {
        name: 'jadwal_praktik',
        label: { id: 'Hari dan jam praktik', en: 'Practice days and hours' },
        type: 'text',
        required: true,
        maxLength: 200,
        help: { id: 'Contoh: Senin–Jumat 16.00–20.00 WIB', en: 'Example: Monday–Friday 16:00–20:00 WIB' },
      },
      {
        name: 'dok_str',
        label: { id: 'Surat Tanda Registrasi (STR) yang berlaku', en: 'Valid registration certificate (STR)' },
        type: 'file',
        required: true,
        max: 1,
      },
      {
        name: 'dok_rekomendasi',
        label: { id: 'Rekomendasi organisasi profesi', en: 'Recommendation of the professional organisation' },
        type: 'file',
        required: true,
        max: 1,
      },
      {
        name: 'dok_pas_foto',
        label: { id: 'Pas foto terbaru', en: 'Recent passport photo' },
        type: 'file',
        required: true,
        max: 1,
      },
    ],
  },
  {
    kind: 'permit',
    code: 'slhs',
    name: { id: 'Sertifikat Laik Higiene Sanitasi (SLHS)', en: 'Hygiene and Sanitation Certificate (SLHS)' },
    description: {
      id: 'Sertifikat bahwa tempat pengelolaan pangan olahan siap saji memenuhi standar higiene dan sanitasi. Wajib bagi jasa boga (katering), restoran, dapur Satuan Pelayanan Pemenuhan Gizi (SPPG), depot air minum, dan usaha sejenis. Dinas Kesehatan melalui puskesmas melakukan Inspeksi Kesehatan Lingkungan (IKL) dan pengambilan sampel pangan serta air untuk diuji di laboratorium. SLHS berlaku 3 tahun.',
      en: 'Certifies that a ready-to-eat food business meets hygiene and sanitation standards. Required for caterers, restaurants, kitchens of the free nutritious meals programme (SPPG), drinking-water depots and similar businesses. The Health Office, through the local puskesmas, carries out an environmental health inspection (IKL) and takes food and water samples for laboratory testing. An SLHS is valid for 3 years.',
    },
    unitCode: 'DINKES',
    slaDays: 14,
    firstResponseDays: 2,
    fee: 0,
    feeBasis: FEE_BASIS_NO_LEVY,
    feeOther: {
      id: 'Uji laboratorium sampel pangan dan air dibayar kepada laboratorium yang ditunjuk, sesuai tarifnya, sebelum sertifikat diterbitkan.',
      en: 'Laboratory tests of the food and water samples are paid to the designated laboratory at its rates, before the certificate is issued.',
    },
    legalBasis: 'UU 17/2023 tentang Kesehatan; PP 28/2024; Permenkes 2/2023 tentang Kesehatan Lingkungan; PP 28/2025',
    validityMonths: 36,
    requirements: [
      {
        id: 'Nomor Induk Berusaha (NIB) dari OSS',
        en: 'Business Identification Number (NIB) from OSS',
      },
      {
        id: 'KTP penanggung jawab usaha',
        en: 'ID card of the person responsible for the business',
      },
      {
        id: 'Denah lokasi dan denah ruang pengolahan pangan',
        en: 'Site map and layout of the food preparation area',
      },
      {
        id: 'Daftar penjamah pangan dan sertifikat pelatihan keamanan pangan siap saji bagi penanggung jawab dan penjamah pangan',
        en: 'List of food handlers and ready-to-eat food safety training certificates for the person in charge and the food handlers',
      },
      {
        id: 'Surat keterangan sehat penjamah pangan',
        en: 'Health certificates of the food handlers',
      },
      {
        id: 'Hasil uji laboratorium sampel pangan dan air bersih atau air minum',
        en: 'Laboratory results for food samples and clean or drinking water',
      },
    ],
    formFields: [
      {
        name: 'jenis_tpp',
        label: { id: 'Jenis tempat pengelolaan pangan', en: 'Type of food business' },
        type: 'select',
        required: true,
        options: [
          { value: 'jasa_boga_a', label: { id: 'Jasa boga golongan A (melayani masyarakat umum)', en: 'Caterer class A (general public)' } },
          { value: 'jasa_boga_b', label: { id: 'Jasa boga golongan B (khusus, mis. asrama, perusahaan)', en: 'Caterer class B (institutions, e.g. dormitories, companies)' } },
          { value: 'jasa_boga_c', label: { id: 'Jasa boga golongan C (alat angkut umum)', en: 'Caterer class C (public transport)' } },
          { value: 'restoran', label: { id: 'Restoran atau restoran hotel', en: 'Restaurant or hotel restaurant' } },
          { value: 'sppg', label: { id: 'Dapur SPPG (Program Makan Bergizi Gratis)', en: 'SPPG kitchen (free nutritious meals programme)' } },
          { value: 'depot_air_minum', label: { id: 'Depot air minum', en: 'Drinking-water depot' } },
        ],
      },
      {
        name: 'nama_usaha',
        label: { id: 'Nama usaha', en: 'Business name' },
        type: 'text',
        required: true,
        maxLength: 150,
      },
      {
        name: 'nib',
        label: { id: 'Nomor Induk Berusaha (NIB)', en: 'Business Identification Number (NIB)' },
        type: 'text',
        required: true,
        maxLength: 13,
        help: { id: '13 digit, tertera pada dokumen NIB dari OSS.', en: '13 digits, as printed on the NIB from OSS.' },
      },
      {
        name: 'alamat_usaha',
        label: { id: 'Alamat usaha', en: 'Business address' },
        type: 'textarea',
        required: true,
        maxLength: 500,
      },
      {
        name: 'jumlah_penjamah',
        label: { id: 'Jumlah penjamah pangan', en: 'Number of food handlers' },
        type: 'number',
        required: true,
        min: 1,
        max: 500,
      },
      {
        name: 'kapasitas_porsi_per_hari',
        label: { id: 'Kapasitas produksi (porsi per hari)', en: 'Production capacity (portions per day)' },
        type: 'number',
        required: false,
        min: 1,
        max: 100000,
      },
      {
        name: 'sumber_air',
        label: { id: 'Sumber air yang digunakan', en: 'Water source used' },
        type: 'select',
        required: true,
        options: [
          { value: 'pdam', label: { id: 'Perumda Air Minum (PDAM)', en: 'Municipal water utility (PDAM)' } },
          { value: 'sumur', label: { id: 'Sumur gali atau sumur bor', en: 'Dug well or borehole' } },
          { value: 'campuran', label: { id: 'PDAM dan sumur', en: 'Both utility and well' } },
        ],
      },
      {
        name: 'dok_identitas',
        label: { id: 'KTP penanggung jawab usaha atau NIB', en: 'ID card of the person responsible, or NIB' },
        type: 'file',
        required: true,
        max: 2,
      },
      {
        name: 'dok_uji_lab',
        label: { id: 'Hasil uji laboratorium sampel makanan/minuman dan air', en: 'Laboratory results for food/drink and water samples' },
        type: 'file',
        required: true,
        max: 3,
      },
      {
        name: 'dok_denah',
        label: { id: 'Denah lokasi dan tata letak dapur/tempat produksi', en: 'Site plan and layout of the kitchen or production area' },
        type: 'file',
        required: true,
        max: 2,
      },
    ],
  },
  {
    kind: 'permit',
    code: 'rumija',
    name: { id: 'Izin Pemanfaatan Ruang Milik Jalan (Rumija)', en: 'Permit to Use the Road Reserve (Rumija)' },
    description: {
      id: 'Izin untuk memanfaatkan bagian jalan kota di luar fungsi lalu lintas: menanam pipa atau kabel utilitas, membangun jalan masuk atau jembatan akses ke persil, atau melakukan galian sementara. Ditangani Bidang Bina Marga DPUPR dengan survei lapangan; pekerjaan yang mengganggu arus kendaraan memerlukan rekomendasi manajemen lalu lintas dari Dinas Perhubungan. Pemohon wajib mengembalikan kondisi jalan seperti semula. Masa berlaku izin mengikuti jenis pemanfaatan; untuk demo ditetapkan 1 tahun.',
      en: 'Permit to use part of a city road for purposes other than traffic: laying utility pipes or cables, building a driveway or access bridge to a plot, or temporary excavation. Handled by the Roads Division of DPUPR with a site survey; works that disrupt traffic need a traffic management recommendation from the Transportation Office. The applicant must restore the road to its original condition. Validity depends on the type of use; set to 1 year in this demo.',
    },
    unitCode: 'DPUPR',
    slaDays: 10,
    firstResponseDays: 2,
    fee: 0,
    feeKind: 'assessed',
    feeBasis: FEE_BASIS_ROAD_USE,
    legalBasis: 'UU 38/2004 tentang Jalan jo. UU 2/2022; PP 34/2006 tentang Jalan; PP 28/2025',
    validityMonths: 12,
    requirements: [
      {
        id: 'KTP pemohon atau NIB dan akta pendirian untuk badan usaha',
        en: 'Applicant\'s ID card, or NIB and deed of establishment for companies',
      },
      {
        id: 'Gambar situasi lokasi dan potongan melintang jalan yang menunjukkan posisi pemanfaatan',
        en: 'Site plan and road cross-section showing where the road reserve will be used',
      },
      {
        id: 'Gambar teknis bangunan atau jaringan yang akan ditempatkan',
        en: 'Technical drawings of the structure or network to be placed',
      },
      {
        id: 'Metode kerja dan jadwal pelaksanaan',
        en: 'Work method and schedule',
      },
      {
        id: 'Surat pernyataan sanggup mengembalikan kondisi jalan dan memelihara bangunan yang ditempatkan',
        en: 'Undertaking to restore the road and maintain what is placed in the road reserve',
      },
      {
        id: 'Rekomendasi manajemen lalu lintas dari Dinas Perhubungan, bila pekerjaan mengganggu arus lalu lintas',
        en: 'Traffic management recommendation from the Transportation Office, if the works disrupt traffic',
      },
    ],
    formFields: [
      {
        name: 'jenis_pemanfaatan',
        label: { id: 'Jenis pemanfaatan', en: 'Type of use' },
        type: 'select',
        required: true,
        options: [
          { value: 'utilitas', label: { id: 'Jaringan utilitas (pipa, kabel)', en: 'Utility network (pipes, cables)' } },
          { value: 'jalan_masuk', label: { id: 'Jalan masuk atau jembatan akses persil', en: 'Driveway or access bridge to a plot' } },
          { value: 'galian_sementara', label: { id: 'Galian sementara atau perbaikan', en: 'Temporary excavation or repair' } },
          { value: 'bangunan_pelengkap', label: { id: 'Bangunan pelengkap (mis. halte, pos)', en: 'Ancillary structure (e.g. shelter, booth)' } },
        ],
      },
      {
        name: 'nama_ruas_jalan',
        label: { id: 'Nama ruas jalan', en: 'Road name' },
        type: 'text',
        required: true,
        maxLength: 150,
      },
      {
        name: 'kelurahan_lokasi',
        label: { id: 'Kelurahan lokasi', en: 'Kelurahan of the site' },
        type: 'text',
        required: true,
        maxLength: 100,
      },
      {
        name: 'panjang_m',
        label: { id: 'Panjang pemanfaatan (m)', en: 'Length used (m)' },
        type: 'number',
        required: true,
        min: 0.5,
        max: 20000,
      },
      {
        name: 'lebar_m',
        label: { id: 'Lebar pemanfaatan (m)', en: 'Width used (m)' },
        type: 'number',
        required: true,
        min: 0.1,
        max: 50,
      },
      {
        name: 'tanggal_mulai',
        label: { id: 'Tanggal mulai pekerjaan', en: 'Works start date' },
        type: 'date',
        required: true,
      },
      {
        name: 'tanggal_selesai',
        label: { id: 'Tanggal selesai pekerjaan', en: 'Works end date' },
        type: 'date',
        required: true,
      },
      {
        name: 'perlu_penutupan_jalan',
        label: { id: 'Perlu penutupan jalan atau lajur?', en: 'Does it require closing the road or a lane?' },
        type: 'select',
        required: true,
        options: yesNo,
      },
      {
        name: 'dok_identitas',
        label: { id: 'KTP pemohon atau NIB dan akta pendirian', en: 'Applicant’s ID card, or NIB and deed of establishment' },
        type: 'file',
        required: true,
        max: 2,
      },
      {
        name: 'dok_gambar_situasi',
        label: { id: 'Gambar situasi dan potongan melintang jalan', en: 'Site plan and road cross-section' },
        type: 'file',
        required: true,
        max: 3,
      },
      {
        name: 'dok_gambar_teknis',
        label: { id: 'Gambar teknis bangunan atau jaringan', en: 'Technical drawings of the structure or network' },
        type: 'file',
        required: true,
        max: 3,
      },
    ],
  },
];

export const DEMO_SERVICES: DemoService[] = [...COMPLAINTS, ...PERMITS];

// ------------------------------------------------------------------ staff

/**
 * Fictitious staff. NIP = birth date (8) + appointment TMT yyyymm (6) + sex (1 male, 2 female)
 * + serial (3). The first six e-mail addresses are the documented demo log-ins.
 */
export const DEMO_STAFF: DemoStaff[] = [
  {
    nip: '199007152015031002',
    name: 'Rizky Ananda Pratama, S.Kom.',
    email: 'admin@demo.pelita.id',
    unitCode: 'DISKOMINFOSP',
    position: 'Pranata Komputer Ahli Muda, Bidang Aplikasi Informatika',
    roles: ['admin'],
  },
  {
    nip: '197103091997031004',
    name: 'Dr. Bambang Sutrisno, S.H., M.Si.',
    email: 'pimpinan@demo.pelita.id',
    unitCode: 'SETDA',
    position: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
    roles: ['official'],
  },
  {
    nip: '197804122005011003',
    name: 'Dwi Hartono, S.T., M.T.',
    email: 'kabid.dpupr@demo.pelita.id',
    unitCode: 'DPUPR',
    position: 'Kepala Bidang Bina Marga',
    roles: ['supervisor'],
  },
  {
    nip: '198611232010042001',
    name: 'Sri Wahyuningsih, A.Md.',
    email: 'petugas.dpupr@demo.pelita.id',
    unitCode: 'DPUPR',
    position: 'Penata Layanan Operasional (Pengelola Pengaduan)',
    roles: ['officer'],
  },
  {
    nip: '198806182014121001',
    name: 'Agus Setiawan, S.Si.',
    email: 'petugas.dlh@demo.pelita.id',
    unitCode: 'DLH',
    position: 'Pengendali Dampak Lingkungan Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '198404042009012002',
    name: 'Wulan Kusumastuti, S.Psi., M.Psi.',
    email: 'pengajar@demo.pelita.id',
    unitCode: 'BKPSDM',
    position: 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
    roles: ['course_author'],
  },
  {
    nip: '199302052019031005',
    name: 'Yoga Prasetyo, S.T.',
    email: 'petugas2.dpupr@demo.pelita.id',
    unitCode: 'DPUPR',
    position: 'Teknik Jalan dan Jembatan Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '197509302000122002',
    name: 'Endang Purwaningsih, S.Si., M.Sc.',
    email: 'kabid.dlh@demo.pelita.id',
    unitCode: 'DLH',
    position: 'Kepala Bidang Pengelolaan Sampah',
    roles: ['supervisor'],
  },
  {
    nip: '197312011999031002',
    name: 'Ir. Suryo Wibowo, M.T.',
    email: 'kabid.dishub@demo.pelita.id',
    unitCode: 'DISHUB',
    position: 'Kepala Bidang Lalu Lintas',
    roles: ['supervisor'],
  },
  {
    nip: '199408272021011004',
    name: 'Hendra Kurniawan, S.Tr.T.',
    email: 'petugas.dishub@demo.pelita.id',
    unitCode: 'DISHUB',
    position: 'Penata Layanan Operasional (Lalu Lintas dan Penerangan Jalan)',
    roles: ['officer'],
  },
  {
    nip: '197605142003121007',
    name: 'Joko Santoso, S.Sos., M.M.',
    email: 'kabid.dpmptsp@demo.pelita.id',
    unitCode: 'DPMPTSP',
    position: 'Kepala Bidang Pelayanan Perizinan',
    roles: ['supervisor'],
  },
  {
    nip: '199110022018012003',
    name: 'Fitri Rahmawati, S.H.',
    email: 'petugas.dpmptsp@demo.pelita.id',
    unitCode: 'DPMPTSP',
    position: 'Penata Perizinan Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '197708082006012004',
    name: 'dr. Siti Nurjanah, M.Kes.',
    email: 'kabid.dinkes@demo.pelita.id',
    unitCode: 'DINKES',
    position: 'Kepala Bidang Kesehatan Masyarakat',
    roles: ['supervisor'],
  },
  {
    nip: '198901192014032001',
    name: 'Ratna Dewi Lestari, S.K.M.',
    email: 'petugas.dinkes@demo.pelita.id',
    unitCode: 'DINKES',
    position: 'Tenaga Sanitasi Lingkungan Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '197002251995031001',
    name: 'Heru Widodo, S.Sos., M.Si.',
    email: 'bkpsdm@demo.pelita.id',
    unitCode: 'BKPSDM',
    position: 'Kepala Bidang Pengembangan Kompetensi Aparatur',
    roles: ['official'],
  },
  // BKPSDM's supervisor decides the learning evidence of staff whose unit (and its parents) has no
  // other supervisor: Satpol PP, Disdukcapil, a lone kepala bidang (issue 10 item 15)
  {
    nip: '198305122008012004',
    name: 'Sri Wahyuni, S.Psi., M.M.',
    email: 'kabid.bkpsdm@demo.pelita.id',
    unitCode: 'BKPSDM',
    position: 'Kepala Subbidang Pengembangan Kompetensi Teknis',
    roles: ['supervisor'],
  },
  {
    nip: '199203162019031002',
    name: 'Bayu Aji Nugroho, S.H.',
    email: 'petugas.satpolpp@demo.pelita.id',
    unitCode: 'SATPOLPP',
    position: 'Polisi Pamong Praja Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '198712102011012001',
    name: 'Nur Hidayati, S.Kom.',
    email: 'petugas.disdukcapil@demo.pelita.id',
    unitCode: 'DISDUKCAPIL',
    position: 'Administrator Database Kependudukan Ahli Pertama',
    roles: ['officer'],
  },
  {
    // handles the "Lainnya" category: the ULAS desk of Diskominfo SP (see the category)
    nip: '199504172020122001',
    name: 'Dian Puspitasari, S.Kom.',
    email: 'petugas.diskominfo@demo.pelita.id',
    unitCode: 'DISKOMINFOSP',
    position: 'Pranata Komputer Ahli Pertama, Pengelola Unit Layanan Aduan Surakarta (ULAS)',
    // the city's complaint coordinator: escalations no unit supervisor can take reach ULAS
    roles: ['officer', 'complaint_coordinator'],
  },
  // Colleagues of the officers above, so that each complaint unit's year of demo history
  // (src/seed/history-plan.ts) is shared by several officers: rankings within a unit, and the
  // training-impact comparison of those who took a course with colleagues who did not.
  {
    nip: '199208142019032004',
    name: 'Rina Marlina, S.T.',
    email: 'petugas3.dpupr@demo.pelita.id',
    unitCode: 'DPUPR',
    position: 'Teknik Pengairan Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '199003212015032003',
    name: 'Lestari Handayani, S.Si.',
    email: 'petugas2.dlh@demo.pelita.id',
    unitCode: 'DLH',
    position: 'Pengawas Lingkungan Hidup Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '199511022020121006',
    name: 'Bagus Wicaksono, A.Md.',
    email: 'petugas3.dlh@demo.pelita.id',
    unitCode: 'DLH',
    position: 'Pengelola Pertamanan dan Kebersihan',
    roles: ['officer'],
  },
  {
    nip: '199306092018012002',
    name: 'Dewi Anggraini, S.Tr.T.',
    email: 'petugas2.dishub@demo.pelita.id',
    unitCode: 'DISHUB',
    position: 'Penguji Kendaraan Bermotor Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '199401272019032005',
    name: 'Anisa Fitriani, S.K.M.',
    email: 'petugas2.dinkes@demo.pelita.id',
    unitCode: 'DINKES',
    position: 'Administrator Kesehatan Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '198509172010011004',
    name: 'Slamet Riyanto, S.H.',
    email: 'petugas2.satpolpp@demo.pelita.id',
    unitCode: 'SATPOLPP',
    position: 'Polisi Pamong Praja Ahli Pertama',
    roles: ['officer'],
  },
  {
    nip: '199112052017031007',
    name: 'Ahmad Fauzi, S.Kom.',
    email: 'petugas2.disdukcapil@demo.pelita.id',
    unitCode: 'DISDUKCAPIL',
    position: 'Administrator Database Kependudukan Ahli Pertama',
    roles: ['officer'],
  },
];

// ------------------------------------------------------------------ holidays

/**
 * 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025 and
 * 5/2025 — 17 libur nasional and 8 cuti bersama, named as the SKB names them.
 *
 * 2027: the libur nasional only, and no cuti bersama: the SKB for 2027 was not at hand when
 * this list was written, and cuti bersama cannot be derived, so none is invented. Admins MUST
 * compare the 2027 entries with the SKB when it is published, add its cuti bersama, and correct
 * any date the government sets differently. Where each 2027 date comes from:
 * - fixed by law, certain: Tahun Baru (1 Jan), Hari Buruh (1 May), Hari Lahir Pancasila (1 Jun),
 *   Proklamasi Kemerdekaan (17 Aug), Kelahiran Yesus Kristus (25 Dec);
 * - computed, certain: Wafat, Kebangkitan and Kenaikan Yesus Kristus (Easter 2027 = 28 Mar);
 *   Tahun Baru Imlek 2578 (Chinese calendar: 6 Feb);
 * - expected, TO BE CONFIRMED by the SKB: Nyepi (Balinese Saka calendar, Tilem Kesanga);
 *   Waisak (full moon of 20 May 2027, WIB); and the Hijri dates, computed from the conjunction
 *   with Indonesia's MABIMS visibility criteria (altitude ≥ 3°, elongation ≥ 6.4° at sunset)
 *   that the government's own hisab uses — Idul Fitri and Idul Adha are finally set by sidang
 *   isbat. Isra Mikraj (27 Rajab 1448) follows the 2026 SKB's reading of a borderline crescent
 *   on 9 Dec 2026 (as on 20 Dec 2025); had that crescent not counted, it would be 6 Jan.
 *
 * Nothing for 2028 or later: a year without holidays is shown as a warning on /admin, so the
 * city enters the new SKB instead of the SLA clock silently treating holidays as working days.
 */
export const DEMO_HOLIDAYS: DemoHoliday[] = [
  { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'libur_nasional' },
  { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur_nasional' },
  { date: '2026-02-16', name: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', kind: 'cuti_bersama' },
  { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'libur_nasional' },
  { date: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'cuti_bersama' },
  { date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'libur_nasional' },
  { date: '2026-03-20', name: 'Cuti Bersama Idul Fitri 1447 Hijriah', kind: 'cuti_bersama' },
  { date: '2026-03-21', name: 'Idul Fitri 1447 Hijriah', kind: 'libur_nasional' },
  { date: '2026-03-22', name: 'Idul Fitri 1447 Hijriah', kind: 'libur_nasional' },
  { date: '2026-03-23', name: 'Cuti Bersama Idul Fitri 1447 Hijriah', kind: 'cuti_bersama' },
  { date: '2026-03-24', name: 'Cuti Bersama Idul Fitri 1447 Hijriah', kind: 'cuti_bersama' },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'libur_nasional' },
  { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'libur_nasional' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'libur_nasional' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'libur_nasional' },
  { date: '2026-05-15', name: 'Cuti Bersama Kenaikan Yesus Kristus', kind: 'cuti_bersama' },
  { date: '2026-05-27', name: 'Idul Adha 1447 Hijriah', kind: 'libur_nasional' },
  { date: '2026-05-28', name: 'Cuti Bersama Idul Adha 1447 Hijriah', kind: 'cuti_bersama' },
  { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'libur_nasional' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'libur_nasional' },
  { date: '2026-06-16', name: 'Tahun Baru Islam 1448 Hijriah', kind: 'libur_nasional' },
  { date: '2026-08-17', name: 'Hari Proklamasi Kemerdekaan Republik Indonesia', kind: 'libur_nasional' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'libur_nasional' },
  { date: '2026-12-24', name: 'Cuti Bersama Kelahiran Yesus Kristus', kind: 'cuti_bersama' },
  { date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'libur_nasional' },
  // 2027: libur nasional only, see above
  { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'libur_nasional' },
  { date: '2027-01-05', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur_nasional' },
  { date: '2027-02-06', name: 'Tahun Baru Imlek 2578 Kongzili', kind: 'libur_nasional' },
  { date: '2027-03-08', name: 'Hari Suci Nyepi (Tahun Baru Saka 1949)', kind: 'libur_nasional' },
  { date: '2027-03-10', name: 'Idul Fitri 1448 Hijriah', kind: 'libur_nasional' },
  { date: '2027-03-11', name: 'Idul Fitri 1448 Hijriah', kind: 'libur_nasional' },
  { date: '2027-03-26', name: 'Wafat Yesus Kristus', kind: 'libur_nasional' },
  { date: '2027-03-28', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'libur_nasional' },
  { date: '2027-05-01', name: 'Hari Buruh Internasional', kind: 'libur_nasional' },
  { date: '2027-05-06', name: 'Kenaikan Yesus Kristus', kind: 'libur_nasional' },
  { date: '2027-05-17', name: 'Idul Adha 1448 Hijriah', kind: 'libur_nasional' },
  { date: '2027-05-20', name: 'Hari Raya Waisak 2571 BE', kind: 'libur_nasional' },
  { date: '2027-06-01', name: 'Hari Lahir Pancasila', kind: 'libur_nasional' },
  { date: '2027-06-06', name: 'Tahun Baru Islam 1449 Hijriah', kind: 'libur_nasional' },
  { date: '2027-08-15', name: 'Maulid Nabi Muhammad SAW', kind: 'libur_nasional' },
  { date: '2027-08-17', name: 'Hari Proklamasi Kemerdekaan Republik Indonesia', kind: 'libur_nasional' },
  { date: '2027-12-25', name: 'Kelahiran Yesus Kristus', kind: 'libur_nasional' },
];

// ------------------------------------------------------------------ reply templates

const TRACK_NOTE =
  'Perkembangan laporan dapat Bapak/Ibu pantau melalui menu Lacak di portal Pelita dengan kode pelacakan dan kunci akses yang Bapak/Ibu terima saat melapor.';

const CLOSING_NOTE =
  'Apabila menurut Bapak/Ibu masalah ini belum tertangani, laporan dapat dibuka kembali melalui halaman Lacak. Kami juga mohon kesediaan Bapak/Ibu mengisi survei kepuasan singkat; penilaian Bapak/Ibu membantu kami memperbaiki layanan.';

function letter(opening: string, body: string, unitName: string, closing = TRACK_NOTE): string {
  return [`Yth. Bapak/Ibu pelapor,`, opening, body, closing, `Salam hormat,\n${unitName} Kota Surakarta`].join(
    '\n\n',
  );
}

/**
 * Public replies follow "pelayanan prima": greet, thank and acknowledge, say what happens next and
 * by when, and how to follow up. Officers edit the text before sending; no placeholders to fill.
 */
export const DEMO_RESPONSE_TEMPLATES: DemoResponseTemplate[] = [
  // jalan-rusak
  {
    serviceCode: 'jalan-rusak',
    title: 'Laporan diterima, survei lapangan dijadwalkan',
    body: letter(
      'Terima kasih telah melaporkan kerusakan jalan melalui Pelita. Laporan Bapak/Ibu sudah kami terima dan verifikasi.',
      'Tim Bidang Bina Marga akan melakukan survei lapangan paling lambat 2 hari kerja untuk mengukur kerusakan dan memastikan status ruas jalan tersebut. Bila kerusakan membahayakan pengguna jalan, kami akan memasang tanda peringatan terlebih dahulu. Apabila ruas tersebut merupakan jalan provinsi atau jalan nasional, laporan akan kami teruskan kepada pengelolanya dan kami kabarkan kepada Bapak/Ibu.',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
    ),
  },
  {
    serviceCode: 'jalan-rusak',
    title: 'Perbaikan jalan selesai',
    body: letter(
      'Terima kasih atas kesabaran Bapak/Ibu menunggu tindak lanjut laporan kerusakan jalan ini.',
      'Perbaikan pada lokasi yang Bapak/Ibu laporkan telah selesai dikerjakan oleh tim pemeliharaan jalan, dan kondisi sesudah perbaikan telah kami dokumentasikan. Mohon berhati-hati bila melintas dalam satu sampai dua hari ke depan selama lapisan tambalan memadat.',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
      CLOSING_NOTE,
    ),
  },
  // drainase-genangan
  {
    serviceCode: 'drainase-genangan',
    title: 'Laporan diterima, pembersihan saluran dijadwalkan',
    body: letter(
      'Terima kasih telah melaporkan masalah saluran air dan genangan di lingkungan Bapak/Ibu. Laporan sudah kami terima dan verifikasi.',
      'Tim Bidang Sumber Daya Air akan meninjau lokasi paling lambat 2 hari kerja untuk menemukan titik sumbatan. Bila penyebabnya sedimen atau sampah, saluran akan dibersihkan pada kunjungan yang sama; bila saluran rusak dan perlu perbaikan konstruksi, kami sampaikan rencana dan perkiraan waktunya melalui laporan ini.',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
    ),
  },
  {
    serviceCode: 'drainase-genangan',
    title: 'Mohon tambahan informasi lokasi',
    body: letter(
      'Terima kasih atas laporan Bapak/Ibu mengenai genangan dan saluran air.',
      'Agar tim dapat segera menemukan titik yang dimaksud, mohon Bapak/Ibu melengkapi informasi berikut melalui halaman Lacak: nama jalan atau gang, RT/RW, patokan terdekat, dan bila memungkinkan foto saluran yang tersumbat. Selama kami menunggu informasi tersebut, batas waktu penyelesaian laporan dihentikan sementara dan berjalan kembali setelah Bapak/Ibu menjawab.',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
    ),
  },
  // pju-mati
  {
    serviceCode: 'pju-mati',
    title: 'Laporan diterima, perbaikan PJU dijadwalkan',
    body: letter(
      'Terima kasih telah melaporkan lampu penerangan jalan umum yang mati. Laporan Bapak/Ibu sudah kami terima dan verifikasi.',
      'Regu pemeliharaan PJU Dinas Perhubungan akan memeriksa dan memperbaiki lampu tersebut paling lambat 3 hari kerja. Bila kerusakan berasal dari jaringan listrik PLN atau tiang berada di ruas jalan yang bukan kewenangan kota, kami akan berkoordinasi dengan pihak terkait dan menyampaikan perkembangannya kepada Bapak/Ibu.',
      'Dinas Perhubungan',
    ),
  },
  {
    serviceCode: 'pju-mati',
    title: 'Lampu PJU sudah menyala kembali',
    body: letter(
      'Terima kasih atas laporan Bapak/Ibu yang membantu menjaga jalan di Kota Surakarta tetap terang dan aman.',
      'Lampu penerangan jalan pada lokasi yang Bapak/Ibu laporkan telah diperbaiki dan sudah menyala kembali pada malam hari.',
      'Dinas Perhubungan',
      CLOSING_NOTE,
    ),
  },
  // sampah
  {
    serviceCode: 'sampah',
    title: 'Laporan diterima, pengangkutan sampah dijadwalkan',
    body: letter(
      'Terima kasih telah peduli terhadap kebersihan lingkungan dan melaporkannya melalui Pelita. Laporan Bapak/Ibu sudah kami terima dan verifikasi.',
      'Armada pengangkutan akan dijadwalkan untuk mengangkut sampah di lokasi tersebut paling lambat 2 hari kerja. Untuk tumpukan di lahan yang bukan tempat penampungan resmi, kami juga akan memasang papan larangan dan berkoordinasi dengan kelurahan agar pembuangan tidak terulang.',
      'Dinas Lingkungan Hidup',
    ),
  },
  {
    serviceCode: 'sampah',
    title: 'Sampah sudah diangkut',
    body: letter(
      'Terima kasih atas laporan dan kesabaran Bapak/Ibu.',
      'Sampah di lokasi yang Bapak/Ibu laporkan telah diangkut. Kami mengajak warga sekitar membuang sampah ke TPS resmi pada jam yang ditentukan dan memilah sampah dari rumah, agar lingkungan tetap bersih.',
      'Dinas Lingkungan Hidup',
      CLOSING_NOTE,
    ),
  },
  // pencemaran-kebisingan
  {
    serviceCode: 'pencemaran-kebisingan',
    title: 'Laporan diterima, verifikasi lapangan dijadwalkan',
    body: letter(
      'Terima kasih telah menyampaikan laporan dugaan pencemaran atau kebisingan. Laporan Bapak/Ibu sudah kami terima, dan identitas pelapor kami jaga kerahasiaannya.',
      'Pengawas lingkungan hidup akan melakukan verifikasi lapangan paling lambat 3 hari kerja, termasuk memeriksa dokumen lingkungan dan izin usaha yang bersangkutan. Bila diperlukan, kami mengambil sampel atau mengukur tingkat kebisingan; hasil dan langkah pembinaan atau sanksi administratif akan kami sampaikan melalui laporan ini.',
      'Dinas Lingkungan Hidup',
    ),
  },
  {
    serviceCode: 'pencemaran-kebisingan',
    title: 'Hasil verifikasi dan tindak lanjut',
    body: letter(
      'Terima kasih atas laporan Bapak/Ibu dan kesediaan menunggu hasil pemeriksaan.',
      'Verifikasi lapangan telah kami lakukan. Penanggung jawab kegiatan telah diberi pembinaan dan diminta memperbaiki pengelolaan limbah atau sumber kebisingan dalam jangka waktu yang ditentukan. Kami akan memantau pelaksanaannya; bila tidak dipatuhi, akan dikenakan sanksi administratif sesuai ketentuan.',
      'Dinas Lingkungan Hidup',
      CLOSING_NOTE,
    ),
  },
  // parkir-lalu-lintas
  {
    serviceCode: 'parkir-lalu-lintas',
    title: 'Laporan diterima, penertiban dijadwalkan',
    body: letter(
      'Terima kasih telah melaporkan gangguan parkir dan lalu lintas. Laporan Bapak/Ibu sudah kami terima dan verifikasi.',
      'Petugas Dinas Perhubungan akan meninjau lokasi dan melakukan penertiban paling lambat 3 hari kerja. Untuk juru parkir yang menarik tarif di luar ketentuan, kami akan memeriksa izin dan karcisnya serta memberikan pembinaan atau sanksi sesuai ketentuan. Untuk rambu, marka, atau lampu lalu lintas yang rusak, perbaikan akan kami jadwalkan dan kami kabarkan melalui laporan ini.',
      'Dinas Perhubungan',
    ),
  },
  // pohon-tumbang
  {
    serviceCode: 'pohon-tumbang',
    title: 'Laporan diterima, tim segera ke lokasi',
    body: letter(
      'Terima kasih telah melaporkan kondisi pohon yang membahayakan. Laporan Bapak/Ibu sudah kami terima dan kami tangani sebagai keadaan darurat.',
      'Tim pertamanan sedang kami kerahkan ke lokasi untuk mengamankan area serta memotong dan menyingkirkan pohon atau dahan yang membahayakan, paling lambat 1 hari kerja sejak laporan masuk. Sambil menunggu, mohon tidak berteduh atau memarkir kendaraan di bawah pohon tersebut. Jika pohon sudah tumbang menutup jalan atau mengenai kabel listrik, segera hubungi layanan darurat 112.',
      'Dinas Lingkungan Hidup',
    ),
  },
  {
    serviceCode: 'pohon-tumbang',
    title: 'Pohon sudah ditangani',
    body: letter(
      'Terima kasih atas kepedulian Bapak/Ibu terhadap keselamatan bersama.',
      'Pohon pada lokasi yang Bapak/Ibu laporkan telah dipangkas atau dievakuasi dan sisa batang serta ranting telah dibersihkan. Bila pohon ditebang, penggantian tanaman akan dilakukan sesuai rencana penghijauan kota.',
      'Dinas Lingkungan Hidup',
      CLOSING_NOTE,
    ),
  },
  // pelayanan-puskesmas
  {
    serviceCode: 'pelayanan-puskesmas',
    title: 'Keluhan diterima dan diteruskan ke puskesmas',
    body: letter(
      'Terima kasih atas masukan Bapak/Ibu mengenai pelayanan puskesmas, dan mohon maaf atas ketidaknyamanan yang Bapak/Ibu alami.',
      'Keluhan Bapak/Ibu telah kami teruskan kepada kepala puskesmas yang bersangkutan untuk diklarifikasi paling lambat 3 hari kerja. Hasil klarifikasi dan langkah perbaikan akan kami sampaikan melalui laporan ini. Bila petugas perlu menghubungi Bapak/Ibu untuk keterangan tambahan, kami akan melakukannya melalui kontak yang Bapak/Ibu berikan.',
      'Dinas Kesehatan',
    ),
  },
  {
    serviceCode: 'pelayanan-puskesmas',
    title: 'Hasil klarifikasi dan perbaikan layanan',
    body: letter(
      'Terima kasih atas kesabaran Bapak/Ibu selama kami menindaklanjuti keluhan ini.',
      'Kami telah melakukan klarifikasi dengan puskesmas yang bersangkutan. Petugas terkait telah mendapat pembinaan, dan puskesmas telah melakukan perbaikan pada alur layanan yang Bapak/Ibu keluhkan. Kami akan memantau agar hal serupa tidak terulang.',
      'Dinas Kesehatan',
      CLOSING_NOTE,
    ),
  },
  // pkl-ketertiban
  {
    serviceCode: 'pkl-ketertiban',
    title: 'Laporan diterima, patroli dijadwalkan',
    body: letter(
      'Terima kasih telah membantu menjaga ketertiban umum di Kota Surakarta. Laporan Bapak/Ibu sudah kami terima dan verifikasi.',
      'Regu patroli Satpol PP akan mendatangi lokasi pada hari dan jam yang Bapak/Ibu sebutkan paling lambat 3 hari kerja. Penertiban kami lakukan secara bertahap dan humanis: teguran lisan, teguran tertulis, lalu penindakan bila pelanggaran berulang. Hasilnya akan kami sampaikan melalui laporan ini.',
      'Satuan Polisi Pamong Praja',
    ),
  },
  // adminduk
  {
    serviceCode: 'adminduk',
    title: 'Keluhan diterima, pengecekan berkas',
    body: letter(
      'Terima kasih telah menyampaikan keluhan mengenai layanan administrasi kependudukan, dan mohon maaf atas ketidaknyamanan yang Bapak/Ibu alami.',
      'Kami akan memeriksa status permohonan Bapak/Ibu paling lambat 2 hari kerja. Bila kami perlu mencocokkan data, petugas akan meminta keterangan melalui laporan ini; mohon tidak mengirimkan foto KTP-el atau Kartu Keluarga secara terbuka di uraian laporan.',
      'Dinas Kependudukan dan Pencatatan Sipil',
    ),
  },
  {
    serviceCode: 'adminduk',
    title: 'Dokumen sudah selesai diproses',
    body: letter(
      'Terima kasih atas kesabaran Bapak/Ibu.',
      'Dokumen kependudukan yang Bapak/Ibu ajukan telah selesai diproses. Dokumen dapat diambil di tempat pengajuan pada jam layanan dengan membawa tanda terima, atau diunduh bila diajukan secara daring.',
      'Dinas Kependudukan dan Pencatatan Sipil',
      CLOSING_NOTE,
    ),
  },
  // layanan-perizinan
  {
    serviceCode: 'layanan-perizinan',
    title: 'Keluhan diterima, status permohonan diperiksa',
    body: letter(
      'Terima kasih telah menyampaikan keluhan mengenai layanan perizinan, dan mohon maaf atas ketidaknyamanan yang Bapak/Ibu alami.',
      'Kami akan memeriksa posisi berkas permohonan Bapak/Ibu dan menyampaikan penjelasan beserta perkiraan waktu penyelesaiannya paling lambat 2 hari kerja. Kami tegaskan bahwa seluruh biaya resmi tercantum pada standar pelayanan; bila ada permintaan biaya di luar ketentuan, laporan akan kami teruskan kepada Inspektorat dan identitas Bapak/Ibu tetap kami rahasiakan.',
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    ),
  },
  // lainnya
  {
    serviceCode: 'lainnya',
    title: 'Laporan diterima dan diteruskan ke perangkat daerah',
    body: letter(
      'Terima kasih telah menyampaikan pengaduan melalui Pelita. Laporan Bapak/Ibu sudah kami terima dan verifikasi.',
      'Karena pokok laporan menjadi kewenangan perangkat daerah lain, laporan ini kami teruskan kepada perangkat daerah yang berwenang untuk ditindaklanjuti. Tanggapan dan hasil tindak lanjutnya akan disampaikan melalui laporan ini, dan kami ikut memantaunya sampai selesai.',
      'Pengelola Unit Layanan Aduan Surakarta (ULAS), Dinas Komunikasi, Informatika, Statistik dan Persandian',
    ),
  },
  {
    serviceCode: 'lainnya',
    title: 'Mohon penjelasan tambahan',
    body: letter(
      'Terima kasih atas pengaduan yang Bapak/Ibu sampaikan.',
      'Agar laporan dapat kami teruskan kepada perangkat daerah yang tepat, mohon Bapak/Ibu melengkapi melalui halaman Lacak: layanan atau kantor yang dimaksud, lokasi, dan waktu kejadian. Selama kami menunggu informasi tersebut, batas waktu penyelesaian laporan dihentikan sementara dan berjalan kembali setelah Bapak/Ibu menjawab.',
      'Pengelola Unit Layanan Aduan Surakarta (ULAS), Dinas Komunikasi, Informatika, Statistik dan Persandian',
    ),
  },
];

// ------------------------------------------------------------------ revisions

/**
 * Values seed version 2 wrote that the data above has since corrected. The seeder puts today's
 * value (from the lists above) into a demo database only where a row still holds the old one,
 * so an admin's own edit is kept (src/seed/seed.ts).
 */
export const DEMO_REVISIONS: DemoRevisions = {
  holidays: [
    // SKB 3 Menteri names 25 December "Kelahiran Yesus Kristus"
    { date: '2026-12-24', was: 'Cuti Bersama Hari Raya Natal' },
    { date: '2026-12-25', was: 'Hari Raya Natal' },
  ],
  services: [
    {
      // a fallen tree is an emergency: 1 working day, not 3
      code: 'pohon-tumbang',
      was: {
        slaDays: 3,
        description: {
          id: 'Laporkan pohon di jalan, taman, atau ruang terbuka hijau milik kota yang tumbang, patah dahan, lapuk, atau condong dan membahayakan. Ditangani Dinas Lingkungan Hidup dengan target penyelesaian 3 hari kerja. Jika pohon tumbang menutup jalan atau menimpa orang, kendaraan, atau kabel listrik, segera hubungi 112.',
          en: 'Report trees on city streets, parks or green spaces that have fallen, lost branches, are rotten, or lean dangerously. Handled by the Environment Office with a target of 3 working days. If a fallen tree blocks a road or has hit people, vehicles or power lines, call 112 immediately.',
        },
      },
    },
  ],
};
