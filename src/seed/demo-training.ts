// Demo training content: six short courses in Indonesian with lessons and question banks, and
// the idempotent seeding of them (matched by course code: an existing course, possibly edited
// by an author, is left alone). Called at the end of seedDemoData().
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { insertChunked, type Db } from '../db/client';
import { holidays, staff } from '../db/schema';
import { trainingAssessmentItems, trainingAssessments, trainingCourses, trainingLessons, trainingQuestions, trainingSessions } from '../db/schema-training';
import { makeHolidaySet } from '../domain/sla/calendar';
import { jakartaDate } from '../domain/time/jakarta';
import { placeSessions, type SessionPlan } from './demo-sessions';

type Question =
  | { tf?: false; prompt: string; options: string[]; correct: number; explanation: string }
  | { tf: true; prompt: string; answer: boolean; explanation: string };

export interface DemoCourse {
  code: string;
  titleId: string;
  titleEn: string;
  descriptionId: string;
  descriptionEn: string;
  competencies: string[];
  jp: number;
  mode: 'self_paced' | 'blended' | 'classroom';
  audienceRoles?: string[];
  audienceUnits?: string[];
  prerequisites?: string[];
  lessons: { title: string; minutes: number; body: string; imageUrl?: string; imageAlt?: string; videoUrl?: string; materialUrl?: string; materialLabel?: string }[];
  questions: Question[];
  /** classroom sessions, placed in the weeks after the seeding day, facilitated by the demo course author */
  sessions?: SessionPlan[];
}

const FACILITATOR_EMAIL = 'pengajar@demo.pelita.id';


export const COURSE_KPP: DemoCourse = {
  code: 'KPP-01',
  titleId: 'Komunikasi Pelayanan Prima',
  titleEn: 'Service Excellence Communication',
  descriptionId:
    'Cara menyapa, mendengar, menjelaskan dan menulis kepada warga sehingga layanan terasa jelas, ramah dan dapat dipercaya. Dasar bagi unsur SKM "Perilaku Pelaksana".',
  descriptionEn:
    'How to greet, listen to, explain to and write to citizens so that a service feels clear, friendly and trustworthy. The basis of the SKM element "Staff behaviour".',
  competencies: ['komunikasi_pelayanan', 'etika_integritas'],
  jp: 4,
  mode: 'self_paced',
  lessons: [
    {
      title: 'Standar pelayanan dan sikap melayani',
      minutes: 12,
      body: `UU 25/2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara memiliki standar pelayanan dan maklumat pelayanan. Standar itu memuat persyaratan, prosedur, waktu, biaya, produk layanan dan cara pengaduan. Warga berhak mengetahui semuanya sebelum mengajukan permohonan.

Pelayanan prima dimulai dari sikap: petugas hadir tepat waktu, siap melayani, dan memperlakukan setiap warga setara tanpa membedakan status, usia atau penampilan.

## Tiga kebiasaan dasar
- Sapa lebih dulu dengan salam dan nama Anda: "Selamat pagi, saya Rina dari DPUPR, ada yang bisa saya bantu?"
- Tanyakan keperluan dengan pertanyaan terbuka, lalu ringkas kembali agar tidak salah paham.
- Tutup dengan langkah berikutnya yang jelas: apa yang akan terjadi, kapan, dan bagaimana warga dapat memantau.

Perilaku petugas dinilai langsung oleh warga melalui Survei Kepuasan Masyarakat (PermenPANRB 14/2017) pada unsur 7, Perilaku Pelaksana. Nilai rendah pada unsur ini hampir selalu berawal dari nada bicara dan penjelasan yang tidak tuntas, bukan dari aturan.`,
    },
    {
      title: 'Mendengar aktif dan empati',
      minutes: 12,
      body: `Warga yang datang atau menulis sering sudah mencoba beberapa kali, sehingga datang dengan rasa lelah atau kesal. Mendengar aktif berarti memberi perhatian penuh sebelum menjawab.

## Langkah mendengar aktif
- Biarkan warga menyelesaikan ceritanya tanpa dipotong.
- Tunjukkan perhatian: kontak mata, anggukan, atau di pesan tertulis "Terima kasih sudah menjelaskan dengan rinci."
- Parafrasekan: "Jadi, berkas Bapak sudah lengkap sejak dua minggu lalu, tetapi status di aplikasi belum berubah, betul?"
- Akui perasaan tanpa menyalahkan siapa pun: "Wajar Bapak kecewa karena harus menunggu."

Empati tidak sama dengan menyetujui semua permintaan. Petugas tetap berpegang pada aturan, tetapi menjelaskan alasannya dan mencari jalan yang sah.

## Menghadapi warga yang marah
Gunakan urutan sederhana: dengarkan sampai selesai, sampaikan empati, minta maaf atas pengalaman yang tidak menyenangkan (bukan mengakui kesalahan yang belum jelas), lalu tawarkan tindakan nyata dengan batas waktu. Jangan membalas dengan nada tinggi, jangan berjanji di luar kewenangan, dan catat percakapan penting di riwayat kasus.`,
    },
    {
      title: 'Menjelaskan dengan bahasa yang jelas',
      minutes: 10,
      body: `Banyak keluhan muncul karena penjelasan penuh istilah teknis dan singkatan. Bahasa yang jelas membuat warga paham dalam sekali baca.

## Prinsip bahasa jelas
- Satu kalimat, satu gagasan. Hindari kalimat lebih dari 25 kata.
- Ganti istilah teknis dengan kata sehari-hari, atau jelaskan sekali: "KRK (Keterangan Rencana Kota), yaitu surat yang menjelaskan aturan tata ruang di lokasi Bapak."
- Sebutkan apa yang harus dilakukan warga dalam bentuk daftar bernomor.
- Gunakan tanggal dan jam yang pasti, bukan "secepatnya" atau "dalam waktu dekat".

Contoh kurang baik: "Berkas Saudara belum dapat diproses karena belum memenuhi persyaratan administratif sesuai ketentuan."

Contoh lebih baik: "Berkas Ibu belum bisa kami proses karena fotokopi KTP belum terlampir. Silakan unggah foto KTP di halaman lacak paling lambat Jumat, 6 Maret 2026. Setelah itu kami periksa dalam 1 hari kerja."`,
    },
    {
      title: 'Komunikasi tertulis: pesan, surel dan balasan publik',
      minutes: 12,
      body: `Di Surakarta sebagian besar pengaduan datang lewat pesan tertulis. Balasan tertulis dibaca berkali-kali dan dapat dibagikan, jadi harus rapi, sopan dan tepat.

## Susunan balasan yang baik
- Salam dan nama warga (bila tidak anonim).
- Ucapan terima kasih dan ringkasan masalah dalam satu kalimat.
- Apa yang sudah dan akan dilakukan, oleh unit mana, dengan perkiraan waktu.
- Apa yang perlu dilakukan warga, bila ada.
- Salam penutup dan nama unit.

Jangan menyalin data pribadi warga ke balasan publik. Balasan publik dapat dibaca siapa saja yang melacak kasus; catatan internal hanya untuk petugas.

Hindari huruf kapital semua, tanda seru berlebihan, dan emotikon pada balasan resmi. Periksa ejaan sebelum mengirim. Bila warga membalas dengan kasar, tetap jawab dengan tenang dan fokus pada penyelesaian; pesan yang mengandung ancaman dilaporkan kepada atasan.`,
    },
  ],
  questions: [
    { prompt: 'Undang-undang yang mewajibkan penyelenggara memiliki standar pelayanan dan maklumat pelayanan adalah …', options: ['UU 25/2009 tentang Pelayanan Publik', 'UU 11/2008 tentang ITE', 'UU 28/2002 tentang Bangunan Gedung', 'UU 27/2022 tentang Pelindungan Data Pribadi'], correct: 0, explanation: 'UU 25/2009 mengatur pelayanan publik, termasuk kewajiban standar pelayanan dan maklumat pelayanan.' },
    { prompt: 'Unsur SKM yang paling langsung dipengaruhi oleh nada bicara dan sikap petugas adalah …', options: ['Unsur 4, Biaya/Tarif', 'Unsur 7, Perilaku Pelaksana', 'Unsur 9, Sarana dan Prasarana', 'Unsur 1, Persyaratan'], correct: 1, explanation: 'Perilaku Pelaksana (unsur 7) menilai kesopanan dan keramahan petugas.' },
    { prompt: 'Memparafrasekan keluhan warga ("Jadi, maksud Bapak …") berguna untuk …', options: ['Memperpanjang waktu layanan', 'Memastikan petugas memahami masalah dengan benar', 'Menunjukkan bahwa warga salah', 'Menghindari pencatatan kasus'], correct: 1, explanation: 'Parafrase mengecek pemahaman dan membuat warga merasa didengar.' },
    { prompt: 'Kalimat mana yang paling sesuai prinsip bahasa jelas?', options: ['Berkas akan diproses dalam waktu dekat.', 'Permohonan Saudara dalam tahap verifikasi administratif sesuai ketentuan.', 'Kami periksa berkas Ibu paling lambat Jumat, 6 Maret 2026.', 'Harap menunggu informasi lebih lanjut.'], correct: 2, explanation: 'Kalimat itu menyebut tindakan dan tanggal yang pasti.' },
    { prompt: 'Saat menghadapi warga yang marah, langkah pertama yang tepat adalah …', options: ['Menjelaskan aturan secara panjang', 'Mendengarkan sampai warga selesai bercerita', 'Meminta warga kembali besok', 'Langsung meneruskan ke atasan'], correct: 1, explanation: 'Mendengar sampai selesai meredakan emosi dan memberi informasi yang dibutuhkan.' },
    { tf: true, prompt: 'Data pribadi pelapor boleh dicantumkan dalam balasan publik agar jelas siapa yang dilayani.', answer: false, explanation: 'Balasan publik dapat dibaca siapa saja; data pribadi hanya boleh di bagian yang tidak publik.' },
    { tf: true, prompt: 'Empati berarti petugas harus menyetujui semua permintaan warga.', answer: false, explanation: 'Empati adalah memahami perasaan warga; keputusan tetap mengikuti aturan, dengan penjelasan alasannya.' },
    { prompt: 'Bagian yang sebaiknya ada di setiap balasan tertulis adalah …', options: ['Langkah berikutnya dan perkiraan waktunya', 'Nomor telepon pribadi petugas', 'Kutipan pasal lengkap', 'Emotikon agar terasa akrab'], correct: 0, explanation: 'Warga perlu tahu apa yang akan terjadi dan kapan.' },
  ],
};

