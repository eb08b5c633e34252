// What the people of the demo history write (src/seed/history-plan.ts): citizens' complaints in
// every demo category, their answers, reopen reasons and rating comments; officers' requests for
// information, decline reasons, forward instructions and resolutions. Indonesian, as citizens and
// officers of Surakarta write them. The officers' replies and most resolutions are the reply
// templates of the demo data set (DEMO_RESPONSE_TEMPLATES): officers answer with their templates.
// Streets and landmarks are real places of the city, placed by kecamatan; the people are invented.

/** Streets of each kecamatan (unit code), for the complaint's address. */
export const STREETS: Readonly<Record<string, readonly string[]>> = {
  'KEC-LAWEYAN': ['Jl. Dr. Rajiman', 'Jl. Slamet Riyadi', 'Jl. Agus Salim', 'Jl. Perintis Kemerdekaan', 'Jl. Transmigrasi', 'Jl. Menteri Supeno', 'Jl. Adi Sucipto', 'Jl. Sidoluhur'],
  'KEC-SERENGAN': ['Jl. Veteran', 'Jl. Honggowongso', 'Jl. Gatot Subroto', 'Jl. Yos Sudarso', 'Jl. Kratonan', 'Jl. Sidikoro'],
  'KEC-PASAR-KLIWON': ['Jl. Kapten Mulyadi', 'Jl. Kyai Mojo', 'Jl. Untung Suropati', 'Jl. Sungai Serang', 'Jl. Gotong Royong', 'Jl. Nonongan'],
  'KEC-JEBRES': ['Jl. Ir. Sutami', 'Jl. Kolonel Sutarto', 'Jl. Urip Sumoharjo', 'Jl. Tentara Pelajar', 'Jl. Ki Hajar Dewantara', 'Jl. Surya', 'Jl. Brigjen Katamso'],
  'KEC-BANJARSARI': ['Jl. Ahmad Yani', 'Jl. Letjen Suprapto', 'Jl. Kapten Piere Tendean', 'Jl. Monginsidi', 'Jl. Gajah Mada', 'Jl. Sumpah Pemuda', 'Jl. Kolonel Sugiyono', 'Jl. MT Haryono'],
};

export const LANDMARKS: readonly string[] = [
  'depan masjid kampung',
  'dekat SD negeri',
  'seberang minimarket',
  'samping pos ronda',
  'dekat jembatan',
  'depan warung soto',
  'dekat gapura kampung',
  'depan bengkel motor',
  'samping balai RW',
  'dekat halte BST',
  'depan apotek',
  'pertigaan dekat pasar',
];

/** Names citizens give (publik and anonim reports carry a contact; only staff with the right see it). */
export const CITIZEN_NAMES: readonly string[] = [
  'Budi Santoso', 'Siti Aminah', 'Agus Riyanto', 'Dwi Lestari', 'Eko Prasetyo', 'Tri Wahyuni', 'Joko Susilo', 'Rahmawati',
  'Hari Purnomo', 'Yuliana Sari', 'Bambang Irawan', 'Endah Kusuma', 'Teguh Widodo', 'Nurul Hidayah', 'Wahyu Setiadi',
  'Sri Mulyani', 'Andi Saputra', 'Ratna Puspita', 'Fajar Nugroho', 'Indah Permatasari', 'Suparman', 'Lilis Suryani',
];

/** One complaint as a citizen writes it: `{lokasi}` is the street and landmark. */
export interface ComplaintText {
  title: string;
  description: string;
}

