// Other learning (coaching, mentoring, outside courses) under /pelatihan: the ASN submits it with
// a file; its decider (a supervisor of the ASN's unit, else of the parent unit, else of BKPSDM)
// approves it (JP credited) or rejects it with a reason.
import { Hono } from 'hono';
import { ApprovalsPage, EvidencePage } from '../../../templates/pages/training/evidence';
import type { EvidenceRow } from '../../domain/training/views';
import { requireStaff } from '../../platform/auth/guard';
import type { AppEnv, StaffContext } from '../../platform/http/context';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors';
import { readForm, type FormInput } from '../../platform/http/form';
import { pathId } from '../../platform/http/path-id';
import { PRIVATE_NO_STORE } from '../../platform/http/private-responses';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import {
  assertMayDecideEvidence,
  creditedForEvidence,
  decidersOf,
  decideEvidence,
  evidenceOf,
  findEvidence,
  mayReadEvidence,
  pendingEvidenceFor,
  submitEvidence,
} from './evidence';
import { notice } from './notices';
import { tryStep, type Refusal } from './refusals';

/** The evidence form's fields as typed (the page shows them back after a refusal). */
function evidenceValues(form: FormInput) {
  return {
    jenis: form.text('jenis'),
    judul: form.text('judul'),
    penyelenggara: form.text('penyelenggara'),
    mulai: form.text('mulai'),
    selesai: form.text('selesai'),
    jp: form.text('jp'),
  };
}

/** The attached file; an empty one counts as none (submitEvidence then asks for it). */
async function evidenceFile(form: FormInput): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = form.files('berkas')[0];
  return file && file.size > 0 ? { name: file.name || '', bytes: new Uint8Array(await file.arrayBuffer()) } : null;
}

async function evidenceOr404(c: StaffContext): Promise<EvidenceRow> {
  const e = await findEvidence(c.var.deps.db, pathId(c));
  if (!e) throw new NotFoundError({ id: 'Bukti tidak ditemukan.', en: 'Evidence not found.' });
  return e;
}

/** A supervisor's decision from the form: approve or reject, and the reason. */
function decisionOf(form: FormInput): { decision: 'approve' | 'reject'; reason: string } {
  const keputusan = form.text('keputusan');
  if (keputusan !== 'setujui' && keputusan !== 'tolak')
    throw new ValidationError({ keputusan: { id: 'Pilih Setujui atau Tolak.', en: 'Choose Approve or Reject.' } });
  return { decision: keputusan === 'setujui' ? 'approve' : 'reject', reason: form.text('alasan') };
}

/** The submitter's list: their evidence, with the JP each approval credited. */
async function myEvidence(c: StaffContext) {
  const { db } = c.var.deps;
  const items = await evidenceOf(db, c.var.staff.id);
  const credited = await creditedForEvidence(db, c.var.staff.id, items.filter((e) => e.status === 'approved').map((e) => e.id));
  return items.map((e) => ({ ...e, credited: credited.get(e.id) ?? null }));
}

async function renderApprovals(c: StaffContext, outcome: { refusal?: Refusal; failedId?: number } = {}) {
  const items = await pendingEvidenceFor(c.var.deps.db, c.var.staff);
  return renderPage(
    c,
    { title: translator(c.var.lang)('Persetujuan bukti pembelajaran', 'Learning evidence approvals'), status: outcome.refusal?.status ?? 200 },
    <ApprovalsPage
      lang={c.var.lang}
      csrf={c.var.csrfToken}
      items={items}
      error={outcome.refusal?.message ?? null}
      fields={outcome.refusal?.fields}
      failedId={outcome.failedId}
      notice={outcome.refusal ? null : notice(c)}
    />,
  );
}

export const evidenceRoutes = new Hono<AppEnv>()
  .get('/saya/bukti', requireStaff({ scope: 'training:read' }), async (c) => {
    const items = await myEvidence(c);
    return renderPage(
      c,
      { title: translator(c.var.lang)('Bukti pembelajaran lain', 'Other learning evidence') },
      <EvidencePage lang={c.var.lang} csrf={c.var.csrfToken} items={items} notice={notice(c)} />,
    );
  })
  .post('/saya/bukti', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, files, clock } = c.var.deps;
    const form = await readForm(c);
    const values = evidenceValues(form);
    const file = await evidenceFile(form);
    const input = { kind: values.jenis, title: values.judul, provider: values.penyelenggara, startDate: values.mulai, endDate: values.selesai, jp: values.jp };
    const r = await tryStep(() => submitEvidence(db, files, clock.now(), c.var.staff, input, file), [422, 409]);
    if (!r.refused) return c.redirect('/pelatihan/saya/bukti?pesan=bukti_terkirim', 303);
    const items = await myEvidence(c);
    return renderPage(
      c,
      { title: translator(c.var.lang)('Bukti pembelajaran lain', 'Other learning evidence'), status: r.refused.status },
      <EvidencePage lang={c.var.lang} csrf={c.var.csrfToken} items={items} values={values} error={r.refused.message} fields={r.refused.fields} />,
    );
  })
  .get('/bukti/:id/berkas', requireStaff({ scope: 'training:read' }), async (c) => {
    const e = await evidenceOr404(c);
    if (!mayReadEvidence(c.var.staff, e, await decidersOf(c.var.deps.db, e))) throw new ForbiddenError();
    const f = await c.var.deps.files.get(e.fileKey);
    if (!f) throw new NotFoundError({ id: 'Berkas bukti tidak ditemukan.', en: 'Evidence file not found.' });
    const ascii = e.fileName.replace(/[^\x20-\x7e]/g, '_');
    c.header('Content-Type', e.fileType);
    c.header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(e.fileName)}`);
    c.header('Cache-Control', PRIVATE_NO_STORE);
    return c.body(f.body as ReadableStream);
  })
  .get('/persetujuan', requireStaff({ roles: ['supervisor'], scope: 'training:read' }), (c) => renderApprovals(c))
  .post('/bukti/:id/putusan', requireStaff({ scope: 'training:write' }), async (c) => {
    const { db, clock } = c.var.deps;
    const e = await evidenceOr404(c);
    // who may decide comes before the form is judged: anyone else gets 403, never a 422
    assertMayDecideEvidence(c.var.staff.id, e, await decidersOf(db, e));
    const { decision, reason } = decisionOf(await readForm(c));
    const r = await tryStep(() => decideEvidence(db, clock.now(), c.var.staff, e, decision, reason), [422, 409]);
    if (r.refused) return renderApprovals(c, { refusal: r.refused, failedId: e.id });
    // the daily cap may credit fewer JP than asked: the decider is told (the submitter sees the numbers on their list)
    const reduced = r.value?.status === 'credited' && r.value.jp < r.value.requested;
    return c.redirect(`/pelatihan/persetujuan?pesan=${reduced ? 'diputuskan_dibatasi' : 'diputuskan'}`, 303);
  });
