// Bodies sent the way a browser sends them.

/**
 * A multipart form as a browser posts it: serialized, with its Content-Type (boundary) and its
 * Content-Length. A Request built from FormData carries no length, and the app takes a body
 * without one only up to 64 KB (src/platform/http/body-limits.ts).
 */
export async function asBrowserForm(fd: FormData): Promise<{ body: ArrayBuffer; headers: Record<string, string> }> {
  const req = new Request('http://form.invalid/', { method: 'POST', body: fd });
  const body = await req.arrayBuffer();
  return { body, headers: { 'Content-Type': req.headers.get('Content-Type')!, 'Content-Length': String(body.byteLength) } };
}
