// The page after a case is made, for every kind: the tracking code, the deadlines, the access key
// and the private link with the key in its fragment, with copy, print and a receipt to save
// (issue 13.2); and what the same address says once the key may no longer be shown.
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../src/platform/i18n/lang';

/** What differs between kinds: the words. */
export interface CaseCreatedWords {
  /** "Pengaduan terkirim" */
  heading: Msg;
  /** "Tautan pribadi pengaduan saya" */
  privateLink: Msg;
  /** "Tanggapan pertama paling lambat" */
  firstDue: Msg;
  /** "Target penyelesaian" */
  finalDue: Msg;
  /** "ada pengaduan ganda" in "no duplicate … was created" */
  duplicate: Msg;
}

export interface CaseCreatedProps {
  lang: Lang;
  words: CaseCreatedWords;
  trackingCode: string;
  accessKey: string;
  /** the private link: /lacak/{code}#kunci={key}, the key in the fragment (absolute when a base URL is known) */
  link: string;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  /** the confirmation mail: queued, no e-mail given, or refused (too many to that address today) */
  mail: 'queued' | 'none' | 'limited';
  /** a repeated submission of the same form */
  replay: boolean;
  unitName: string;
  /** how long the result page keeps the key, and the receipt files */
  receipt: { minutes: number; txtHref: string; pdfHref: string };
}

export function CaseCreatedPage(p: CaseCreatedProps) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow" id="pengaduan-terkirim">
      <meta name="referrer" content="no-referrer" />
      <div class="success-box" role="status">
        <h1>{pick(p.words.heading, p.lang)}</h1>
        {p.replay ? (
          <p>
            {t(
              `Formulir ini sudah pernah dikirim; tidak ${p.words.duplicate.id} yang dibuat. Berikut datanya.`,
              `This form had already been sent; no ${p.words.duplicate.en} was created. Here are the details.`,
            )}
          </p>
        ) : null}
        <p>
          {t('Ditangani oleh', 'Handled by')} <strong>{p.unitName}</strong>.
        </p>
      </div>
      <dl class="facts facts-wide">
        <div>
          <dt>{t('Kode pelacakan', 'Tracking code')}</dt>
          <dd>
            <strong class="tracking-code" data-tracking-code>
              {p.trackingCode}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{pick(p.words.firstDue, p.lang)}</dt>
          <dd>{formatDateTime(p.firstResponseDueAt, p.lang)}</dd>
        </div>
        <div>
          <dt>{pick(p.words.finalDue, p.lang)}</dt>
          <dd>{formatDateTime(p.resolutionDueAt, p.lang)}</dd>
        </div>
      </dl>
      <p>
        {t('Kunci akses', 'Access key')}:{' '}
        <code class="access-key" id="kunci-akses" data-access-key>
          {p.accessKey}
        </code>{' '}
        <CopyButton lang={p.lang} target="#kunci-akses" />
      </p>
      <p class="notice" role="alert">
        <strong>{t('Simpan tautan ini sekarang.', 'Keep this link now.')}</strong>{' '}
        {t(
          `Kunci akses hanya ditampilkan di halaman ini, di perangkat ini, selama ${p.receipt.minutes} menit, dan dikirim lewat e-mail hanya jika Anda memberikan alamat e-mail. Kunci tidak dapat dipulihkan. Dengan tautan ini Anda melihat balasan petugas, menambah informasi, dan memberi penilaian. Jangan bagikan kepada orang lain.`,
          `The access key is shown only on this page, on this device, for ${p.receipt.minutes} minutes, and e-mailed only if you gave an e-mail address. It cannot be recovered. With this link you see the replies, add information and rate the service. Do not share it.`,
        )}
      </p>
      <p>
        <a class="button primary" href={p.link} rel="noreferrer" data-private-link>
          {pick(p.words.privateLink, p.lang)}
        </a>
      </p>
      <p class="muted private-link-text">
        <code id="tautan-pribadi">{p.link}</code> <CopyButton lang={p.lang} target="#tautan-pribadi" />
      </p>
      <div class="actions receipt-actions">
        <a class="button" href={p.receipt.txtHref} download data-receipt-txt>
          {t('Simpan tanda terima (teks)', 'Save the receipt (text)')}
        </a>
        <a class="button" href={p.receipt.pdfHref} download data-receipt-pdf>
          {t('Simpan tanda terima (PDF)', 'Save the receipt (PDF)')}
        </a>
        <button type="button" class="button" data-print hidden>
          {t('Cetak', 'Print')}
        </button>
      </div>
      {p.mail === 'queued' ? (
        <p>{t('Tautan yang sama juga dikirim ke e-mail Anda.', 'The same link was also sent to your e-mail.')}</p>
      ) : p.mail === 'limited' ? (
        <p class="notice" data-mail-limited>
          {t(
            'Tautan ini tidak dikirim ke e-mail Anda, karena hari ini sudah terlalu banyak e-mail yang dikirim ke alamat tersebut. Catat tautan di atas atau simpan sebagai penanda.',
            'This link was not sent to your e-mail, because too many e-mails have already been sent to that address today. Write the link above down or bookmark it.',
          )}
        </p>
      ) : (
        <p>
          {t(
            'Anda tidak memberikan e-mail, jadi tautan ini tidak dikirim ke mana pun: catat atau simpan sebagai penanda.',
            'You gave no e-mail address, so this link was not sent anywhere: write it down or bookmark it.',
          )}
        </p>
      )}
      <PublicStatusLink lang={p.lang} trackingCode={p.trackingCode} />
    </div>
  );
}

