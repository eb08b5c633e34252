// Training records under /pelatihan: one's own JP record and transcript, anyone's for officials
// and admins, and certificates with their verification QR code.
import { Hono } from 'hono';
import { CertificatePage } from '../../../templates/pages/training/certificate';
import { RecordPage, TranscriptPage } from '../../../templates/pages/training/record';
import { hasAnyRole, requireStaff } from '../../platform/auth/guard';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors';
import { pathId } from '../../platform/http/path-id';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { certificateToken, findCertificate, verifyUrl } from './certificates';
import { findSubject, loadRecord } from './common';

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
    const { db, config } = c.var.deps;
    const cert = await findCertificate(db, pathId(c));
    if (!cert) throw new NotFoundError({ id: 'Sertifikat tidak ditemukan.', en: 'Certificate not found.' });
    if (cert.staffId !== c.var.staff.id && !hasAnyRole(c.var.staff, RECORD_READERS))
      throw new ForbiddenError({ id: 'Sertifikat ini milik pegawai lain.', en: 'This certificate belongs to another staff member.' });
    const url = verifyUrl(config, await certificateToken(config.secret, cert.id));
    return renderPage(c, { title: cert.number }, <CertificatePage lang={c.var.lang} cert={cert} verifyUrl={url} />);
  });
