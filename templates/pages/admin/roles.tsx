import { ROLE_LABELS, ROLES, type Role } from '../../../src/domain/auth/roles';
import { msg, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { AdminPage } from '../../_partials/admin-ui';

/** What each role may do, in plain words, for the admin who hands roles out. */
export const ROLE_EXPLANATIONS: Record<Role, Msg> = {
  officer: msg(
    'Petugas (ASN pelaksana) bekerja pada antrean kasus unitnya sendiri: memverifikasi, membalas warga, menulis catatan internal, meminta informasi, meneruskan (disposisi) dan menyelesaikan kasus. Juga mengikuti pelatihan dan melihat kinerja layanannya sendiri.',
    "Officers (front-line civil servants) work their own unit's case queue: verify, reply to citizens, write internal notes, ask for information, forward (disposition) and resolve cases. They also take training and see their own service metrics.",
  ),
  supervisor: msg(
    'Kepala bidang/seksi menugaskan dan memindahkan kasus di unitnya, menyetujui keputusan izin dan bukti pelatihan eksternal, serta melihat kinerja unit. Hanya untuk unitnya sendiri.',
    "Supervisors assign and reassign cases in their unit, approve permit decisions and external training evidence, and see the unit's metrics. Only for their own unit.",
  ),
  official: msg(
    'Pimpinan (kantor wali kota, inspektorat, BKPSDM) membaca dasbor dan data seluruh kota: kepatuhan SLA, IKM, tunggakan, kepatuhan 20 JP, peringkat insentif. Tidak mengubah kasus.',
    "Officials (mayor's office, inspectorate, BKPSDM) read city-wide dashboards and data: SLA compliance, IKM, backlog, 20 JP compliance, incentive rankings. They change no cases.",
  ),
  admin: msg(
    'Administrator mengelola unit kerja, akun dan peran pegawai, katalog layanan beserta SLA, kalender hari libur, dan membaca log audit. Berikan hanya kepada sedikit orang.',
    'Administrators manage units, staff accounts and roles, the service catalogue and its SLAs, the holiday calendar, and read the audit log. Give it to few people.',
  ),
  course_author: msg(
    'Penyusun kursus membuat dan memperbarui kursus pelatihan, kuis dan materi, serta melihat dampak pelatihan.',
    'Course authors create and update training courses, quizzes and materials, and see training impact.',
  ),
};

export function RolesPage(p: {
  lang: Lang;
  holders: Map<string, { id: number; name: string; unitCode: string; active: boolean }[]>;
}) {
  const t = translator(p.lang);
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/peran"
      title={t('Peran', 'Roles')}
      lead={t(
        'Peran diberikan pada formulir pegawai. Satu akun boleh memiliki beberapa peran.',
        'Roles are given on the staff form. One account may hold several roles.',
      )}
    >
      {ROLES.map((r) => {
        const list = p.holders.get(r) ?? [];
        return (
          <section aria-labelledby={`h-${r}`} class="card">
            <h2 id={`h-${r}`}>
              {pick(ROLE_LABELS[r], p.lang)} <code>{r}</code>
            </h2>
            <p>{pick(ROLE_EXPLANATIONS[r], p.lang)}</p>
            <h3>{t(`Pemegang peran (${list.length})`, `Holders (${list.length})`)}</h3>
            {list.length ? (
              <ul>
                {list.map((s) => (
                  <li>
                    <a href={`/admin/pegawai/${s.id}`}>{s.name}</a> — {s.unitCode}
                    {s.active ? null : <span class="badge warn">{t(' nonaktif', ' inactive')}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t('Belum ada.', 'Nobody yet.')}</p>
            )}
          </section>
        );
      })}
    </AdminPage>
  );
}
