// A permit driven to `issued` through the case kernel, as staff would: intake against the type's
// form, completeness check, proposal, a supervisor's approval (four eyes), issuing (the number is
// taken in the issuing batch). For tests of what comes after issuing: the document, verification,
// access. The pattern of src/modules/permits/tests/permit_stages.test.tsx.
import { eq } from 'drizzle-orm';
import jsQR from 'jsqr';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { cases, permits, services, staff, units } from '../../src/db/schema';
import type { FormField } from '../../src/domain/catalogue/service';
import { checkFiles } from '../../src/domain/cases/files';
import { checkIntake, createCase } from '../../src/modules/cases/create';
import { applyStaffAction } from '../../src/modules/cases/staff-actions';
import { permitKind } from '../../src/modules/permits/kind';
import { loadPrincipal } from '../../src/platform/auth/principal';
import type { StaffPrincipal } from '../../src/platform/http/context';
import type { Harness } from '../harness/types';
import { PDF_BYTES } from './complaints';
import { visitor } from './session';

const L = (id: string, en: string) => ({ id, en });

/** An advertisement permit's form: text, number, choice, and a document (never printed). */
export const DOC_FORM: FormField[] = [
  { name: 'lokasi', label: L('Lokasi reklame', 'Advertisement site'), type: 'textarea', required: true, maxLength: 400 },
  { name: 'luas_m2', label: L('Luas bidang reklame (m²)', 'Advertisement area (m²)'), type: 'number', required: true, min: 0.5, max: 100 },
  {
    name: 'jenis',
    label: L('Jenis reklame', 'Advertisement type'),
    type: 'select',
    required: true,
    options: [
      { value: 'neon_box', label: L('Neon box', 'Neon box') },
      { value: 'baliho', label: L('Baliho', 'Billboard') },
    ],
  },
  { name: 'desain', label: L('Gambar desain', 'Design drawing'), type: 'file', required: true, max: 2 },
];

/** Adds an active permit type of a unit (no fee: issuing follows approval). */
export async function addPermitType(h: Harness, t: { code: string; unitCode: string; nameId: string; nameEn: string; validityMonths: number | null }) {
  const [u] = await h.deps.db.select({ id: units.id }).from(units).where(eq(units.code, t.unitCode));
  if (!u) throw new Error(`no unit ${t.unitCode}`);
  await h.deps.db.insert(services).values({
    kind: 'permit',
    code: t.code,
    nameId: t.nameId,
    nameEn: t.nameEn,
    unitId: u.id,
    slaDays: 10,
    firstResponseDays: 1,
    fee: 0,
    validityMonths: t.validityMonths,
    formFields: JSON.stringify(DOC_FORM),
  });
}

export async function principalOf(h: Harness, email: string): Promise<StaffPrincipal> {
  const [s] = await h.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, email));
  const p = s ? await loadPrincipal(h.deps.db, s.id, 'session', null) : null;
  if (!p) throw new Error(`no principal ${email}`);
  return p;
}

export async function act(h: Harness, who: StaffPrincipal, id: string, action: string, extra: Record<string, unknown> = {}) {
  const [row] = await h.deps.db.select({ version: cases.version }).from(cases).where(eq(cases.id, id));
  return applyStaffAction(h.deps, who, id, { action, version: row!.version, ...extra });
}

export interface IssuedPermit {
  caseId: string;
  trackingCode: string;
  accessKey: string;
  permit: typeof permits.$inferSelect;
}

export interface ApplyOptions {
  serviceCode: string;
  holder?: string;
  answers?: Record<string, unknown>;
}

