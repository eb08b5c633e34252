// Builds the self-hosted server into one JavaScript file, dist/node/server.mjs, which
// `npm run start:node` runs with plain `node`: no TypeScript loader in production (issue 14.5).
// `node scripts/build-node.mjs [outfile]`; migrations stay on disk and are read at start. The staff
// lane's worker thread (src/node/lanes.ts) is built beside it: dist/node/lane-worker.mjs.
//
// The dependencies are bundled too, not only our code: on Node 24 the ESM loader linking
// drizzle-orm's few hundred modules (their `export *` chains) holds ~150 MB of heap while it
// works, which V8 keeps as resident memory afterwards. Measured: `import 'drizzle-orm'` peaks at
// 297 MB RSS as ESM against 76 MB through require() (65 MB on Node 20); the server idled at 202 MB
// with its packages left to the loader and at 122 MB bundled. @libsql/client and its driver `libsql`
// stay outside: they load a native addon for the platform they run on.
import { basename, dirname, extname } from 'node:path';
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/node/server.mjs';
const ext = extname(outfile);

await build({
  // the lane's worker is looked up beside the server, with the server's own extension
  entryPoints: [
    { in: 'scripts/start-node.ts', out: basename(outfile, ext) },
    { in: 'src/node/lane-worker.ts', out: 'lane-worker' },
  ],
  outdir: dirname(outfile),
  outExtension: { '.js': ext },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // `libsql` too: @libsql/client loads that driver itself, and the statements kept for it
  // (src/db/statement-cache.ts) are kept on its prototype. A second, bundled copy of the driver got
  // the cache while the client's statements went through the first: in production none was kept.
  external: ['@libsql/client', 'libsql'],
  // CommonJS packages in the bundle (nodemailer, pdf-lib …) call require() for Node's own modules
  banner: { js: "import { createRequire as __pelitaRequire } from 'node:module'; const require = __pelitaRequire(import.meta.url);" },
  logLevel: 'warning',
});
