// Issue 8, finding 8: the sign-in lockout could be turned against staff. Each property of the
// design in src/modules/auth/throttle.ts, through the real sign-in form and API.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { ACCOUNT_BUDGET, ADDRESS_FREE, ADDRESS_MAX_WAIT_S } from '../throttle';
import { auditLog, staff } from '../../../db/schema';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, visitor } from '../../../../tests/helpers/session';

let h: Harness;
beforeAll(async () => {
  h = await makeHarness();
});
afterAll(async () => h.close());

const PASSWORD = 'pelita-demo-2026';
const MINUTE = 60_000;

/** One browser: its cookies (CSRF visitor cookie, and the device cookie once it has signed in). */
interface Browser {
  cookies: Map<string, string>;
  csrf: string;
}

async function newBrowser(): Promise<Browser> {
  const v = await visitor(h);
  const [name, value] = v.cookie.split('=') as [string, string];
  return { cookies: new Map([[name, value]]), csrf: v.csrf };
}

const cookieHeader = (b: Browser) => [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Keeps the device cookie a response sets (the session cookie is not needed for these tests). */
function keepDeviceCookie(b: Browser, res: Response) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, value] = pair!.split('=') as [string, string];
    if (name.endsWith('pelita_device')) b.cookies.set(name, value);
  }
}

async function signIn(username: string, password: string, ip: string, browser?: Browser, lang = 'id') {
  const b = browser ?? (await newBrowser());
  const res = await h.request('/masuk', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(b), 'X-Forwarded-For': ip, 'Accept-Language': lang },
    body: new URLSearchParams({ _csrf: b.csrf, username, password }),
    redirect: 'manual',
  });
  keepDeviceCookie(b, res);
  return res;
}

function apiLogin(username: string, password: string, ip: string) {
  return h.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
    body: JSON.stringify({ username, password }),
  });
}

/** A browser that has signed in to the account once (it now holds a device cookie). */
async function knownBrowser(email: string, ip: string): Promise<Browser> {
  const b = await newBrowser();
  const res = await signIn(email, PASSWORD, ip, b);
  expect(res.status).toBe(303);
  expect([...b.cookies.keys()].some((k) => k.endsWith('pelita_device'))).toBe(true);
  return b;
}

async function nipOf(email: string): Promise<{ id: number; nip: string }> {
  const [row] = await h.deps.db.select({ id: staff.id, nip: staff.nip }).from(staff).where(eq(staff.email, email));
  return row!;
}

async function lockEvents(by: string) {
  const rows = await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'auth.locked'));
  return rows.filter((r) => JSON.parse(r.detail ?? '{}').by === by);
}

/** Moves the clock past every budget window, so each test starts from a clean slate. */
const nextHour = () => h.clock.advance(61 * MINUTE);

