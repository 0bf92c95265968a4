// A lexicon as a regex trie (`Am(?:bassador|im)` for `Ambassador`, `Akim`): the same
// language as `alternation()`, but the engine follows one branch per letter instead
// of trying every word at every position, which keeps large lexicons fast.
// Building one is on every cold start's path (each rule builder asks for a few), so
// it works on characters with a map per node rather than on strings with a regex per
// character, and a lexicon asked for twice (`months` in several date rules) is built once.
import { derived } from "../../text/derived.js";

const SPECIAL = new Set([..."\\^$.*+?()[]{}|"]);

interface Node {
  end: boolean;
  /** the branches by first code point, in the order they were first seen */
  next: Map<string, Node>;
}

const built = new Map<string, string>();

export function trieAlternation(words: Iterable<string>): string {
  const list = [...new Set(words)];
  const cacheKey = list.join("\u0000");
  let source = built.get(cacheKey);
  if (source === undefined) {
    // (or as the build recorded it: text/derived.ts)
    source = derived("trie", cacheKey, () => emit(buildTrie(list)));
    built.set(cacheKey, source);
  }
  return source;
}

function buildTrie(words: readonly string[]): Node {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    if (!w) continue;
    let n = root;
    for (const ch of w) {
      let k = n.next.get(ch);
      if (!k) n.next.set(ch, (k = { end: false, next: new Map() }));
      n = k;
    }
    n.end = true;
  }
  return root;
}

function emit(n: Node): string {
  if (!n.next.size) return "";
  let body = "";
  for (const [ch, k] of n.next) body += (body ? "|" : "") + edge(ch) + emit(k);
  if (n.next.size > 1) body = `(?:${body})`;
  // longest first: a word that goes on wins over its prefix
  return n.end ? `(?:${body})?` : body;
}

const edge = (ch: string) => (ch === " " ? "\\s+" : SPECIAL.has(ch) ? "\\" + ch : ch);
