import { mkdirSync, mkdtempSync, rmSync, utimesSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskFileStore } from './disk-file-store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function store(now: Date) {
  const root = mkdtempSync(join(tmpdir(), 'pelita-store-'));
  dirs.push(root);
  return { root, files: diskFileStore(root, { now: () => now }) };
}

const bytes = new Uint8Array([1, 2, 3]);

describe('the disk file store lists what it holds', () => {
  it('in key order, a page at a time, without the content-type sidecars', async () => {
    const { files } = store(new Date());
    for (const k of ['cases/b/2', 'cases/a/1', 'cases/a/3', 'cases/c/1', 'training/x']) await files.put(k, bytes, 'image/png');
    const first = await files.list('cases/', null, 2);
    expect(first.objects.map((o) => o.key)).toEqual(['cases/a/1', 'cases/a/3']);
    expect(first.cursor).toBe('cases/a/3');
    const second = await files.list('cases/', first.cursor, 2);
    expect(second.objects.map((o) => o.key)).toEqual(['cases/b/2', 'cases/c/1']);
    const last = await files.list('cases/', second.cursor, 2);
    expect(last).toEqual({ objects: [], cursor: null });
    expect((await files.list('cases/', null, 10)).objects).toHaveLength(4);
    expect(first.objects[0]!.uploadedAt).toBeInstanceOf(Date);
  });

  it('10.11 removes empty folders older than an hour while listing (a double submit’s losing half leaves one)', async () => {
    const { root, files } = store(new Date(Date.now() + 2 * 3600_000));
    await files.put('cases/kept/1', bytes, 'image/png');
    const emptyOld = join(root, 'cases', 'lost-half');
    const emptyNew = join(root, 'cases', 'uploading');
    mkdirSync(emptyOld, { recursive: true });
    mkdirSync(emptyNew, { recursive: true });
    const past = new Date(Date.now() - 3 * 3600_000);
    utimesSync(emptyOld, past, past);
    // "now" for the store is two hours ahead: the new folder is 2 h old too; make it young
    const future = new Date(Date.now() + 2 * 3600_000 - 60_000);
    utimesSync(emptyNew, future, future);
    expect((await files.list('cases/', null, 10)).objects.map((o) => o.key)).toEqual(['cases/kept/1']);
    expect(existsSync(emptyOld)).toBe(false);
    expect(existsSync(emptyNew)).toBe(true);
    expect(existsSync(join(root, 'cases', 'kept'))).toBe(true);
  });

  it('an empty or missing folder lists nothing', async () => {
    const { files } = store(new Date());
    expect(await files.list('cases/', null, 10)).toEqual({ objects: [], cursor: null });
  });
});