export const COURSE_MWP: DemoCourse = {
  code: 'MWP-01',
  titleId: 'Manajemen Waktu dan Produktivitas',
  titleEn: 'Time Management and Productivity',
  descriptionId:
    'Menyusun prioritas kerja, melindungi waktu fokus dan memenuhi tenggat layanan (SLA) tanpa lembur terus-menerus.',
  descriptionEn: 'Setting work priorities, protecting focus time and meeting service deadlines (SLA) without constant overtime.',
  competencies: ['manajemen_waktu'],
  jp: 3,
  mode: 'self_paced',
  lessons: [
    {
      title: 'Memahami tenggat layanan (SLA) di Pelita',
      minutes: 10,
      body: `Setiap kasus di Pelita memiliki dua tenggat: tanggapan pertama dan penyelesaian. Standar Kota Surakarta: tanggapan pertama paling lambat 1 hari kerja setelah laporan masuk, penyelesaian sesuai kategori (bawaan 5 hari kerja).

Hari kerja dihitung Senin–Jumat waktu Asia/Jakarta, dikurangi libur nasional dan cuti bersama. Waktu menunggu jawaban warga (status "informasi diminta") tidak dihitung.

## Mengapa tanggapan pertama penting
Pada 2024 hanya 54,33% pengaduan ULAS dijawab dalam satu hari kerja. Warga yang segera mendapat tanggapan, walau masalahnya belum selesai, jauh lebih sabar menunggu penyelesaian. Tanggapan pertama yang baik menyebut bahwa laporan diterima, unit yang menangani, dan perkiraan langkah berikutnya.

Antrean di Pelita diurutkan menurut urgensi SLA. Biasakan membuka antrean pada awal hari dan menanggapi kasus yang paling dekat tenggatnya lebih dulu.`,
    },
    {
      title: 'Prioritas dengan matriks penting–mendesak',
      minutes: 12,
      body: `Matriks Eisenhower membagi pekerjaan menjadi empat kotak menurut dua pertanyaan: apakah penting, dan apakah mendesak.

- Penting dan mendesak: kerjakan sekarang, misalnya kasus yang tenggatnya hari ini.
- Penting tetapi tidak mendesak: jadwalkan, misalnya memperbarui templat jawaban, mengikuti pelatihan, memperbaiki prosedur.
- Tidak penting tetapi mendesak: delegasikan atau selesaikan singkat, misalnya permintaan data rutin.
- Tidak penting dan tidak mendesak: kurangi atau hapus.

Kotak kedua sering terlupakan padahal paling mengurangi beban di masa depan: templat jawaban yang baik memangkas waktu tanggapan untuk puluhan kasus berikutnya.

## Prinsip 80/20
Sebagian besar keluhan biasanya berasal dari sedikit penyebab yang sama. Catat penyebab yang berulang dan sampaikan kepada atasan; memperbaiki satu penyebab dapat mengurangi banyak kasus sekaligus.`,
    },
    {
      title: 'Melindungi waktu fokus',
      minutes: 10,
      body: `Setiap kali berpindah tugas, otak butuh waktu untuk kembali fokus. Pekerjaan yang terus disela terasa sibuk tetapi hasilnya sedikit.

## Teknik yang dapat langsung dipakai
- Blok waktu: sediakan dua blok 60–90 menit per hari untuk pekerjaan yang butuh konsentrasi, misalnya memeriksa berkas teknis.
- Pomodoro: bekerja fokus 25 menit, istirahat 5 menit; setelah empat putaran istirahat lebih panjang.
- Kelompokkan pekerjaan sejenis (batching): membalas pesan pada jam tertentu, bukan setiap kali ada notifikasi.
- Tutup tab dan aplikasi yang tidak dipakai; matikan notifikasi pribadi pada jam kerja.

Beri tahu rekan kapan Anda sedang blok fokus dan kapan bisa dihubungi. Untuk hal yang benar-benar mendesak, sepakati satu saluran (misalnya telepon) agar yang lain bisa menunggu.`,
    },
  ],
  questions: [
    { prompt: 'Tenggat tanggapan pertama bawaan untuk pengaduan di Pelita adalah …', options: ['1 hari kerja', '3 hari kalender', '5 hari kerja', '14 hari kerja'], correct: 0, explanation: 'Standar Surakarta: tanggapan pertama paling lambat 1 hari kerja.' },
    { tf: true, prompt: 'Waktu saat menunggu jawaban warga (informasi diminta) tetap dihitung dalam SLA petugas.', answer: false, explanation: 'Jam SLA berhenti selama menunggu warga.' },
    { prompt: 'Memperbarui templat jawaban yang sering dipakai termasuk kotak …', options: ['Penting dan mendesak', 'Penting tetapi tidak mendesak', 'Tidak penting tetapi mendesak', 'Tidak penting dan tidak mendesak'], correct: 1, explanation: 'Pekerjaan itu penting untuk masa depan tetapi tidak punya tenggat hari ini: jadwalkan.' },
    { prompt: 'Teknik Pomodoro yang umum adalah …', options: ['Fokus 25 menit, istirahat 5 menit', 'Fokus 2 jam tanpa istirahat', 'Membalas setiap notifikasi segera', 'Bekerja hanya pada malam hari'], correct: 0, explanation: 'Satu pomodoro = 25 menit fokus diikuti 5 menit istirahat.' },
    { prompt: 'Hari kerja dalam perhitungan SLA tidak termasuk …', options: ['Hari Senin', 'Hari Jumat', 'Cuti bersama', 'Hari Rabu'], correct: 2, explanation: 'Libur nasional dan cuti bersama dilewati kalender SLA.' },
    { prompt: 'Prinsip 80/20 dalam pengaduan berarti …', options: ['80% warga tidak puas', 'Sebagian besar keluhan berasal dari sedikit penyebab', '80% kasus harus selesai dalam 20 hari', 'Petugas bekerja 80% waktu'], correct: 1, explanation: 'Memperbaiki penyebab yang berulang mengurangi banyak kasus sekaligus.' },
    { tf: true, prompt: 'Mengelompokkan pekerjaan sejenis (batching) membantu mengurangi perpindahan tugas.', answer: true, explanation: 'Batching mengurangi biaya perpindahan konteks.' },
  ],
};