export const COMPLAINT_TEXTS: Readonly<Record<string, readonly ComplaintText[]>> = {
  'jalan-rusak': [
    { title: 'Jalan berlubang cukup dalam di {jalan}', description: 'Ada lubang dengan diameter sekitar 60 cm dan dalam kurang lebih 15 cm di {lokasi}. Sudah beberapa pengendara motor terjatuh, terutama malam hari karena lubang tertutup genangan. Mohon segera ditambal.' },
    { title: 'Aspal mengelupas sepanjang {jalan}', description: 'Aspal di {lokasi} mengelupas sepanjang kira-kira 20 meter sejak musim hujan. Kerikilnya berhamburan dan licin untuk sepeda motor. Mohon diperbaiki sebelum ada korban.' },
    { title: 'Jalan amblas di dekat saluran, {jalan}', description: 'Bahu jalan di {lokasi} amblas sekitar 10 cm di atas saluran air. Retakannya makin lebar setiap kali dilewati truk. Warga sudah memasang ban bekas sebagai tanda bahaya.' },
    { title: 'Trotoar rusak dan paving lepas di {jalan}', description: 'Paving trotoar di {lokasi} banyak yang lepas dan berlubang, membahayakan pejalan kaki dan penyandang disabilitas. Anak-anak sekolah terpaksa berjalan di badan jalan.' },
    { title: 'Tambalan jalan kembali berlubang, {jalan}', description: 'Lubang di {lokasi} yang pernah ditambal kini terbuka lagi setelah hujan deras beberapa hari terakhir. Lubangnya memanjang dan dalam di tengah lajur.' },
  ],
  'drainase-genangan': [
    { title: 'Saluran tersumbat, air meluap ke jalan di {jalan}', description: 'Setiap hujan lebih dari setengah jam, saluran di {lokasi} meluap dan genangan setinggi mata kaki masuk ke teras rumah warga. Saluran penuh sedimen dan sampah plastik.' },
    { title: 'Banjir tidak surut sejak semalam di {jalan}', description: 'Genangan di {lokasi} setinggi kurang lebih 30 cm belum surut sejak hujan semalam. Air tidak mengalir karena gorong-gorong tersumbat. Mohon segera dibantu penyedotan atau pembersihan.' },
    { title: 'Tutup saluran hilang di {jalan}', description: 'Tutup beton saluran di {lokasi} hilang sehingga lubang terbuka selebar kurang lebih 50 cm. Sangat berbahaya bagi pengendara dan anak-anak, apalagi saat tergenang.' },
    { title: 'Gorong-gorong ambrol di {jalan}', description: 'Gorong-gorong di {lokasi} ambrol dan aliran air terhambat. Genangan sering muncul dan menimbulkan bau. Mohon dicek dan diperbaiki.' },
    { title: 'Genangan dan bau dari saluran di {jalan}', description: 'Air di saluran {lokasi} tidak mengalir dan berbau tidak sedap, banyak jentik nyamuk. Warga khawatir demam berdarah di musim hujan ini.' },
  ],
  'pju-mati': [
    { title: 'Lampu PJU mati sepanjang {jalan}', description: 'Lima lampu penerangan jalan di {lokasi} mati sudah sekitar seminggu. Jalan menjadi gelap gulita pada malam hari dan rawan kejahatan.' },
    { title: 'PJU menyala siang hari di {jalan}', description: 'Lampu penerangan jalan di {lokasi} menyala terus pada siang hari, sementara malam hari justru sering padam. Sepertinya sensornya rusak.' },
    { title: 'Tiang PJU miring hampir roboh, {jalan}', description: 'Tiang lampu jalan di {lokasi} miring setelah tertabrak kendaraan dan kabelnya menjuntai. Mohon segera diamankan sebelum membahayakan pengguna jalan.' },
    { title: 'Lampu jalan berkedip-kedip di {jalan}', description: 'Lampu PJU di {lokasi} berkedip terus sepanjang malam, menyilaukan pengendara. Mohon diganti.' },
  ],
  sampah: [
    { title: 'Sampah TPS tidak diangkut tiga hari di {jalan}', description: 'TPS di {lokasi} sudah penuh dan sampah tidak diangkut selama tiga hari. Sampah meluber ke jalan dan baunya menyengat sampai rumah warga.' },
    { title: 'Tumpukan sampah liar di lahan kosong, {jalan}', description: 'Ada tumpukan sampah liar di lahan kosong {lokasi}. Banyak orang membuang sampah dari kendaraan pada malam hari. Mohon diangkut dan dipasang papan larangan.' },
    { title: 'Sampah menumpuk di bantaran sungai dekat {jalan}', description: 'Sampah rumah tangga menumpuk di bantaran sungai {lokasi} dan sebagian terbawa arus saat hujan. Mohon dibersihkan sebelum menyumbat aliran.' },
    { title: 'Kontainer sampah rusak dan bocor di {jalan}', description: 'Kontainer sampah di {lokasi} berlubang sehingga air lindi menetes ke jalan dan berbau. Mohon diganti atau diperbaiki.' },
  ],
  'pencemaran-kebisingan': [
    { title: 'Asap pembakaran sampah setiap sore di {jalan}', description: 'Setiap sore ada pembakaran sampah di {lokasi} yang asapnya masuk ke rumah warga. Beberapa anak dan lansia batuk-batuk. Sudah ditegur tetapi tetap dilakukan.' },
    { title: 'Limbah cair usaha dibuang ke saluran di {jalan}', description: 'Sebuah usaha di {lokasi} membuang limbah cair berwarna dan berbau ke saluran warga, terutama malam hari. Air saluran berubah warna dan berbusa.' },
    { title: 'Kebisingan bengkel sampai larut malam di {jalan}', description: 'Bengkel las di {lokasi} bekerja sampai pukul 23.00 dengan suara gerinda sangat keras. Warga tidak bisa beristirahat.' },
    { title: 'Bau menyengat dari usaha pengolahan di {jalan}', description: 'Ada bau busuk yang menyengat dari tempat usaha di {lokasi} hampir setiap hari, terutama pagi. Mohon diperiksa izin dan pengelolaan limbahnya.' },
  ],
  'parkir-lalu-lintas': [
    { title: 'Parkir liar memakan badan jalan di {jalan}', description: 'Kendaraan parkir di kedua sisi badan jalan {lokasi} sehingga jalan menyempit dan macet, terutama jam pulang sekolah. Juru parkir tidak memberi karcis.' },
    { title: 'Tarif parkir di atas ketentuan di {jalan}', description: 'Juru parkir di {lokasi} menarik tarif Rp5.000 untuk sepeda motor tanpa karcis resmi. Mohon ditertibkan.' },
    { title: 'Lampu lalu lintas mati di simpang {jalan}', description: 'Lampu lalu lintas di simpang {lokasi} mati sejak pagi. Kendaraan saling serobot dan hampir terjadi tabrakan.' },
    { title: 'Rambu dilarang parkir roboh di {jalan}', description: 'Rambu dilarang parkir di {lokasi} roboh dan tergeletak di trotoar. Akibatnya banyak mobil parkir sembarangan.' },
  ],
  'pohon-tumbang': [
    { title: 'Pohon tumbang menutup jalan di {jalan}', description: 'Pohon besar di {lokasi} tumbang karena hujan dan angin kencang, menutup separuh badan jalan. Kendaraan harus bergantian lewat.' },
    { title: 'Dahan besar patah menggantung di {jalan}', description: 'Dahan pohon di {lokasi} patah dan menggantung di atas jalan dan kabel listrik. Sangat berbahaya bila jatuh saat ada orang lewat.' },
    { title: 'Pohon lapuk condong ke rumah warga di {jalan}', description: 'Pohon peneduh di {lokasi} batangnya lapuk dan condong ke arah rumah warga. Kami khawatir roboh saat angin kencang di musim hujan.' },
  ],
  'pelayanan-puskesmas': [
    { title: 'Antrean puskesmas sangat lama', description: 'Saya mengantar ibu berobat di puskesmas dekat {lokasi}. Kami menunggu hampir tiga jam di poli umum, sementara nomor antrean tidak dipanggil berurutan.' },
    { title: 'Obat tidak tersedia di farmasi puskesmas', description: 'Obat yang diresepkan dokter untuk anak saya tidak tersedia di farmasi puskesmas dekat {lokasi}, dan kami disuruh membeli sendiri di apotek luar.' },
    { title: 'Petugas pendaftaran puskesmas kurang ramah', description: 'Petugas pendaftaran di puskesmas dekat {lokasi} berbicara dengan nada tinggi kepada pasien lansia yang belum membawa kartu. Mohon pembinaan.' },
    { title: 'Toilet puskesmas kotor dan tidak ada air', description: 'Toilet pasien di puskesmas dekat {lokasi} kotor dan airnya tidak mengalir sejak beberapa hari. Mohon diperbaiki demi kebersihan.' },
  ],
  'pkl-ketertiban': [
    { title: 'PKL berjualan di trotoar {jalan}', description: 'Pedagang kaki lima menutup hampir seluruh trotoar di {lokasi} setiap sore sampai malam. Pejalan kaki terpaksa turun ke badan jalan.' },
    { title: 'Bangunan liar di atas saluran, {jalan}', description: 'Ada bangunan semi permanen didirikan di atas saluran air di {lokasi}. Saluran jadi tertutup dan sulit dibersihkan.' },
    { title: 'Reklame tanpa izin dipasang di pohon, {jalan}', description: 'Banyak spanduk dan reklame dipaku di pohon sepanjang {lokasi}. Merusak pohon dan mengganggu pemandangan.' },
    { title: 'Balapan liar setiap malam Minggu di {jalan}', description: 'Setiap malam Minggu ada balapan liar di {lokasi} dari tengah malam sampai dini hari. Sangat bising dan membahayakan warga.' },
  ],
  adminduk: [
    { title: 'KTP-el belum jadi lebih dari sebulan', description: 'Saya merekam KTP-el di kecamatan sebulan yang lalu tetapi sampai sekarang belum dicetak. Setiap ditanya jawabannya blangko habis. Alamat saya di {lokasi}.' },
    { title: 'Akta kelahiran anak belum terbit', description: 'Permohonan akta kelahiran anak saya sudah diajukan daring tiga minggu lalu tetapi statusnya masih diverifikasi. Kami perlu untuk pendaftaran sekolah. Alamat di {lokasi}.' },
    { title: 'Data KK tidak sesuai setelah perubahan', description: 'Setelah pengajuan perubahan Kartu Keluarga, nama anggota keluarga saya justru salah ketik. Mohon dibantu perbaikan. Kami tinggal di {lokasi}.' },
    { title: 'Aktivasi IKD gagal terus di kelurahan', description: 'Saya mencoba aktivasi Identitas Kependudukan Digital di kelurahan dekat {lokasi} tiga kali tetapi selalu gagal dan petugas tidak bisa menjelaskan sebabnya.' },
  ],
  'layanan-perizinan': [
    { title: 'Permohonan izin usaha tidak kunjung diproses', description: 'Permohonan saya di Mal Pelayanan Publik sudah lebih dari tiga minggu tanpa kabar, padahal berkas dinyatakan lengkap. Lokasi usaha di {lokasi}.' },
    { title: 'Persyaratan izin berbeda dari standar pelayanan', description: 'Petugas meminta dokumen tambahan yang tidak tercantum pada standar pelayanan untuk izin usaha saya di {lokasi}. Mohon penjelasan.' },
    { title: 'Diminta biaya tambahan saat mengurus izin', description: 'Saat mengurus izin untuk usaha di {lokasi}, ada oknum yang menawarkan percepatan dengan biaya di luar ketentuan. Saya menolak dan ingin melaporkannya.' },
  ],
  lainnya: [
    { title: 'Taman kota tidak terawat dan lampunya mati', description: 'Taman di {lokasi} tidak terawat, rumput tinggi, bangku rusak dan lampu taman mati. Malam hari sering dipakai nongkrong sampai larut.' },
    { title: 'Sampah dan saluran kotor di sekitar pasar', description: 'Di sekitar {lokasi} sampah pasar menumpuk dan masuk ke saluran sehingga air meluap saat hujan. Saya tidak tahu harus melapor ke dinas mana.' },
    { title: 'Lampu jalan di gang kampung padam', description: 'Lampu di gang {lokasi} padam sudah dua minggu. Saya tidak tahu apakah ini PJU milik kota atau milik warga.' },
    { title: 'Jalan kampung rusak setelah galian pipa', description: 'Setelah galian pipa di {lokasi}, jalan tidak dikembalikan seperti semula dan berlubang. Mohon diteruskan ke instansi yang berwenang.' },
    { title: 'Pedagang menutup trotoar dekat stasiun', description: 'Trotoar di {lokasi} tertutup lapak pedagang sehingga penumpang yang berjalan kaki harus turun ke jalan. Mohon ditertibkan.' },
  ],
};

