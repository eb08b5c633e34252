// Guessing protection for passwords (OWASP ASVS 6.1.1, 6.3.1), designed so that it cannot be
// turned against the staff it protects.
//
// The old design locked an account for everyone after 5 failures from anywhere, and an address
// after 20: anyone could lock a colleague out (and out of changing their password) by typing
// their e-mail five times, and one guesser behind an office NAT locked out the whole office.
// The rules now:
//
// 1. One account, one budget. NIP and e-mail resolve to the same account key (`staff:<id>`);
//    a name that matches no account gets a keyed hash of the normalised name instead
//    (`name:<hmac>`), so from outside an unknown name behaves exactly like a known one.
//    (Only a person who already knows both the NIP and the e-mail could see that the two share
//    one budget, after spending it.)
//
// 2. Per-account budget. An account takes at most ACCOUNT_BUDGET wrong passwords per rolling
//    hour from unknown browsers, whatever the address and whichever name is typed. A guess is
//    booked before the password is checked, in one INSERT … SELECT … WHERE that checks the
//    budget, so parallel requests cannot slip past it; a right password un-books its guess.
//    A success does not reset the budget, so a guesser does not get a fresh one each time the
//    owner signs in. When the budget is spent, unknown browsers are refused (429, Retry-After)
//    without the password being checked, with a message saying when to retry, to use the
//    usual device, or to ask an administrator (who can unlock: unlockAccount).
//
// 3. Known devices (OWASP "device cookies"). A successful sign-in gives the browser a signed,
//    HttpOnly cookie naming that account (src/modules/auth/devices.ts). A guess that comes with a
//    valid one is counted against that device alone (DEVICE_BUDGET per hour), never against the
//    account or the address: the owner on their usual browser signs in with the right password
//    however hard someone elsewhere is guessing. A device that spends its own budget is treated
//    as unknown from then on. The cookie is bound to the password hash, so a password change or
//    reset invalidates every device an old password may have enrolled.
//
// 4. Per-address slow-down, for spraying (one guess at each of many accounts). Failures from
//    unknown browsers are counted per address (IPv6: per /64). The first ADDRESS_FREE in an
//    hour cost nothing; after that the address must wait after each failure before its next
//    guess is looked at, 1 s, 2 s, 4 s … up to ADDRESS_MAX_WAIT_S (a 429 with Retry-After:
//    a Worker cannot sleep cheaply). It never refuses a browser with a device cookie for the
//    account it signs in to, so colleagues behind the same NAT sign in as usual while someone
//    there sprays; a colleague on a new browser is slowed for a few minutes at most, never
//    locked out. A success clears that account's failures from the address count (they still
//    count against the account).
//
// 5. The password-change form (a signed-in user re-typing their current password) is not
//    subject to any of this, so a lockout cannot stop the owner from changing a password being
//    guessed; it has its own budget per session (SESSION_BUDGET per hour).
//
// Every refusal and every budget that runs out is written to the audit log by the callers.
// Failures older than an hour are pruned by the scheduled job.
import { and, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { signInFailures } from '../../db/schema';
import { hmacSign } from '../../platform/security/crypto';

export const WINDOW_MS = 60 * 60_000;
export const ACCOUNT_BUDGET = 10;
export const DEVICE_BUDGET = 10;
export const SESSION_BUDGET = 5;
export const ADDRESS_FREE = 20;
export const ADDRESS_MAX_WAIT_S = 300;

export const staffAccountKey = (staffId: number) => `staff:${staffId}`;

/** Key for a name that matches no account: keyed, so the table does not list guessed names. */
export async function nameAccountKey(secret: string, normalisedName: string): Promise<string> {
  return `name:${(await hmacSign(secret, `sign-in-name:${normalisedName}`)).slice(0, 32)}`;
}

/**
 * The address a budget is kept for: IPv4 as is, IPv6 by its /64 (one subscriber usually holds
 * a whole /64, so counting single IPv6 addresses would not slow anyone down).
 */
export function addressKey(ip: string): string {
  const raw = ip.trim().toLowerCase();
  if (!raw.includes(':')) return raw.slice(0, 64);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(raw);
  if (mapped) return mapped[1]!;
  const groups = expandIpv6(raw.split('%')[0]!);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : raw.slice(0, 64);
}

function expandIpv6(s: string): string[] | null {
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const part = (x: string) => (x === '' ? [] : x.split(':'));
  const head = part(halves[0]!);
  const tail = halves.length === 2 ? part(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return all.map((g) => parseInt(g, 16).toString(16));
}

/** How long an address must wait after its last failure, once it has `failures` in the hour. */
export function addressWaitMs(failures: number): number {
  if (failures < ADDRESS_FREE) return 0;
  return 1000 * Math.min(ADDRESS_MAX_WAIT_S, 2 ** Math.min(failures - ADDRESS_FREE, 20));
}

/** Who is guessing: the account, the address, and the known device or session, if any. */
export interface Guesser {
  account: string;
  address: string | null;
  /** 'device:<nonce>' for a browser with a valid device cookie, 'session:<hash>' for the password-change form */
  client: string | null;
}

/** A booked guess: a failure row that a right password deletes again (forgiveGuess). */
export interface BookedGuess extends Guesser {
  id: number;
}

export type Refusal = { by: 'account' | 'address' | 'client'; retryAfterSeconds: number };

async function book(db: Db, g: Guesser, now: Date, condition: SQL): Promise<BookedGuess | null> {
  const rows = await db.all<{ id: number }>(
    sql`INSERT INTO sign_in_failures (account, address, client, at)
        SELECT ${g.account}, ${g.address}, ${g.client}, ${now.getTime()} WHERE ${condition} RETURNING id`,
  );
  const id = rows[0]?.id;
  return id === undefined ? null : { ...g, id: Number(id) };
}

const since = (now: Date) => now.getTime() - WINDOW_MS;

/** The SQL twin of addressWaitMs: true when the address may guess now. */
function addressMayGuess(address: string | null, now: Date): SQL {
  if (address === null) return sql`1`;
  const t = now.getTime();
  return sql`(SELECT count(*) < ${ADDRESS_FREE}
                  OR ${t} >= max(at) + 1000 * min(${ADDRESS_MAX_WAIT_S}, 1 << min(count(*) - ${ADDRESS_FREE}, 20))
              FROM sign_in_failures WHERE address = ${address} AND client IS NULL AND at > ${since(now)})`;
}

/**
 * Books one guess for a sign-in, or says why not. A browser with a valid device cookie is
 * checked against that device's budget only; without one (or once the device has spent its
 * budget) against the account's budget and the address's slow-down.
 */
export async function bookSignInGuess(
  db: Db,
  who: { account: string; address: string; device: string | null },
  now: Date,
): Promise<BookedGuess | Refusal> {
  if (who.device) {
    const booked = await book(db, { account: who.account, address: who.address, client: who.device }, now, clientHasBudget(who.device, DEVICE_BUDGET, now));
    if (booked) return booked;
  }
  const g = { account: who.account, address: who.address, client: null };
  const booked = await book(
    db,
    g,
    now,
    sql`(SELECT count(*) FROM sign_in_failures WHERE account = ${who.account} AND client IS NULL AND at > ${since(now)}) < ${ACCOUNT_BUDGET}
        AND ${addressMayGuess(who.address, now)}`,
  );
  return booked ?? (await whyRefused(db, g, now));
}

/** Books one check of the current password on the password-change form of this session. */
export async function bookSessionGuess(db: Db, staffId: number, sessionKey: string, now: Date): Promise<BookedGuess | Refusal> {
  const g = { account: staffAccountKey(staffId), address: null, client: `session:${sessionKey}` };
  return (await book(db, g, now, clientHasBudget(g.client, SESSION_BUDGET, now))) ?? (await whyRefused(db, g, now));
}

function clientHasBudget(client: string, budget: number, now: Date): SQL {
  return sql`(SELECT count(*) FROM sign_in_failures WHERE client = ${client} AND at > ${since(now)}) < ${budget}`;
}

/** Which budget is spent, and when a guess will be looked at again (whole seconds, at least 1). */
async function whyRefused(db: Db, g: Guesser, now: Date): Promise<Refusal> {
  const t = now.getTime();
  // a budget of N frees up when the N-th most recent failure leaves the window
  const nth = async (where: SQL, budget: number) =>
    (await db.all<{ at: number }>(sql`SELECT at FROM sign_in_failures WHERE ${where} AND at > ${since(now)} ORDER BY at DESC LIMIT 1 OFFSET ${budget - 1}`))[0];
  const secs = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
  if (g.client) {
    const row = await nth(sql`client = ${g.client}`, g.client.startsWith('session:') ? SESSION_BUDGET : DEVICE_BUDGET);
    return { by: 'client', retryAfterSeconds: secs(row ? Number(row.at) + WINDOW_MS - t : 1000) };
  }
  const spent = await nth(sql`account = ${g.account} AND client IS NULL`, ACCOUNT_BUDGET);
  let addressWait = 0;
  if (g.address !== null) {
    const [a] = await db.all<{ n: number; last: number | null }>(
      sql`SELECT count(*) AS n, max(at) AS last FROM sign_in_failures WHERE address = ${g.address} AND client IS NULL AND at > ${since(now)}`,
    );
    if (a && a.last !== null) addressWait = Math.max(0, Number(a.last) + addressWaitMs(Number(a.n)) - t);
  }
  if (spent) return { by: 'account', retryAfterSeconds: secs(Math.max(Number(spent.at) + WINDOW_MS - t, addressWait)) };
  return { by: 'address', retryAfterSeconds: secs(addressWait) };
}

/** The password was right: the booked guess was no failure, and the address forgets this account's failures. */
export async function forgiveGuess(db: Db, g: BookedGuess): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.id, g.id));
  if (g.address !== null)
    await db
      .update(signInFailures)
      .set({ address: null })
      .where(and(eq(signInFailures.account, g.account), eq(signInFailures.address, g.address), isNull(signInFailures.client)));
}