export const COURSE_PPG: DemoCourse = {
  code: 'PPG-01',
  titleId: 'Penanganan Pengaduan: SP4N-LAPOR! dan ULAS',
  titleEn: 'Complaint Handling: SP4N-LAPOR! and ULAS',
  descriptionId:
    'Alur pengelolaan pengaduan menurut Perpres 76/2013 dan SP4N-LAPOR!, tenggat tiap tahap, kerahasiaan pelapor, disposisi dan menutup kasus dengan tuntas.',
  descriptionEn:
    'Complaint management under Perpres 76/2013 and SP4N-LAPOR!: deadlines per stage, reporter confidentiality, forwarding and closing cases properly.',
  competencies: ['penanganan_pengaduan', 'komunikasi_pelayanan'],
  jp: 4,
  mode: 'blended',
  prerequisites: ['KPP-01'],
  sessions: [
    { title: 'Klinik kasus pengaduan (angkatan 1)', workingDaysAhead: 6, from: '09:00', to: '12:00', place: 'Ruang Rapat BKPSDM, Balai Kota Surakarta', capacity: 25, jp: 3 },
    { title: 'Klinik kasus pengaduan (angkatan 2)', workingDaysAhead: 20, from: '09:00', to: '12:00', place: 'Ruang Rapat BKPSDM, Balai Kota Surakarta', capacity: 25, jp: 3 },
  ],
  lessons: [
    {
      title: 'Dasar hukum dan alur pengaduan',
      minutes: 12,
      body: `Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik mewajibkan setiap penyelenggara mengelola pengaduan secara sederhana, cepat, tuntas, terkoordinasi dan rahasia. SP4N-LAPOR! adalah sistem nasional pengelolaan pengaduan; Kota Surakarta juga memiliki ULAS (Perwali 29/2019, Perwali 8.1/2023).

## Tahap dan tenggat SP4N-LAPOR!
- Verifikasi laporan: paling lama 3 hari kerja.
- Instansi merumuskan tindak lanjut: paling lama 5 hari kerja setelah laporan diteruskan.
- Laporan ditutup otomatis 10 hari kerja setelah tindak lanjut bila pelapor tidak menanggapi.
- Penyelesaian paling lama 60 hari.

Target ULAS lebih ketat: tanggapan admin dalam 1×24 jam dan tindak lanjut dalam 2×24 jam. Pelita memakai bawaan tanggapan pertama 1 hari kerja.`,
    },
    {
      title: 'Kerahasiaan pelapor: anonim dan rahasia',
      minutes: 10,
      body: `Pelapor yang merasa tidak aman tidak akan melapor. Karena itu Perpres 76/2013 mewajibkan kerahasiaan.

- Anonim: isi laporan boleh tampil publik, tetapi identitas pelapor disembunyikan dari siapa pun kecuali bila diwajibkan hukum.
- Rahasia: laporan itu sendiri tidak ditampilkan kepada publik.

Di Pelita pilihan aman menjadi bawaan. Petugas boleh memperketat privasi saat verifikasi (misalnya dari publik menjadi rahasia bila laporan memuat data kesehatan), tetapi tidak pernah melonggarkannya.

## Kebiasaan yang melindungi pelapor
- Jangan meneruskan tangkapan layar yang memuat nama atau nomor telepon pelapor ke grup percakapan.
- Saat meneruskan ke unit lain, kirim hanya informasi yang dibutuhkan untuk menindaklanjuti.
- Jangan menghubungi pelapor anonim melalui saluran pribadi.`,
    },
    {
      title: 'Verifikasi, disposisi dan tindak lanjut',
      minutes: 12,
      body: `Verifikasi memastikan laporan jelas, berada dalam kewenangan, dan bukan duplikat. Bila informasi kurang, minta tambahan kepada pelapor dengan pertanyaan spesifik; jam SLA berhenti sampai pelapor menjawab.

## Disposisi yang tepat
Bila laporan menjadi kewenangan unit lain, teruskan (disposisi) dengan catatan singkat: apa masalahnya, lokasi, dan mengapa unit itu berwenang. Disposisi yang salah alamat adalah penyebab utama kasus melewati tenggat.

## Tindak lanjut yang menjawab
Tindak lanjut yang baik menjelaskan apa yang dilakukan, kapan, oleh siapa, dan hasilnya, bila perlu dengan foto. "Sudah ditindaklanjuti" tanpa keterangan tidak menjawab laporan.`,
    },
    {
      title: 'Menutup kasus dengan tuntas',
      minutes: 10,
      body: `Kasus ditutup bila masalahnya selesai atau terdapat penjelasan yang sah mengapa tidak dapat diselesaikan. Menutup kasus terlalu cepat akan terlihat: warga dapat membuka kembali laporan yang ditutup tanpa penyelesaian, dan angka pembukaan ulang tercatat pada kinerja unit.

## Sebelum menutup, periksa
- Apakah semua pertanyaan pelapor sudah dijawab?
- Apakah ada bukti penyelesaian (foto, nomor surat, jadwal)?
- Apakah pelapor tahu cara menilai layanan (SKM) dan membuka kembali bila belum selesai?

Setiap penilaian SKM hanya dapat diberikan satu kali oleh pelapor kasus itu sendiri, sehingga nilai mencerminkan pengalaman nyata warga.`,
    },
  ],
  questions: [
    { prompt: 'Peraturan Presiden tentang Pengelolaan Pengaduan Pelayanan Publik adalah …', options: ['Perpres 76/2013', 'Perpres 95/2018', 'Perpres 16/2021', 'Perpres 12/2019'], correct: 0, explanation: 'Perpres 76/2013 mengatur pengelolaan pengaduan pelayanan publik.' },
    { prompt: 'Batas waktu verifikasi laporan di SP4N-LAPOR! adalah …', options: ['1 hari kerja', '3 hari kerja', '10 hari kerja', '60 hari'], correct: 1, explanation: 'Verifikasi dilakukan paling lama 3 hari kerja.' },
    { prompt: 'Pada status "anonim" …', options: ['Laporan tidak tampil sama sekali', 'Isi laporan boleh publik, identitas pelapor disembunyikan', 'Identitas pelapor ditampilkan publik', 'Laporan langsung ditutup'], correct: 1, explanation: 'Anonim menyembunyikan identitas; rahasia menyembunyikan laporannya.' },
    { tf: true, prompt: 'Petugas boleh mengubah laporan rahasia menjadi publik agar lebih transparan.', answer: false, explanation: 'Privasi boleh diperketat, tidak pernah dilonggarkan.' },
    { prompt: 'Laporan SP4N-LAPOR! ditutup otomatis bila pelapor tidak menanggapi selama … setelah tindak lanjut.', options: ['3 hari kerja', '5 hari kerja', '10 hari kerja', '30 hari kalender'], correct: 2, explanation: '10 hari kerja tanpa tanggapan pelapor setelah tindak lanjut.' },
    { prompt: 'Penyebab utama kasus melewati tenggat menurut materi adalah …', options: ['Foto terlalu besar', 'Disposisi salah alamat', 'Pelapor anonim', 'Hari libur'], correct: 1, explanation: 'Disposisi yang salah membuat kasus berpindah-pindah unit.' },
    { prompt: 'Tindak lanjut yang baik memuat …', options: ['"Sudah ditindaklanjuti" saja', 'Apa yang dilakukan, kapan, oleh siapa, dan hasilnya', 'Nomor telepon pribadi petugas', 'Salinan KTP pelapor'], correct: 1, explanation: 'Pelapor perlu tahu tindakan nyata dan hasilnya.' },
    { tf: true, prompt: 'Satu kasus hanya dapat dinilai (SKM) satu kali oleh pelapor kasus itu sendiri.', answer: true, explanation: 'Aturan ini mencegah penilaian dimanipulasi.' },
    { prompt: 'Target tanggapan admin ULAS Surakarta adalah …', options: ['1×24 jam', '3×24 jam', '5 hari kerja', '60 hari'], correct: 0, explanation: 'ULAS menargetkan tanggapan admin dalam 1×24 jam.' },
  ],
};
export const COURSE_LDA: DemoCourse = {
  code: 'LDA-01',
  titleId: 'Literasi Digital ASN',
  titleEn: 'Digital Literacy for Civil Servants',
  descriptionId:
    'Empat pilar literasi digital untuk pekerjaan sehari-hari: keamanan akun, mengenali penipuan (phishing), pelindungan data pribadi warga dan etika bermedia digital.',
  descriptionEn:
    'The four pillars of digital literacy for everyday work: account security, recognising phishing, protecting citizens’ personal data and digital ethics.',
  competencies: ['literasi_digital', 'etika_integritas'],
  jp: 3,
  mode: 'self_paced',
  lessons: [
    {
      title: 'Empat pilar literasi digital dan SPBE',
      minutes: 10,
      body: `Kerangka literasi digital nasional memakai empat pilar: kecakapan digital (digital skills), etika digital (digital ethics), keamanan digital (digital safety) dan budaya digital (digital culture).

Bagi ASN, literasi digital adalah bagian dari Sistem Pemerintahan Berbasis Elektronik (SPBE, Perpres 95/2018): layanan yang dulu memerlukan kedatangan fisik kini berjalan di aplikasi, sehingga kecakapan petugas menentukan mutu layanan.

## Kecakapan minimum petugas layanan
- Mengelola berkas digital: penamaan yang konsisten, format PDF untuk dokumen resmi, ukuran yang wajar.
- Membaca dan memeriksa dokumen unggahan warga, termasuk mengenali dokumen yang diubah.
- Memakai aplikasi layanan sampai tuntas, bukan memindahkan pekerjaan ke grup percakapan pribadi.`,
    },
    {
      title: 'Keamanan akun dan kata sandi',
      minutes: 12,
      body: `Akun petugas membuka data warga. Satu akun yang dibobol dapat membocorkan ribuan data.

## Kata sandi yang kuat
- Panjang lebih penting daripada rumit: gunakan frasa minimal 12 karakter, misalnya beberapa kata acak.
- Satu kata sandi untuk satu layanan. Jangan memakai kata sandi kantor untuk media sosial.
- Gunakan pengelola kata sandi (password manager) bila diizinkan kantor.
- Aktifkan verifikasi dua langkah bila tersedia.

## Kebiasaan aman
- Kunci layar setiap kali meninggalkan meja (Windows + L).
- Keluar (sign out) dari komputer bersama.
- Jangan pernah memberikan kata sandi kepada siapa pun, termasuk yang mengaku dari bagian TI: petugas TI yang sah tidak pernah memintanya.`,
    },
    {
      title: 'Mengenali phishing dan penipuan',
      minutes: 10,
      body: `Phishing adalah pesan yang menyamar sebagai pihak tepercaya untuk mencuri kata sandi, data atau uang. Pelakunya sering memakai nama pimpinan, bank, atau aplikasi pemerintah.

## Tanda-tanda phishing
- Mendesak: "Akun Anda diblokir dalam 1 jam."
- Alamat pengirim atau tautan mirip tetapi tidak sama, misalnya huruf yang ditukar.
- Meminta kata sandi, kode OTP, atau memasang aplikasi (file .apk) dari pesan WhatsApp.
- Lampiran tak terduga, misalnya "undangan" atau "surat tilang" berbentuk aplikasi.

Bila ragu, jangan klik. Hubungi pengirim melalui saluran resmi yang Anda ketahui sendiri, lalu laporkan pesan itu kepada pengelola TI (Diskominfo).`,
    },
    {
      title: 'Pelindungan data pribadi warga',
      minutes: 12,
      body: `UU 27/2022 tentang Pelindungan Data Pribadi mewajibkan pengendali data, termasuk instansi pemerintah, memproses data pribadi secara sah, terbatas pada tujuannya, dan aman.

## Dalam pekerjaan sehari-hari
- Akses data warga hanya untuk menangani kasus yang menjadi tugas Anda.
- Jangan mengunduh atau memotret data warga ke perangkat pribadi.
- Jangan membagikan KTP, KK atau alamat warga di grup percakapan; gunakan tautan kasus di aplikasi yang aksesnya terkendali.
- Data kesehatan dan data anak termasuk data yang bersifat spesifik dan memerlukan perlindungan lebih.

Bila terjadi kebocoran atau dugaan kebocoran, segera laporkan kepada atasan dan pengelola TI; kecepatan pelaporan menentukan seberapa besar kerugian dapat dibatasi.`,
    },
  ],
  questions: [
    { prompt: 'Yang BUKAN termasuk empat pilar literasi digital adalah …', options: ['Kecakapan digital', 'Etika digital', 'Keamanan digital', 'Kecepatan internet'], correct: 3, explanation: 'Keempat pilar: kecakapan, etika, keamanan, dan budaya digital.' },
    { prompt: 'Kata sandi yang paling kuat di antara berikut adalah …', options: ['Surakarta2026', 'P@ss1', 'jeruk-payung-sepeda-kopi', '12345678'], correct: 2, explanation: 'Frasa panjang dari kata acak lebih kuat dan lebih mudah diingat.' },
    { tf: true, prompt: 'Petugas TI yang sah kadang perlu meminta kata sandi Anda melalui WhatsApp.', answer: false, explanation: 'Petugas TI yang sah tidak pernah meminta kata sandi.' },
    { prompt: 'Pesan "Akun Anda diblokir dalam 1 jam, klik tautan ini" adalah tanda …', options: ['Pemberitahuan resmi', 'Phishing', 'Pembaruan sistem', 'Survei kepuasan'], correct: 1, explanation: 'Desakan waktu dan tautan adalah ciri phishing.' },
    { prompt: 'Undang-undang tentang Pelindungan Data Pribadi adalah …', options: ['UU 27/2022', 'UU 25/2009', 'UU 20/2023', 'UU 28/2002'], correct: 0, explanation: 'UU 27/2022 mengatur pelindungan data pribadi.' },
    { tf: true, prompt: 'Memotret KTP warga dengan ponsel pribadi untuk dikirim ke grup kerja diperbolehkan bila untuk mempercepat layanan.', answer: false, explanation: 'Data warga tidak boleh dipindahkan ke perangkat dan saluran pribadi.' },
    { prompt: 'Perpres yang mengatur Sistem Pemerintahan Berbasis Elektronik (SPBE) adalah …', options: ['Perpres 95/2018', 'Perpres 76/2013', 'PP 16/2021', 'PP 17/2020'], correct: 0, explanation: 'SPBE diatur dalam Perpres 95/2018.' },
    { prompt: 'Bila menduga terjadi kebocoran data, langkah yang tepat adalah …', options: ['Menunggu sampai pasti', 'Segera melapor ke atasan dan pengelola TI', 'Menghapus semua berkas', 'Mengganti nama file'], correct: 1, explanation: 'Pelaporan cepat membatasi kerugian.' },
  ],
};