/**
 * Where the ULAS desk (category "lainnya") sends each of its complaints, by the complaint's
 * index in COMPLAINT_TEXTS.lainnya: the receiving unit and the category it has there.
 */
export const LAINNYA_ROUTES: readonly { toUnit: string; service: string }[] = [
  { toUnit: 'DLH', service: 'sampah' },
  { toUnit: 'DLH', service: 'sampah' },
  { toUnit: 'DISHUB', service: 'pju-mati' },
  { toUnit: 'DPUPR', service: 'jalan-rusak' },
  { toUnit: 'SATPOLPP', service: 'pkl-ketertiban' },
];

/** Hand-overs between units outside ULAS: a category that turns out to be another unit's. */
export const CROSS_FORWARDS: Readonly<Record<string, { toUnit: string; service: string; why: string }>> = {
  sampah: { toUnit: 'DPUPR', service: 'drainase-genangan', why: 'Sampah berasal dari saluran yang tersumbat dan perlu normalisasi saluran.' },
  'drainase-genangan': { toUnit: 'DLH', service: 'sampah', why: 'Sumbatan disebabkan timbunan sampah rumah tangga; pengangkutan sampah kewenangan DLH.' },
  'parkir-lalu-lintas': { toUnit: 'SATPOLPP', service: 'pkl-ketertiban', why: 'Parkir liar berada di lapak PKL; penertiban lapak kewenangan Satpol PP.' },
  'pkl-ketertiban': { toUnit: 'DISHUB', service: 'parkir-lalu-lintas', why: 'Gangguan utamanya parkir di badan jalan; penertiban parkir kewenangan Dinas Perhubungan.' },
  'jalan-rusak': { toUnit: 'DISHUB', service: 'parkir-lalu-lintas', why: 'Yang rusak adalah marka dan rambu, bukan perkerasan jalan; perbaikan rambu kewenangan Dinas Perhubungan.' },
};

