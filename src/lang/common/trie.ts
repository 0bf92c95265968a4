// A lexicon as a regex trie (`Am(?:bassador|im)` for `Ambassador`, `Akim`): the same
// language as `alternation()`, but the engine follows one branch per letter instead
// of trying every word at every position, which keeps large lexicons fast.
// Building one is on every cold start's path (each rule builder asks for a few), so
// it works on code units with arrays rather than on strings with a regex per
// character, and a lexicon asked for twice (`months` in several date rules) is built once.
const SPECIAL = new Set([..."\\^$.*+?()[]{}|"]);

interface Node {
  end: boolean;
  /** first code points of the branches, in the order they were first seen, and their nodes */
  keys: string[];
  next: Node[];
}

const built = new Map<string, string>();

export function trieAlternation(words: Iterable<string>): string {
  const list = [...new Set(words)];
  const cacheKey = list.join("\u0000");
  let source = built.get(cacheKey);
  if (source === undefined) {
    source = emit(buildTrie(list));
    built.set(cacheKey, source);
  }
  return source;
}

function buildTrie(words: readonly string[]): Node {
  const root: Node = { end: false, keys: [], next: [] };
  for (const w of words) {
    if (!w) continue;
    let n = root;
    for (const ch of w) {
      const i = n.keys.indexOf(ch);
      if (i >= 0) n = n.next[i];
      else {
        const k: Node = { end: false, keys: [], next: [] };
        n.keys.push(ch);
        n.next.push(k);
        n = k;
      }
    }
    n.end = true;
  }
  return root;
}

function emit(n: Node): string {
  if (!n.keys.length) return "";
  let body: string;
  if (n.keys.length === 1) body = edge(n.keys[0]) + emit(n.next[0]);
  else {
    body = "(?:";
    for (let i = 0; i < n.keys.length; i++) body += (i ? "|" : "") + edge(n.keys[i]) + emit(n.next[i]);
    body += ")";
  }
  // longest first: a word that goes on wins over its prefix
  return n.end ? `(?:${body})?` : body;
}

const edge = (ch: string) => (ch === " " ? "\\s+" : SPECIAL.has(ch) ? "\\" + ch : ch);