export const COURSE_PBG: DemoCourse = {
  code: 'PBG-01',
  titleId: 'Regulasi Persetujuan Bangunan Gedung (PBG)',
  titleEn: 'Building Approval (PBG) Regulation',
  descriptionId:
    'PBG menurut PP 16/2021: pengganti IMB, dokumen yang diperiksa, konsultasi dengan tim profesi ahli, SIMBG, retribusi, dan Sertifikat Laik Fungsi (SLF).',
  descriptionEn:
    'Building approval (PBG) under PP 16/2021: the successor of IMB, the documents checked, consultation with the expert team, SIMBG, the levy and the Certificate of Fitness for Use (SLF).',
  competencies: ['regulasi_perizinan:pbg', 'regulasi_perizinan:umum'],
  jp: 6,
  mode: 'blended',
  sessions: [
    { title: 'Praktik pemeriksaan dokumen PBG di SIMBG', workingDaysAhead: 10, from: '08:30', to: '15:00', place: 'Aula DPUPR Kota Surakarta', capacity: 20, jp: 6 },
  ],
  lessons: [
    {
      title: 'Dari IMB ke PBG',
      minutes: 12,
      body: `PP 16/2021 tentang Peraturan Pelaksanaan UU 28/2002 tentang Bangunan Gedung mengganti Izin Mendirikan Bangunan (IMB) dengan Persetujuan Bangunan Gedung (PBG). Perubahan utamanya: penilaian tidak lagi berupa izin atas gambar saja, tetapi persetujuan bahwa rencana teknis memenuhi standar teknis bangunan gedung.

PBG diperlukan untuk membangun baru, mengubah, memperluas, mengurangi atau merawat bangunan gedung. Permohonan diajukan melalui SIMBG (Sistem Informasi Manajemen Bangunan Gedung).

## Fungsi bangunan gedung
- Hunian, misalnya rumah tinggal.
- Keagamaan.
- Usaha, misalnya toko, kantor, gudang.
- Sosial dan budaya, misalnya sekolah, rumah sakit.
- Khusus, misalnya bangunan dengan tingkat kerahasiaan atau risiko tinggi.

Fungsi menentukan standar teknis dan dokumen yang diperiksa.`,
    },
    {
      title: 'Dokumen dan pemeriksaan kesesuaian',
      minutes: 15,
      body: `Permohonan PBG memuat data pemohon, data bangunan, dan dokumen rencana teknis. Dokumen rencana teknis umumnya terdiri atas rencana arsitektur, rencana struktur, dan rencana utilitas (mekanikal, elektrikal, dan perpipaan).

## Yang diperiksa petugas
- Kesesuaian dengan Keterangan Rencana Kota (KRK): garis sempadan, koefisien dasar bangunan (KDB), koefisien lantai bangunan (KLB), koefisien daerah hijau (KDH), dan ketinggian.
- Kelengkapan dan keterbacaan gambar serta perhitungan.
- Kesesuaian fungsi yang dimohon dengan peruntukan lahan.

Untuk rumah tinggal sederhana tersedia prototipe/desain rumah yang dapat dipakai sehingga pemeriksaan lebih sederhana. Bangunan yang lebih kompleks memerlukan konsultasi dengan Tim Profesi Ahli (TPA); pemeriksaan teknis tertentu dapat dilakukan Tim Penilai Teknis (TPT).

Sampaikan kekurangan dokumen sekaligus dalam satu daftar yang jelas, bukan sedikit demi sedikit, agar pemohon tidak bolak-balik.`,
    },
    {
      title: 'Retribusi, penerbitan dan SLF',
      minutes: 12,
      body: `Setelah rencana teknis dinyatakan memenuhi standar, dihitung retribusi PBG berdasarkan peraturan daerah, lalu PBG diterbitkan setelah retribusi dibayar.

## Selama dan sesudah pembangunan
- Pemilik wajib membangun sesuai PBG; perubahan rencana memerlukan perubahan PBG.
- Pemerintah daerah melakukan inspeksi pada tahap-tahap pekerjaan tertentu.
- Sebelum bangunan dimanfaatkan, pemilik wajib memiliki Sertifikat Laik Fungsi (SLF), yang menyatakan bangunan laik fungsi secara administratif dan teknis.

SLF memiliki masa berlaku dan perlu diperpanjang untuk bangunan tertentu. Bangunan yang dimanfaatkan tanpa SLF dapat dikenai sanksi administratif.

## Layanan yang baik
Beri tahu pemohon sejak awal seluruh tahap, perkiraan waktu, dan cara memantau status permohonan, termasuk di Pelita.`,
    },
  ],
  questions: [
    { prompt: 'PBG menggantikan …', options: ['IMB (Izin Mendirikan Bangunan)', 'SLF', 'KRK', 'NIB'], correct: 0, explanation: 'PP 16/2021 mengganti IMB dengan PBG.' },
    { prompt: 'PP 16/2021 merupakan peraturan pelaksanaan dari …', options: ['UU 28/2002 tentang Bangunan Gedung', 'UU 25/2009 tentang Pelayanan Publik', 'UU 27/2022 tentang PDP', 'UU 20/2023 tentang ASN'], correct: 0, explanation: 'PP 16/2021 melaksanakan UU 28/2002 tentang Bangunan Gedung.' },
    { prompt: 'Sistem informasi untuk mengajukan PBG adalah …', options: ['SIMBG', 'SP4N-LAPOR!', 'OSS-RBA', 'SIASN'], correct: 0, explanation: 'PBG diajukan melalui SIMBG.' },
    { prompt: 'Sertifikat yang wajib dimiliki sebelum bangunan dimanfaatkan adalah …', options: ['SLF (Sertifikat Laik Fungsi)', 'Sertifikat hak milik', 'Sertifikat pelatihan', 'Surat domisili'], correct: 0, explanation: 'SLF menyatakan bangunan laik fungsi.' },
    { prompt: 'Koefisien yang membatasi luas dasar bangunan terhadap luas lahan adalah …', options: ['KDB', 'KLB', 'KDH', 'GSB'], correct: 0, explanation: 'KDB = Koefisien Dasar Bangunan.' },
    { tf: true, prompt: 'Kekurangan dokumen sebaiknya disampaikan kepada pemohon sekaligus dalam satu daftar.', answer: true, explanation: 'Satu daftar lengkap mencegah pemohon bolak-balik.' },
    { prompt: 'Bangunan yang kompleks memerlukan konsultasi dengan …', options: ['Tim Profesi Ahli (TPA)', 'Satpol PP', 'Camat', 'Bank'], correct: 0, explanation: 'TPA memberi pertimbangan teknis untuk bangunan yang memerlukannya.' },
    { tf: true, prompt: 'Perubahan rencana bangunan setelah PBG terbit tidak memerlukan perubahan PBG.', answer: false, explanation: 'Membangun harus sesuai PBG; perubahan rencana memerlukan perubahan PBG.' },
    { prompt: 'Sekolah termasuk bangunan gedung dengan fungsi …', options: ['Sosial dan budaya', 'Hunian', 'Usaha', 'Khusus'], correct: 0, explanation: 'Pendidikan dan kesehatan termasuk fungsi sosial dan budaya.' },
  ],
};

