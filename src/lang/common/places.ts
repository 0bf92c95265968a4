// Place rules from the generated gazetteer (src/data/build-gazetteer.ts): every
// capitalised run of words is looked up, longest prefix first, in the language's
// names and the names both languages share; all-caps forms (`WEST FLANDERS`) fold
// to the same entry. Small towns (rank 1) are taken only after a locative cue
// (`in Staden`, `te Lichtervelde`), because many are also ordinary words.
import type { Rule, RuleExample } from "../../rules.js";
import type { PlaceCandidate } from "../../entities/places.js";
import { gazetteer, placeFirstWords, placeKey, placeLeads } from "./data.js";
import { CAP_START } from "./names.js";
import { regex, rx, compactSource } from "../../text/classes.js";

export interface PlaceLexicon {
  lang: "en" | "nl";
  /** lower-case words inside place names (`of`, `and`, `op`, `aan`) */
  connectors: string[];
  /** words after which a small town is read as a place (`in`, `near`, `te`) */
  locativeCues: string[];
  examples: RuleExample<PlaceCandidate>[];
  negatives: string[];
}

const WORD = compactSource("(?:['’]s-)?\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*){0,4}");
/** the longest run a gazetteer name can span */
const MAX_WORDS = 6;

export function gazetteerRule(lex: PlaceLexicon): Rule<PlaceCandidate> {
  const connectors = lex.connectors.join("|");
  // each match is one capitalised word; the run it starts is read with a sticky pattern, so
  // that the rule never depends on where the scan goes on after a match
  const pattern = regex(`${CAP_START}(?<![\\p{L}\\p{N}'’-])(?<name>${WORD})`, "gu");
  const runAt = regex(`${WORD}(?:\\s+(?:(?:${connectors})\\s+){0,2}${WORD}){0,${MAX_WORDS - 1}}`, "uy");
  const cues = new Set(lex.locativeCues);
  return {
    id: `${lex.lang}.place.gazetteer`,
    pattern,
    // a capitalised word is looked at only when a place name can begin with it (`'s-Hertogenbosch` with its apostrophe)
    starts: { wordTest: (w) => placeLeads(lex.lang).has(w), symbols: ["'", "’"] },
    normalize: (g, ctx, m) => {
      const first = g.name!.endsWith("s") && /['’]s$/u.test(g.name!) ? g.name!.slice(0, -2) : g.name!;
      if (!placeFirstWords(lex.lang).has(placeKey(first))) return null;
      runAt.lastIndex = m.index;
      const run = runAt.exec(ctx.text)?.[0] ?? g.name!;
      const index = gazetteer(lex.lang);
      // word ends within the run: the prefixes to try, longest first
      const ends: number[] = [];
      for (const w of run.matchAll(/[^\s]+/g)) ends.push(w.index! + w[0].length);
      for (let i = ends.length - 1; i >= 0; i--) {
        // `Kazakhstan's`: the place without its possessive
        const prefix = run.slice(0, ends[i]);
        const text = prefix.endsWith("s") && /['’]s$/u.test(prefix) ? prefix.slice(0, -2) : prefix;
        const place = index.get(placeKey(text));
        if (!place) continue;
        if (place.rank > 0 && !afterCue(ctx.text, m.index, cues) && !isDatelinePlace(ctx.text, m.index, text)) continue;
        // a capital inside a word (`SoFi`) is a brand's writing unless the place is written so (`DeKalb`)
        if (rx.u`\p{Ll}\p{Lu}`.test(text) && !place.name.includes(text)) continue;
        return { name: place.name, kind: place.kind, country: place.country, at: { start: m.index, end: m.index + text.length } };
      }
      return null;
    },
    examples: lex.examples,
    negatives: lex.negatives,
  };
}

/**
 * `DOKKUM – Pootgoedhandel …`, `LELYSTAD, 3 March`: a town written in capitals at the start of a line,
 * before the comma or dash of a dateline, is where the story was filed.
 */
export function isDatelinePlace(text: string, at: number, name: string): boolean {
  if (!rx.u`^[\p{Lu}\s'’-]+$`.test(name) || !rx.u`\p{Lu}{3}`.test(name)) return false;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (text.slice(lineStart, at).trim() !== "") return false;
  return /^\s*(?:,|[–—-]\s)/u.test(text.slice(at + name.length, at + name.length + 3));
}

/** The word before `at` is a locative cue, or a list of places goes on (`Staden and Lichtervelde`). */
function afterCue(text: string, at: number, cues: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = rx.u`([\p{L}]+|,)\s*$`.exec(before);
  return m !== null && cues.has(m[1].toLowerCase());
}
