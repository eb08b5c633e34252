import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { encodeQr, qrSvgPath, type QrMatrix } from './qr';

/** Paints the matrix as RGBA pixels (with the quiet zone) and reads it back with jsQR. */
function decode(q: QrMatrix, scale = 4, quiet = 4): string | null {
  const n = (q.size + 2 * quiet) * scale;
  const px = new Uint8ClampedArray(n * n * 4).fill(255);
  for (let y = 0; y < q.size; y++)
    for (let x = 0; x < q.size; x++) {
      if (!q.modules[y]![x]) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * n + (x + quiet) * scale + dx) * 4;
          px[i] = px[i + 1] = px[i + 2] = 0;
        }
    }
  return jsQR(px, n, n)?.data ?? null;
}

function formatBitsOk(m: boolean[][], mask: number) {
  // the first copy of the format information, read back and checked against level M + mask
  const b: number[] = [];
  for (let i = 0; i <= 5; i++) b[i] = m[i]![8] ? 1 : 0;
  b[6] = m[7]![8] ? 1 : 0;
  b[7] = m[8]![8] ? 1 : 0;
  b[8] = m[8]![7] ? 1 : 0;
  for (let i = 9; i < 15; i++) b[i] = m[8]![14 - i] ? 1 : 0;
  const bits = b.reduce((acc, v, i) => acc | (v << i), 0) ^ 0x5412;
  return bits >>> 10 === ((0 << 3) | mask);
}

describe('QR codes for verification links', () => {
  it('decodes back to the exact verification link with an independent decoder, for every mask', () => {
    const url = 'https://pelita.surakarta.go.id/verifikasi/eyJrIjoiY2VydCIsIm4iOiJQTFQvMjAyNi8wMDAxMjMifQ.c2lnbmF0dXJlLWhlcmU';
    for (let mask = 0; mask < 8; mask++) {
      const q = encodeQr(url, { mask });
      expect(q.mask).toBe(mask);
      expect(decode(q)).toBe(url);
    }
  });

  it('encodes a full verification URL with level-M format bits and finder patterns', () => {
    const q = encodeQr('https://pelita.surakarta.go.id/verifikasi/eyJrIjoiY2VydCJ9.c2lnbmF0dXJl');
    expect(q.size).toBeGreaterThanOrEqual(29);
    expect(formatBitsOk(q.modules, q.mask)).toBe(true);
    // the three finder patterns: dark 7x7 outlines in three corners
    for (const [x, y] of [[0, 0], [q.size - 7, 0], [0, q.size - 7]] as const) {
      expect(q.modules[y]![x]).toBe(true);
      expect(q.modules[y + 6]![x + 6]).toBe(true);
      expect(q.modules[y + 1]![x + 1]).toBe(false);
      expect(q.modules[y + 3]![x + 3]).toBe(true);
    }
  });

  it('draws one unit square per dark module, offset by the quiet zone', () => {
    const q = encodeQr('PLT');
    const dark = q.modules.flat().filter(Boolean).length;
    const path = qrSvgPath(q);
    expect(path.match(/M/g)?.length).toBe(dark);
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});
