import type { Participant, SessionRow, SessionView } from '../../../src/domain/training/views';
import { formatDateTime, pick, translator, type Lang, type Msg } from '../../../src/platform/i18n/lang';
import { SuccessBox, notDoneTitle } from './shared';
import { CsrfField, ErrorSummary } from '../../_partials/form-fields';

/** The sessions block of a course page: date, place, seats, waiting list and one's own status. */
export function SessionList(p: { lang: Lang; csrf: string; sessions: SessionView[]; enrolled: boolean; now: Date }) {
  const t = translator(p.lang);
  if (!p.sessions.length) return null;
  return (
    <section aria-labelledby="h-sesi">
      <h2 id="h-sesi">{t('Sesi tatap muka', 'Classroom sessions')}</h2>
      <ul class="session-list">
        {p.sessions.map((s) => {
          const started = p.now.getTime() >= s.startsAt.getTime();
          const full = s.registered >= s.capacity;
          return (
            <li class="card">
              <p>
                <strong>{s.title}</strong>
                <br />
                {formatDateTime(s.startsAt, p.lang)} – {formatDateTime(s.endsAt, p.lang)}
                <br />
                {s.place} · {s.jp} JP
              </p>
              <p class="muted">
                {t(`Kursi terisi ${s.registered} dari ${s.capacity}`, `${s.registered} of ${s.capacity} seats taken`)}
                {s.waitlisted ? t(`, daftar tunggu ${s.waitlisted}`, `, ${s.waitlisted} waiting`) : ''}
              </p>
              {s.mine ? (
                <>
                  <p>
                    {s.mine.attendedAt ? (
                      <span class="badge ok">{t('Hadir', 'Attended')}</span>
                    ) : s.mine.status === 'registered' ? (
                      <span class="badge ok">{t('Terdaftar', 'Registered')}</span>
                    ) : (
                      <span class="badge warn">{t(`Daftar tunggu no. ${s.mine.position}`, `Waiting list no. ${s.mine.position}`)}</span>
                    )}
                  </p>
                  {!started ? (
                    <form method="post" action={`/pelatihan/sesi/${s.id}/batal`}>
                      <CsrfField token={p.csrf} />
                      <button type="submit" class="link-button">{t('Batalkan pendaftaran', 'Cancel registration')}</button>
                    </form>
                  ) : null}
                </>
              ) : p.enrolled && !started ? (
                <form method="post" action={`/pelatihan/sesi/${s.id}/daftar`}>
                  <CsrfField token={p.csrf} />
                  <button type="submit" class="button">{full ? t('Masuk daftar tunggu', 'Join the waiting list') : t('Daftar sesi ini', 'Register for this session')}</button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function AttendancePage(p: {
  lang: Lang;
  csrf: string;
  session: SessionRow;
  courseTitle: Msg;
  courseCode: string;
  people: Participant[];
  started: boolean;
  error?: Msg | null;
  fields?: Record<string, Msg>;
  notice?: Msg | null;
}) {
  const t = translator(p.lang);
  const registered = p.people.filter((x) => x.status === 'registered');
  const waiting = p.people.filter((x) => x.status === 'waitlisted');
  const err = p.fields?.['hadir'];
  return (
    <div class="wrap narrow attendance-page">
      <p class="muted">
        <a href="/pelatihan/fasilitator">{t('Sesi yang saya fasilitasi', 'Sessions I facilitate')}</a> ›{' '}
        <a href={`/pelatihan/kursus/${encodeURIComponent(p.courseCode)}`}>{pick(p.courseTitle, p.lang)}</a>
      </p>
      <h1>{t('Presensi', 'Attendance')}: {p.session.title}</h1>
      <p>
        {formatDateTime(p.session.startsAt, p.lang)} · {p.session.place} · {p.session.jp} JP ·{' '}
        {t(`${registered.length} dari ${p.session.capacity} kursi`, `${registered.length} of ${p.session.capacity} seats`)}
      </p>
      <ErrorSummary lang={p.lang} message={p.error ?? null} errors={p.fields} idPrefix="" title={notDoneTitle(p.lang)} />
      <SuccessBox lang={p.lang} message={p.notice ?? null} />
      {registered.length ? (
        <form method="post" action={`/pelatihan/sesi/${p.session.id}/presensi`} class="stacked">
          <CsrfField token={p.csrf} />
          <fieldset class="field" id="hadir">
            <legend>{t('Tandai peserta yang hadir', 'Mark the participants present')}</legend>
            {err ? <span class="field-error">{pick(err, p.lang)}</span> : null}
            {registered.map((x) => (
              <label class="option">
                <input type="checkbox" name="hadir" value={String(x.staffId)} checked={!!x.attendedAt} disabled={!!x.attendedAt} /> {x.name}{' '}
                <span class="muted">NIP {x.nip}</span> {x.attendedAt ? <span class="badge ok">{t('hadir', 'present')}</span> : null}
              </label>
            ))}
          </fieldset>
          {p.started ? (
            <p class="actions">
              <button type="submit" class="button primary">{t('Simpan presensi', 'Save attendance')}</button>
            </p>
          ) : (
            <p class="notice">{t('Presensi dapat diisi setelah sesi dimulai.', 'Attendance can be taken once the session has started.')}</p>
          )}
        </form>
      ) : (
        <p class="muted">{t('Belum ada peserta terdaftar.', 'No registered participants yet.')}</p>
      )}
      {waiting.length ? (
        <section aria-labelledby="h-tunggu">
          <h2 id="h-tunggu">{t('Daftar tunggu', 'Waiting list')}</h2>
          <ol>
            {waiting.map((x) => (
              <li>
                {x.name} <span class="muted">NIP {x.nip}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

export function FacilitatorPage(p: {
  lang: Lang;
  rows: { session: SessionRow; courseCode: string; courseTitleId: string; courseTitleEn: string }[];
}) {
  const t = translator(p.lang);
  return (
    <div class="wrap">
      <h1>{t('Sesi yang saya fasilitasi', 'Sessions I facilitate')}</h1>
      {p.rows.length ? (
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('Waktu', 'When')}</th>
              <th scope="col">{t('Sesi', 'Session')}</th>
              <th scope="col">{t('Kursus', 'Course')}</th>
              <th scope="col">{t('Tempat', 'Place')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <td data-label={t('Waktu', 'When')}>{formatDateTime(r.session.startsAt, p.lang)}</td>
                <td data-label={t('Sesi', 'Session')}>
                  <a href={`/pelatihan/sesi/${r.session.id}/presensi`}>{r.session.title}</a>
                  {r.session.cancelledAt ? <> <span class="badge overdue">{t('batal', 'cancelled')}</span></> : null}
                </td>
                <td data-label={t('Kursus', 'Course')}>{p.lang === 'en' ? r.courseTitleEn : r.courseTitleId}</td>
                <td data-label={t('Tempat', 'Place')}>{r.session.place}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t('Anda belum ditugaskan sebagai fasilitator sesi mana pun.', 'You are not the facilitator of any session.')}</p>
      )}
    </div>
  );
}