/** An application for `serviceCode` with its design document, as the applicant would make it. */
export async function applyForPermit(h: Harness, opts: ApplyOptions) {
  const files = checkFiles([{ name: 'desain.pdf', bytes: PDF_BYTES }]);
  if (!files.ok) throw new Error('test PDF refused');
  const checked = await checkIntake(
    h.deps.db,
    permitKind,
    {
      service_code: opts.serviceCode,
      answers: opts.answers ?? { lokasi: 'Jl. Slamet Riyadi No. 10, Kemlayan, Serengan', luas_m2: '2,5', jenis: 'neon_box' },
      files_by_field: { desain: 1 },
      applicant_name: opts.holder ?? 'CV Maju Jaya',
      contact_email: 'maju@example.id',
      contact_phone: '',
    },
    h.clock.now(),
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return createCase(h.deps, permitKind, checked.value, {
    origin: 'http://localhost',
    channel: 'web',
    files: files.files.map((f) => ({ ...f, field: 'desain' })),
  });
}

/**
 * Applies for `serviceCode` and takes the application to `issued`: `officer` checks, proposes and
 * issues, `supervisor` approves.
 */
export async function issuePermit(h: Harness, opts: ApplyOptions & { officer: string; supervisor: string }): Promise<IssuedPermit> {
  const officer = await principalOf(h, opts.officer);
  const supervisor = await principalOf(h, opts.supervisor);
  const made = await applyForPermit(h, opts);
  const id = made.row.id;
  await act(h, officer, id, 'start_check');
  await act(h, officer, id, 'complete_check');
  await act(h, officer, id, 'propose_approval', { message: 'Sesuai rencana tata reklame.' });
  await act(h, supervisor, id, 'approve');
  await act(h, officer, id, 'issue');
  const [permit] = await h.deps.db.select().from(permits).where(eq(permits.caseId, id));
  if (!permit) throw new Error('no permit issued');
  return { caseId: id, trackingCode: made.row.trackingCode, accessKey: made.accessKey, permit };
}

// ---------------------------------------------------------------- reading a permit document back

/** The text drawn on every page of a PDF made by pdf-lib with a standard font (hex strings, WinAnsi). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const out: string[] = [];
  for (const page of pdf.getPages()) {
    for (const content of pageContents(pdf, page)) {
      for (const m of content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) {
        const hex = m[1]!;
        const b = new Uint8Array(hex.length / 2);
        for (let i = 0; i < b.length; i++) b[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
        out.push(String.fromCodePoint(...[...b].map((c) => (c >= 0x80 && c <= 0x9f ? (CP1252_HIGH[c - 0x80] ?? 0xfffd) : c))));
      }
    }
  }
  return out.join('\n');
}

/** Windows-1252's 0x80–0x9F (undefined: unassigned); the rest of its bytes are Latin-1. */
const CP1252_HIGH = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((c) => c.codePointAt(0));

/** Byte for byte: the operators are ASCII, and a string's bytes stay themselves. */
const latin1 = (b: Uint8Array) => Array.from(b, (c) => String.fromCharCode(c)).join('');

function pageContents(pdf: PDFDocument, page: PDFPage): string[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
  return streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream).map((s) => latin1(decodePDFRawStream(s).decode()));
}

/** Paints a module matrix (true = dark) with a 4-module quiet zone and reads it with jsQR. */
export function decodeModules(modules: boolean[][], scale = 4): string | null {
  const size = modules.length;
  const quiet = 4;
  const n = (size + 2 * quiet) * scale;
  const px = new Uint8ClampedArray(n * n * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      if (!modules[y]![x]) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * n + (x + quiet) * scale + dx) * 4;
          px[i] = px[i + 1] = px[i + 2] = 0;
        }
    }
  return jsQR(px, n, n)?.data ?? null;
}

/** Rectangles in QR module coordinates (quiet zone 4 included) → the module matrix. */
function matrixOf(rects: { x: number; y: number; w: number }[]): boolean[][] {
  const size = Math.max(...rects.map((r) => r.x + r.w)) - 4;
  const m = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const r of rects) for (let x = r.x; x < r.x + r.w; x++) m[r.y - 4]![x - 4] = true;
  return m;
}

/**
 * The QR code of the first page, read back from the drawing operators: pdf-lib writes each run of
 * dark modules as an integer rectangle path "x y m / x2 y l / x2 y+1 l / x y+1 l / h".
 */
export async function pdfQrText(bytes: Uint8Array): Promise<string | null> {
  const pdf = await PDFDocument.load(bytes);
  const content = pageContents(pdf, pdf.getPage(0)).join('\n');
  const rects = [...content.matchAll(/(?:^|\n)(\d+) (\d+) m\n(\d+) \2 l\n\3 (\d+) l\n\1 \4 l\nh/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    w: Number(m[3]) - Number(m[1]),
  }));
  return rects.length ? decodeModules(matrixOf(rects)) : null;
}

/** The QR code of an HTML page's inline SVG (one "Mx yh1v1h-1z" square per dark module). */
export function svgQrText(html: string): string | null {
  const path = /<svg class="permit-qr"[\s\S]*?<path d="([^"]+)"/.exec(html)?.[1];
  if (!path) return null;
  const rects = [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: 1 }));
  return decodeModules(matrixOf(rects));
}

/** The applicant's key cookie, as the tracking page's key exchange (POST /lacak/{code}/kunci) sets it. */
export async function citizenKeyCookie(h: Harness, code: string, key: string): Promise<string> {
  const v = await visitor(h);
  const res = await h.request(`/lacak/${code}/kunci`, {
    method: 'POST',
    headers: { Cookie: v.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: v.csrf, kunci: key }),
    redirect: 'manual',
  });
  if (res.status !== 303) throw new Error(`key exchange: ${res.status}`);
  const set = res.headers.get('Set-Cookie') ?? '';
  const pair = /((?:__Host-)?pelita_kunci_[A-Z0-9]+=[^;]+)/.exec(set)?.[1];
  if (!pair) throw new Error(`no key cookie in ${set}`);
  return `${pair}; ${v.cookie}`;
}
