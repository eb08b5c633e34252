// QR codes for verification links (certificates now, permits later), drawn as SVG so they print
// sharply. Encoding is uqr's (unjs): dependency-free and the same on Workers and Node.
import { encode } from 'uqr';

export interface QrMatrix {
  size: number;
  /** modules[y][x], true = dark */
  modules: boolean[][];
  mask: number;
}

/** Level M error correction: survives a smudged or creased paper certificate. */
export function encodeQr(text: string, opts: { mask?: number } = {}): QrMatrix {
  const r = encode(text, { ecc: 'M', border: 0, ...(opts.mask !== undefined ? { maskPattern: opts.mask } : {}) });
  return { size: r.size, modules: r.data, mask: r.maskPattern };
}

/** An SVG path ("M x y h1 v1 h-1 z" per dark module) with a 4-module quiet zone. */
export function qrSvgPath(q: QrMatrix, quiet = 4): string {
  const parts: string[] = [];
  for (let y = 0; y < q.size; y++)
    for (let x = 0; x < q.size; x++) if (q.modules[y]![x]) parts.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
  return parts.join('');
}
