import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

const SITE = 'https://pelita.example';

/** Where a browser would go with this Location: it drops tabs/newlines and reads "\" as "/". */
function browserTarget(location: string): URL {
  return new URL(location.replace(/[\t\n\r]/g, '').replace(/\\/g, '/'), SITE);
}

describe('13 open redirects: one safe return path', () => {
  it('keeps same-site paths with their query and fragment', () => {
    expect(safeReturnPath('/staf?status=baru')).toBe('/staf?status=baru');
    expect(safeReturnPath('/akun#token')).toBe('/akun#token');
    expect(safeReturnPath('/pelatihan/kursus/KPP-01?pesan=x')).toBe('/pelatihan/kursus/KPP-01?pesan=x');
    expect(safeReturnPath('/./staf')).toBe('/staf');
    expect(safeReturnPath('/a/../staf')).toBe('/staf');
  });

  // the forms of the finding and the classic bypasses, as they arrive after query decoding
  const BYPASSES = [
    '/\t/evil.example', // /bahasa/en?kembali=/%09/evil.example
    '/.//evil.example', // /masuk?kembali=/.//evil.example
    '//evil.example',
    '///evil.example',
    '////evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/%5Cevil.example',
    '/%5C/evil.example',
    '%2F%2Fevil.example',
    '/%2F/evil.example',
    '/%2F%2Fevil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '/ /evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/./',
    '/.//./evil.example',
    '/..//evil.example',
    '/x/..//evil.example',
    'https:evil.example',
    'https://evil.example',
    'http:/evil.example',
    '//evil.example/%2F..',
    'javascript:alert(1)',
    '/javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/\u0000/evil.example',
    '/\u007f/evil.example',
    '/\u0085/evil.example',
    '/x\r\nSet-Cookie: a=b',
    'staf',
    '',
  ];

  for (const bad of BYPASSES)
    it(`never leaves the site: ${JSON.stringify(bad)}`, () => {
      const out = safeReturnPath(bad);
      if (out === null) return;
      expect(out.startsWith('/') && !out.startsWith('//')).toBe(true);
      expect(browserTarget(out).origin).toBe(SITE);
      expect(out).not.toMatch(/[\u0000-\u001f\u007f\\]/);
    });

  it('refuses the forms a browser would read as another site', () => {
    for (const bad of ['/\t/evil.example', '/.//evil.example', '//evil.example', '/\\evil.example', 'https:evil.example', 'javascript:alert(1)', '/..//evil.example'])
      expect(safeReturnPath(bad), JSON.stringify(bad)).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath('/' + 'a'.repeat(2001))).toBeNull();
  });
});
