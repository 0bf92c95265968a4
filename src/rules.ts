// A rule is data (STYLE.md): an id, a pattern with named groups, a normalize
// function from the groups to a value (null rejects), and examples and negatives
// that one generic test runs for every rule of every language.
import type { Lang } from "./schema.js";
import { startPlan, startIndex, candidateStarts } from "./rule-starts.js";
import { compact, rx } from "./text/classes.js";

export type Groups = Record<string, string | undefined>;

export interface RuleContext {
  lang: Lang;
  /** the whole plain text the pattern runs on */
  text: string;
  /** publication date (YYYY-MM-DD) or --reference-date, anchoring relative dates */
  anchor: string | null;
}

export interface RuleExample<V> {
  text: string;
  /** a partial value the match must contain; `true` when any match will do */
  expect: Partial<V> | true;
}

/**
 * Where a match of a rule can begin, when its builder knows better than the
 * pattern's own reading (rule-starts.ts): the lexicon words its first word comes
 * from. A match must begin at one of these, and right after a non-letter (words,
 * prefixes) or a non-digit (digits).
 */
export interface RuleStarts {
  /** whole first words, lower case (`more` for `more than`) */
  words?: Iterable<string>;
  /** beginnings of a first word, lower case, for compounds (`vijf` in `vijfentwintig`) */
  prefixes?: Iterable<string>;
  /** a run of digits */
  digits?: boolean;
  /** characters other than letters, digits and spaces (`€`, `-`, `~`); more characters say what follows (`.0`: a point before a digit) */
  symbols?: Iterable<string>;
  /** whole first words (lower case) that pass this test: an open class such as compounds (`samenwerkingsovereenkomst`) */
  wordTest?: (word: string) => boolean;
  /**
   * Words (lower case, whole) or symbols one of which every match holds, beginning
   * at most `reach` characters after the match's start (`NV` in `Jan De Nul NV`): a
   * start with none of them in reach is not tried, and a text without any of them
   * is not read at all. Works with the starts above or with those read from the pattern.
   */
  near?: {
    words?: Iterable<string>;
    /** a lexicon too large to list (first names), as a lookup of lower-case words, asked for when the plan is made */
    lookup?: () => { has(word: string): boolean };
    symbols?: Iterable<string>;
    reach: number;
    /** a word glued to the next one also counts by its part before the inner capital (`Sofie` in `SofieLambrechts`) */
    glued?: boolean;
  };
}

/** The starts of lexicon entries: `more than` gives the word `more`, `€` a symbol, `US$` the word `us`. */
export function startsOf(entries: Iterable<string>, asPrefixes = false): RuleStarts {
  const words = new Set<string>();
  const symbols = new Set<string>();
  let digits = false;
  for (const e of entries) {
    const lead = rx.u`^[\p{L}]+`.exec(e);
    if (lead) words.add(lead[0].toLowerCase());
    else if (/^\d/.test(e)) digits = true;
    else if (e) symbols.add(String.fromCodePoint(e.codePointAt(0)!));
  }
  return asPrefixes ? { prefixes: words, symbols, digits } : { words, symbols, digits };
}

/** All the starts of several. */
export function mergeStarts(...all: RuleStarts[]): RuleStarts {
  return {
    words: new Set(all.flatMap((s) => [...(s.words ?? [])])),
    prefixes: new Set(all.flatMap((s) => [...(s.prefixes ?? [])])),
    digits: all.some((s) => s.digits),
    symbols: new Set(all.flatMap((s) => [...(s.symbols ?? [])])),
  };
}

export interface Rule<V> {
  id: string;
  /** must carry the `g` flag; named groups only */
  pattern: RegExp;
  /** where a match can begin (default: read from the pattern) */
  starts?: RuleStarts;
  /** a named group whose span becomes the item's span (default: the whole match) */
  spanGroup?: string;
  /** breaks ties between overlapping candidates of the same length (higher wins) */
  priority?: number;
  normalize(groups: Groups, ctx: RuleContext, match: RegExpExecArray): V | null;
  examples: RuleExample<V>[];
  negatives: string[];
}

