// The layout's rules, checked on the source (issue 9.1): templates show what they are given and
// import only pure rules (src/domain), the language helpers (src/platform/i18n) and the one
// design system (templates/_partials), besides helpers private to their own page area. Pure
// rules and the database layer know nothing of pages or modules.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files under a folder of the repository, as repository paths with forward slashes. */
function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = posix.join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(e.name)) out.push(path);
    }
  };
  walk(folder);
  return out.sort();
}

const IMPORT_RE = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** What a file imports: packages as written, relative paths resolved to repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    out.push(spec.startsWith('.') ? relative(ROOT, join(ROOT, dirname(file), spec)).split(sep).join('/') : spec);
  }
  return out;
}

/** templates/pages/<area>/ of a page file ('' for the layout, the partials and top-level pages). */
function pageArea(file: string): string {
  const m = /^templates\/pages\/([^/]+)\//.exec(file);
  return m ? `templates/pages/${m[1]}/` : '';
}

function templateMayImport(file: string, target: string): boolean {
  if (target === 'hono/jsx' || target.startsWith('hono/jsx/') || target === 'hono/html') return true;
  if (target.startsWith('src/domain/') || target.startsWith('src/platform/i18n/') || target.startsWith('templates/_partials/')) return true;
  const area = pageArea(file);
  return area !== '' && target.startsWith(area);
}

function templateViolations(file: string): string[] {
  return importsOf(file).filter((t) => !templateMayImport(file, t));
}

describe('9.1 templates import only from src/domain, src/platform/i18n and templates/_partials', () => {
  const templates = sourceFiles('templates');

  it('finds the templates it checks', () => {
    expect(templates).toContain('templates/layout.tsx');
    expect(templates.filter((f) => f.startsWith('templates/_partials/')).length).toBeGreaterThan(2);
    expect(templates.length).toBeGreaterThan(40);
  });

  it('no template imports a module, the database, platform code or another page area', () => {
    const bad = templates.flatMap((f) => templateViolations(f).map((t) => `${f} imports ${t}`));
    expect(bad).toEqual([]);
  });

  it('the checker itself tells allowed from forbidden imports', () => {
    const page = 'templates/pages/training/course.tsx';
    expect(templateMayImport(page, 'src/domain/training/views')).toBe(true);
    expect(templateMayImport(page, 'src/platform/i18n/lang')).toBe(true);
    expect(templateMayImport(page, 'templates/_partials/form-fields')).toBe(true);
    expect(templateMayImport(page, 'templates/pages/training/shared')).toBe(true);
    expect(templateMayImport(page, 'hono/jsx')).toBe(true);
    expect(templateMayImport(page, 'src/modules/training/courses')).toBe(false);
    expect(templateMayImport(page, 'src/db/schema')).toBe(false);
    expect(templateMayImport(page, 'src/platform/http/context')).toBe(false);
    expect(templateMayImport(page, 'templates/pages/staff/common')).toBe(false);
    expect(templateMayImport('templates/layout.tsx', 'templates/pages/home')).toBe(false);
    expect(templateMayImport(page, 'drizzle-orm')).toBe(false);
  });
});

describe('9.1 pure rules and the database layer know nothing of pages or modules', () => {
  it('src/domain and src/db import nothing from templates/ or src/modules/', () => {
    const bad = [...sourceFiles('src/domain'), ...sourceFiles('src/db')].flatMap((f) =>
      importsOf(f)
        .filter((t) => t.startsWith('templates/') || t.startsWith('src/modules/'))
        .map((t) => `${f} imports ${t}`),
    );
    expect(bad).toEqual([]);
  });
});
