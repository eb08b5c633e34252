// Issue 13 item 12, course authoring: the forms had tiny untyped inputs (no type, so the design
// system's field style never applied), numbers typed as free text, and error links that led
// nowhere. Now every input is typed and sized, numbers carry their limits, each error links to
// its input, and lessons are put in order with move buttons that work without JavaScript.
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { auditLog } from '../../../db/schema';
import { trainingLessons } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { courseRow } from '../../../../tests/helpers/training';

let h: Harness;
let author: TestSession;
let officer: TestSession;
beforeAll(async () => {
  h = await makeHarness();
  author = await signInAs(h, 'pengajar@demo.pelita.id');
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
});
afterAll(async () => h.close());

const get = async (path: string, who: TestSession = author) => (await h.request(path, { headers: { Cookie: who.cookie }, redirect: 'manual' })).text();
const CODE = 'MWP-01';
const base = `/pelatihan/kelola/kursus/${CODE}`;

async function lessonOrder(): Promise<number[]> {
  const c = await courseRow(h, CODE);
  return (await h.deps.db.select({ id: trainingLessons.id }).from(trainingLessons).where(eq(trainingLessons.courseId, c.id)).orderBy(asc(trainingLessons.position))).map((r) => r.id);
}

/** The opening tag of the input named `name`. */
const inputTag = (html: string, name: string) => new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? '';

describe(`13.12 course authoring forms on ${RUNTIME}`, () => {
  it('13.12 every authoring input has a type, and numbers are number inputs with their limits', async () => {
    for (const html of [await get('/pelatihan/kelola/baru'), await get(base)]) {
      const untyped = [...html.matchAll(/<input(?![^>]*\btype=)[^>]*>/g)].map((m) => m[0]);
      expect(untyped).toEqual([]);
    }
    const course = await get('/pelatihan/kelola/baru');
    expect(inputTag(course, 'jp')).toMatch(/type="number".*min="1".*max="40"/);
    expect(inputTag(course, 'nilai_lulus')).toMatch(/type="number".*min="1".*max="100"/);
    expect(inputTag(course, 'percobaan')).toMatch(/type="number".*min="1".*max="10"/);
    expect(inputTag(course, 'waktu')).toMatch(/type="number".*min="1".*max="180"/);
    expect(inputTag(course, 'jumlah_soal')).toContain('class="short"');
    const edit = await get(base);
    expect(inputTag(edit, 'menit')).toMatch(/type="number".*min="1".*max="240"/);
    expect(inputTag(edit, 'kapasitas')).toMatch(/type="number".*min="1".*max="500"/);
    expect(inputTag(edit, 'video')).toContain('type="url"');
    expect(edit).toMatch(/<textarea id="lesson-isi" name="isi" rows="14"/);
  });

  it('13.12 each error of an authoring form links to its input, which says it is wrong', async () => {
    const res = await postForm(h, '/pelatihan/kelola/baru', author, { kode: 'X', judul: '', jp: '0', moda: 'self_paced', kompetensi: [] });
    expect(res.status).toBe(422);
    const html = await res.text();
    for (const name of ['judul', 'jp']) {
      expect(html).toContain(`href="#c-${name}"`);
      expect(inputTag(html, name)).toMatch(new RegExp(`id="c-${name}".*aria-invalid="true".*aria-describedby="c-${name}-error"`));
      expect(html).toContain(`id="c-${name}-error"`);
    }
    expect(html).toContain('href="#c-kompetensi"');
    expect(html).toContain('id="c-kompetensi"');

    const lesson = await postForm(h, `${base}/materi`, author, { judul: 'Materi', isi: '', menit: '999' });
    expect(lesson.status).toBe(422);
    const lhtml = await lesson.text();
    expect(lhtml).toContain('href="#lesson-menit"');
    expect(inputTag(lhtml, 'menit')).toMatch(/id="lesson-menit".*value="999".*aria-invalid="true"/);

    const question = await postForm(h, `${base}/soal`, author, { jenis: 'multiple_choice', soal: '', pilihan: 'a', kunci: '9', pembahasan: '' });
    expect(question.status).toBe(422);
    const qhtml = await question.text();
    expect(qhtml).toContain('href="#question-soal"');
    expect(qhtml).toMatch(/<textarea id="question-soal" name="soal"[^>]*aria-invalid="true"/);
  });

  it('13.12 lessons move up and down without JavaScript; at the ends they stay', async () => {
    const before = await lessonOrder();
    expect(before.length).toBeGreaterThanOrEqual(3);
    const page = await get(base);
    expect(page).toContain(`action="${base}/materi/${before[1]}/pindah"`);
    expect(page).toMatch(/name="arah" value="naik" disabled/);

    const up = await postForm(h, `${base}/materi/${before[1]}/pindah`, author, { arah: 'naik' });
    expect(up.status).toBe(303);
    expect(up.headers.get('Location')).toBe(`${base}?pesan=urutan#materi-${before[1]}`);
    expect(await lessonOrder()).toEqual([before[1], before[0], ...before.slice(2)]);

    await postForm(h, `${base}/materi/${before[1]}/pindah`, author, { arah: 'naik' });
    expect(await lessonOrder()).toEqual([before[1], before[0], ...before.slice(2)]);
    const last = before[before.length - 1]!;
    await postForm(h, `${base}/materi/${last}/pindah`, author, { arah: 'turun' });
    expect((await lessonOrder()).at(-1)).toBe(last);

    // and back where it started
    const moved = await postForm(h, `${base}/materi/${before[1]}/pindah`, author, { arah: 'turun' });
    expect(moved.status).toBe(303);
    expect(await lessonOrder()).toEqual(before);
    const events = (await h.deps.db.select().from(auditLog).where(eq(auditLog.event, 'course.lesson_moved'))).length;
    expect(events).toBe(4);
  });

  it('13.12 moving a lesson needs an author, a lesson of this course and a direction', async () => {
    const [first] = await lessonOrder();
    expect((await postForm(h, `${base}/materi/${first}/pindah`, officer, { arah: 'turun' })).status).toBe(403);
    expect((await postForm(h, `${base}/materi/${first}/pindah`, author, { arah: 'samping' })).status).toBe(422);
    const other = await courseRow(h, 'KPP-01');
    const [foreign] = await h.deps.db.select({ id: trainingLessons.id }).from(trainingLessons).where(eq(trainingLessons.courseId, other.id));
    expect((await postForm(h, `${base}/materi/${foreign!.id}/pindah`, author, { arah: 'turun' })).status).toBe(404);
  });
});