export interface Candidate<V> {
  start: number;
  end: number;
  text: string;
  value: V;
  rule: string;
  priority: number;
}

/** Escaped alternation of a lexicon, longest first, so `per cent` wins over `per`. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter(Boolean);
  // (code-unit order among words of one length, which cannot be prefixes of each other:
  // localeCompare would start ICU's collator, ~12 ms of a cold start)
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
}

/**
 * Every match of one rule over a text, normalized; rejected matches are dropped.
 * The pattern is tried only where its start plan says a match can begin (see
 * rule-starts.ts), with the same matches, left to right and non-overlapping, as a
 * global scan.
 */
export function runRule<V>(rule: Rule<V>, ctx: RuleContext): Candidate<V>[] {
  const out: Candidate<V>[] = [];
  const text = ctx.text;
  const plan = startPlan(rule.pattern, rule.starts, rule.id, text);
  const starts = candidateStarts(plan, startIndex(text));
  const shared = sharedMatches(rule, text);
  const emit = (m: RegExpExecArray) => {
    // (a normalizer may write to its groups: a match two rules share is not theirs to change)
    const groups = (shared ? { ...m.groups } : (m.groups ?? {})) as Groups;
    const value = rule.normalize(groups, ctx, m);
    if (value === null) return;
    let start = m.index;
    let span = m[0];
    if (rule.spanGroup) {
      const g = groups[rule.spanGroup];
      if (!g) return;
      start = m.index + m[0].indexOf(g);
      span = g;
    }
    // spans never start or end in whitespace
    const lead = span.length - span.trimStart().length;
    span = span.trim();
    if (!span) return;
    start += lead;
    out.push({ start, end: start + span.length, text: span, value, rule: rule.id, priority: rule.priority ?? 0 });
  };
  if (!starts) {
    const re = compact(rule.pattern);
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      emit(m);
    }
    return out;
  }
  const re = plan.sticky;
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    let m = shared?.get(p);
    if (m === undefined) {
      re.lastIndex = p;
      m = re.exec(text);
      shared?.set(p, m);
    }
    if (!m || m[0].length === 0) continue;
    from = p + m[0].length;
    emit(m);
  }
  return out;
}

/**
 * The rules that run each pattern: a pattern two rules share (the two ends of a
 * range, the two names of a role list) matches once at a start of a text, once
 * both rules have run on an earlier one.
 */
const users = new WeakMap<RegExp, Set<string>>();
const matchesOf = new WeakMap<RegExp, { text: string; at: Map<number, RegExpExecArray | null> }>();
function sharedMatches(rule: Rule<unknown>, text: string): Map<number, RegExpExecArray | null> | null {
  let ids = users.get(rule.pattern);
  if (!ids) users.set(rule.pattern, (ids = new Set()));
  ids.add(rule.id);
  if (ids.size < 2) return null;
  let memo = matchesOf.get(rule.pattern);
  if (!memo || memo.text !== text) matchesOf.set(rule.pattern, (memo = { text, at: new Map() }));
  return memo.at;
}

/** Overlaps resolved by an explicit rule: the longest span wins, then the higher priority, then the earlier. */
export function resolveOverlaps<V>(candidates: Candidate<V>[]): Candidate<V>[] {
  if (candidates.length < 2) return candidates;
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // an occupancy map keeps this linear in the text covered, however many candidates there are
  const taken = new Uint8Array(candidates.reduce((m, c) => Math.max(m, c.end), 0));
  const kept: Candidate<V>[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function runRules<V>(rules: readonly Rule<V>[], ctx: RuleContext): Candidate<V>[] {
  return resolveOverlaps(rules.flatMap((r) => runRule(r, ctx)));
}