export const COURSE_KPD: DemoCourse = {
  code: 'KPD-01',
  titleId: 'Kepemimpinan Digital',
  titleEn: 'Digital Leadership',
  descriptionId:
    'Untuk kepala bidang/seksi dan pimpinan: memimpin perubahan layanan digital, mengambil keputusan dari data layanan, dan membina tim.',
  descriptionEn:
    'For supervisors and officials: leading the change to digital services, deciding from service data, and developing the team.',
  competencies: ['kepemimpinan_digital', 'literasi_digital'],
  jp: 4,
  mode: 'blended',
  audienceRoles: ['supervisor', 'official', 'admin'],
  // blended: completed only with a session attended (issue 10 item 14), so it needs one
  sessions: [
    { title: 'Lokakarya kepemimpinan layanan digital', workingDaysAhead: 8, from: '09:00', to: '12:00', place: 'Ruang Rapat BKPSDM, Balai Kota Surakarta', capacity: 20, jp: 3 },
  ],
  lessons: [
    {
      title: 'Memimpin transformasi layanan',
      minutes: 12,
      body: `Transformasi digital bukan memindahkan formulir kertas ke layar, tetapi merancang ulang layanan agar lebih sederhana bagi warga. Pemimpin menentukan apakah aplikasi benar-benar dipakai atau pekerjaan tetap berjalan di luar sistem.

## Peran pemimpin
- Menjelaskan mengapa perubahan perlu, dengan contoh dari keluhan warga nyata.
- Memberi contoh: memakai sistem sendiri, bukan meminta laporan terpisah di grup percakapan.
- Menghilangkan hambatan: perangkat, jaringan, dan waktu pelatihan bagi tim.
- Merayakan kemajuan kecil, misalnya pertama kali seluruh tanggapan pertama tepat waktu dalam sepekan.

Perubahan yang berhasil biasanya dimulai dengan satu layanan percontohan, diukur, lalu diperluas.`,
    },
    {
      title: 'Keputusan berbasis data layanan',
      minutes: 12,
      body: `Pelita menyediakan angka kepatuhan SLA, Indeks Kepuasan Masyarakat (IKM), jumlah kasus yang dibuka kembali, dan catatan JP pelatihan per pegawai.

## Membaca angka dengan adil
- Lihat tren, bukan satu minggu saja.
- Perhatikan ukuran sampel: IKM dari tiga penilaian belum bisa dijadikan dasar penilaian kinerja.
- Cari penyebab, bukan kambing hitam: kasus terlambat sering berawal dari disposisi yang salah atau kekurangan personel.
- Hubungkan dengan pelatihan: unsur SKM yang lemah menunjukkan kompetensi yang perlu dikembangkan.

IKM dihitung dari sembilan unsur SKM (PermenPANRB 14/2017) dengan skala 25–100; mutu A (Sangat Baik) mulai 88,31.`,
    },
    {
      title: 'Membina tim dan budaya belajar',
      minutes: 10,
      body: `Setiap ASN berhak dan wajib mengembangkan kompetensi paling sedikit 20 JP per tahun (PP 17/2020). Pendekatan ASN Corporate University mengintegrasikan belajar dengan pekerjaan: coaching, mentoring, dan belajar di tempat kerja diakui sebagai pengembangan kompetensi.

## Praktik yang dapat dilakukan pemimpin
- Sediakan waktu belajar terjadwal, misalnya satu jam per minggu.
- Lakukan coaching singkat setelah kasus sulit: apa yang berjalan baik, apa yang bisa lebih baik.
- Pasangkan pegawai baru dengan mentor.
- Pantau capaian JP tim dan bantu yang tertinggal memilih kursus yang relevan dengan kebutuhan layanannya.`,
    },
  ],
  questions: [
    { prompt: 'Transformasi digital layanan terutama berarti …', options: ['Memindahkan formulir kertas ke layar apa adanya', 'Merancang ulang layanan agar lebih sederhana bagi warga', 'Membeli perangkat baru', 'Mengganti semua pegawai'], correct: 1, explanation: 'Tujuannya layanan yang lebih sederhana, bukan sekadar digitalisasi formulir.' },
    { prompt: 'Kebutuhan pengembangan kompetensi minimum ASN per tahun adalah …', options: ['10 JP', '20 JP', '40 JP', '80 JP'], correct: 1, explanation: 'PP 17/2020: paling sedikit 20 JP per tahun.' },
    { tf: true, prompt: 'IKM dari tiga penilaian sudah cukup untuk menilai kinerja seorang pegawai.', answer: false, explanation: 'Sampel kecil sangat tidak pasti; perhatikan ukuran sampel.' },
    { prompt: 'IKM mutu A (Sangat Baik) dimulai dari nilai …', options: ['76,61', '88,31', '65,00', '95,00'], correct: 1, explanation: 'Mutu A: 88,31–100.' },
    { prompt: 'Contoh pembelajaran nonklasikal dalam ASN Corporate University adalah …', options: ['Coaching dan mentoring', 'Cuti tahunan', 'Rapat anggaran', 'Apel pagi'], correct: 0, explanation: 'Coaching, mentoring dan belajar di tempat kerja diakui sebagai pengembangan kompetensi.' },
    { prompt: 'Cara yang baik memulai perubahan layanan adalah …', options: ['Mengubah semua layanan sekaligus', 'Satu layanan percontohan, diukur, lalu diperluas', 'Menunggu instruksi pusat', 'Menghapus layanan tatap muka'], correct: 1, explanation: 'Percontohan yang diukur mengurangi risiko dan memberi bukti.' },
  ],
};

