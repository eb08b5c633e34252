// A Hono hello-world on @hono/node-server, started on the same Node with the same flags as the
// portal (support/load.ts: the portal from its build, this through tsx): the reference the public
// pages' requests/s are held to (issue 14.4).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.text('Hello Hono!'));
serve({ fetch: app.fetch, port: Number(process.env['PORT'] || 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`hello-world is running at http://127.0.0.1:${info.port}`);
});
