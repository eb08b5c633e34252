// Typed exceptions, thrown anywhere below a handler and mapped to an HTML page or a JSON body
// in one place (src/platform/http/on-error.tsx). Every error names a code of the one vocabulary
// (./error-codes.ts), and its status is that code's: the same code never comes with two statuses.
import type { Msg } from '../i18n/lang';
import { statusOf, type CodeOf, type ErrorCode, type ErrorStatus } from './error-codes';

export type { ErrorCode, ErrorStatus } from './error-codes';

export class AppError extends Error {
  readonly status: ErrorStatus;

  constructor(
    readonly code: ErrorCode,
    readonly userMessage: Msg,
    readonly details?: Record<string, unknown>,
  ) {
    super(userMessage.en);
    this.name = new.target.name;
    this.status = statusOf(code);
  }
}

export class NotFoundError extends AppError {
  constructor(m: Msg = { id: 'Halaman atau data tidak ditemukan.', en: 'Page or record not found.' }) {
    super('not_found', m);
  }
}

export class UnauthorizedError extends AppError {
  constructor(
    m: Msg = { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
    code: CodeOf<401> = 'unauthenticated',
  ) {
    super(code, m);
  }
}

export class ForbiddenError extends AppError {
  constructor(
    m: Msg = { id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
    code: CodeOf<403> = 'forbidden',
  ) {
    super(code, m);
  }
}

export class ConflictError extends AppError {
  constructor(m: Msg, code: CodeOf<409> = 'conflict', details?: Record<string, unknown>) {
    super(code, m, details);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(m: Msg, readonly retryAfterSeconds: number) {
    super('too_many_requests', m, { retry_after: retryAfterSeconds });
  }
}

/** One message per field, so a form can show each next to its input (422 validation_failed). */
export class ValidationError extends AppError {
  constructor(
    readonly fields: Record<string, Msg>,
    m: Msg = { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' },
  ) {
    super('validation_failed', m, { fields });
  }
}

export class BadRequestError extends AppError {
  constructor(m: Msg, code: CodeOf<400> = 'bad_request') {
    super(code, m);
  }
}

/** A path that exists, asked with a method it does not take; `allow` becomes the Allow header. */
export class MethodNotAllowedError extends AppError {
  constructor(readonly allow: readonly string[]) {
    super('method_not_allowed', {
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
    super('misconfigured', {
      id: 'Portal belum dapat melayani: konfigurasi server belum benar. Pengelola dapat melihat penyebabnya di log server.',
      en: 'The portal cannot serve yet: the server configuration is wrong. Its operators can read the reason in the server log.',
    });
  }
}

function humanBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}
