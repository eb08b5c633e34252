import { HOLIDAY_KIND_LABELS, HOLIDAY_KINDS } from '../../../src/domain/admin/vocabulary';
import type { HolidayView } from '../../../src/domain/admin/views';
import { formatLocalDate, msg, pick, translator, type Lang } from '../../../src/platform/i18n/lang';
import { ActionForm, AdminPage, Notice, SelectField, TextField } from '../../_partials/admin-ui';
import { CsrfField, ErrorSummary, type Errors, type FormValues } from '../../_partials/form-fields';

export const HOLIDAY_LABELS = {
  date: msg('Tanggal', 'Date'),
  name: msg('Nama hari libur', 'Holiday name'),
  kind: msg('Jenis', 'Kind'),
};

const kindText = (k: string, lang: Lang) => (k in HOLIDAY_KIND_LABELS ? pick(HOLIDAY_KIND_LABELS[k as keyof typeof HOLIDAY_KIND_LABELS], lang) : k);

export function HolidayListPage(p: { lang: Lang; csrf: string; year: number; years: number[]; rows: HolidayView[]; notice?: string | null }) {
  const t = translator(p.lang);
  const years = [...new Set([...p.years, p.year, p.year + 1])].sort((a, b) => a - b);
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/libur"
      title={t(`Hari libur ${p.year}`, `Holidays ${p.year}`)}
      lead={t(
        'Hari kerja untuk SLA adalah Senin–Jumat dikurangi hari libur nasional dan cuti bersama di bawah ini. Cocokkan setiap tahun dengan SKB tiga menteri terbaru.',
        'SLA working days are Monday–Friday minus the national holidays and collective leave days below. Check them every year against the latest joint ministerial decree (SKB).',
      )}
    >
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <nav aria-label={t('Tahun', 'Year')} class="breadcrumb">
        {years.map((y) =>
          y === p.year ? (
            <strong aria-current="page">{y} </strong>
          ) : (
            <>
              <a href={`/admin/libur?tahun=${y}`}>{y}</a>{' '}
            </>
          ),
        )}
      </nav>
      <p class="actions">
        <a class="button primary" href="/admin/libur/baru">
          {t('Tambah hari libur', 'Add a holiday')}
        </a>
      </p>
      {p.rows.length ? (
        <div class="table-scroll">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('Tanggal', 'Date')}</th>
                <th scope="col">{t('Nama', 'Name')}</th>
                <th scope="col">{t('Jenis', 'Kind')}</th>
                <th scope="col">{t('Tindakan', 'Actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((h) => (
                <tr>
                  <td data-label={t('Tanggal', 'Date')}>
                    <time datetime={h.date}>{formatLocalDate(h.date, p.lang)}</time>
                  </td>
                  <td data-label={t('Nama', 'Name')}>{h.name}</td>
                  <td data-label={t('Jenis', 'Kind')}>{kindText(h.kind, p.lang)}</td>
                  <td data-label={t('Tindakan', 'Actions')}>
                    <a href={`/admin/libur/${h.date}`}>{t('Ubah', 'Edit')}</a>{' '}
                    <ActionForm action={`/admin/libur/${h.date}/hapus`} csrf={p.csrf} label={t('Hapus', 'Delete')} danger />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t('Belum ada hari libur untuk tahun ini.', 'No holidays for this year yet.')}</p>
      )}
    </AdminPage>
  );
}

export function HolidayFormPage(p: { lang: Lang; csrf: string; date: string | null; values: FormValues; errors: Errors }) {
  const t = translator(p.lang);
  const f = { lang: p.lang, values: p.values, errors: p.errors };
  return (
    <AdminPage lang={p.lang} current="/admin/libur" title={p.date ? t('Ubah hari libur', 'Edit holiday') : t('Tambah hari libur', 'Add a holiday')}>
      <ErrorSummary lang={p.lang} errors={p.errors} labels={HOLIDAY_LABELS} />
      <form method="post" action={p.date ? `/admin/libur/${p.date}` : '/admin/libur/baru'} class="stacked" novalidate>
        <CsrfField token={p.csrf} />
        <TextField {...f} name="date" type="date" label={HOLIDAY_LABELS.date} required hint={msg('Format TTTT-BB-HH.', 'Format YYYY-MM-DD.')} />
        <TextField {...f} name="name" label={HOLIDAY_LABELS.name} required maxlength={160} />
        <SelectField
          {...f}
          name="kind"
          label={HOLIDAY_LABELS.kind}
          required
          blank={msg('— pilih —', '— choose —')}
          options={HOLIDAY_KINDS.map((k) => ({ value: k, label: pick(HOLIDAY_KIND_LABELS[k], p.lang) }))}
        />
        <p class="actions">
          <button type="submit" class="primary">
            {t('Simpan', 'Save')}
          </button>{' '}
          <a class="button" href={`/admin/libur${p.date ? `?tahun=${p.date.slice(0, 4)}` : ''}`}>
            {t('Batal', 'Cancel')}
          </a>
        </p>
      </form>
    </AdminPage>
  );
}
