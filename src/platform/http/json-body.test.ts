import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from './json-body';

describe('JSON media types', () => {
  it('accepts application/json with parameters and application/*+json (RFC 6839)', () => {
    for (const t of ['application/json', 'Application/JSON', 'application/json; charset=utf-8', ' application/json ;charset=UTF-8', 'application/problem+json', 'application/vnd.pelita.complaint+json'])
      expect(isJsonMediaType(t), t).toBe(true);
  });

  it('refuses what a cross-site form can send, other types, and no type at all', () => {
    for (const t of [undefined, '', 'text/plain', 'text/plain; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/json', 'application/jsonp', 'application/json-seq', 'application/+json'])
      expect(isJsonMediaType(t), String(t)).toBe(false);
  });
});
