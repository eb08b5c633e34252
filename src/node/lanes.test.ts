// Issue 14.3 on the real Node server: the staff's reading and the scheduled jobs run on the staff
// lane's thread with connections of their own, the citizens' pages and every write on the main
// thread. (Its speed is measured by `npm run bench:city`, never here.)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { staff } from '../db/schema';
import { createSession } from '../platform/auth/sessions';
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import type { AppEnv } from '../platform/http/context';
import type { AppDeps } from '../platform/runtime/deps';
import { IN_FLIGHT, inStaffLane, LaneRequestDropped, nodeLanes, staffLane } from './lanes';
import { startDemoNodeServer } from '../../tests/helpers/node-server';

const lane = (method: string, path: string, headers: Record<string, string> = {}) => inStaffLane(method, `http://127.0.0.1${path}`, new Headers(headers));

describe('14.3 which requests go to the staff lane', () => {
  it("14.3 a citizen's pages, static files and every write stay on the main thread", () => {
    for (const path of ['/', '/layanan', '/lacak/ADU-2026-000001', '/pengaduan/baru', '/healthz', '/api/v1/services']) expect(lane('GET', path), path).toBe(false);
    expect(lane('GET', '/lacak/ADU-2026-000001', { cookie: 'pelita_lang=en; pelita_csrf=abc' })).toBe(false);
    expect(lane('GET', '/assets/pelita.css', { cookie: 'pelita_session=s' })).toBe(false);
    expect(lane('POST', '/staf/kasus/1/balas', { cookie: 'pelita_session=s' })).toBe(false);
    expect(lane('POST', '/api/v1/complaints', { authorization: 'Bearer plt_x' })).toBe(false);
  });

  it("14.3 a signed-in member of staff's reading (session cookie, __Host- too, or API token) and /transparansi go to the staff lane", () => {
    expect(lane('GET', '/dasbor', { cookie: 'pelita_lang=id; pelita_session=abc' })).toBe(true);
    expect(lane('GET', '/staf', { cookie: '__Host-pelita_session=abc' })).toBe(true);
    expect(lane('HEAD', '/kinerja', { cookie: 'pelita_session=abc' })).toBe(true);
    expect(lane('GET', '/api/v1/cases', { authorization: 'Bearer plt_abc' })).toBe(true);
    expect(lane('GET', '/transparansi')).toBe(true);
    expect(lane('GET', '/transparansi?periode=12')).toBe(true);
    // a cookie whose name merely ends so is not a session
    expect(lane('GET', '/dasbor', { cookie: 'xpelita_session=abc' })).toBe(false);
  });
});

const COMPLAINT = {
  service_code: 'jalan-rusak',
  title: 'Jalan berlubang di Jebres',
  description: 'Lubang besar di tengah jalan dekat pasar, sudah dua minggu tidak diperbaiki dan sering menyebabkan kecelakaan.',
  address: 'Jl. Kolonel Sutarto dekat Pasar Jebres',
  kelurahan: 'jebres-jebres',
  privacy: 'anonim',
};

