// A Hono hello-world on @hono/node-server, started like the portal (scripts/start-node.ts, the
// same Node and flags): the reference the public pages' requests/s are held to (issue 14.4).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.text('Hello Hono!'));
serve({ fetch: app.fetch, port: Number(process.env['PORT'] || 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`hello-world is running at http://127.0.0.1:${info.port}`);
});