export function forwardMessage(toUnitName: string, why: string): string {
  return `Mohon ditindaklanjuti oleh ${toUnitName}. ${why} Hasilnya mohon disampaikan kepada pelapor melalui laporan ini.`;
}

export const FORWARD_FROM_ULAS =
  'Laporan sudah diverifikasi pengelola ULAS dan menjadi kewenangan perangkat daerah tujuan. Mohon ditindaklanjuti sesuai SLA dan hasilnya disampaikan kepada pelapor.';

/** Resolutions for categories whose reply templates have none, in the templates' style. */
export const RESOLUTIONS: Readonly<Record<string, string>> = {
  'drainase-genangan':
    'Terima kasih atas laporan dan kesabaran Bapak/Ibu. Tim Bidang Sumber Daya Air telah membersihkan sedimen dan sampah yang menyumbat saluran di lokasi, sehingga air kembali mengalir. Tutup saluran yang rusak atau hilang telah diganti. Mohon bantuan warga untuk tidak membuang sampah ke saluran.',
  'parkir-lalu-lintas':
    'Terima kasih atas laporan Bapak/Ibu. Petugas Dinas Perhubungan telah melakukan penertiban di lokasi: kendaraan yang parkir di tempat terlarang diberi teguran, juru parkir diperiksa izin dan karcisnya, dan rambu atau lampu lalu lintas yang rusak telah diperbaiki. Pengawasan rutin akan kami lanjutkan.',
  'pkl-ketertiban':
    'Terima kasih atas laporan Bapak/Ibu. Regu Satpol PP telah mendatangi lokasi dan memberikan teguran kepada pelanggar. Lapak dan bangunan yang melanggar telah ditertibkan, dan pelanggar diminta tidak mengulangi. Patroli akan kami lanjutkan pada jam yang Bapak/Ibu sebutkan.',
  'layanan-perizinan':
    'Terima kasih atas laporan Bapak/Ibu. Berkas permohonan telah kami periksa dan diproses sesuai standar pelayanan; izin Bapak/Ibu dapat diunduh melalui akun OSS. Petugas terkait telah mendapat pembinaan, dan dugaan permintaan biaya di luar ketentuan telah kami teruskan kepada Inspektorat.',
  lainnya:
    'Terima kasih atas laporan Bapak/Ibu. Perangkat daerah yang berwenang telah menindaklanjuti laporan ini di lokasi. Bila masalah masih terjadi, laporan dapat dibuka kembali melalui halaman Lacak.',
};

