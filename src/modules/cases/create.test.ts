import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from '../../domain/complaints/draft';
import { formRequestHash } from './create';

describe('formRequestHash (8.10: a replayed form gets its key back only for the same content)', () => {
  const png = { name: 'a.png', type: 'image/png' as const, bytes: new Uint8Array([1, 2, 3]) };
  it('is the same for the same fields and files, whatever order the fields were built in', async () => {
    const draft = { ...EMPTY_DRAFT, title: 'Lampu padam', description: 'x'.repeat(30) };
    const reordered = Object.fromEntries(Object.entries(draft).reverse()) as typeof draft;
    expect(await formRequestHash(reordered, [png])).toBe(await formRequestHash(draft, [png]));
  });
  it('differs when a field or a single byte of a file differs', async () => {
    const draft = { ...EMPTY_DRAFT, title: 'Lampu padam' };
    const base = await formRequestHash(draft, [png]);
    expect(await formRequestHash({ ...draft, title: 'Lampu padam!' }, [png])).not.toBe(base);
    expect(await formRequestHash(draft, [{ ...png, bytes: new Uint8Array([1, 2, 4]) }])).not.toBe(base);
    expect(await formRequestHash(draft, [])).not.toBe(base);
  });
});
