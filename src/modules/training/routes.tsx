// Staff training pages under /pelatihan: catalogue, course, lessons, quiz, certificates and the
// JP record. Every route checks the signed-in staff member on the server (requireStaff()).
import { Hono } from 'hono';
import { inArray } from 'drizzle-orm';
import { CataloguePage } from '../../../templates/pages/training/catalogue';
import { CertificatePage } from '../../../templates/pages/training/certificate';
import { CoursePage } from '../../../templates/pages/training/course';
import { LessonPage } from '../../../templates/pages/training/lesson';
import { QuizPage, QuizResultPage } from '../../../templates/pages/training/quiz';
import { RecordPage, TranscriptPage } from '../../../templates/pages/training/record';
import { AttendancePage, FacilitatorPage } from '../../../templates/pages/training/sessions';
import { ApprovalsPage, EvidencePage } from '../../../templates/pages/training/evidence';
import { AssessmentAdminPage, AssessmentFormPage, AssessmentResultPage, NeedsPage } from '../../../templates/pages/training/assessment';
import { addItem, assessmentForYear, createAssessment, publishAssessment, responseOf, submitAssessment, unitNeeds } from './assessment';
import { competencyMeans, gapsFromAssessment } from '../../domain/training/assessment';
import { jakartaYear } from '../../domain/time/jakarta';
import { assertMayDecideEvidence, decideEvidence, evidenceOf, findEvidence, mayReadEvidence, pendingEvidence, submitEvidence } from './evidence';
import { requireStaff, hasAnyRole } from '../../platform/auth/guard';
import { trainingCourses } from '../../db/schema-training';
import { COMPETENCY_LABELS, isCompetency, isMode } from '../../domain/training/competencies';
import type { AppContext, AppEnv, StaffContext } from '../../platform/http/context';
import { AppError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { pick, translator, type Msg } from '../../platform/i18n/lang';
import { certificateToken, findCertificate, verifyUrl } from './certificates';
import { completedCourseCodes, countActiveQuestions, courseProgress, listLessons, type CourseView } from './courses';
import {
  closeExpiredAttempt,
  completeLesson,
  enrol,
  findAttempt,
  findLesson,
  isPastDeadline,
  questionsForLearner,
  reviewAttempt,
  startAttempt,
  submitAttempt,
} from './learning';
import {
  cancelRegistration,
  canTakeAttendance,
  facilitatedSessions,
  findSession,
  participants,
  registerForSession,
  sessionsOfCourse,
  takeAttendance,
  type SessionRow,
} from './sessions';
import { AUTHOR_PREVIEW, isCourseAuthor } from './authors';
import { catalogueFor, courseFor, findSubject, learnerOf, loadRecord } from './common';

const NOTICES: Record<string, Msg> = {
  terdaftar: { id: 'Anda terdaftar. Selamat belajar!', en: 'You are enrolled. Happy learning!' },
  selesai: { id: 'Materi ditandai selesai.', en: 'Lesson marked as done.' },
  tuntas: { id: 'Selamat! Kursus selesai, JP tercatat dan sertifikat terbit.', en: 'Congratulations! Course completed, JP credited and certificate issued.' },
  sesi_terdaftar: { id: 'Anda terdaftar di sesi tatap muka.', en: 'You are registered for the session.' },
  sesi_tunggu: { id: 'Sesi penuh: Anda masuk daftar tunggu dan otomatis mendapat kursi bila ada yang membatalkan.', en: 'The session is full: you are on the waiting list and get a seat automatically if someone cancels.' },
  sesi_batal: { id: 'Pendaftaran sesi dibatalkan.', en: 'Session registration cancelled.' },
  bukti_terkirim: { id: 'Bukti terkirim dan menunggu keputusan atasan.', en: 'Evidence submitted; waiting for the supervisor’s decision.' },
  diputuskan: { id: 'Keputusan tersimpan.', en: 'Decision saved.' },
  asesmen: { id: 'Terima kasih. Saran kursus kini mengikuti hasil asesmen Anda.', en: 'Thank you. Course suggestions now follow your assessment.' },
  asesmen_dibuat: { id: 'Asesmen dibuat. Tambahkan pernyataan, lalu terbitkan.', en: 'Assessment created. Add statements, then publish.' },
  butir: { id: 'Pernyataan ditambahkan.', en: 'Statement added.' },
  terbit: { id: 'Asesmen terbit; ASN kini dapat mengisinya.', en: 'Assessment published; staff can now answer it.' },
  presensi: { id: 'Presensi tersimpan; JP peserta yang hadir sudah tercatat.', en: 'Attendance saved; JP of those present have been credited.' },
};

function notice(c: AppContext): Msg | null {
  return NOTICES[c.req.query('pesan') ?? ''] ?? null;
}

async function renderCourse(c: StaffContext, course: CourseView, extra: { error?: Msg | null; status?: 200 | 409 | 403 } = {}) {
  const { db, clock } = c.var.deps;
  const who = c.var.staff;
  const [lessons, progress, questionCount, done, sessions, author] = await Promise.all([
    listLessons(db, course.id),
    courseProgress(db, who.id, course.id, clock.now()),
    countActiveQuestions(db, course.id),
    completedCourseCodes(db, who.id),
    sessionsOfCourse(db, course.id, who.id),
    isCourseAuthor(db, course.id, who.id),
  ]);
  const prereqRows = course.prerequisites.length
    ? await db
        .select({ code: trainingCourses.code, titleId: trainingCourses.titleId, titleEn: trainingCourses.titleEn })
        .from(trainingCourses)
        .where(inArray(trainingCourses.code, course.prerequisites))
    : [];
  const prerequisiteTitles = course.prerequisites.map((code) => {
    const r = prereqRows.find((x) => x.code === code);
    return { code, title: r ? { id: r.titleId, en: r.titleEn } : { id: code, en: code }, done: done.has(code) };
  });
  return renderPage(
    c,
    { title: pick(course.title, c.var.lang), status: extra.status ?? 200 },
    <CoursePage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      course={course}
      lessons={lessons}
      progress={progress}
      prerequisiteTitles={prerequisiteTitles}
      questionCount={questionCount}
      sessions={sessions}
      now={clock.now()}
      error={extra.error ?? null}
      notice={extra.error ? null : notice(c)}
      authorPreview={author ? AUTHOR_PREVIEW : null}
    />,
  );
}

function parseId(s: string): number {
  const n = Number(s);
  if (!/^\d{1,12}$/.test(s) || !Number.isSafeInteger(n) || n <= 0) throw new NotFoundError();
  return n;
}

const courseBase = (code: string) => `/pelatihan/kursus/${encodeURIComponent(code)}`;

/** Who may read someone else's training record: officials and admins, city-wide. */
export const RECORD_READERS = ['official', 'admin'] as const;

async function recordFor(c: AppContext, staffId: number) {
  const { db, clock, config } = c.var.deps;
  const subject = await findSubject(db, staffId);
  if (!subject) throw new NotFoundError({ id: 'Pegawai tidak ditemukan.', en: 'Staff member not found.' });
  const rec = await loadRecord(db, subject, clock.now(), config);
  return {
    subject: { id: subject.id, name: subject.name, nip: subject.nip, unitName: c.var.lang === 'en' ? subject.unitNameEn : subject.unitName, position: subject.position },
    ...rec,
  };
}

export const trainingRoutes = new Hono<AppEnv>()
  .get('/', requireStaff({ scope: 'training:read' }), async (c) => {
    const t = translator(c.var.lang);
    const who = c.var.staff;
    const q = (c.req.query('q') ?? '').slice(0, 100);
    const kompetensi = c.req.query('kompetensi') ?? '';
    const moda = c.req.query('moda') ?? '';
    const competency = isCompetency(kompetensi) ? kompetensi : '';
    const mode = isMode(moda) ? moda : '';
    const cat = await catalogueFor(c.var.deps.db, who, c.var.deps.clock.now(), { q, competency, mode });
    const yearAssessment = await assessmentForYear(c.var.deps.db, jakartaYear(c.var.deps.clock.now()), { publishedOnly: true });
    const assessmentOpen = !!yearAssessment && !(await responseOf(c.var.deps.db, yearAssessment.assessment.id, who.id));
    const gaps = cat.gaps.filter(isCompetency).map((g) => pick(COMPETENCY_LABELS[g], c.var.lang));
    const ruleNote =
      cat.basis === 'assessment'
        ? t(`Dipilih dari hasil asesmen kebutuhan pelatihan Anda tahun ini: ${gaps.join(', ')}.`, `Chosen from your training needs assessment this year: ${gaps.join(', ')}.`)
        : t(
            `Dipilih dari kompetensi dengan JP paling sedikit tahun ini: ${gaps.join(', ')}. Isi asesmen kebutuhan pelatihan agar saran lebih tepat.`,
            `Chosen from the competencies with the fewest JP this year: ${gaps.join(', ')}. Answer the training needs assessment for better suggestions.`,
          );
    return renderPage(
      c,
      { title: t('Pelatihan', 'Training') },
      <CataloguePage lang={c.var.lang} q={q} competency={competency} mode={mode} recommended={cat.recommended} others={cat.others} ruleNote={ruleNote} facilitator={hasAnyRole(who, ['course_author', 'admin'])} approver={hasAnyRole(who, ['supervisor'])}
        assessmentOpen={assessmentOpen}
        needsReader={hasAnyRole(who, ['official', 'admin'])}
        assessmentAdmin={hasAnyRole(who, ['admin'])}
      />,
    );
  })
  .get('/saya', requireStaff({ scope: 'training:read' }), async (c) => {
    const t = translator(c.var.lang);
    const data = await recordFor(c, c.var.staff.id);
    return renderPage(c, { title: t('Catatan pelatihan saya', 'My training record') }, <RecordPage lang={c.var.lang} data={data} own />);
  })
  .get('/saya/transkrip', requireStaff({ scope: 'training:read' }), async (c) => {
    const t = translator(c.var.lang);
    const data = await recordFor(c, c.var.staff.id);
    return renderPage(c, { title: t('Transkrip pelatihan', 'Training transcript') }, <TranscriptPage lang={c.var.lang} data={data} printedAt={c.var.deps.clock.now()} />);
  })
  .get('/pegawai/:id', requireStaff({ scope: 'training:read' }), async (c) => {
    const who = c.var.staff;
    const id = parseId(c.req.param('id'));
    if (id === who.id) return c.redirect('/pelatihan/saya', 303);
    if (!hasAnyRole(who, RECORD_READERS))
      throw new ForbiddenError({ id: 'Anda hanya dapat melihat catatan pelatihan Anda sendiri.', en: 'You can only see your own training record.' });
    const data = await recordFor(c, id);
    return renderPage(c, { title: data.subject.name }, <RecordPage lang={c.var.lang} data={data} own={false} />);
  })
  .get('/pegawai/:id/transkrip', requireStaff({ scope: 'training:read' }), async (c) => {
    const who = c.var.staff;
    const id = parseId(c.req.param('id'));
    if (id === who.id) return c.redirect('/pelatihan/saya/transkrip', 303);
    if (!hasAnyRole(who, RECORD_READERS))
      throw new ForbiddenError({ id: 'Anda hanya dapat melihat catatan pelatihan Anda sendiri.', en: 'You can only see your own training record.' });
    const data = await recordFor(c, id);
    return renderPage(c, { title: data.subject.name }, <TranscriptPage lang={c.var.lang} data={data} printedAt={c.var.deps.clock.now()} />);
  })
  .get('/sertifikat/:id', requireStaff({ scope: 'training:read' }), async (c) => {
    const who = c.var.staff;
    const { db, config } = c.var.deps;
    const cert = await findCertificate(db, parseId(c.req.param('id')));
    if (!cert) throw new NotFoundError({ id: 'Sertifikat tidak ditemukan.', en: 'Certificate not found.' });
    if (cert.staffId !== who.id && !hasAnyRole(who, RECORD_READERS))
      throw new ForbiddenError({ id: 'Sertifikat ini milik pegawai lain.', en: 'This certificate belongs to another staff member.' });
    const url = verifyUrl(config, await certificateToken(config.secret, cert.id));
    return renderPage(c, { title: cert.number }, <CertificatePage lang={c.var.lang} cert={cert} verifyUrl={url} />);
  })
  .get('/kursus/:code', requireStaff({ scope: 'training:read' }), async (c) => {
    const course = await courseFor(c.var.deps.db, c.var.staff, c.req.param('code'));
    return renderCourse(c, course);
  })
  .post('/kursus/:code/daftar', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    try {
      await enrol(db, clock.now(), learnerOf(c.var.staff), course);
    } catch (e) {
      if (e instanceof AppError && (e.status === 409 || e.status === 403)) return renderCourse(c, course, { error: e.userMessage, status: e.status });
      throw e;
    }
    return c.redirect(`${courseBase(course.code)}?pesan=terdaftar`, 303);
  })
  .get('/kursus/:code/materi/:lessonId', requireStaff({ scope: 'training:read' }), async (c) => {
    const { db, clock } = c.var.deps;
    const who = c.var.staff;
    const course = await courseFor(db, who, c.req.param('code'));
    const lesson = await findLesson(db, course, parseId(c.req.param('lessonId')));
    const progress = await courseProgress(db, who.id, course.id, clock.now());
    if (!progress.enrolled)
      return renderCourse(c, course, {
        error: { id: 'Daftar dulu untuk membuka materi kursus ini.', en: 'Enrol first to open the lessons of this course.' },
        status: 409,
      });
    const lessons = await listLessons(db, course.id);
    return renderPage(
      c,
      { title: lesson.title },
      <LessonPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        course={course}
        lesson={lesson}
        lessons={lessons}
        done={progress.doneLessonIds.has(lesson.id)}
        doneCount={lessons.filter((l) => progress.doneLessonIds.has(l.id)).length}
        notice={notice(c)}
      />,
    );
  })
  .post('/kursus/:code/materi/:lessonId/selesai', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const who = c.var.staff;
    const course = await courseFor(db, who, c.req.param('code'));
    const lessonId = parseId(c.req.param('lessonId'));
    let completed: boolean;
    try {
      ({ courseCompleted: completed } = await completeLesson(db, clock.now(), learnerOf(who), course, lessonId));
    } catch (e) {
      if (e instanceof AppError && e.status === 409) return renderCourse(c, course, { error: e.userMessage, status: 409 });
      throw e;
    }
    if (completed) return c.redirect(`${courseBase(course.code)}?pesan=tuntas`, 303);
    // Resume where the learner is: the next unfinished lesson, else the course page (quiz).
    const [lessons, progress] = await Promise.all([listLessons(db, course.id), courseProgress(db, who.id, course.id, clock.now())]);
    const next = lessons.find((l) => !progress.doneLessonIds.has(l.id));
    return c.redirect(next ? `${courseBase(course.code)}/materi/${next.id}?pesan=selesai` : `${courseBase(course.code)}?pesan=selesai#h-kuis`, 303);
  })
  .post('/kursus/:code/kuis', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const course = await courseFor(db, c.var.staff, c.req.param('code'));
    try {
      const attempt = await startAttempt(db, clock.now(), learnerOf(c.var.staff), course);
      return c.redirect(`/pelatihan/kuis/${attempt.id}`, 303);
    } catch (e) {
      if (e instanceof AppError && e.status === 409) return renderCourse(c, course, { error: e.userMessage, status: 409 });
      throw e;
    }
  })
  .get('/kuis/:id', requireStaff({ scope: 'training:read' }), async (c) => {
    const { db, clock } = c.var.deps;
    const who = c.var.staff;
    const { attempt, course } = await attemptOf(c, c.req.param('id'));
    if (!attempt.submittedAt && isPastDeadline(clock.now(), attempt)) {
      await closeExpiredAttempt(db, clock.now(), learnerOf(who), course, attempt);
      return showResult(c, course, (await findAttempt(db, attempt.id, who.id))!, false);
    }
    if (attempt.submittedAt) return showResult(c, course, attempt, false);
    const questions = await questionsForLearner(db, attempt);
    return renderPage(c, { title: pick(course.title, c.var.lang) }, <QuizPage lang={c.var.lang} csrf={c.var.csrfToken} course={course} attempt={attempt} questions={questions} />);
  })
  .post('/kuis/:id', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const who = c.var.staff;
    const { attempt, course } = await attemptOf(c, c.req.param('id'));
    const body = await c.req.parseBody();
    const answers: Record<string, string> = {};
    for (const [k, v] of Object.entries(body)) if (k.startsWith('q_') && typeof v === 'string') answers[k.slice(2)] = v;
    try {
      const r = await submitAttempt(db, clock.now(), learnerOf(who), course, attempt, answers);
      return showResult(c, course, r.attempt, r.courseCompleted);
    } catch (e) {
      if (e instanceof ValidationError) {
        const questions = await questionsForLearner(db, attempt);
        return renderPage(
          c,
          { title: pick(course.title, c.var.lang), status: 422 },
          <QuizPage lang={c.var.lang} csrf={c.var.csrfToken} course={course} attempt={attempt} questions={questions} answers={answers} error={e.userMessage} fields={e.fields} />,
        );
      }
      if (e instanceof AppError && e.status === 409) {
        const fresh = (await findAttempt(db, attempt.id, who.id))!;
        return showResult(c, course, fresh, false, e.userMessage);
      }
      throw e;
    }
  })
  .post('/sesi/:id/daftar', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { session, course } = await sessionOf(c, c.req.param('id'));
    try {
      const r = await registerForSession(db, clock.now(), c.var.staff.id, session);
      return c.redirect(`${courseBase(course.code)}?pesan=${r.status === 'registered' ? 'sesi_terdaftar' : 'sesi_tunggu'}#h-sesi`, 303);
    } catch (e) {
      if (e instanceof AppError && e.status === 409) return renderCourse(c, course, { error: e.userMessage, status: 409 });
      throw e;
    }
  })
  .post('/sesi/:id/batal', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { session, course } = await sessionOf(c, c.req.param('id'));
    try {
      await cancelRegistration(db, clock.now(), c.var.staff.id, session);
    } catch (e) {
      if (e instanceof AppError && e.status === 409) return renderCourse(c, course, { error: e.userMessage, status: 409 });
      throw e;
    }
    return c.redirect(`${courseBase(course.code)}?pesan=sesi_batal#h-sesi`, 303);
  })
  .get('/fasilitator', requireStaff({ scope: 'training:read' }), async (c) => {
    const t = translator(c.var.lang);
    const rows = await facilitatedSessions(c.var.deps.db, c.var.staff);
    return renderPage(c, { title: t('Sesi yang saya fasilitasi', 'Sessions I facilitate') }, <FacilitatorPage lang={c.var.lang} rows={rows} />);
  })
  .get('/sesi/:id/presensi', requireStaff({ scope: 'training:read' }), async (c) => {
    const { session, row } = await facilitatorSession(c, c.req.param('id'));
    return renderAttendance(c, session, row, { notice: notice(c) });
  })
  .post('/sesi/:id/presensi', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { session, row } = await facilitatorSession(c, c.req.param('id'));
    const body = await c.req.parseBody({ all: true });
    const raw = body['hadir'];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v): v is string => typeof v === 'string');
    const ids = values.map((v) => (/^\d{1,12}$/.test(v) ? Number(v) : -1));
    try {
      await takeAttendance(db, clock.now(), c.var.staff, session, ids);
    } catch (e) {
      if (e instanceof ValidationError) return renderAttendance(c, session, row, { error: e.userMessage, fields: e.fields, status: 422 });
      if (e instanceof AppError && e.status === 409) return renderAttendance(c, session, row, { error: e.userMessage, status: 409 });
      throw e;
    }
    return c.redirect(`/pelatihan/sesi/${session.id}/presensi?pesan=presensi`, 303);
  })
  .get('/saya/bukti', requireStaff({ scope: 'training:read' }), async (c) => {
    const t = translator(c.var.lang);
    const items = await evidenceOf(c.var.deps.db, c.var.staff.id);
    return renderPage(c, { title: t('Bukti pembelajaran lain', 'Other learning evidence') }, <EvidencePage lang={c.var.lang} csrf={c.var.csrfToken} items={items} notice={notice(c)} />);
  })
  .post('/saya/bukti', requireStaff({ scope: 'training:write' }), async (c) => {
    const t = translator(c.var.lang);
    const { db, files, clock } = c.var.deps;
    const who = c.var.staff;
    const body = await c.req.parseBody();
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    const values = { jenis: str('jenis'), judul: str('judul'), penyelenggara: str('penyelenggara'), mulai: str('mulai'), selesai: str('selesai'), jp: str('jp') };
    const raw = body['berkas'];
    const file =
      typeof raw === 'object' && raw !== null && 'arrayBuffer' in raw && (raw as File).size > 0
        ? { name: (raw as File).name || '', bytes: new Uint8Array(await (raw as File).arrayBuffer()) }
        : null;
    try {
      await submitEvidence(db, files, clock.now(), who, { kind: values.jenis, title: values.judul, provider: values.penyelenggara, startDate: values.mulai, endDate: values.selesai, jp: values.jp }, file);
    } catch (e) {
      if (e instanceof ValidationError) {
        const items = await evidenceOf(db, who.id);
        return renderPage(
          c,
          { title: t('Bukti pembelajaran lain', 'Other learning evidence'), status: 422 },
          <EvidencePage lang={c.var.lang} csrf={c.var.csrfToken} items={items} values={values} error={e.userMessage} fields={e.fields} />,
        );
      }
      throw e;
    }
    return c.redirect('/pelatihan/saya/bukti?pesan=bukti_terkirim', 303);
  })
  .get('/bukti/:id/berkas', requireStaff({ scope: 'training:read' }), async (c) => {
    const { db, files } = c.var.deps;
    const e = await findEvidence(db, parseId(c.req.param('id')));
    if (!e) throw new NotFoundError({ id: 'Bukti tidak ditemukan.', en: 'Evidence not found.' });
    if (!mayReadEvidence(c.var.staff, e)) throw new ForbiddenError();
    const f = await files.get(e.fileKey);
    if (!f) throw new NotFoundError({ id: 'Berkas bukti tidak ditemukan.', en: 'Evidence file not found.' });
    const ascii = e.fileName.replace(/[^\x20-\x7e]/g, '_');
    c.header('Content-Type', e.fileType);
    c.header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(e.fileName)}`);
    c.header('Cache-Control', 'private, no-store');
    return c.body(f.body as ReadableStream);
  })
  .get('/persetujuan', requireStaff({ roles: ['supervisor'], scope: 'training:read' }), async (c) => {
    const t = translator(c.var.lang);
    const items = await pendingEvidence(c.var.deps.db, c.var.staff.unitId);
    return renderPage(c, { title: t('Persetujuan bukti pembelajaran', 'Learning evidence approvals') }, <ApprovalsPage lang={c.var.lang} csrf={c.var.csrfToken} items={items} notice={notice(c)} />);
  })
  .post('/bukti/:id/putusan', requireStaff({ scope: 'training:write' }), async (c) => {
    const t = translator(c.var.lang);
    const { db, clock } = c.var.deps;
    const who = c.var.staff;
    const e = await findEvidence(db, parseId(c.req.param('id')));
    if (!e) throw new NotFoundError({ id: 'Bukti tidak ditemukan.', en: 'Evidence not found.' });
    // who may decide comes before the form is judged: anyone else gets 403, never a 422
    assertMayDecideEvidence(who, e);
    const body = await c.req.parseBody();
    const keputusan = body['keputusan'];
    const alasan = typeof body['alasan'] === 'string' ? body['alasan'] : '';
    if (keputusan !== 'setujui' && keputusan !== 'tolak')
      throw new ValidationError({ keputusan: { id: 'Pilih Setujui atau Tolak.', en: 'Choose Approve or Reject.' } });
    try {
      await decideEvidence(db, clock.now(), who, e, keputusan === 'setujui' ? 'approve' : 'reject', alasan);
    } catch (err) {
      if (err instanceof ValidationError || (err instanceof AppError && err.status === 409)) {
        const items = await pendingEvidence(db, who.unitId);
        return renderPage(
          c,
          { title: t('Persetujuan bukti pembelajaran', 'Learning evidence approvals'), status: err.status === 409 ? 409 : 422 },
          <ApprovalsPage lang={c.var.lang} csrf={c.var.csrfToken} items={items} error={err.userMessage} fields={err instanceof ValidationError ? err.fields : undefined} failedId={e.id} />,
        );
      }
      throw err;
    }
    return c.redirect('/pelatihan/persetujuan?pesan=diputuskan', 303);
  })
  .get('/asesmen', requireStaff({ scope: 'training:read' }), async (c) => {
    const t = translator(c.var.lang);
    const { db, clock } = c.var.deps;
    const year = jakartaYear(clock.now());
    const a = await assessmentForYear(db, year, { publishedOnly: true });
    if (!a)
      throw new NotFoundError({ id: `Asesmen kebutuhan pelatihan tahun ${year} belum diterbitkan.`, en: `The ${year} training needs assessment has not been published yet.` });
    const r = await responseOf(db, a.assessment.id, c.var.staff.id);
    if (r) return renderAssessmentResult(c, a, r.parsed, { notice: notice(c) });
    return renderPage(c, { title: t('Asesmen kebutuhan pelatihan', 'Training needs assessment') }, <AssessmentFormPage lang={c.var.lang} csrf={c.var.csrfToken} assessment={a.assessment} items={a.items} />);
  })
  .post('/asesmen', requireStaff({ scope: 'training:write' }), async (c) => {
    const t = translator(c.var.lang);
    const { db, clock } = c.var.deps;
    const who = c.var.staff;
    const a = await assessmentForYear(db, jakartaYear(clock.now()), { publishedOnly: true });
    if (!a) throw new NotFoundError({ id: 'Asesmen kebutuhan pelatihan tahun ini belum diterbitkan.', en: "This year's training needs assessment has not been published yet." });
    const body = await c.req.parseBody();
    const form: Record<string, string> = {};
    for (const [k, v] of Object.entries(body)) if (k.startsWith('a_') && typeof v === 'string') form[k] = v;
    try {
      await submitAssessment(db, clock.now(), who, a, form);
    } catch (e) {
      if (e instanceof ValidationError)
        return renderPage(
          c,
          { title: t('Asesmen kebutuhan pelatihan', 'Training needs assessment'), status: 422 },
          <AssessmentFormPage lang={c.var.lang} csrf={c.var.csrfToken} assessment={a.assessment} items={a.items} values={form} error={e.userMessage} fields={e.fields} />,
        );
      if (e instanceof AppError && e.status === 409) {
        const r = await responseOf(db, a.assessment.id, who.id);
        return renderAssessmentResult(c, a, r?.parsed ?? {}, { error: e.userMessage, status: 409 });
      }
      throw e;
    }
    return c.redirect('/pelatihan/asesmen?pesan=asesmen', 303);
  })
  .get('/asesmen/kelola', requireStaff({ roles: ['admin'], scope: 'admin' }), async (c) => {
    return renderAssessmentAdmin(c, { notice: notice(c) });
  })
  .post('/asesmen/kelola', requireStaff({ roles: ['admin'], scope: 'admin' }), async (c) => {
    const { db, clock } = c.var.deps;
    const body = await c.req.parseBody();
    const judul = typeof body['judul'] === 'string' ? body['judul'] : '';
    try {
      await createAssessment(db, c.var.staff.id, jakartaYear(clock.now()), judul);
    } catch (e) {
      if (e instanceof AppError && (e.status === 422 || e.status === 409))
        return renderAssessmentAdmin(c, { values: { judul }, error: e.userMessage, fields: e instanceof ValidationError ? e.fields : undefined, status: e.status });
      throw e;
    }
    return c.redirect('/pelatihan/asesmen/kelola?pesan=asesmen_dibuat', 303);
  })
  .post('/asesmen/kelola/butir', requireStaff({ roles: ['admin'], scope: 'admin' }), async (c) => {
    const { db, clock } = c.var.deps;
    const a = await assessmentForYear(db, jakartaYear(clock.now()), { publishedOnly: false });
    if (!a) throw new NotFoundError({ id: 'Buat asesmen tahun ini dulu.', en: "Create this year's assessment first." });
    const body = await c.req.parseBody();
    const values = { kompetensi: typeof body['kompetensi'] === 'string' ? body['kompetensi'] : '', pernyataan: typeof body['pernyataan'] === 'string' ? body['pernyataan'] : '' };
    try {
      await addItem(db, a.assessment, values.kompetensi, values.pernyataan);
    } catch (e) {
      if (e instanceof AppError && (e.status === 422 || e.status === 409))
        return renderAssessmentAdmin(c, { values, error: e.userMessage, fields: e instanceof ValidationError ? e.fields : undefined, status: e.status });
      throw e;
    }
    return c.redirect('/pelatihan/asesmen/kelola?pesan=butir', 303);
  })
  .post('/asesmen/kelola/terbitkan', requireStaff({ roles: ['admin'], scope: 'admin' }), async (c) => {
    const { db, clock } = c.var.deps;
    const a = await assessmentForYear(db, jakartaYear(clock.now()), { publishedOnly: false });
    if (!a) throw new NotFoundError({ id: 'Buat asesmen tahun ini dulu.', en: "Create this year's assessment first." });
    try {
      await publishAssessment(db, a.assessment, a.items.length);
    } catch (e) {
      if (e instanceof AppError && e.status === 409) return renderAssessmentAdmin(c, { error: e.userMessage, status: 409 });
      throw e;
    }
    return c.redirect('/pelatihan/asesmen/kelola?pesan=terbit', 303);
  })
  .get('/kebutuhan', requireStaff({ roles: ['official', 'admin'], scope: 'training:read' }), async (c) => {
    const t = translator(c.var.lang);
    const { db, clock } = c.var.deps;
    const year = jakartaYear(clock.now());
    const a = await assessmentForYear(db, year, { publishedOnly: true });
    if (!a) throw new NotFoundError({ id: `Asesmen kebutuhan pelatihan tahun ${year} belum diterbitkan.`, en: `The ${year} training needs assessment has not been published yet.` });
    const rows = await unitNeeds(db, a);
    const competencies = [...new Set(a.items.map((i) => i.competency))];
    return renderPage(c, { title: t('Kebutuhan pelatihan per unit', 'Training needs per unit') }, <NeedsPage lang={c.var.lang} assessment={a.assessment} competencies={competencies} rows={rows} />);
  });

async function attemptOf(c: StaffContext, id: string) {
  const { db } = c.var.deps;
  const who = c.var.staff;
  const attempt = /^[0-9a-f-]{36}$/.test(id) ? await findAttempt(db, id, who.id) : null;
  if (!attempt) throw new NotFoundError({ id: 'Percobaan kuis tidak ditemukan.', en: 'Quiz attempt not found.' });
  const [row] = await db.select().from(trainingCourses).where(inArray(trainingCourses.id, [attempt.courseId]));
  if (!row) throw new NotFoundError();
  const course = await courseFor(db, who, row.code);
  return { attempt, course };
}

async function showResult(c: StaffContext, course: CourseView, attempt: NonNullable<Awaited<ReturnType<typeof findAttempt>>>, justCompleted: boolean, error?: Msg) {
  const { db, clock } = c.var.deps;
  const who = c.var.staff;
  const [review, progress] = await Promise.all([reviewAttempt(db, attempt), courseProgress(db, who.id, course.id, clock.now())]);
  const page = (
    <>
      {error ? (
        <div class="wrap narrow">
          <div class="error-summary" role="alert">
            <p>{pick(error, c.var.lang)}</p>
          </div>
        </div>
      ) : null}
      <QuizResultPage
        lang={c.var.lang}
        csrf={c.var.csrfToken}
        course={course}
        attempt={attempt}
        review={review}
        attemptsLeft={Math.max(0, course.quiz.maxAttempts - progress.attemptsUsed)}
        certificateId={progress.certificateId}
        justCompleted={justCompleted}
      />
    </>
  );
  return renderPage(c, { title: pick(course.title, c.var.lang), status: error ? 409 : 200 }, page);
}

async function sessionOf(c: StaffContext, rawId: string) {
  const { db } = c.var.deps;
  const session = await findSession(db, parseId(rawId));
  if (!session || session.cancelledAt) throw new NotFoundError({ id: 'Sesi tidak ditemukan.', en: 'Session not found.' });
  const [row] = await db.select({ code: trainingCourses.code }).from(trainingCourses).where(inArray(trainingCourses.id, [session.courseId]));
  const course = await courseFor(db, c.var.staff, row?.code ?? '');
  return { session, course };
}

async function facilitatorSession(c: StaffContext, rawId: string) {
  const { db } = c.var.deps;
  const session = await findSession(db, parseId(rawId));
  if (!session) throw new NotFoundError({ id: 'Sesi tidak ditemukan.', en: 'Session not found.' });
  if (!canTakeAttendance(c.var.staff, session))
    throw new ForbiddenError({ id: 'Hanya fasilitator sesi ini yang dapat mengisi presensi.', en: 'Only the facilitator of this session can take attendance.' });
  const [row] = await db.select().from(trainingCourses).where(inArray(trainingCourses.id, [session.courseId]));
  if (!row) throw new NotFoundError();
  return { session, row };
}

async function renderAttendance(
  c: AppContext,
  session: SessionRow,
  course: typeof trainingCourses.$inferSelect,
  extra: { error?: Msg; fields?: Record<string, Msg>; notice?: Msg | null; status?: 200 | 409 | 422 },
) {
  const t = translator(c.var.lang);
  const people = await participants(c.var.deps.db, session.id);
  return renderPage(
    c,
    { title: t('Presensi', 'Attendance'), status: extra.status ?? 200 },
    <AttendancePage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      session={session}
      courseTitle={{ id: course.titleId, en: course.titleEn }}
      courseCode={course.code}
      people={people}
      started={c.var.deps.clock.now().getTime() >= session.startsAt.getTime()}
      error={extra.error ?? null}
      fields={extra.fields}
      notice={extra.notice ?? null}
    />,
  );
}

function renderAssessmentResult(
  c: AppContext,
  a: { assessment: import('./assessment').AssessmentRow; items: import('./assessment').ItemRow[] },
  answers: Record<string, number>,
  extra: { notice?: Msg | null; error?: Msg; status?: 200 | 409 },
) {
  const t = translator(c.var.lang);
  const means = competencyMeans(a.items, answers);
  return renderPage(
    c,
    { title: t('Asesmen kebutuhan pelatihan', 'Training needs assessment'), status: extra.status ?? 200 },
    <AssessmentResultPage
      lang={c.var.lang}
      assessment={a.assessment}
      means={[...means].sort((x, y) => x[1] - y[1])}
      gaps={gapsFromAssessment(means)}
      notice={extra.notice ?? null}
      error={extra.error ?? null}
    />,
  );
}

async function renderAssessmentAdmin(
  c: AppContext,
  extra: { values?: Record<string, string>; error?: Msg; fields?: Record<string, Msg> | undefined; notice?: Msg | null; status?: number },
) {
  const t = translator(c.var.lang);
  const year = jakartaYear(c.var.deps.clock.now());
  const current = await assessmentForYear(c.var.deps.db, year, { publishedOnly: false });
  return renderPage(
    c,
    { title: t('Asesmen kebutuhan pelatihan', 'Training needs assessment'), status: (extra.status ?? 200) as 200 | 409 | 422 },
    <AssessmentAdminPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      year={year}
      current={current}
      values={extra.values}
      error={extra.error ?? null}
      fields={extra.fields}
      notice={extra.notice ?? null}
    />,
  );
}
