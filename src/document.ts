// What every extractor sees of one document: its plain text, language,
// sentences and the date relative expressions are anchored to.
import type { Lang } from "./schema.js";
import type { LanguagePack } from "./lang/types.js";
import type { RuleContext } from "./rules.js";
import { sentenceAt, type Sentence } from "./text/sentences.js";
import { allMatches, regex } from "./text/classes.js";

export interface Doc {
  text: string;
  lang: Lang;
  pack: LanguagePack;
  sentences: Sentence[];
  /** publication date or --reference-date (YYYY-MM-DD), or null */
  anchor: string | null;
  published: string | null;
  explain: boolean;
}

/** UTF-16 span of an item before offsets are converted to code points. */
export interface RawSpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule?: string;
}

export function ruleContext(doc: Doc): RuleContext {
  return { lang: doc.lang, text: doc.text, anchor: doc.anchor };
}

/** Index of the first item whose start is at or after `at` (items sorted by start). */
export function firstFrom(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether one of `spans` contains start..end (and passes `accept`). The spans are sorted by
 * start once; those starting at or before `start` are tried nearest first while one of them
 * may still reach `end` (`reach[i]`: the furthest end of the first i + 1), so a long text with
 * thousands of mentions stays linear, where a search of the whole list per span did not.
 */
export function containment<T extends { start: number; end: number }>(spans: readonly T[]): (start: number, end: number, accept?: (span: T) => boolean) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [i, t] of sorted.entries()) reach.push(Math.max(t.end, i ? reach[i - 1] : 0));
  return (start, end, accept) => {
    for (let i = firstFrom(sorted, start + 1) - 1; i >= 0 && reach[i] >= end; i--) {
      const t = sorted[i];
      if (t.start <= start && end <= t.end && (!accept || accept(t))) return true;
    }
    return false;
  };
}

/**
 * The text positions mentions cover, as they are added: whether a span overlaps one costs
 * the span's length, however many mentions a long text has.
 */
export class Coverage {
  private readonly covered: Uint8Array;
  constructor(textLength: number, spans: Iterable<{ start: number; end: number }> = []) {
    this.covered = new Uint8Array(textLength);
    for (const s of spans) this.add(s);
  }
  add(span: { start: number; end: number }): void {
    this.covered.fill(1, span.start, span.end);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }
}

const WORD_RUN = regex("[\\p{L}\\d]+", "gu");
const FIRST_RUN = regex("^[\\p{L}\\d]+", "u");
let lastStarts: { text: string; starts: Map<string, number[]> } | null = null;

/**
 * Where each run of letters and digits starts in the text, by the run: a name is looked for
 * only where its first word stands (`firstWord`), not by a search of the whole text per name,
 * which made a text of thousands of names quadratic. Kept for the last text.
 */
export function wordStarts(text: string): Map<string, number[]> {
  if (lastStarts?.text === text) return lastStarts.starts;
  const starts = new Map<string, number[]>();
  for (const m of allMatches(WORD_RUN, text)) {
    const list = starts.get(m[0]);
    if (list) list.push(m.index);
    else starts.set(m[0], [m.index]);
  }
  lastStarts = { text, starts };
  return starts;
}

/** The run of letters and digits a name starts with, its key in `wordStarts`. */
export function firstWord(name: string): string {
  return FIRST_RUN.exec(name)?.[0] ?? "";
}

export function spanOf(doc: Doc, start: number, end: number, rule?: string): RawSpan {
  const span: RawSpan = { text: doc.text.slice(start, end), start, end, sentence: sentenceAt(doc.sentences, start) };
  if (doc.explain && rule) span.rule = rule;
  return span;
}
