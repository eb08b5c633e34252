import { describe, expect, it } from 'vitest';
import { checkFiles, extensionOf, MAX_FILE_BYTES, sniffType } from './files';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50]);
const PDF = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);

describe('magic-byte sniffing', () => {
  it('recognises the four allowed types from their content', () => {
    expect(sniffType(PNG)).toBe('image/png');
    expect(sniffType(JPEG)).toBe('image/jpeg');
    expect(sniffType(WEBP)).toBe('image/webp');
    expect(sniffType(PDF)).toBe('application/pdf');
  });
  it('refuses other content, truncated signatures and RIFF files that are not WebP', () => {
    expect(sniffType(EXE)).toBeNull();
    expect(sniffType(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffType(new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]))).toBeNull();
    expect(sniffType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });
  it('extensionOf ignores paths and case', () => {
    expect(extensionOf('C:\\foto\\Lubang.JPG')).toBe('jpg');
    expect(extensionOf('noext')).toBe('');
    expect(extensionOf('.hidden')).toBe('');
  });
});

describe('checkFiles', () => {
  it('accepts matching names and names without an extension', () => {
    const r = checkFiles([
      { name: 'foto.png', bytes: PNG },
      { name: 'surat.pdf', bytes: PDF },
      { name: 'kamera', bytes: JPEG },
    ]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.files.map((f) => f.type)).toEqual(['image/png', 'application/pdf', 'image/jpeg']);
  });
  it('refuses executable bytes named like a photo', () => {
    const r = checkFiles([{ name: 'photo.jpg', bytes: EXE }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toMatch(/not a JPEG, PNG, WebP or PDF/);
  });
  it('refuses a renamed file whose name disagrees with its content', () => {
    const r = checkFiles([{ name: 'laporan.pdf', bytes: PNG }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toMatch(/does not match its content/);
  });
  it('refuses oversize, empty and too many files', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(PNG);
    expect(checkFiles([{ name: 'big.png', bytes: big }]).ok).toBe(false);
    expect(checkFiles([{ name: 'empty.png', bytes: new Uint8Array() }]).ok).toBe(false);
    expect(checkFiles(Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.png`, bytes: PNG }))).ok).toBe(false);
  });
});
