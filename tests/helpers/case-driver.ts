// Drives cases through the real app at chosen instants, the way citizens and staff do: a complaint
// submitted through the public API, staff actions through the staff API (signed in afresh at each
// instant: sessions time out after 30 idle minutes of the test clock), the citizen's answer,
// reopen, withdrawal and rating through the tracking API. For tests whose numbers come from the
// case history (statistics, the case_segments projection).
import { eq } from 'drizzle-orm';
import { cases } from '../../src/db/schema';
import type { Harness } from '../harness/types';
import { API_BODY, createViaApi, trackApi } from './complaints';
import { apiWithSession, signInAs } from './session';

/** An instant written in WIB (UTC+7), e.g. '2026-07-06T09:00'. */
export const wib = (local: string) => new Date(`${local}:00+07:00`);

export interface DrivenCase {
  id: string;
  code: string;
  key: string;
}

export function caseDriver(h: Harness) {
  const at = (local: string) => h.clock.set(wib(local));
  const version = async (id: string) => (await h.deps.db.select({ v: cases.version }).from(cases).where(eq(cases.id, id)))[0]!.v;

  return {
    /** a complaint submitted at `local` (WIB) through the public API */
    async submit(local: string, over: Record<string, unknown> = {}): Promise<DrivenCase> {
      at(local);
      return createViaApi(h, { ...API_BODY, ...over });
    },

    /** a staff action at `local`, by the staff member with this e-mail */
    async staff(local: string, email: string, k: DrivenCase, action: string, fields: Record<string, unknown> = {}): Promise<void> {
      at(local);
      const who = await signInAs(h, email);
      const res = await apiWithSession(h, `/api/v1/cases/${k.id}/actions`, who, {
        json: { action, version: await version(k.id), message: `Tindakan ${action} pada kasus ini.`, ...fields },
      });
      if (res.status !== 200) throw new Error(`${action} at ${local}: ${res.status} ${await res.text()}`);
    },

    /** the citizen's call at `local` to /api/v1/track/{code}/{what} */
    async citizen(local: string, k: DrivenCase, what: 'information' | 'reopen' | 'withdraw' | 'rating', json: unknown): Promise<void> {
      at(local);
      const res = await trackApi(h, k.code, `/${what}`, { key: k.key, json });
      if (res.status >= 300) throw new Error(`${what} at ${local}: ${res.status} ${await res.text()}`);
    },
  };
}
