// What a figure measures, where the sentence says it just before the figure:
// `an annual turnover of 450 million euros` → `annual turnover`,
// `the GDP per capita exceeds 36 thousand euros` → `GDP per capita`.
import { alternation } from "../../rules.js";
import { wordStartBefore } from "../../text/sentences.js";
import { regex, rx } from "../../text/classes.js";

export interface SubjectLexicon {
  subjectLinks: string[];
  subjectStops: string[];
  /** qualifiers between the link and the figure (`is more than`) */
  approx?: Record<string, unknown>;
}

const cache = new WeakMap<SubjectLexicon, { link: RegExp; approxTail: RegExp | null; stops: Set<string>; reach: number }>();

function compiled(lex: SubjectLexicon) {
  let c = cache.get(lex);
  if (!c) {
    // the window ends right before the figure; the link word is its last word
    const link = regex(`(?:^|[^\\p{L}])(?:${alternation(lex.subjectLinks)})\\s+$`, "iu");
    const approxTail = lex.approx ? regex(`(?:${alternation(Object.keys(lex.approx))})\\s*$`, "iu") : null;
    // how far back a link or qualifier can begin: its longest entry, spaces widened
    const longest = Math.max(...lex.subjectLinks.map((w) => w.length), ...Object.keys(lex.approx ?? {}).map((w) => w.length));
    c = { link, approxTail, stops: new Set(lex.subjectStops.map((s) => s.toLowerCase())), reach: 2 * longest + 16 };
    cache.set(lex, c);
  }
  return c;
}

const WINDOW = 120;
const MAX_WORDS = 5;

/**
 * `re` (ending in `$`) run on the end of `s` only, from a word boundary: the
 * patterns are unanchored at the start, and a scan of the whole window tried every
 * position. Returns the index of the match in `s`, or -1.
 */
function searchTail(re: RegExp, s: string, reach: number): number {
  const from = wordStartBefore(s, s.length, reach);
  const m = re.exec(from ? s.slice(from) : s);
  return m ? from + m.index : -1;
}

export function subjectBefore(text: string, start: number, lex: SubjectLexicon): string | null {
  const { link, stops, approxTail, reach } = compiled(lex);
  let window = text.slice(Math.max(0, start - WINDOW), start);
  const cut = Math.max(window.lastIndexOf("."), window.lastIndexOf("\n"), window.lastIndexOf(";"), window.lastIndexOf(":"));
  if (cut >= 0) window = window.slice(cut + 1);
  let l = searchTail(link, window, reach);
  if (l < 0 && approxTail) {
    const a = searchTail(approxTail, window, reach);
    if (a >= 0) {
      window = window.slice(0, a);
      l = searchTail(link, window, reach);
    }
  }
  if (l < 0) return null;
  const head = window.slice(0, l).trimEnd();
  const words = head.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_WORDS; i--) {
    const w = words[i];
    const lower = w.toLowerCase();
    if (!rx.u`^[\p{L}][\p{L}-]*$`.test(w)) break;
    if (stops.has(lower)) {
      // `GDP of the province`: an article right after `of`/`van` stays inside the phrase
      const prev = words[i - 1]?.toLowerCase();
      if (kept.length && (prev === "of" || prev === "van") && i >= 2) {
        kept.unshift(words[i - 1], w);
        i--;
        continue;
      }
      break;
    }
    kept.unshift(w);
  }
  while (kept.length && stops.has(kept[0].toLowerCase())) kept.shift();
  while (kept.length && /^(of|van)$/i.test(kept[0])) kept.shift();
  return kept.length ? kept.join(" ") : null;
}
