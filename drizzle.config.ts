import { defineConfig } from 'drizzle-kit';

// Migrations are generated as flat SQL files in migrations/ so that `wrangler d1 migrations
// apply` (D1) and src/db/migrate.ts (libSQL) apply the very same files.
export default defineConfig({
  dialect: 'sqlite',
  schema: ['./src/db/schema.ts', './src/db/schema-training.ts'],
  out: './migrations',
});
