// The issued permit's document, as a PDF download and as a print view, for the two who may have it:
//   staff      GET /staf/kasus/{id}/izin.pdf, /staf/kasus/{id}/izin/cetak
//              whoever may read the case (its unit's officers and supervisors, officials, admins);
//   applicant  GET /lacak/{code}/izin.pdf, /lacak/{code}/izin/cetak
//              with the access key's cookie only, like the tracking page's private downloads (a key
//              in the URL would sit in logs and the history); without it, the tracking 404.
// Both are private, no-store. A revoked permit's document is still served, marked DICABUT, so
// the holder and the unit keep a record of what was issued; its verification says DICABUT too.
import { Hono } from 'hono';
import { PermitPrintPage } from '../../../templates/pages/permits/permit-print';
import { CITY_WIDE_CASE_READERS } from '../../domain/auth/roles';
import { permitFileName, type PermitDocument } from '../../domain/permits/document';
import { requireStaff } from '../../platform/auth/guard';
import type { AppContext, AppEnv, StaffContext } from '../../platform/http/context';
import { NotFoundError } from '../../platform/http/errors';
import { renderPage } from '../../platform/http/render';
import { translator } from '../../platform/i18n/lang';
import { readCookie } from '../../platform/security/cookies';
import { contentDisposition } from '../cases/attachments';
import { findWithKey, trackingNotFound } from '../cases/citizen-actions';
import { normaliseTrackingCode } from '../cases/codes';
import type { CaseRow } from '../cases/commit';
import { assertCanRead, loadCase } from '../cases/staff-actions';
import { keyCookieName } from '../tracking/key-cookie';
import { loadPermitDocument } from './document';
import { PERMIT } from './intake';

const NOT_ISSUED = { id: 'Izin untuk permohonan ini belum diterbitkan.', en: 'No permit has been issued for this application yet.' };

async function documentOf(c: AppContext, row: CaseRow): Promise<PermitDocument> {
  const doc = row.kind === PERMIT ? await loadPermitDocument(c.var.deps, row) : null;
  if (!doc) throw new NotFoundError(NOT_ISSUED);
  return doc;
}

async function pdfResponse(c: AppContext, doc: PermitDocument): Promise<Response> {
  const bytes = await c.var.deps.pdf({ kind: 'permit', document: doc, generatedAt: c.var.deps.clock.now() });
  return new Response(bytes as BodyInit, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(permitFileName(doc.number)),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

function printView(c: AppContext, doc: PermitDocument, base: string) {
  const t = translator(c.var.lang);
  c.header('Cache-Control', 'private, no-store');
  c.header('Referrer-Policy', 'no-referrer');
  return renderPage(
    c,
    { title: `${t('Izin', 'Permit')} ${doc.number}` },
    <PermitPrintPage lang={c.var.lang} doc={doc} pdfHref={`${base}/izin.pdf`} backHref={base} />,
  );
}

/** The case of a staff URL, when the signed-in reader may read it (else 403; unknown: 404). */
async function staffCase(c: StaffContext): Promise<CaseRow> {
  const row = await loadCase(c.var.deps.db, c.req.param('id') ?? '');
  assertCanRead(c.var.staff, row);
  return row;
}

/** The case of a tracking URL, with the key's cookie only; anything else is the tracking 404. */
async function citizenCase(c: AppContext): Promise<CaseRow> {
  const code = normaliseTrackingCode(c.req.param('code') ?? '');
  const key = readCookie(c, keyCookieName(code));
  const row = key ? await findWithKey(c.var.deps.db, code, key) : null;
  if (!row) throw trackingNotFound();
  return row;
}

const readers = requireStaff({ roles: ['officer', 'supervisor', ...CITY_WIDE_CASE_READERS] });

export const permitDocumentRoutes = new Hono<AppEnv>()
  .get('/staf/kasus/:id/izin.pdf', readers, async (c) => pdfResponse(c, await documentOf(c, await staffCase(c))))
  .get('/staf/kasus/:id/izin/cetak', readers, async (c) => {
    const row = await staffCase(c);
    return printView(c, await documentOf(c, row), `/staf/kasus/${encodeURIComponent(row.id)}`);
  })
  .get('/lacak/:code/izin.pdf', async (c) => pdfResponse(c, await documentOf(c, await citizenCase(c))))
  .get('/lacak/:code/izin/cetak', async (c) => {
    const row = await citizenCase(c);
    return printView(c, await documentOf(c, row), `/lacak/${encodeURIComponent(row.trackingCode)}`);
  });
