// Sentence boundaries: terminal punctuation followed by space and a capital,
// a blank line, or a line break before a capitalised line. A period after a known
// abbreviation (`Mr.`, `dhr.`, `o.a.`) or a single-letter initial (`M. Smith`)
// does not end a sentence; `1.500` never does because no space follows.
import { rx } from "./classes.js";

export interface Sentence {
  start: number;
  end: number;
}

// a match starts only where a run of terminal marks starts: tried from inside a long run (`.....`,
// a table rule) the + would read to the run's end and back again at every mark, quadratic in the run
const TERMINAL = /(?<![.!?…])[.!?…]+["'”’»)]*(?=\s)/gu;

export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const cuts: number[] = [];
  TERMINAL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TERMINAL.exec(text)); ) {
    const at = m.index;
    const end = at + m[0].length;
    if (text[at] === "." && m[0].length === 1 && isAbbreviation(text, at, abbreviations)) continue;
    // the next sentence starts with a capital, a digit, a quote or a bullet
    const rest = /^\s+(\S)/u.exec(text.slice(end, end + 40));
    if (rest && rx.u`[\p{Ll}]`.test(rest[1])) continue;
    cuts.push(end);
  }
  // line structure: blank lines always, single line breaks unless the text is wrapped mid-sentence
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    const next = /^[ \t]*(\S)/u.exec(text.slice(i + 1, i + 41));
    const blank = /^[ \t]*\n/.test(text.slice(i + 1, i + 41));
    const prev = /(\S)[ \t]*$/u.exec(text.slice(Math.max(0, i - 40), i));
    const wrapped = next && rx.u`\p{Ll}`.test(next[1]) && prev && !/[.!?:;…"”]/u.test(prev[1]);
    if (blank || !wrapped) cuts.push(i + 1);
  }
  cuts.sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  for (const cut of cuts) {
    if (cut <= start) continue;
    push(start, cut);
    start = cut;
  }
  push(start, text.length);
  return sentences;
}

function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let s = dot;
  while (s > 0 && rx.u`[\p{L}.]`.test(text[s - 1])) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  // single-letter initials: `M.` `W.` `J.-P.`
  if (rx.u`^\p{Lu}$`.test(word)) return true;
  if (rx.u`^(\p{L}\.)+\p{L}$`.test(word)) return true; // e.g, o.a, Z.E
  // `BV.` and `NV.` closing a sentence are legal forms, not `bv.` (bijvoorbeeld)
  return abbreviations.has(word.toLowerCase()) && !rx.u`^\p{Lu}{2,}$`.test(word);
}

/** Where to read back from `at`: at most `reach` characters, moved back to the start of the word it falls in. */
export function wordStartBefore(text: string, at: number, reach: number): number {
  let from = Math.max(0, at - reach);
  while (from > 0 && rx.u`\p{L}`.test(text[from - 1])) from--;
  return from;
}

/** The word right before `at`, across spaces but not a line break (`every` in `every Friday`); null when none. */
export function wordBefore(text: string, at: number): string | null {
  return rx.u`(\p{L}+)[^\S\n]+$`.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? null;
}

/** Index of the sentence containing a UTF-16 offset (binary search). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
