import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../../platform/http/context';

/** Liveness plus the database: load balancers and the city's monitoring read this. */
export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const started = Date.now();
  const { db, config } = c.var.deps;
  try {
    const rows = await db.all<{ name: string }>(sql`SELECT name FROM d1_migrations ORDER BY id`);
    return c.json(
      {
        status: 'ok',
        runtime: config.runtime,
        database: { status: 'ok', migrations: rows.length, latest_migration: rows.at(-1)?.name ?? null, latency_ms: Date.now() - started },
        time: c.var.deps.clock.now().toISOString(),
      },
      200,
      { 'Cache-Control': 'no-store' },
    );
  } catch (e) {
    console.error('[pelita] health check failed', e);
    return c.json(
      { status: 'error', runtime: config.runtime, database: { status: 'unavailable' } },
      503,
      { 'Cache-Control': 'no-store' },
    );
  }
});
