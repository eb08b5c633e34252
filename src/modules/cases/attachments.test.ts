import { describe, expect, it } from 'vitest';
import { contentDisposition } from './attachments';

describe('downloads', () => {
  it('content disposition is an attachment with a safe name', () => {
    expect(contentDisposition('foto jalan é.png')).toBe(`attachment; filename="foto jalan _.png"; filename*=UTF-8''foto%20jalan%20%C3%A9.png`);
  });
});
