// Writes the OpenAPI document of /api/v1, generated from the route specs alone (no database, no
// server), to the file named on the command line, or prints it: `npm run lint:api` lints it with
// redocly (redocly.yaml). The server URL is the demo's address unless PUBLIC_BASE_URL names one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { apiDocument } from '../src/api';

const origin = process.env['PUBLIC_BASE_URL'] ?? 'http://127.0.0.1:8787';
const text = `${JSON.stringify(apiDocument(origin), null, 2)}\n`;
const out = process.argv[2];
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
} else process.stdout.write(text);
