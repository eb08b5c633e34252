// Training records under /pelatihan: one's own JP record and transcript, anyone's for officials
// and admins, and certificates with their verification QR code, which a supervisor of the
// holder, a course author or an admin may revoke with a reason.
import { Hono } from 'hono';
import { CertificatePage } from '../../../templates/pages/training/certificate';
import { RecordPage, TranscriptPage } from '../../../templates/pages/training/record';
import { rangeProblem } from '../../domain/text/input-text';
import type { CertificateView } from '../../domain/training/views';
import { auditFromContext } from '../../platform/audit/audit';
import { hasAnyRole, requireStaff } from '../../platform/auth/guard';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { readForm } from '../../platform/http/form';
import { pathId } from '../../platform/http/path-id';
import { renderPage } from '../../platform/http/render';
import { translator, type Msg } from '../../platform/i18n/lang';
import { certificateToken, findCertificate, mayRevokeCertificate, revokeCertificate, verifyUrl } from './certificates';
import { findSubject, loadRecord } from './common';
import { notice } from './notices';
import { tryStep, type Refusal } from './refusals';

/** Who may read someone else's training record: officials and admins, city-wide. */
const RECORD_READERS = ['official', 'admin'] as const;

const READ = requireStaff({ scope: 'training:read' });

/** The record of staff member `staffId`, with who they are in the reader's language. */
async function recordOf(c: StaffContext, staffId: number) {
  const { db, clock, config } = c.var.deps;
  const subject = await findSubject(db, staffId);
  if (!subject) throw new NotFoundError({ id: 'Pegawai tidak ditemukan.', en: 'Staff member not found.' });
  const rec = await loadRecord(db, subject, clock.now(), config);
  return {
    subject: { id: subject.id, name: subject.name, nip: subject.nip, unitName: c.var.lang === 'en' ? subject.unitNameEn : subject.unitName, position: subject.position },
    ...rec,
  };
}

/** Someone else's record is for record readers only; one's own is read at /pelatihan/saya. */
function assertMayReadRecordOf(c: StaffContext) {
  if (!hasAnyRole(c.var.staff, RECORD_READERS))
    throw new ForbiddenError({ id: 'Anda hanya dapat melihat catatan pelatihan Anda sendiri.', en: 'You can only see your own training record.' });
}

export const recordRoutes = new Hono<AppEnv>()
  .get('/saya', READ, async (c) => {
    const data = await recordOf(c, c.var.staff.id);
    return renderPage(c, { title: translator(c.var.lang)('Catatan pelatihan saya', 'My training record') }, <RecordPage lang={c.var.lang} data={data} own />);
  })
  .get('/saya/transkrip', READ, async (c) => {
    const data = await recordOf(c, c.var.staff.id);
    return renderPage(
      c,
      { title: translator(c.var.lang)('Transkrip pelatihan', 'Training transcript') },
      <TranscriptPage lang={c.var.lang} data={data} printedAt={c.var.deps.clock.now()} />,
    );
  })
  .get('/pegawai/:id', READ, async (c) => {
    const id = pathId(c);
    if (id === c.var.staff.id) return c.redirect('/pelatihan/saya', 303);
    assertMayReadRecordOf(c);
    const data = await recordOf(c, id);
    return renderPage(c, { title: data.subject.name }, <RecordPage lang={c.var.lang} data={data} own={false} />);
  })
  .get('/pegawai/:id/transkrip', READ, async (c) => {
    const id = pathId(c);
    if (id === c.var.staff.id) return c.redirect('/pelatihan/saya/transkrip', 303);
    assertMayReadRecordOf(c);
    const data = await recordOf(c, id);
    return renderPage(c, { title: data.subject.name }, <TranscriptPage lang={c.var.lang} data={data} printedAt={c.var.deps.clock.now()} />);
  })
  .get('/sertifikat/:id', READ, async (c) => {
    const { cert, mayRevoke } = await certificateFor(c);
    return renderCertificate(c, cert, mayRevoke, { notice: notice(c) });
  })
  .post('/sertifikat/:id/cabut', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const { cert, mayRevoke } = await certificateFor(c);
    // who may revoke comes before the form is judged: anyone else gets 403, never a 422
    if (!mayRevoke) throw new ForbiddenError({ id: 'Anda tidak berwenang mencabut sertifikat ini.', en: 'You may not revoke this certificate.' });
    const form = await readForm(c);
    const r = await tryStep(async () => {
      const reason = form.text('alasan').replace(/\r\n?/g, '\n').trim();
      const problem = rangeProblem(reason, 5, 500, { id: 'Alasan', en: 'The reason' }, {
        id: 'Tuliskan alasan pencabutan (5–500 karakter); pemegang sertifikat membacanya.',
        en: 'Give the reason for revoking (5–500 characters); the holder reads it.',
      });
      if (problem) throw new ValidationError({ alasan: problem });
      return { reason, ...(await revokeCertificate(db, clock.now(), c.var.staff.id, cert, reason)) };
    }, [422, 409]);
    if (r.refused) return renderCertificate(c, (await findCertificate(db, cert.id))!, mayRevoke, { refusal: r.refused });
    await auditFromContext(c, { event: 'certificate.revoked', target: `certificate:${cert.id}`, detail: { number: cert.number, holder: cert.staffId, reason: r.value.reason, jpVoided: r.value.jpVoided } });
    return c.redirect(`/pelatihan/sertifikat/${cert.id}?pesan=dicabut`, 303);
  });

/**
 * A certificate the signed-in staff member may see: its holder, record readers, and whoever may
 * revoke it (a supervisor of the holder, a course author, an admin).
 */
async function certificateFor(c: StaffContext): Promise<{ cert: CertificateView; mayRevoke: boolean }> {
  const { db } = c.var.deps;
  const cert = await findCertificate(db, pathId(c));
  if (!cert) throw new NotFoundError({ id: 'Sertifikat tidak ditemukan.', en: 'Certificate not found.' });
  const mayRevoke = await mayRevokeCertificate(db, c.var.staff, cert);
  if (cert.staffId !== c.var.staff.id && !hasAnyRole(c.var.staff, RECORD_READERS) && !mayRevoke)
    throw new ForbiddenError({ id: 'Sertifikat ini milik pegawai lain.', en: 'This certificate belongs to another staff member.' });
  return { cert, mayRevoke };
}

async function renderCertificate(c: StaffContext, cert: CertificateView, mayRevoke: boolean, outcome: { refusal?: Refusal; notice?: Msg | null }) {
  const { config } = c.var.deps;
  const url = verifyUrl(config, await certificateToken(config.secret, cert.id));
  return renderPage(
    c,
    { title: cert.number, status: outcome.refusal?.status ?? 200 },
    <CertificatePage
      lang={c.var.lang}
      cert={cert}
      verifyUrl={url}
      revoke={mayRevoke && !cert.revokedAt ? { csrf: c.var.csrfToken, fields: outcome.refusal?.fields } : null}
      error={outcome.refusal?.message ?? null}
      notice={outcome.notice ?? null}
    />,
  );
}
