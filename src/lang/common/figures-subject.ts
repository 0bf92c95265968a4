// What a figure measures, where the sentence says it just before the figure:
// `an annual turnover of 450 million euros` → `annual turnover`,
// `the GDP per capita exceeds 36 thousand euros` → `GDP per capita`.
import { alternation } from "../../rules.js";

export interface SubjectLexicon {
  subjectLinks: string[];
  subjectStops: string[];
}

const cache = new WeakMap<SubjectLexicon, { link: RegExp; stops: Set<string> }>();

function compiled(lex: SubjectLexicon) {
  let c = cache.get(lex);
  if (!c) {
    // the window ends right before the figure; the link word is its last word
    const link = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lex.subjectLinks)})\\s+$`, "iu");
    c = { link, stops: new Set(lex.subjectStops.map((s) => s.toLowerCase())) };
    cache.set(lex, c);
  }
  return c;
}

const WINDOW = 120;
const MAX_WORDS = 5;

export function subjectBefore(text: string, start: number, lex: SubjectLexicon): string | null {
  const { link, stops } = compiled(lex);
  let window = text.slice(Math.max(0, start - WINDOW), start);
  const cut = Math.max(window.lastIndexOf("."), window.lastIndexOf("\n"), window.lastIndexOf(";"), window.lastIndexOf(":"));
  if (cut >= 0) window = window.slice(cut + 1);
  const l = link.exec(window);
  if (!l) return null;
  const head = window.slice(0, l.index).trimEnd();
  const words = head.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_WORDS; i--) {
    const w = words[i];
    const lower = w.toLowerCase();
    if (!/^[\p{L}][\p{L}-]*$/u.test(w)) break;
    if (stops.has(lower)) {
      // `GDP of the province`: an article right after `of`/`van` stays inside the phrase
      const prev = words[i - 1]?.toLowerCase();
      if (kept.length && (prev === "of" || prev === "van") && i >= 2) {
        kept.unshift(w, words[i - 1]);
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
