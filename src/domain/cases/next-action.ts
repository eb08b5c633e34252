// The task at hand on a case (issue 13.10): of the actions a staff member may take now, which are
// the likely next step, to be offered first, and which stay behind a disclosure. The answer is
// the machine's own data — each rule names the statuses in which it is the next step (`next`,
// src/domain/cases/state-machine.ts) — so a kind's table decides it, never the page.
import type { CaseMachine } from './state-machine';

export interface ActionsForTask<A extends string> {
  /** the likely next steps, in the machine's order */
  next: A[];
  /** every other action offered, in the machine's order */
  more: A[];
}

/**
 * Splits the actions offered on a case in `status` into the next steps and the rest, keeping
 * their order. An action the machine does not know is one of the rest.
 */
export function actionsForTask<A extends string>(
  machine: Pick<CaseMachine<string, string>, 'transitions'>,
  status: string,
  offered: readonly A[],
): ActionsForTask<A> {
  const isNext = (a: A) => machine.transitions[a]?.next?.includes(status) ?? false;
  return { next: offered.filter(isNext), more: offered.filter((a) => !isNext(a)) };
}
