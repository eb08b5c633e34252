// Lesson bodies are plain text with three conventions: a blank line separates paragraphs,
// lines starting with "- " form a list, a line starting with "## " is a heading. The result is
// data that templates render as text nodes (escaped), so a lesson can never inject HTML.

export type LessonBlock = { kind: 'p'; text: string } | { kind: 'h'; text: string } | { kind: 'ul'; items: string[] };

export function parseLessonText(body: string): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  const chunks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    let para: string[] = [];
    let list: string[] = [];
    const flushPara = () => {
      if (para.length) blocks.push({ kind: 'p', text: para.join(' ') });
      para = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ kind: 'ul', items: list });
      list = [];
    };
    for (const line of lines) {
      if (line.startsWith('## ')) {
        flushPara();
        flushList();
        blocks.push({ kind: 'h', text: line.slice(3).trim() });
      } else if (line.startsWith('- ')) {
        flushPara();
        list.push(line.slice(2).trim());
      } else {
        flushList();
        para.push(line);
      }
    }
    flushPara();
    flushList();
  }
  return blocks;
}

/** Images come from our own origin only (a path like /assets/...), never another site. */
export function isSameOriginPath(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^\/(?![/\\])[A-Za-z0-9/_.\-]*$/.test(url) && !url.includes('..');
}

/** Video and material links must be https (or a same-origin path for material). */
export function isSafeLink(url: string | null | undefined): url is string {
  if (typeof url !== 'string') return false;
  if (isSameOriginPath(url)) return true;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password;
  } catch {
    return false;
  }
}