export const DEMO_COURSES: DemoCourse[] = [COURSE_KPP, COURSE_MWP, COURSE_PPG, COURSE_LDA, COURSE_PBG, COURSE_KPD];

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f'];

function questionRow(courseId: number, q: Question) {
  if (q.tf)
    return {
      courseId,
      kind: 'true_false',
      prompt: q.prompt,
      options: JSON.stringify([
        { key: 'benar', text: 'Benar' },
        { key: 'salah', text: 'Salah' },
      ]),
      correctKey: q.answer ? 'benar' : 'salah',
      explanation: q.explanation,
    };
  return {
    courseId,
    kind: 'multiple_choice',
    prompt: q.prompt,
    options: JSON.stringify(q.options.map((text, i) => ({ key: KEYS[i]!, text }))),
    correctKey: KEYS[q.correct]!,
    explanation: q.explanation,
  };
}

/**
 * Adds the demo courses that are missing (by code), with their lessons and question banks, the
 * classroom sessions of the weeks after `now`, and the needs assessment of `now`'s year.
 */
export async function seedDemoTraining(db: Db, now: Date, courses: readonly DemoCourse[] = DEMO_COURSES): Promise<number> {
  const existing = new Set(
    (await db.select({ code: trainingCourses.code }).from(trainingCourses).where(inArray(trainingCourses.code, courses.map((c) => c.code)))).map((r) => r.code),
  );
  let added = 0;
  for (const c of courses) {
    if (existing.has(c.code)) continue;
    const [row] = await db
      .insert(trainingCourses)
      .values({
        code: c.code,
        titleId: c.titleId,
        titleEn: c.titleEn,
        descriptionId: c.descriptionId,
        descriptionEn: c.descriptionEn,
        competencies: JSON.stringify(c.competencies),
        jp: c.jp,
        mode: c.mode,
        audienceRoles: JSON.stringify(c.audienceRoles ?? []),
        audienceUnits: JSON.stringify(c.audienceUnits ?? []),
        prerequisites: JSON.stringify(c.prerequisites ?? []),
        published: true,
        quizQuestionCount: 5,
        quizPassPercent: 70,
        quizMaxAttempts: 3,
        quizTimeLimitMinutes: 15,
      })
      .onConflictDoNothing()
      .returning({ id: trainingCourses.id });
    if (!row) continue;
    await insertChunked(
      db,
      trainingLessons,
      c.lessons.map((l, i) => ({
        courseId: row.id,
        position: i + 1,
        title: l.title,
        body: l.body,
        minutes: l.minutes,
        imageUrl: l.imageUrl ?? null,
        imageAlt: l.imageAlt ?? null,
        videoUrl: l.videoUrl ?? null,
        materialUrl: l.materialUrl ?? null,
        materialLabel: l.materialLabel ?? null,
      })),
      'fail',
    );
    await insertChunked(db, trainingQuestions, c.questions.map((q) => questionRow(row.id, q)), 'fail');
    added++;
  }
  await seedDemoSessions(db, now, courses);
  await seedDemoAssessment(db, now);
  return added;
}

