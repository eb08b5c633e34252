// Typed exceptions, thrown anywhere below a handler and mapped to an HTML page or a JSON body
// in one place (src/http/on-error.tsx).
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
