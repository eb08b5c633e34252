import { translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { CsrfField, ErrorSummary, TextField, type Errors } from '../../_partials/form-fields';

export function TrackFormPage(p: { lang: Lang; csrfToken: string; code?: string; errors?: Errors; problem?: Msg }) {
  const t = translator(p.lang);
  const errors = p.errors ?? {};
  return (
    <div class="wrap narrow" id="lacak">
      <h1>{t('Lacak pengaduan', 'Track a complaint')}</h1>
      <p class="lead">
        {t(
          'Masukkan kode pelacakan untuk melihat status dan riwayat publik. Tambahkan kunci akses untuk melihat balasan, menambah informasi, dan memberi penilaian.',
          'Enter the tracking code to see the status and the public history. Add the access key to see replies, add information and rate the service.',
        )}
      </p>
      <ErrorSummary lang={p.lang} errors={errors} message={p.problem} />
      <form method="post" action="/lacak" class="stacked">
        <CsrfField token={p.csrfToken} />
        <TextField
          lang={p.lang}
          name="kode"
          label={t('Kode pelacakan', 'Tracking code')}
          required
          value={p.code ?? ''}
          autocomplete="off"
          hint={t('mis. ADU-7K3M-9QX2-H4PB', 'e.g. ADU-7K3M-9QX2-H4PB')}
          error={errors['kode']}
        />
        <TextField
          lang={p.lang}
          name="kunci"
          type="password"
          label={t('Kunci akses', 'Access key')}
          autocomplete="off"
          hint={t('Ada pada tautan pribadi yang Anda terima saat mengirim pengaduan.', 'It is in the private link you received when you sent the complaint.')}
          error={errors['kunci']}
        />
        <p class="actions">
          <button type="submit" class="primary">
            {t('Lacak', 'Track')}
          </button>
        </p>
      </form>
    </div>
  );
}