/**
 * Places the classroom sessions of every demo course that has no session still to come, on
 * working days of the calendar in the database (seeded before this). A course with a future
 * session is left alone, so seeding again changes nothing; a demo database whose sessions have
 * all passed gets new ones when the seed version is bumped.
 */
async function seedDemoSessions(db: Db, now: Date, courses: readonly DemoCourse[]): Promise<void> {
  const planned = courses.filter((c) => c.sessions?.length);
  if (!planned.length) return;
  const ids = new Map(
    (
      await db
        .select({ id: trainingCourses.id, code: trainingCourses.code })
        .from(trainingCourses)
        .where(inArray(trainingCourses.code, planned.map((c) => c.code)))
    ).map((r) => [r.code, r.id]),
  );
  const withUpcoming = new Set(
    (
      await db
        .select({ courseId: trainingSessions.courseId })
        .from(trainingSessions)
        .where(and(inArray(trainingSessions.courseId, [...ids.values()]), gt(trainingSessions.startsAt, now), isNull(trainingSessions.cancelledAt)))
    ).map((r) => r.courseId),
  );
  const calendar = makeHolidaySet((await db.select({ date: holidays.date }).from(holidays)).map((r) => r.date));
  const [fac] = await db.select({ id: staff.id }).from(staff).where(eq(staff.email, FACILITATOR_EMAIL));
  const rows = planned.flatMap((c) => {
    const courseId = ids.get(c.code);
    if (courseId === undefined || withUpcoming.has(courseId)) return [];
    return placeSessions(c.sessions!, now, calendar).map((s) => ({ courseId, ...s, facilitatorId: fac?.id ?? null }));
  });
  await insertChunked(db, trainingSessions, rows, 'fail');
}

