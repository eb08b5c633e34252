import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ErrorPage } from '../../../templates/pages/error-page';
import { pick, type Msg } from '../i18n/lang';
import { isApiPath, type AppEnv } from './context';
import type { ErrorCode } from './error-codes';
import { AppError, MethodNotAllowedError, NotFoundError, TooManyRequestsError, ValidationError } from './errors';
import { renderPage } from './render';

const internal: Msg = {
  id: 'Terjadi gangguan pada server. Tim kami sudah dicatat otomatis.',
  en: 'The server ran into a problem. It has been logged automatically.',
};

/** Hono's own exceptions by status, as codes of the one vocabulary; any other status is a fault. */
const HONO_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    // Hono's own exceptions (e.g. an unreadable body) become precise 4xx, never 500s.
    const code = HONO_STATUS_CODES[err.status];
    if (code === 'bad_request')
      return new AppError(code, { id: 'Isi permintaan tidak dapat dibaca (format tidak sah).', en: 'The request body could not be read (malformed).' });
    if (code === 'payload_too_large') return new AppError(code, { id: 'Kiriman terlalu besar.', en: 'The upload is too large.' });
    if (code)
      return new AppError(code, {
        id: err.message || 'Permintaan tidak dapat diproses.',
        en: err.message || 'The request could not be processed.',
      });
  }
  return new AppError('internal_error', internal);
}

/** The one place where errors become responses: JSON under /api/, an HTML page elsewhere. */
export function handleError(err: unknown, c: Context<AppEnv>) {
  const e = toAppError(err);
  // a 503 is deliberate (whoever throws it logs why); anything else from 500 up is a fault
  if (e.status >= 500 && e.status !== 503) console.error('[pelita] unhandled error', c.req.method, c.req.path, err);
  if (e instanceof TooManyRequestsError) c.header('Retry-After', String(e.retryAfterSeconds));
  if (e instanceof MethodNotAllowedError) c.header('Allow', e.allow.join(', '));
  if (e.status === 401 && isApiPath(c.req.path)) c.header('WWW-Authenticate', 'Bearer realm="pelita"');
  if (isApiPath(c.req.path)) {
    const fields =
      e instanceof ValidationError
        ? Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k, { message: m.id, message_en: m.en }]))
        : undefined;
    return c.json(
      {
        error: {
          code: e.code,
          message: e.userMessage.id,
          message_en: e.userMessage.en,
          ...(fields ? { fields } : {}),
          ...(e.details && !(e instanceof ValidationError) ? { details: e.details } : {}),
        },
      },
      e.status,
    );
  }
  const lang = c.var.lang ?? 'id';
  return renderPage(
    c,
    { title: e.status === 404 ? 'Tidak ditemukan' : `Galat ${e.status}`, status: e.status },
    <ErrorPage lang={lang} status={e.status} code={e.code} message={pick(e.userMessage, lang)} />,
  );
}

export function handleNotFound(c: Context<AppEnv>) {
  return handleError(new NotFoundError(), c);
}