/** After a failure: which budgets this failure has just used up (for the audit log). */
export async function budgetsJustSpent(db: Db, g: BookedGuess, now: Date): Promise<Array<'account' | 'address' | 'device' | 'session'>> {
  const count = async (where: SQL) =>
    Number((await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM sign_in_failures WHERE ${where} AND at > ${since(now)}`))[0]?.n ?? 0);
  if (g.client) {
    const session = g.client.startsWith('session:');
    return (await count(sql`client = ${g.client}`)) === (session ? SESSION_BUDGET : DEVICE_BUDGET) ? [session ? 'session' : 'device'] : [];
  }
  const out: Array<'account' | 'address'> = [];
  if ((await count(sql`account = ${g.account} AND client IS NULL`)) === ACCOUNT_BUDGET) out.push('account');
  if (g.address !== null && (await count(sql`address = ${g.address} AND client IS NULL`)) === ADDRESS_FREE) out.push('address');
  return out;
}

/** How many guesses unknown browsers made at this account in the last hour, and for how long it is locked to them. */
export async function accountLockStatus(db: Db, account: string, now: Date): Promise<{ failures: number; lockedForSeconds: number }> {
  const rows = await db.all<{ at: number }>(
    sql`SELECT at FROM sign_in_failures WHERE account = ${account} AND client IS NULL AND at > ${since(now)} ORDER BY at DESC`,
  );
  const nth = rows[ACCOUNT_BUDGET - 1];
  return { failures: rows.length, lockedForSeconds: nth ? Math.ceil((Number(nth.at) + WINDOW_MS - now.getTime()) / 1000) : 0 };
}

/** An administrator unlocks an account for new devices (after checking who is asking). */
export async function unlockAccount(db: Db, account: string): Promise<number> {
  const r = await db
    .delete(signInFailures)
    .where(and(eq(signInFailures.account, account), isNull(signInFailures.client)))
    .returning({ id: signInFailures.id });
  return r.length;
}

/** Forgets failures that no budget counts any more (the scheduled job). */
export async function pruneSignInFailures(db: Db, now: Date): Promise<void> {
  await db.delete(signInFailures).where(lte(signInFailures.at, new Date(since(now))));
}
