// The demo mailbox: every mail the portal sent in demo mode, as its recipient reads it.
import { formatDateTime, translator, type Lang } from '../../src/platform/i18n/lang';

export interface CaughtMail {
  id: number;
  to: string;
  subject: string;
  body: string;
  sentAt: Date;
}

export function DemoMailboxPage(p: { lang: Lang; mails: readonly CaughtMail[] }) {
  const t = translator(p.lang);
  return (
    <div class="wrap demo-mailbox">
      <h1>{t('Kotak surat demo', 'Demo mailbox')}</h1>
      <p class="notice">
        {t(
          'Mode demo: surel tidak dikirim ke luar. Setiap surel yang akan diterima warga atau petugas muncul di sini, termasuk tautan pribadi. Halaman ini tidak ada di luar mode demo.',
          'Demo mode: no mail leaves the server. Every mail a citizen or officer would receive appears here, private links included. This page does not exist outside demo mode.',
        )}
      </p>
      {p.mails.length ? (
        <ol class="link-list mails">
          {p.mails.map((m) => (
            <li>
              <article class="card" id={`surat-${m.id}`}>
                <h2>{m.subject}</h2>
                <p class="muted">
                  {t('Kepada', 'To')}: <span class="break">{m.to}</span> · <time datetime={m.sentAt.toISOString()}>{formatDateTime(m.sentAt, p.lang)}</time>
                </p>
                <pre class="mail-body">{m.body}</pre>
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t('Belum ada surel.', 'No mail yet.')}</p>
      )}
    </div>
  );
}