export const REQUEST_INFO: readonly string[] = [
  'Mohon kirimkan patokan lokasi yang lebih jelas (nama gang, RT/RW, atau nomor rumah terdekat) agar petugas dapat menemukan titiknya. Selama menunggu jawaban, batas waktu penyelesaian dihentikan sementara.',
  'Mohon jelaskan sejak kapan masalah ini terjadi dan pada jam berapa biasanya terjadi, agar petugas dapat datang pada waktu yang tepat.',
  'Mohon kirimkan foto kondisi terbaru di lokasi, karena saat petugas meninjau belum ditemukan kerusakan seperti yang dilaporkan.',
];

export const CITIZEN_ANSWERS: readonly string[] = [
  'Lokasinya di gang sebelah musala, RT 04/RW 07, sekitar 50 meter dari jalan besar. Rumah cat hijau di pojok.',
  'Biasanya terjadi sore hari sekitar pukul 16.00 sampai magrib, hampir setiap hari kerja.',
  'Sudah saya cek lagi, kondisinya masih sama. Patokannya tepat di depan warung kelontong Bu Sri.',
  'Terjadi sejak kurang lebih dua minggu lalu, makin parah setelah hujan deras hari Senin.',
];

export const CLOSE_UNANSWERED =
  'Laporan ini kami tutup karena informasi yang kami minta tidak kami terima sampai batas waktu. Bila masalahnya masih ada, silakan buat laporan baru dengan keterangan lokasi yang lengkap.';