/** Where anyone can follow the case without the key. */
function PublicStatusLink(p: { lang: Lang; trackingCode: string }) {
  const t = translator(p.lang);
  return (
    <p>
      {t('Siapa pun dapat melihat status dengan kode pelacakan di', 'Anyone can see the status with the tracking code at')}{' '}
      <a href={`/lacak/${p.trackingCode}`}>/lacak/{p.trackingCode}</a>.
    </p>
  );
}

/** Copies the text of `target` (progressive enhancement: hidden until pelita.js shows it). */
function CopyButton(p: { lang: Lang; target: string }) {
  const t = translator(p.lang);
  return (
    <button type="button" class="button small copy-button" data-copy={p.target} data-copied={t('Tersalin', 'Copied')} hidden>
      {t('Salin', 'Copy')}
    </button>
  );
}

/**
 * The result page's address once it no longer shows the key (its time is up, or another browser
 * opened it): the key was shown, where it can be found again, and the public status.
 */
export function CaseReceiptGonePage(p: { lang: Lang; words: CaseCreatedWords; trackingCode: string; minutes: number }) {
  const t = translator(p.lang);
  return (
    <div class="wrap narrow" id="pengaduan-terkirim">
      <meta name="referrer" content="no-referrer" />
      <h1>{pick(p.words.heading, p.lang)}</h1>
      <p data-receipt-gone>
        {t(
          `Kunci akses sudah ditampilkan di halaman ini setelah pengiriman, selama ${p.minutes} menit dan hanya di perangkat yang mengirimnya; halaman ini tidak lagi menampilkannya.`,
          `The access key was shown on this page after sending, for ${p.minutes} minutes and only on the device that sent it; this page no longer shows it.`,
        )}
      </p>
      <p>
        {t(
          'Jika Anda memberikan alamat e-mail, tautan pribadi dengan kunci ada di e-mail konfirmasi dari Pelita. Jika Anda menyimpan tanda terima, kunci juga tercantum di sana.',
          'If you gave an e-mail address, the private link with the key is in the confirmation e-mail from Pelita. If you saved the receipt, the key is in it too.',
        )}
      </p>
      <PublicStatusLink lang={p.lang} trackingCode={p.trackingCode} />
    </div>
  );
}