describe(`8 sign-in lockout cannot be turned against staff, on ${RUNTIME}`, { timeout: 60_000 }, () => {
  it('8 the owner with a device cookie signs in with the right password during an attack on their account', async () => {
    nextHour();
    const email = 'kabid.dpupr@demo.pelita.id';
    const usual = await knownBrowser(email, '203.0.113.10');
    // someone elsewhere spends the account's budget, and more
    for (let i = 0; i < ACCOUNT_BUDGET; i++) expect((await signIn(email, `tebakan-${i}-salah`, `198.51.100.${i + 1}`)).status).toBe(401);
    expect((await signIn(email, 'tebakan-lagi-salah', '198.51.100.99')).status).toBe(429);
    // the attacker cannot get in even with the right password from a new device
    expect((await signIn(email, PASSWORD, '198.51.100.98')).status).toBe(429);
    // the owner's usual browser signs in, at the office and on the road
    expect((await signIn(email, PASSWORD, '203.0.113.10', usual)).status).toBe(303);
    expect((await signIn(email, PASSWORD, '192.0.2.200', usual)).status).toBe(303);
    // a typo on the usual browser is an ordinary wrong password, not a lockout
    expect((await signIn(email, 'salah-ketik-sekali', '203.0.113.10', usual)).status).toBe(401);
    expect((await signIn(email, PASSWORD, '203.0.113.10', usual)).status).toBe(303);
    expect((await lockEvents('account')).length).toBeGreaterThan(0);
  });

  it('8 the 11th guess at one account is refused whatever the address and whichever of NIP and e-mail is typed', async () => {
    nextHour();
    const email = 'kabid.dlh@demo.pelita.id';
    const { nip } = await nipOf(email);
    const names = [email, nip, email.toUpperCase(), `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14)}`];
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_BUDGET; i++) {
      statuses.push((await signIn(names[i % names.length]!, `tebakan-${i}-salah`, `198.51.100.${20 + i}`)).status);
      h.clock.advance(MINUTE);
    }
    expect(statuses).toEqual(Array(ACCOUNT_BUDGET).fill(401));
    // guess 11: refused by NIP and by e-mail, from any address, on the form and the API
    for (const [name, ip] of [[nip, '198.51.100.40'], [email, '198.51.100.41'], [nip, '203.0.113.41']] as const) {
      const res = await signIn(name, 'tebakan-sebelas', ip);
      expect(res.status).toBe(429);
      const retry = Number(res.headers.get('Retry-After'));
      expect(retry).toBeGreaterThan(45 * 60);
      expect(retry).toBeLessThanOrEqual(60 * 60);
    }
    const api = await apiLogin(nip, PASSWORD, '198.51.100.42');
    expect(api.status).toBe(429);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('too_many_requests');
    // a rolling hour: when the first guess is an hour old, exactly one more is looked at
    h.clock.advance(60 * MINUTE - ACCOUNT_BUDGET * MINUTE + 1000);
    expect((await signIn(email, 'tebakan-dua-belas', '198.51.100.43')).status).toBe(401);
    expect((await signIn(email, 'tebakan-tiga-belas', '198.51.100.44')).status).toBe(429);
    // and once the hour has passed for all of them the owner signs in from a new device too
    nextHour();
    expect((await signIn(nip, PASSWORD, '198.51.100.45')).status).toBe(303);
  });

  it('8 parallel guesses cannot get past the account budget', async () => {
    nextHour();
    const email = 'petugas.dishub@demo.pelita.id';
    const results = await Promise.all(
      Array.from({ length: 3 * ACCOUNT_BUDGET }, (_, i) => signIn(email, `paralel-${i}-salah`, `198.51.100.${100 + i}`)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(ACCOUNT_BUDGET);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2 * ACCOUNT_BUDGET);
  });

  it('8 a spraying address is slowed: after 20 failures it must wait a growing interval (429 + Retry-After)', async () => {
    nextHour();
    const sprayer = '198.51.100.150';
    for (let i = 0; i < ADDRESS_FREE; i++) expect((await signIn(`tebak${i}@demo.pelita.id`, 'Rahasia2026!', sprayer)).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const slowed = await signIn(`semprot${i}@demo.pelita.id`, 'Rahasia2026!', sprayer);
      expect(slowed.status).toBe(429);
      const retry = Number(slowed.headers.get('Retry-After'));
      waits.push(retry);
      if (i === 0) expect(await slowed.text()).toContain('dari jaringan Anda');
      h.clock.advance(retry * 1000);
      expect((await signIn(`semprot${i}@demo.pelita.id`, 'Rahasia2026!', sprayer)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    // the wait never exceeds the cap, and another address is not slowed at all
    for (let i = 0; i < 10; i++) {
      const r = await signIn(`semprot-lagi${i}@demo.pelita.id`, 'Rahasia2026!', sprayer);
      const retry = Number(r.headers.get('Retry-After'));
      expect(retry).toBeLessThanOrEqual(ADDRESS_MAX_WAIT_S);
      h.clock.advance(retry * 1000);
      expect((await signIn(`semprot-lagi${i}@demo.pelita.id`, 'Rahasia2026!', sprayer)).status).toBe(401);
    }
    expect((await signIn('petugas.dinkes@demo.pelita.id', PASSWORD, '198.51.100.151')).status).toBe(303);
    expect((await lockEvents('address')).length).toBeGreaterThan(0);
  });

  it('8 a colleague at the same address with the right password and a device cookie is not blocked', async () => {
    nextHour();
    const office = '198.51.100.160';
    const colleague = await knownBrowser('kabid.dinkes@demo.pelita.id', office);
    for (let i = 0; i < ADDRESS_FREE; i++) expect((await signIn(`tebak-kantor${i}@demo.pelita.id`, 'Rahasia2026!', office)).status).toBe(401);
    for (let i = 0; i < 3; i++) {
      const r = await signIn(`semprot-kantor${i}@demo.pelita.id`, 'Rahasia2026!', office);
      expect(r.status).toBe(429);
      h.clock.advance(Number(r.headers.get('Retry-After')) * 1000);
      expect((await signIn(`semprot-kantor${i}@demo.pelita.id`, 'Rahasia2026!', office)).status).toBe(401);
    }
    // the address is being slowed for unknown browsers …
    expect((await signIn('tebak-kantor-x@demo.pelita.id', 'Rahasia2026!', office)).status).toBe(429);
    // … but the colleague's usual browser signs in at once, and a typo there is a plain 401
    expect((await signIn('kabid.dinkes@demo.pelita.id', 'salah-ketik-kantor', office, colleague)).status).toBe(401);
    expect((await signIn('kabid.dinkes@demo.pelita.id', PASSWORD, office, colleague)).status).toBe(303);
    // a colleague on a new browser there is slowed by seconds, never locked out
    const fresh = await signIn('petugas.dlh@demo.pelita.id', PASSWORD, office);
    expect(fresh.status).toBe(429);
    const retry = Number(fresh.headers.get('Retry-After'));
    expect(retry).toBeLessThanOrEqual(ADDRESS_MAX_WAIT_S);
    h.clock.advance(retry * 1000);
    expect((await signIn('petugas.dlh@demo.pelita.id', PASSWORD, office)).status).toBe(303);
  });

  it('8 unknown and known usernames are indistinguishable from outside', async () => {
    nextHour();
    const trace = async (username: string, ip: string) => {
      const out: string[] = [];
      for (let i = 0; i <= ACCOUNT_BUDGET + 1; i++) {
        const res = await signIn(username, i === ACCOUNT_BUDGET + 1 ? PASSWORD : `tebakan-${i}-salah`, ip);
        const body = (await res.text()).replaceAll(username, 'USERNAME').replace(/name="_csrf" value="[^"]*"/g, '');
        const cookies = res.headers.getSetCookie().map((c) => c.split('=')[0]).sort().join(',');
        out.push(`${res.status} ${res.headers.get('Retry-After')} ${cookies} ${body.length}`);
        const api = await apiLogin(username, `api-${i}-salah`, ip);
        out.push(`${api.status} ${api.headers.get('Retry-After')} ${JSON.stringify(await api.json())}`);
      }
      return out;
    };
    const known = await trace('petugas.satpolpp@demo.pelita.id', '198.51.100.170');
    const unknown = await trace('tidak.ada@demo.pelita.id', '198.51.100.171');
    expect(unknown).toEqual(known);
    expect(known.some((l) => l.startsWith('429'))).toBe(true);
    // the same for a NIP that exists and one that does not
    const { nip } = await nipOf('petugas.disdukcapil@demo.pelita.id');
    nextHour();
    expect(await trace('199001012020011999', '198.51.100.172')).toEqual(await trace(nip, '198.51.100.173'));
  });

  it('8 changing one’s password is not subject to the sign-in lockout (it has its own per-session budget)', async () => {
    nextHour();
    const email = 'petugas2.dpupr@demo.pelita.id';
    const session = await signInAs(h, email);
    for (let i = 0; i <= ACCOUNT_BUDGET; i++) await signIn(email, `tebakan-${i}-salah`, `198.51.100.${180 + i}`);
    expect((await signIn(email, PASSWORD, '198.51.100.199')).status).toBe(429);
    const res = await postForm(h, '/akun/kata-sandi', session, { current: PASSWORD, new_password: 'serabi notosuman enak', confirm: 'serabi notosuman enak' }, { 'X-Forwarded-For': '198.51.100.180' });
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/akun?sandi=1');
  });

  it('8 a new device of a locked account is told (in both languages) to wait or ask an admin, and an admin can unlock it', async () => {
    nextHour();
    const email = 'kabid.dishub@demo.pelita.id';
    const { id } = await nipOf(email);
    for (let i = 0; i < ACCOUNT_BUDGET; i++) await signIn(email, `tebakan-${i}-salah`, '198.51.100.200');
    const page = await signIn(email, PASSWORD, '198.51.100.201');
    expect(page.status).toBe(429);
    const html = await page.text();
    expect(html).toContain('minta administrator membuka kuncinya');
    expect(html).toContain('perangkat yang biasa Anda pakai');
    const en = await signIn(email, PASSWORD, '198.51.100.201', undefined, 'en');
    expect(await en.text()).toContain('ask an administrator to unlock it');
    const api = (await (await apiLogin(email, PASSWORD, '198.51.100.202')).json()) as { error: { message: string; message_en: string } };
    expect(api.error.message).toContain('minta administrator');
    expect(api.error.message_en).toContain('ask an administrator');

    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const form = await h.request(`/admin/pegawai/${id}`, { headers: { Cookie: admin.cookie } });
    expect(await form.text()).toContain('Masuk dari perangkat baru ditahan');
    const unlock = await postForm(h, `/admin/pegawai/${id}/buka-kunci`, admin, {});
    expect(unlock.status).toBe(303);
    expect((await signIn(email, PASSWORD, '198.51.100.201')).status).toBe(303);
    const audit = await h.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'staff.sign_in_unlocked'), eq(auditLog.target, `staff:${id}`)));
    expect(audit).toHaveLength(1);
  });

  it('8 a device cookie is signed, names one account, has its own budget, and ends with the password', async () => {
    nextHour();
    const email = 'petugas.dpmptsp@demo.pelita.id';
    const { id } = await nipOf(email);
    const usual = await knownBrowser(email, '203.0.113.20');
    const second = await knownBrowser(email, '203.0.113.22');
    for (let i = 0; i < ACCOUNT_BUDGET; i++) await signIn(email, `tebakan-${i}-salah`, '198.51.100.210');
    // a forged or altered cookie is not a known device
    const forged = await newBrowser();
    for (const [k, v] of usual.cookies) if (k.endsWith('pelita_device')) forged.cookies.set(k, v.slice(0, -2) + (v.endsWith('AA') ? 'BB' : 'AA'));
    expect((await signIn(email, PASSWORD, '203.0.113.20', forged)).status).toBe(429);
    // another account's device cookie does not help
    const other = await knownBrowser('kabid.dpmptsp@demo.pelita.id', '203.0.113.20');
    expect((await signIn(email, PASSWORD, '203.0.113.20', other)).status).toBe(429);
    expect((await signIn(email, PASSWORD, '203.0.113.20', usual)).status).toBe(303);
    // a known device that spends its own budget is an unknown browser from then on
    for (let i = 0; i < 10; i++) expect((await signIn(email, `perangkat-${i}-salah`, '203.0.113.20', usual)).status).toBe(401);
    expect((await signIn(email, PASSWORD, '203.0.113.20', usual)).status).toBe(429);
    expect((await lockEvents('device')).length).toBeGreaterThan(0);
    // an admin's password reset unlocks the account and retires every device of the old password
    const admin = await signInAs(h, 'admin@demo.pelita.id');
    const reset = await postForm(h, `/admin/pegawai/${id}/reset-sandi`, admin, { confirm: '1' });
    expect(reset.status).toBe(200);
    const temporary = /data-testid="temp-password">([^<]+)</.exec(await reset.text())![1]!;
    for (let i = 0; i < ACCOUNT_BUDGET; i++) await signIn(email, `tebakan-baru-${i}-salah`, '198.51.100.211');
    expect((await signIn(email, temporary, '203.0.113.22', second)).status).toBe(429);
  });
});