/** The statements of the demo needs assessment: one or two per competency. */
export const DEMO_ASSESSMENT_ITEMS = [
  ['komunikasi_pelayanan', 'Saya dapat menjelaskan persyaratan dan prosedur layanan kepada warga dengan bahasa yang mudah dipahami.'],
  ['komunikasi_pelayanan', 'Saya tetap tenang dan dapat meredakan situasi ketika menghadapi warga yang marah.'],
  ['manajemen_waktu', 'Saya menanggapi kasus dalam tenggat SLA tanpa sering lembur.'],
  ['penanganan_pengaduan', 'Saya memahami tahapan dan tenggat penanganan pengaduan (SP4N-LAPOR!, Perpres 76/2013) serta kerahasiaan pelapor.'],
  ['literasi_digital', 'Saya dapat mengenali pesan phishing dan melindungi akun serta data pribadi warga.'],
  ['regulasi_perizinan:pbg', 'Saya dapat memeriksa kesesuaian dokumen PBG dengan KRK dan standar teknis (PP 16/2021).'],
  ['kepemimpinan_digital', 'Saya dapat membaca data layanan (SLA, IKM) untuk memperbaiki cara kerja tim.'],
  ['etika_integritas', 'Saya memahami batas kewenangan saya dan menolak gratifikasi dalam pelayanan.'],
] as const;

/** The needs assessment of the seeding year (WIB), published: the training pages show this year's. */
export async function seedDemoAssessment(db: Db, now: Date): Promise<void> {
  const year = Number(jakartaDate(now).slice(0, 4));
  const [row] = await db
    .insert(trainingAssessments)
    .values({ year, title: `Asesmen Kebutuhan Pelatihan ASN ${year}`, published: true })
    .onConflictDoNothing()
    .returning({ id: trainingAssessments.id });
  if (!row) return;
  await insertChunked(
    db,
    trainingAssessmentItems,
    DEMO_ASSESSMENT_ITEMS.map(([competency, statement], i) => ({ assessmentId: row.id, competency, statement, position: i + 1 })),
    'fail',
  );
}

/** For tests: the id of a seeded course by code. */
export async function demoCourseId(db: Db, code: string): Promise<number | null> {
  const [r] = await db.select({ id: trainingCourses.id }).from(trainingCourses).where(eq(trainingCourses.code, code));
  return r?.id ?? null;
}
