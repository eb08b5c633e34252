// The one line a catalogue card shows (issue 13.7): the description's first sentence, cut at a
// word if it is still long. The whole description stays on the service's own page.

const ELLIPSIS = '…';

// Every card of the home page and the catalogue asks for its line on every request, always for the
// same few descriptions (issue 14.4): the answers are kept, a bounded number of them.
const KEPT_LINES = 1_000;
const lines = new Map<string, string>();

/** The first sentence of `text`, at most `max` characters (a cut one ends with "…"). */
export function oneLine(text: string, max = 120): string {
  const key = `${max}:${text}`;
  let line = lines.get(key);
  if (line === undefined) {
    if (lines.size >= KEPT_LINES) lines.clear();
    lines.set(key, (line = firstSentence(text, max)));
  }
  return line;
}

function firstSentence(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // a sentence ends at ". " before a capital letter or a digit ("mis. jalan" and "No. 5" do not end one)
  const end = flat.search(/[.!?](?=\s+[A-Z0-9])/);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(—–-]+$/, '')}${ELLIPSIS}`;
}
