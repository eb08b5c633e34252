import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, RUNTIME } from '#harness';
import { trainingLessons } from '../../../db/schema-training';
import type { Harness } from '../../../../tests/harness/types';
import { postForm, signInAs, type TestSession } from '../../../../tests/helpers/session';
import { lessonIds } from '../../../../tests/helpers/training';

let h: Harness;
let officer: TestSession;
let lessonId: number;
beforeAll(async () => {
  h = await makeHarness();
  officer = await signInAs(h, 'petugas.dpupr@demo.pelita.id');
  await postForm(h, '/pelatihan/kursus/PBG-01/daftar', officer, {});
  lessonId = (await lessonIds(h, 'PBG-01'))[0]!;
});
afterAll(async () => h.close());

const page = async () => (await h.request(`/pelatihan/kursus/PBG-01/materi/${lessonId}`, { headers: { Cookie: officer.cookie } })).text();

describe(`lesson content on ${RUNTIME}`, () => {
  it('renders text as paragraphs, headings and lists, never raw HTML', async () => {
    await h.deps.db
      .update(trainingLessons)
      .set({ body: '## Bagian <b>satu</b>\nParagraf <script>alert(1)</script> aman.\n\n- butir <img src=x onerror=alert(1)>\n- butir dua' })
      .where(eq(trainingLessons.id, lessonId));
    const html = await page();
    expect(html).toContain('<h2>Bagian &lt;b&gt;satu&lt;/b&gt;</h2>');
    expect(html).toContain('<p>Paragraf &lt;script&gt;alert(1)&lt;/script&gt; aman.</p>');
    expect(html).toContain('<li>butir &lt;img src=x onerror=alert(1)&gt;</li>');
    expect(html).not.toContain('<script>alert');
  });

  it('shows a same-origin image, a video as a link (no iframe) and a material download', async () => {
    await h.deps.db
      .update(trainingLessons)
      .set({ imageUrl: '/assets/favicon.svg', imageAlt: 'Logo Pelita', videoUrl: 'https://www.youtube.com/watch?v=abc123', materialUrl: 'https://simbg.pu.go.id/', materialLabel: 'Situs SIMBG' })
      .where(eq(trainingLessons.id, lessonId));
    const html = await page();
    expect(html).toContain('<img class="lesson-image" src="/assets/favicon.svg" alt="Logo Pelita"');
    expect(html).toContain('href="https://www.youtube.com/watch?v=abc123"');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('tidak disematkan karena kebijakan keamanan');
    expect(html).toContain('Unduh materi');
    expect(html).toContain('Situs SIMBG');
  });

  it('drops an image from another site and unsafe links', async () => {
    await h.deps.db
      .update(trainingLessons)
      .set({ imageUrl: 'https://evil.example/x.png', videoUrl: 'javascript:alert(1)', materialUrl: '//evil.example/a.pdf' })
      .where(eq(trainingLessons.id, lessonId));
    const html = await page();
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('Tonton video');
  });
});
