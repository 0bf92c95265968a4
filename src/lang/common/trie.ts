// A lexicon as a regex trie (`Am(?:bassador|im)` for `Ambassador`, `Akim`): the same
// language as `alternation()`, but the engine follows one branch per letter instead
// of trying every word at every position, which keeps large lexicons fast.
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

export function trieAlternation(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of new Set(words)) {
    if (!w) continue;
    let n = root;
    for (const ch of w) {
      let k = n.next.get(ch);
      if (!k) n.next.set(ch, (k = { end: false, next: new Map() }));
      n = k;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const branches = [...n.next].map(([ch, k]) => (ch === " " ? "\\s+" : escape(ch)) + emit(k));
    if (!branches.length) return "";
    // longest first: a word that goes on wins over its prefix
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}
