// How large a request body each route takes, in one table. The request gate
// (src/platform/http/request-gate.ts) checks it before anything reads the body: a Content-Length above the
// limit is refused with 413 at once, and a body without one (chunked) is cut off as soon as it
// passes the limit. One anonymous 600 MB POST once took the Node server to 2 GB of memory.
import { MAX_FILE_BYTES, MAX_FILES } from '../../modules/cases/attachments';
import { MAX_EVIDENCE_BYTES } from '../../domain/training/evidence';
import { PERMIT_DOCUMENTS_MAX } from '../../domain/permits/answers';

const KB = 1024;

/** Room for a form's text fields and the multipart framing around its files. */
const FORM_MARGIN = 256 * KB;

/**
 * A body that does not declare its length (chunked) is taken up to this much on any route. Its
 * size is known only by reading it, so every byte up to the limit sits in memory first: ten such
 * uploads against a 25 MB limit took the Node server past 500 MB. Browsers, fetch() and the usual
 * HTTP libraries declare the length of forms and files, so uploads are not affected.
 */
export const UNDECLARED_LENGTH_MAX = 64 * KB;

export interface BodyLimit {
  /** `METHOD /path` in Hono's route syntax; `*` for any method */
  route: string;
  /** what the route reads: HTML forms (url-encoded or multipart, parsed once) or JSON */
  takes: 'form' | 'json';
  maxBytes: number;
  why: string;
}

/** First match wins: the specific routes first, then the defaults for the API and for forms. */
export const BODY_LIMITS: readonly BodyLimit[] = [
  { route: 'POST /pengaduan/baru', takes: 'form', maxBytes: MAX_FILES * MAX_FILE_BYTES + FORM_MARGIN, why: 'a complaint with up to 5 photos or PDFs of 5 MB' },
  { route: 'POST /izin/baru/:service', takes: 'form', maxBytes: PERMIT_DOCUMENTS_MAX * MAX_FILE_BYTES + FORM_MARGIN, why: 'a permit application with up to 10 documents of 5 MB' },
  { route: 'POST /lacak/:code/perbaikan', takes: 'form', maxBytes: PERMIT_DOCUMENTS_MAX * MAX_FILE_BYTES + FORM_MARGIN, why: 'a permit revision with corrected documents' },
  { route: 'POST /lacak/:code/lampiran', takes: 'form', maxBytes: MAX_FILES * MAX_FILE_BYTES + FORM_MARGIN, why: 'the citizen adds up to 5 files' },
  { route: 'POST /api/v1/permits', takes: 'form', maxBytes: PERMIT_DOCUMENTS_MAX * MAX_FILE_BYTES + FORM_MARGIN, why: 'a permit application with up to 10 documents (multipart)' },
  { route: 'POST /api/v1/permit-drafts', takes: 'form', maxBytes: PERMIT_DOCUMENTS_MAX * MAX_FILE_BYTES + FORM_MARGIN, why: 'a permit draft with its documents (multipart)' },
  { route: 'POST /api/v1/permit-drafts/:id', takes: 'form', maxBytes: PERMIT_DOCUMENTS_MAX * MAX_FILE_BYTES + FORM_MARGIN, why: 'a permit draft saved again with more documents (multipart)' },
  { route: 'POST /izin/draf/:id', takes: 'form', maxBytes: PERMIT_DOCUMENTS_MAX * MAX_FILE_BYTES + FORM_MARGIN, why: 'a permit draft saved or sent with more documents' },
  { route: 'POST /api/v1/track/:tracking_code/revision', takes: 'form', maxBytes: PERMIT_DOCUMENTS_MAX * MAX_FILE_BYTES + FORM_MARGIN, why: 'a permit revision with its documents (multipart)' },
  { route: 'POST /api/v1/track/:tracking_code/attachments', takes: 'form', maxBytes: MAX_FILES * MAX_FILE_BYTES + FORM_MARGIN, why: 'the same through the API (multipart)' },
  { route: 'POST /staf/kasus/:id/aksi', takes: 'form', maxBytes: MAX_FILES * MAX_FILE_BYTES + FORM_MARGIN, why: 'resolving a case with up to 5 evidence files' },
  { route: 'POST /pelatihan/saya/bukti', takes: 'form', maxBytes: MAX_EVIDENCE_BYTES + FORM_MARGIN, why: 'one learning-evidence file of 5 MB' },
  { route: '* /admin/*', takes: 'form', maxBytes: 256 * KB, why: 'long texts: 40 requirements in two languages, form fields' },
  { route: '* /pelatihan/kelola/*', takes: 'form', maxBytes: 256 * KB, why: 'lesson texts of up to 20,000 characters' },
  { route: '* /api/*', takes: 'json', maxBytes: 64 * KB, why: 'JSON API: the largest body is a complaint of a few KB' },
  { route: '* /*', takes: 'form', maxBytes: 64 * KB, why: 'every other form: sign-in, replies, ratings, quizzes' },
];
