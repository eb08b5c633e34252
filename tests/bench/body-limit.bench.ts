// `npm run bench`: oversized bodies against the real Node server, started the way a city starts it
// (`APP_ENV=production`, scripts/start-node.ts) in a child process whose memory we read from
// /proc. Ten clients at once each send 100 MB to each kind of route, once with Content-Length and
// once chunked (no length). Targets (issue 8.4): every one is answered 413 (404 for the unknown
// path) within a second, and the server's peak RSS stays under 300 MB. Printed, not asserted;
// the figures go into docs/benchmarks.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, test } from 'vitest';
import { PORTAL_SCRIPT, serverCommand } from './support/load';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const MB = 1024 * 1024;
const CLIENTS = 10;
const BODY = 100 * MB;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);

const ROUTES = [
  { kind: 'JSON API', path: '/api/v1/complaints', type: 'application/json', expect: 413 },
  { kind: 'upload', path: '/pengaduan/baru', type: 'multipart/form-data; boundary=----pelita', expect: 413 },
  { kind: 'plain form', path: '/lacak/ADU-0000-0000-0000/informasi', type: 'application/x-www-form-urlencoded', expect: 413 },
  { kind: 'unknown path', path: '/tidak-ada/unggah', type: 'multipart/form-data; boundary=----pelita', expect: 404 },
] as const;

interface Answer {
  status: number;
  ms: number;
  sentMb: number;
}

let dir: string;
let server: ChildProcess;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pelita-bench-'));
  // the command of `npm run start:node`, started directly so that its pid is the server's
  server = spawn(process.execPath, serverCommand(ROOT, PORTAL_SCRIPT), {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      APP_ENV: 'production',
      PELITA_SECRET: 'bench-secret-0123456789abcdef0123456789',
      PUBLIC_BASE_URL: 'https://pelita.bench.example',
      DATABASE_URL: `file:${join(dir, 'pelita.db')}`,
      FILES_DIR: join(dir, 'files'),
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((done, fail) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /is running at (http:\/\/\S+)/.exec(out);
      if (m) done(m[1]!);
    });
    server.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
}, 60_000);

afterAll(() => {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function memory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Resets the kernel's peak-RSS mark of the server, so each scenario reads its own peak. */
function resetPeak(pid: number) {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** One client: declares (or not) 100 MB and streams it until the server answers. */
function oversized(path: string, type: string, chunked: boolean): Promise<Answer> {
  const u = new URL(url);
  const started = performance.now();
  return new Promise((done, fail) => {
    let sent = 0;
    let answered = false;
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        method: 'POST',
        path,
        headers: { 'Content-Type': type, ...(chunked ? {} : { 'Content-Length': String(BODY) }) },
      },
      (res) => {
        answered = true;
        const answer = { status: res.statusCode ?? 0, ms: performance.now() - started, sentMb: sent / MB };
        res.resume();
        res.on('end', () => {
          req.destroy();
          done(answer);
        });
      },
    );
    req.on('error', (e) => (answered ? undefined : fail(e)));
    const pump = () => {
      while (!answered && sent < BODY) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

test(`${CLIENTS} clients × 100 MB bodies against the Node server`, { timeout: 600_000 }, async () => {
  const pid = server.pid!;
  // warm up the code paths each scenario uses
  for (const r of ROUTES) await fetch(`${url}${r.path}`, { method: 'POST', headers: { 'Content-Type': r.type }, body: '{}' });
  const baseline = memory(pid);
  const rows: string[] = [];
  let worstPeak = 0;
  for (const chunked of [false, true]) {
    for (const r of ROUTES) {
      resetPeak(pid);
      const answers = await Promise.all(Array.from({ length: CLIENTS }, () => oversized(r.path, r.type, chunked)));
      const { peakMb } = memory(pid);
      worstPeak = Math.max(worstPeak, peakMb);
      const statuses = [...new Set(answers.map((a) => a.status))].join('/');
      const slowest = Math.max(...answers.map((a) => a.ms));
      const sent = Math.max(...answers.map((a) => a.sentMb));
      const holds = answers.every((a) => a.status === r.expect) && slowest < 1000 && peakMb < 300;
      rows.push(
        `| ${r.kind} | ${chunked ? 'chunked' : 'Content-Length'} | ${statuses} | ${slowest.toFixed(0)} ms | ${sent.toFixed(1)} MB | ${peakMb.toFixed(0)} MB | ${holds ? 'yes' : 'NO'} |`,
      );
      // let the server drain or drop what the clients had in flight before the next scenario
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  console.log(
    [
      '',
      `Node server (APP_ENV=production, npm run start:node), ${CLIENTS} concurrent clients × 100 MB each.`,
      `Idle RSS after warm-up: ${baseline.rssMb.toFixed(0)} MB. Target: all 413 (404 unknown path) within 1 s, peak RSS < 300 MB.`,
      '',
      '| route | framing | status | slowest answer | most sent before the answer | peak RSS | holds? |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Worst peak RSS: ${worstPeak.toFixed(0)} MB.`,
    ].join('\n'),
  );
});
