import { drizzle } from 'drizzle-orm/d1';
import { schema, type Db } from './client';

export function openD1(binding: D1Database): Db {
  return drizzle(binding, { schema }) as unknown as Db;
}
