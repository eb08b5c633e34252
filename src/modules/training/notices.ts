// After a change the learner is redirected with ?pesan=<code>; the page shows a fixed sentence
// for that code. Nothing from the query string is echoed back.
import type { AppContext } from '../../platform/http/context';
import type { Msg } from '../../platform/i18n/lang';

const NOTICES: Record<string, Msg> = {
  terdaftar: { id: 'Anda terdaftar. Selamat belajar!', en: 'You are enrolled. Happy learning!' },
  selesai: { id: 'Materi ditandai selesai.', en: 'Lesson marked as done.' },
  tuntas: { id: 'Selamat! Kursus selesai, JP tercatat dan sertifikat terbit.', en: 'Congratulations! Course completed, JP credited and certificate issued.' },
  sesi_terdaftar: { id: 'Anda terdaftar di sesi tatap muka.', en: 'You are registered for the session.' },
  sesi_tunggu: { id: 'Sesi penuh: Anda masuk daftar tunggu dan otomatis mendapat kursi bila ada yang membatalkan.', en: 'The session is full: you are on the waiting list and get a seat automatically if someone cancels.' },
  sesi_batal: { id: 'Pendaftaran sesi dibatalkan.', en: 'Session registration cancelled.' },
  bukti_terkirim: { id: 'Bukti terkirim dan menunggu keputusan atasan.', en: 'Evidence submitted; waiting for the supervisor’s decision.' },
  diputuskan: { id: 'Keputusan tersimpan.', en: 'Decision saved.' },
  diputuskan_dibatasi: {
    id: 'Keputusan tersimpan. JP yang tercatat lebih sedikit dari yang diajukan: paling banyak 10 JP per hari dari semua kegiatan belajar, dan hari-hari itu sudah terisi sebagian.',
    en: 'Decision saved. Fewer JP were credited than asked: at most 10 JP a day across all learning, and those days were already partly filled.',
  },
  asesmen: { id: 'Terima kasih. Saran kursus kini mengikuti hasil asesmen Anda.', en: 'Thank you. Course suggestions now follow your assessment.' },
  asesmen_dibuat: { id: 'Asesmen dibuat. Tambahkan pernyataan, lalu terbitkan.', en: 'Assessment created. Add statements, then publish.' },
  butir: { id: 'Pernyataan ditambahkan.', en: 'Statement added.' },
  terbit: { id: 'Asesmen terbit; ASN kini dapat mengisinya.', en: 'Assessment published; staff can now answer it.' },
  presensi: { id: 'Presensi tersimpan; JP peserta yang hadir sudah tercatat.', en: 'Attendance saved; JP of those present have been credited.' },
  dicabut: { id: 'Sertifikat dicabut; halaman verifikasinya kini menyatakan DICABUT dan JP-nya tidak lagi dihitung.', en: 'Certificate revoked; its verification page now says REVOKED and its JP no longer count.' },
  presensi_dibatasi: {
    id: 'Presensi tersimpan. Sebagian peserta memperoleh JP lebih sedikit: paling banyak 10 JP per hari dari semua kegiatan belajar; catatan pelatihan mereka menjelaskannya.',
    en: 'Attendance saved. Some participants were credited fewer JP: at most 10 JP a day across all learning; their training records explain it.',
  },
};

/** The sentence for this request's ?pesan=, if it names one. */
export function notice(c: AppContext): Msg | null {
  return NOTICES[c.req.query('pesan') ?? ''] ?? null;
}
