import type { FileStore } from '../runtime/deps';

export function r2FileStore(bucket: R2Bucket): FileStore {
  return {
    async put(key, data, contentType) {
      await bucket.put(key, data, { httpMetadata: { contentType } });
    },
    async get(key) {
      const obj = await bucket.get(key);
      if (!obj) return null;
      return {
        body: obj.body as ReadableStream<Uint8Array>,
        contentType: obj.httpMetadata?.contentType ?? 'application/octet-stream',
        size: obj.size,
      };
    },
    async delete(key) {
      await bucket.delete(key);
    },
    async list(prefix, cursor, limit) {
      const page = await bucket.list({ prefix, limit, ...(cursor ? { cursor } : {}) });
      return {
        objects: page.objects.map((o) => ({ key: o.key, uploadedAt: o.uploaded })),
        cursor: page.truncated ? page.cursor : null,
      };
    },
  };
}
