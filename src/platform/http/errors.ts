// Typed exceptions, thrown anywhere below a handler and mapped to an HTML page or a JSON body
// in one place (src/platform/http/on-error.tsx).
import type { Msg } from '../i18n/lang';

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    readonly userMessage: Msg,
    readonly details?: Record<string, unknown>,
  ) {
    super(userMessage.en);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(m: Msg = { id: 'Halaman atau data tidak ditemukan.', en: 'Page or record not found.' }) {
    super(404, 'not_found', m);
  }
}

export class UnauthorizedError extends AppError {
  constructor(
    m: Msg = { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
    code = 'unauthenticated',
  ) {
    super(401, code, m);
  }
}

export class ForbiddenError extends AppError {
  constructor(
    m: Msg = { id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
    code = 'forbidden',
  ) {
    super(403, code, m);
  }
}

export class ConflictError extends AppError {
  constructor(m: Msg, code = 'conflict', details?: Record<string, unknown>) {
    super(409, code, m, details);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(m: Msg, readonly retryAfterSeconds: number) {
    super(429, 'too_many_requests', m, { retry_after: retryAfterSeconds });
  }
}

/** One message per field, so a form can show each next to its input. */
export class ValidationError extends AppError {
  constructor(
    readonly fields: Record<string, Msg>,
    m: Msg = { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' },
    status: 400 | 422 = 422,
  ) {
    super(status, 'validation_failed', m, { fields });
  }
}

export class BadRequestError extends AppError {
  constructor(m: Msg, code = 'bad_request') {
    super(400, code, m);
  }
}

/** A path that exists, asked with a method it does not take; `allow` becomes the Allow header. */
export class MethodNotAllowedError extends AppError {
  constructor(readonly allow: readonly string[]) {
    super(405, 'method_not_allowed', {
      id: `Alamat ini tidak menerima permintaan dengan metode tersebut (yang diterima: ${allow.join(', ')}).`,
      en: `This address does not take that request method (allowed: ${allow.join(', ')}).`,
    });
  }
}

/** A body larger than its route takes, refused before it is read (src/platform/http/body-limits.ts). */
export class PayloadTooLargeError extends AppError {
  constructor(maxBytes: number, lengthUndeclared = false) {
    const size = humanBytes(maxBytes);
    super(
      413,
      'payload_too_large',
      lengthUndeclared
        ? {
            id: `Kiriman tanpa panjang (Content-Length) diterima paling banyak ${size}. Kirim berkas dengan Content-Length.`,
            en: `A body sent without its length (Content-Length) is taken up to ${size}. Send files with Content-Length.`,
          }
        : {
            id: `Kiriman terlalu besar: alamat ini menerima paling banyak ${size}.`,
            en: `The submission is too large: this address takes at most ${size}.`,
          },
      { max_bytes: maxBytes },
    );
  }
}

/** The deployment's configuration is wrong; the reason is in the server log, not on the page. */
export class MisconfiguredError extends AppError {
  constructor() {
    super(503, 'misconfigured', {
      id: 'Portal belum dapat melayani: konfigurasi server belum benar. Pengelola dapat melihat penyebabnya di log server.',
      en: 'The portal cannot serve yet: the server configuration is wrong. Its operators can read the reason in the server log.',
    });
  }
}

function humanBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}