describe('14.3 the Node server in two lanes', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startDemoNodeServer>>['server'];
  let closeServer: () => Promise<void> = async () => {};
  let official: string;
  let officer: string;
  beforeAll(async () => {
    ({ dir, server, close: closeServer } = await startDemoNodeServer('lanes', { LIMIT_COMPLAINTS_PER_HOUR: '1000' }));
    const cookieOf = async (email: string) => {
      const [who] = await server.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, email));
      return `pelita_session=${await createSession(server.deps.db, who!.id, new Date(), server.deps.config)}`;
    };
    official = await cookieOf('pimpinan@demo.pelita.id');
    officer = await cookieOf('petugas.dpupr@demo.pelita.id');
  });
  // a lane that failed would be covered for by the main thread, saying so: none may here
  const errors = vi.spyOn(console, 'error');
  afterAll(async () => {
    expect(errors.mock.calls.filter((args) => String(args[0]).includes('staff lane'))).toEqual([]);
    errors.mockRestore();
    await closeServer();
  });

  const get = (path: string, cookie?: string) => fetch(server.url + path, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const submit = async (i: number) => {
    const res = await fetch(`${server.url}/api/v1/complaints`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...COMPLAINT, title: `${COMPLAINT.title} ${i}` }) });
    expect(res.status).toBe(201);
    return (await res.json()) as { tracking_code: string; access_key: string };
  };

  it('14.3 public pages are served without starting the staff lane (an idle server keeps one thread)', async () => {
    for (const path of ['/', '/layanan', '/lacak']) expect((await get(path)).status, path).toBe(200);
    expect(server.lanes.staff?.started).toBe(false);
  });

  it("14.3 the official's dashboard is answered by the staff lane's thread: the same page, headers and cookies as the main thread's app gives", async () => {
    const res = await get('/dasbor', official);
    expect(res.status).toBe(200);
    expect(server.lanes.staff?.started).toBe(true);
    const html = await res.text();
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toContain('pimpinan');
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toBeTruthy();
    expect(res.headers.get('Cache-Control')).toMatch(/no-store/);
    // HEAD has the headers and no body; a signed-out visitor is sent to sign in, from the lane too
    const head = await fetch(server.url + '/dasbor', { method: 'HEAD', headers: { cookie: official } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const expired = await get('/dasbor', 'pelita_session=not-a-session');
    expect([302, 303]).toContain(expired.status);
    expect(expired.headers.get('Location')).toMatch(/^\/masuk/);
  });

  it("14.3 lane_answer_as_bytes: the lane's page reaches the server as bytes, which @hono/node-server writes at once (any other body it reads as a stream, on the citizens' thread)", async () => {
    const bodies: unknown[] = [];
    const Original = globalThis.Response;
    globalThis.Response = class extends Original {
      constructor(body?: BodyInit | null, init?: ResponseInit) {
        bodies.push(body);
        super(body, init);
      }
    } as typeof Response;
    let res: Response;
    try {
      res = await server.lanes.staff!.fetch(new Request(`${server.url}/dasbor`, { headers: { cookie: official } }), '127.0.0.1');
    } finally {
      globalThis.Response = Original;
    }
    expect(res.status).toBe(200);
    expect(bodies.at(-1)).toBeInstanceOf(Uint8Array);
    expect(await res.text()).toContain('<!DOCTYPE html>');
  });

  // Linux: each thread's own nice value, field 19 of its stat (after the name in parentheses)
  const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  it.runIf(existsSync('/proc/thread-self'))("14.3 the staff lane's thread yields the CPU to the citizens' thread (a higher nice value)", async () => {
    expect((await get('/staf', officer)).status).toBe(200);
    const own = niceOf(readFileSync('/proc/thread-self/stat', 'utf8'));
    const threads = readdirSync('/proc/self/task').map((tid) => niceOf(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')));
    expect(threads).toContain(own + 10);
  });

  it("14.3 a citizen's complaint is written on the main thread while the staff lane reads dashboards and queues, and the lane reads it at once", async () => {
    const heavy = Array.from({ length: 12 }, (_, i) => get(i % 2 ? '/dasbor' : '/staf', i % 2 ? official : officer).then(async (r) => [r.status, (await r.text()).length] as const));
    const made = await Promise.all([submit(1), submit(2), submit(3)]);
    const answers = await Promise.all(heavy);
    for (const [status] of answers) expect(status).toBe(200);
    // the citizen's tracking page (main thread) and the officer's queue (staff lane) both see them
    for (const m of made) expect((await get(`/lacak/${m.tracking_code}`)).status).toBe(200);
    const queue = await (await get('/staf', officer)).text();
    for (const m of made) expect(queue).toContain(m.tracking_code);
  });

  it("14.3 the scheduled jobs run in the staff lane's thread and report each job", async () => {
    const result = (await server.lanes.runJobs()) as Record<string, unknown>;
    expect(Object.keys(result).length).toBeGreaterThan(3);
    for (const [name, r] of Object.entries(result)) expect(r, name).not.toHaveProperty('error');
  });

  it("14.3 a thread that ends fails only its own requests: one handed to its successor while it exits is answered", async () => {
    const dbUrl = `file:${join(dir, 'pelita.db')}`;
    const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
    const own = staffLane(() => ({ vars: { APP_ENV: 'development' }, dbUrl, baseUrl: server.url, root }));
    try {
      const ask = () => own.fetch(new Request(`${server.url}/transparansi`), '127.0.0.1');
      expect((await ask()).status).toBe(200);
      // the first thread's exit comes while the second already has the request
      const ending = own.close();
      expect((await ask()).status).toBe(200);
      await ending;
      expect(own.started).toBe(true);
    } finally {
      await own.close();
    }
  });

  it("14.3 lane_drops_departed_clients: requests wait their turn outside the thread, first come first served, and one whose client left is dropped unrun", async () => {
    const dbUrl = `file:${join(dir, 'pelita.db')}`;
    const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
    const own = staffLane(() => ({ vars: { APP_ENV: 'development' }, dbUrl, baseUrl: server.url, root }));
    try {
      const tabs = Array.from({ length: IN_FLIGHT + 4 }, () => new AbortController());
      const asked = tabs.map((tab) => own.fetch(new Request(`${server.url}/transparansi`), '127.0.0.1', tab.signal).then((r) => r.status, (e: unknown) => e));
      // the first IN_FLIGHT are in the thread already; of the four waiting, two tabs are closed
      const closed = [IN_FLIGHT + 1, IN_FLIGHT + 3];
      for (const i of closed) tabs[i]!.abort();
      const answers = await Promise.all(asked);
      expect(answers.filter((a) => a === 200)).toHaveLength(IN_FLIGHT + 2);
      for (const i of closed) expect(answers[i]).toBeInstanceOf(LaneRequestDropped);
      expect(own.dropped).toBe(2);
      // a request whose client had left before it was asked never waits at all
      const gone = new AbortController();
      gone.abort();
      await expect(own.fetch(new Request(`${server.url}/transparansi`), '127.0.0.1', gone.signal)).rejects.toBeInstanceOf(LaneRequestDropped);
      expect(own.dropped).toBe(3);
    } finally {
      await own.close();
    }
  });

  it("14.3 when the lane's thread has ended, the next staff request starts a new one", async () => {
    await server.lanes.staff!.close();
    expect(server.lanes.staff!.started).toBe(false);
    expect((await get('/staf', officer)).status).toBe(200);
    expect(server.lanes.staff!.started).toBe(true);
  });
});

describe('14.3 a staff lane whose thread cannot start', () => {
  it('14.3 its requests are answered by the main thread, and it rests instead of starting a thread for every request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pelita-lanes-'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // a database in a folder that does not exist: the lane's thread fails as it opens it
    const dbUrl = `file:${join(dir, 'tidak-ada', 'pelita.db')}`;
    const main = new Hono<AppEnv>().get('/dasbor', (c) => c.text('main thread'));
    const lanes = nodeLanes(main, {} as AppDeps, dbUrl, () => ({ vars: { APP_ENV: 'development' }, dbUrl, baseUrl: 'http://127.0.0.1', root: dir }));
    const env = { incoming: { socket: { remoteAddress: '127.0.0.1' } } } as unknown as HttpBindings;
    const ask = () => lanes.fetch(new Request('http://127.0.0.1/dasbor', { headers: { cookie: 'pelita_session=abc' } }), env);
    try {
      expect(lanes.staff?.available).toBe(true);
      expect(await (await ask()).text()).toBe('main thread');
      expect(lanes.staff?.available).toBe(false);
      expect(errors.mock.calls.some((args) => String(args[0]).includes('staff lane'))).toBe(true);
      errors.mockClear();
      // resting: straight to the main thread, no new thread, nothing logged
      expect(await (await ask()).text()).toBe('main thread');
      expect(lanes.staff?.started).toBe(false);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      await lanes.close();
      errors.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('14.3 the staff lane when its clients leave', () => {
  it("14.3 node_stop_with_abandoned_staff_requests: a stop right after officials closed their tabs neither runs their dashboards on a closed database nor hands them to the main thread", async () => {
    const { server, close } = await startDemoNodeServer('lanes-stop');
    const errors = vi.spyOn(console, 'error');
    try {
      const [who] = await server.deps.db.select({ id: staff.id }).from(staff).where(eq(staff.email, 'pimpinan@demo.pelita.id'));
      const official = `pelita_session=${await createSession(server.deps.db, who!.id, new Date(), server.deps.config)}`;
      expect((await fetch(`${server.url}/dasbor`, { headers: { cookie: official } })).status).toBe(200);
      // forty dashboards asked for at once, then every tab closed before most of them ran
      const tabs = Array.from({ length: 40 }, () => new AbortController());
      const asked = tabs.map((tab) => fetch(`${server.url}/dasbor`, { headers: { cookie: official }, signal: tab.signal }).then((r) => r.arrayBuffer()).catch(() => null));
      // closed once the server has them and most wait for the lane (or after 150 ms at most)
      for (let waited = 0; !(server.lanes.staff!.waiting >= 20) && waited < 150; waited += 5) await new Promise((r) => setTimeout(r, 5));
      for (const tab of tabs) tab.abort();
      await Promise.all(asked);
      await close();
      const logged = errors.mock.calls.map((args) => args.map(String).join(' '));
      expect(logged.filter((line) => /staff lane|CLIENT_CLOSED|closed/i.test(line))).toEqual([]);
      // those still waiting when the tabs closed were never run
      expect(server.lanes.staff!.dropped).toBeGreaterThan(0);
      expect(server.lanes.staff!.waiting).toBe(0);
    } finally {
      errors.mockRestore();
    }
  });
});
