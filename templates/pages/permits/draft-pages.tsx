// A permit draft: the page after it is first saved (its private link and key, shown this once),
// and the page that asks for the key before the draft opens (the link's key, in the address's
// fragment, is sent by tracking.js like the tracking page's).
import { pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { assetUrl } from '../../_partials/assets';
import { CsrfField, TextField } from '../../_partials/form-fields';

export function DraftSavedPage(p: { lang: Lang; typeName: Msg; link: string; accessKey: string }) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow" id="draf-tersimpan">
      <meta name="referrer" content="no-referrer" />
      <div class="success-box" role="status">
        <h1>{t('Draf tersimpan', 'Draft saved')}</h1>
        <p>{pick(p.typeName, p.lang)}</p>
      </div>
      <p>
        {t('Kunci akses draf', 'Draft access key')}: <code data-access-key>{p.accessKey}</code>
      </p>
      <p class="notice" role="alert">
        <strong>{t('Simpan tautan ini sekarang.', 'Keep this link now.')}</strong>{' '}
        {t(
          'Kunci hanya ditampilkan sekali ini. Dengan tautan ini Anda melanjutkan draf, melengkapi dokumen dan mengirim permohonan dalam 30 hari.',
          'The key is shown only now. With this link you go on with the draft, add documents and send the application within 30 days.',
        )}
      </p>
      <p>
        <a class="button primary" href={p.link} rel="noreferrer" data-draft-link>
          {t('Lanjutkan draf', 'Go on with the draft')}
        </a>
      </p>
      <p class="muted">
        <code>{p.link}</code>
      </p>
    </div>
  );
}

export function DraftKeyPage(p: { lang: Lang; csrfToken: string; nonce?: string | undefined; action: string; problem?: Msg | undefined }) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow" id="draf-kunci">
      <h1>{t('Draf permohonan izin', 'Permit application draft')}</h1>
      <form method="post" action={p.action} class="stacked" data-key-exchange>
        <CsrfField token={p.csrfToken} />
        <TextField lang={p.lang} name="kunci" label={t('Kunci akses draf', 'Draft access key')} required error={p.problem} autocomplete="off" />
        <p class="notice" data-key-problem hidden>
          {t('Kunci dari tautan tidak dapat dipakai. Periksa tautannya, atau tempel kuncinya di sini.', 'The key from the link cannot be used. Check the link, or paste the key here.')}
        </p>
        <button type="submit" class="primary">
          {t('Buka draf', 'Open the draft')}
        </button>
      </form>
      <script src={assetUrl('tracking.js')} nonce={p.nonce} defer></script>
    </div>
  );
}
