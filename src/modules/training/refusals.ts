// A training step the learner may be refused for a reason the page can explain (the course is
// full, no attempts left, a field is wrong): the refusal comes back as a value and the page is
// shown again with it, under its status. Anything else is thrown on to the error mapper.
import { AppError, ValidationError } from '../../platform/http/errors';
import type { Msg } from '../../platform/i18n/lang';

export type RefusalStatus = 403 | 409 | 422;

export interface Refusal {
  status: RefusalStatus;
  message: Msg;
  /** one message per field, for a ValidationError (422) */
  fields?: Record<string, Msg>;
}

export type Outcome<T> = { refused: null; value: T } | { refused: Refusal; value?: undefined };

/** Runs `step`; an AppError with one of `statuses` becomes a Refusal, anything else is rethrown. */
export async function tryStep<T>(step: () => Promise<T>, statuses: readonly RefusalStatus[]): Promise<Outcome<T>> {
  try {
    return { refused: null, value: await step() };
  } catch (e) {
    if (!(e instanceof AppError) || !(statuses as readonly number[]).includes(e.status)) throw e;
    return {
      refused: {
        status: e.status as RefusalStatus,
        message: e.userMessage,
        ...(e instanceof ValidationError ? { fields: e.fields } : {}),
      },
    };
  }
}
