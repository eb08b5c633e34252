// The admin's view of mail that is not leaving: the counts, whether a channel is configured, and
// each failing or dead message with its last error and, for a dead letter, retry and discard.
import { formatDateTime, translator, type Lang } from '../../../src/platform/i18n/lang';
import { AdminPage, Notice } from '../../_partials/admin-ui';
import { CsrfField } from '../../_partials/form-fields';

export interface MailRow {
  id: number;
  to: string;
  subject: string;
  kind: string;
  createdAt: Date;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  deadAt: Date | null;
}

export function MailPage(p: {
  lang: Lang;
  csrf: string;
  rows: readonly MailRow[];
  counts: { waiting: number; dead: number };
  channels: readonly string[];
  notice: string | null;
}) {
  const t = translator(p.lang);
  return (
    <AdminPage
      lang={p.lang}
      current="/admin/surat"
      title={t('Surat keluar', 'Outgoing mail')}
      lead={t(
        'Surat yang gagal terkirim dicoba lagi dengan jeda yang makin panjang; setelah 8 kali gagal, penolakan tetap, atau 3 hari tertunda, surat menjadi surat gagal. Isi surat tidak ditampilkan.',
        'Mail that fails is tried again with growing pauses; after 8 failures, a permanent refusal, or 3 days waiting, it becomes a dead letter. Message bodies are not shown.',
      )}
    >
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      {p.channels.length ? (
        <p>
          {t('Saluran pengiriman', 'Delivery channel')}: <code>{p.channels.join(', ')}</code>
        </p>
      ) : (
        <div class="notice" role="alert">
          {t(
            'Pengiriman surat belum dikonfigurasi: semua surat tetap antre dan tidak ada yang terkirim. Lihat README (SMTP_URL atau binding EMAIL).',
            'Mail delivery is not configured: every message stays queued and none is sent. See the README (SMTP_URL or the EMAIL binding).',
          )}
        </div>
      )}
      <p class="muted">
        {t(`${p.counts.waiting} surat menunggu dikirim; ${p.counts.dead} surat gagal.`, `${p.counts.waiting} messages waiting to be sent; ${p.counts.dead} dead letters.`)}
      </p>
      {p.rows.length ? (
        <div class="table-scroll">
          <table class="data outbox-failures">
            <thead>
              <tr>
                <th scope="col">{t('Dibuat (WIB)', 'Made (WIB)')}</th>
                <th scope="col">{t('Kepada', 'To')}</th>
                <th scope="col">{t('Perihal', 'Subject')}</th>
                <th scope="col">{t('Keadaan', 'State')}</th>
                <th scope="col">{t('Galat terakhir', 'Last error')}</th>
                <th scope="col">{t('Tindakan', 'Actions')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr>
                  <td data-label={t('Dibuat (WIB)', 'Made (WIB)')}>
                    <time datetime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, p.lang)}</time>
                  </td>
                  <td data-label={t('Kepada', 'To')} class="break">{r.to}</td>
                  <td data-label={t('Perihal', 'Subject')}>
                    {r.subject} <span class="muted">({r.kind})</span>
                  </td>
                  <td data-label={t('Keadaan', 'State')}>
                    {r.deadAt
                      ? t(`Gagal (${r.attempts} percobaan)`, `Dead (${r.attempts} attempts)`)
                      : t(`Dicoba lagi (${r.attempts} percobaan)`, `Retrying (${r.attempts} attempts)`)}
                    {!r.deadAt && r.nextAttemptAt ? (
                      <>
                        <br />
                        {t('berikutnya', 'next')} <time datetime={r.nextAttemptAt.toISOString()}>{formatDateTime(r.nextAttemptAt, p.lang)}</time>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t('Galat terakhir', 'Last error')} class="break">{r.lastError ?? '—'}</td>
                  <td data-label={t('Tindakan', 'Actions')}>
                    {r.deadAt ? (
                      <div class="actions">
                        <form method="post" action={`/admin/surat/${r.id}/kirim-ulang`}>
                          <CsrfField token={p.csrf} />
                          <button type="submit">{t('Kirim ulang', 'Send again')}</button>
                        </form>
                        <form method="post" action={`/admin/surat/${r.id}/buang`}>
                          <CsrfField token={p.csrf} />
                          <button type="submit" class="danger">
                            {t('Buang', 'Discard')}
                          </button>
                        </form>
                      </div>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t('Tidak ada surat yang gagal.', 'No failing mail.')}</p>
      )}
    </AdminPage>
  );
}
