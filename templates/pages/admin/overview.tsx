import { translator, type Lang } from '../../../src/platform/i18n/lang';
import { AdminPage } from '../../_partials/admin-ui';

export interface AdminCounts {
  unitsActive: number;
  unitsTotal: number;
  staffActive: number;
  staffTotal: number;
  staffMustChange: number;
  complaintCategories: number;
  permitTypes: number;
  servicesInactive: number;
  holidaysThisYear: number;
  holidaysNextYear: number;
  year: number;
  auditLast7Days: number;
}

/**
 * A year with no holidays entered: the SLA clock then counts every holiday and cuti bersama as a
 * working day, so deadlines fall on days the offices are closed. The SKB 3 Menteri for a year is
 * published the year before; next year's warning asks for it before the first deadline needs it.
 */
function CalendarWarning(p: { lang: Lang; year: number; current: boolean }) {
  const t = translator(p.lang);
  return (
    <p class="notice" data-calendar-warning={String(p.year)}>
      <strong>{t('Peringatan:', 'Warning:')}</strong>{' '}
      {p.current
        ? t(
            `Kalender libur ${p.year} belum diisi: tenggat SLA sekarang menghitung hari libur nasional dan cuti bersama sebagai hari kerja.`,
            `The ${p.year} holiday calendar is empty: SLA deadlines now count national holidays and collective leave days as working days.`,
          )
        : t(
            `Kalender libur ${p.year} belum diisi: tenggat SLA akan menghitung hari libur sebagai hari kerja.`,
            `The ${p.year} holiday calendar is empty: SLA deadlines will count holidays as working days.`,
          )}{' '}
      {t(
        `Masukkan libur nasional dan cuti bersama ${p.year} menurut SKB 3 Menteri.`,
        `Enter the ${p.year} national holidays and collective leave days from the joint ministerial decree (SKB 3 Menteri).`,
      )}{' '}
      <a href={`/admin/libur?tahun=${p.year}`}>{t(`Isi kalender ${p.year}`, `Fill in the ${p.year} calendar`)}</a>
    </p>
  );
}

export function AdminOverviewPage(p: { lang: Lang; counts: AdminCounts }) {
  const t = translator(p.lang);
  const c = p.counts;
  const cards = [
    {
      href: '/admin/unit',
      title: t('Unit kerja', 'Units'),
      text: t(`${c.unitsActive} aktif dari ${c.unitsTotal} unit.`, `${c.unitsActive} active of ${c.unitsTotal} units.`),
    },
    {
      href: '/admin/pegawai',
      title: t('Pegawai', 'Staff'),
      text: t(
        `${c.staffActive} akun aktif dari ${c.staffTotal}; ${c.staffMustChange} masih memakai kata sandi sementara.`,
        `${c.staffActive} active accounts of ${c.staffTotal}; ${c.staffMustChange} still on a temporary password.`,
      ),
    },
    {
      href: '/admin/peran',
      title: t('Peran', 'Roles'),
      text: t('Apa yang boleh dilakukan setiap peran, dan siapa pemegangnya.', 'What each role may do, and who holds it.'),
    },
    {
      href: '/admin/layanan',
      title: t('Katalog layanan', 'Service catalogue'),
      text: t(
        `${c.complaintCategories} kategori pengaduan, ${c.permitTypes} jenis izin (${c.servicesInactive} nonaktif).`,
        `${c.complaintCategories} complaint categories, ${c.permitTypes} permit types (${c.servicesInactive} inactive).`,
      ),
    },
    {
      href: '/admin/libur',
      title: t('Hari libur', 'Holidays'),
      text: t(`${c.holidaysThisYear} hari libur dan cuti bersama pada ${c.year}.`, `${c.holidaysThisYear} holidays and leave days in ${c.year}.`),
    },
    {
      href: '/admin/pengaturan',
      title: t('Pengaturan', 'Settings'),
      text: t('Batas waktu jawaban pelapor atas permintaan informasi.', 'How long citizens have to answer a request for information.'),
    },
    {
      href: '/admin/audit',
      title: t('Log audit', 'Audit log'),
      text: t(`${c.auditLast7Days} entri dalam 7 hari terakhir.`, `${c.auditLast7Days} entries in the last 7 days.`),
    },
  ];
  return (
    <AdminPage
      lang={p.lang}
      current="/admin"
      title={t('Administrasi', 'Administration')}
      lead={t('Data dasar Pelita: unit, akun, layanan dan kalender kerja.', "Pelita's base data: units, accounts, services and the working calendar.")}
    >
      {c.holidaysThisYear === 0 ? <CalendarWarning lang={p.lang} year={c.year} current={true} /> : null}
      {c.holidaysNextYear === 0 ? <CalendarWarning lang={p.lang} year={c.year + 1} current={false} /> : null}
      <ul class="card-grid">
        {cards.map((x) => (
          <li class="card">
            <h2>
              <a href={x.href}>{x.title}</a>
            </h2>
            <p>{x.text}</p>
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
