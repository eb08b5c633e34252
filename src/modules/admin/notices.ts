// After a change the browser is redirected (post/redirect/get) with ?ok=<code>; the page shows
// a fixed sentence for that code. Nothing from the query string is echoed back.
import { msg, pick, type Lang, type Msg } from '../../platform/i18n/lang';

const NOTICES: Record<string, Msg> = {
  'unit-dibuat': msg('Unit baru tersimpan.', 'The new unit was saved.'),
  'unit-diubah': msg('Perubahan unit tersimpan.', 'The unit was updated.'),
  'unit-nonaktif': msg('Unit dinonaktifkan.', 'The unit was deactivated.'),
  'unit-aktif': msg('Unit diaktifkan kembali.', 'The unit was reactivated.'),
  'pegawai-diubah': msg('Perubahan data pegawai tersimpan.', 'The staff record was updated.'),
  'pegawai-nonaktif': msg(
    'Akun dinonaktifkan. Semua sesinya berakhir dan token API-nya dicabut.',
    'The account was deactivated. All its sessions ended and its API tokens were revoked.',
  ),
  'pegawai-aktif': msg('Akun diaktifkan kembali.', 'The account was reactivated.'),
  'pegawai-dibuka': msg(
    'Kunci masuk dibuka: pegawai dapat masuk lagi dari perangkat baru.',
    'Sign-in unlocked: the staff member can sign in from a new device again.',
  ),
  'layanan-dibuat': msg('Layanan baru tersimpan.', 'The new service was saved.'),
  'layanan-diubah': msg('Perubahan layanan tersimpan.', 'The service was updated.'),
  'templat-dibuat': msg('Templat jawaban tersimpan.', 'The response template was saved.'),
  'templat-diubah': msg('Perubahan templat tersimpan.', 'The template was updated.'),
  'templat-dihapus': msg('Templat dihapus.', 'The template was deleted.'),
  'libur-dibuat': msg('Hari libur tersimpan.', 'The holiday was saved.'),
  'libur-diubah': msg('Perubahan hari libur tersimpan.', 'The holiday was updated.'),
  'libur-dihapus': msg('Hari libur dihapus.', 'The holiday was deleted.'),
  'surat-dikirim-ulang': msg('Surat dijadwalkan untuk dikirim lagi.', 'The message is queued to be sent again.'),
  'surat-dibuang': msg('Surat gagal dibuang.', 'The dead letter was discarded.'),
  'pengaturan-disimpan': msg(
    'Pengaturan tersimpan. Batas waktu baru berlaku untuk permintaan informasi berikutnya.',
    'The settings were saved. The new deadline applies to the next requests for information.',
  ),
  'pengaturan-publik-disimpan': msg(
    'Pengaturan tersimpan. Halaman Transparansi memakai batas angka kecil yang baru mulai sekarang.',
    'The settings were saved. The Transparency page uses the new small-numbers minimum from now on.',
  ),
};

export function noticeFor(code: string | undefined, lang: Lang): string | null {
  const m = code ? NOTICES[code] : undefined;
  return m ? pick(m, lang) : null;
}