export const RESOLVE_WITHOUT_ANSWER =
  'Tanpa tambahan informasi dari pelapor, petugas menyisir ruas yang dilaporkan dan menemukan titik yang dimaksud. Penanganan di lokasi telah selesai dilakukan.';

export const DECLINES: readonly { message: string; reason: 'invalid' | 'outside_city' }[] = [
  { message: 'Mohon maaf, lokasi yang dilaporkan berada di wilayah Kabupaten Sukoharjo (Kecamatan Grogol), di luar kewenangan Pemerintah Kota Surakarta. Silakan menyampaikan laporan melalui kanal pengaduan Pemerintah Kabupaten Sukoharjo atau SP4N-LAPOR!.', reason: 'outside_city' },
  { message: 'Mohon maaf, lokasi yang dilaporkan berada di wilayah Kabupaten Karanganyar (Kecamatan Colomadu), di luar kewenangan Pemerintah Kota Surakarta. Silakan menyampaikan laporan melalui SP4N-LAPOR!.', reason: 'outside_city' },
  { message: 'Laporan ini sama dengan laporan lain pada lokasi yang sama yang sedang kami tangani. Perkembangan penanganannya dapat dipantau melalui laporan tersebut.', reason: 'invalid' },
  { message: 'Uraian laporan tidak memuat masalah layanan publik yang dapat ditindaklanjuti. Bila ada keluhan tertentu, silakan buat laporan baru dengan uraian dan lokasi yang jelas.', reason: 'invalid' },
];

export const APPEALS: readonly string[] = [
  'Lokasi tersebut masih termasuk Kota Surakarta, tepatnya di sisi utara perbatasan. Mohon dicek kembali dengan peta kelurahan.',
  'Laporan saya berbeda dengan laporan yang disebutkan: lokasinya di ujung gang yang lain. Mohon ditinjau kembali.',
];

export const REOPENS: readonly string[] = [
  'Setelah hujan kemarin masalahnya muncul lagi di titik yang sama. Mohon dicek ulang.',
  'Penanganan belum tuntas: baru sebagian yang dikerjakan, sisanya masih seperti semula.',
  'Dua hari setelah diperbaiki kondisinya kembali seperti sebelumnya.',
];

export const WITHDRAWALS: readonly string[] = [
  'Sudah diperbaiki warga secara swadaya, terima kasih.',
  'Masalahnya sudah selesai, laporan saya cabut.',
  'Salah memilih kategori, akan saya laporkan ulang.',
  '',
];

export const NOTES: readonly string[] = [
  'Koordinasi dengan UPT lapangan: penanganan dijadwalkan pada kunjungan berikutnya.',
  'Material sudah diajukan ke gudang; menunggu ketersediaan.',
  'Sudah dihubungi melalui telepon, pelapor akan mengirim patokan lokasi.',
];

export const CLOSE_MESSAGE = 'Pelapor menyampaikan melalui telepon bahwa penanganan sudah sesuai. Laporan kami tutup.';

/** Rating comments: about a good experience, and about staff conduct when it was poor. */
export const PRAISE: readonly string[] = [
  'Terima kasih, cepat ditangani.',
  'Petugasnya ramah dan menjelaskan dengan jelas.',
  'Mantap, pelayanan cepat dan tanggap.',
  'Sudah beres, semoga dipertahankan.',
];
export const CONDUCT_COMPLAINTS: readonly string[] = [
  'Masalah selesai, tetapi petugas yang menghubungi saya kurang sopan.',
  'Jawaban petugas singkat dan terkesan tidak peduli.',
  'Penjelasan petugas membingungkan, saya harus bertanya berkali-kali.',
];
export const SLOWNESS_COMPLAINTS: readonly string[] = ['Penanganannya terlalu lama.', 'Baru ditangani setelah berkali-kali ditanyakan.'];
