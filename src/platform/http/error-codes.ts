// The one vocabulary of error codes, for HTML pages and the JSON API alike. Every AppError names
// one of these (the type forbids anything else) and takes its HTTP status from here, so a code
// always comes with the same status. The OpenAPI document lists them: in the Error schema, and
// per operation under the status each code is answered with (src/platform/openapi/document.ts).
//
// One name per meaning: the same malformed JSON is `malformed_json` on every endpoint, and a
// state that does not allow an action is `action_not_allowed` for citizens and staff alike. A
// code of its own is kept only where a client can act on it differently (e.g. `stale_version`
// comes with the changes to show, `prerequisites_missing` with the courses to take first).
export const ERROR_CODES = {
  // 400: the request itself could not be read
  bad_request: { status: 400, description: 'The request could not be read.' },
  malformed_json: { status: 400, description: 'The body is not valid JSON, or not a JSON object (every JSON body is one).' },
  malformed_form: { status: 400, description: 'The form or multipart body could not be read.' },
  // 401: who is calling is not known
  unauthenticated: { status: 401, description: 'Sign in first (session cookie or Bearer token).' },
  session_expired: { status: 401, description: 'The session has ended; sign in again.' },
  invalid_token: { status: 401, description: 'The Bearer token is not valid, was revoked or has expired.' },
  invalid_credentials: { status: 401, description: 'Wrong NIP/e-mail or password.' },
  // 403: known, but not allowed
  forbidden: { status: 403, description: 'Not allowed for this account, role or unit.' },
  insufficient_scope: { status: 403, description: 'The API token lacks the scope this call needs.' },
  session_required: { status: 403, description: 'Only possible with a browser session, not with an API token.' },
  password_change_required: { status: 403, description: 'The password must be changed first.' },
  csrf_missing: { status: 403, description: 'A session call that writes must send the X-CSRF-Token header.' },
  csrf_invalid: { status: 403, description: 'The X-CSRF-Token does not match the session.' },
  csrf_cross_site: { status: 403, description: 'A cross-site request with the session cookie was refused.' },
  // 404, 405
  not_found: { status: 404, description: 'No such resource, or not visible to the caller.' },
  method_not_allowed: { status: 405, description: 'The path exists but does not take this method (see the Allow header).' },
  // 409: the current state of the resource refuses the request
  conflict: { status: 409, description: 'The request conflicts with the current state.' },
  stale_version: { status: 409, description: 'The case changed since the version sent; `details` lists the changes.' },
  idempotency_key_reused: { status: 409, description: 'The Idempotency-Key was used before with a different body.' },
  already_rated: { status: 409, description: 'The complaint has already been rated (once only).' },
  draft_submitted: { status: 409, description: 'The permit draft has already been sent as an application; it takes no more changes.' },
  already_enrolled: { status: 409, description: 'Already enrolled in this course.' },
  already_completed: { status: 409, description: 'The course has been completed; a course is taken once unless it is a yearly refresher.' },
  refresher_not_due: { status: 409, description: 'The yearly refresher was completed this year; it can be taken again from 1 January.' },
  not_enrolled: { status: 409, description: 'Enrol in the course first.' },
  prerequisites_missing: { status: 409, description: 'Prerequisite courses are not completed; `details.missing` lists their codes.' },
  already_passed: { status: 409, description: 'The quiz has already been passed.' },
  attempts_used_up: { status: 409, description: 'No quiz attempts are left.' },
  time_limit_passed: { status: 409, description: 'The attempt’s time limit has passed; it was closed unscored.' },
  already_submitted: { status: 409, description: 'The attempt has already been submitted.' },
  no_questions: { status: 409, description: 'The course has no quiz questions yet.' },
  already_registered: { status: 409, description: 'Already registered (or waitlisted) for this session.' },
  already_attended: { status: 409, description: 'A session of this course has already been attended: its classroom part is credited once, whatever the cohort.' },
  not_registered: { status: 409, description: 'Not registered for this session.' },
  session_started: { status: 409, description: 'The training session has started; registration is closed.' },
  session_not_started: { status: 409, description: 'The training session has not started yet.' },
  session_cancelled: { status: 409, description: 'The training session was cancelled.' },
  own_course: { status: 409, description: 'Authors and facilitators do not take their own course’s sessions.' },
  not_in_audience: { status: 403, description: 'The course is meant for other roles or units.' },
  own_evidence: { status: 403, description: 'One’s own learning evidence is decided by another supervisor.' },
  already_decided: { status: 409, description: 'The evidence has already been decided.' },
  already_answered: { status: 409, description: 'This year’s assessment has already been answered.' },
  code_taken: { status: 409, description: 'The code is already used by another record.' },
  already_exists: { status: 409, description: 'The record already exists.' },
  published: { status: 409, description: 'A published record cannot be changed.' },
  not_ready: { status: 409, description: 'The record is not complete enough to publish.' },
  // 413, 415
  payload_too_large: { status: 413, description: 'The body is larger than this route takes; `details.max_bytes` says how much.' },
  unsupported_media_type: { status: 415, description: 'The body has a content type this route does not take.' },
  // 422: understood, but the content or the state does not allow it
  validation_failed: { status: 422, description: 'One or more fields are invalid; `fields` names each.' },
  action_not_allowed: { status: 422, description: 'The action is unknown or not possible in the current status.' },
  reopen_window_passed: { status: 422, description: 'The time to reopen (10 working days after resolution) has passed.' },
  // 429, 5xx
  too_many_requests: { status: 429, description: 'Too many requests; retry after `details.retry_after` seconds (also the Retry-After header).' },
  internal_error: { status: 500, description: 'An unexpected server error (logged).' },
  misconfigured: { status: 503, description: 'The server is not configured correctly (the reason is in its log).' },
} as const satisfies Record<string, { status: number; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export type ErrorStatus = (typeof ERROR_CODES)[ErrorCode]['status'];

/** The codes answered with one status, e.g. CodeOf<409> for a ConflictError. */
export type CodeOf<S extends ErrorStatus> = {
  [C in ErrorCode]: (typeof ERROR_CODES)[C]['status'] extends S ? C : never;
}[ErrorCode];

export function statusOf(code: ErrorCode): ErrorStatus {
  return ERROR_CODES[code].status;
}
