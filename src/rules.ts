// A rule is data (STYLE.md): an id, a pattern with named groups, a normalize
// function from the groups to a value (null rejects), and examples and negatives
// that one generic test runs for every rule of every language.
import type { Lang } from "./schema.js";

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

export interface Rule<V> {
  id: string;
  /** must carry the `g` flag; named groups only */
  pattern: RegExp;
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
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
}

/** Every match of one rule over a text, normalized; rejected matches are dropped. */
export function runRule<V>(rule: Rule<V>, ctx: RuleContext): Candidate<V>[] {
  const out: Candidate<V>[] = [];
  const re = rule.pattern;
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(ctx.text)); ) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const groups = (m.groups ?? {}) as Groups;
    const value = rule.normalize(groups, ctx, m);
    if (value === null) continue;
    let start = m.index;
    let text = m[0];
    if (rule.spanGroup) {
      const g = groups[rule.spanGroup];
      if (!g) continue;
      start = m.index + m[0].indexOf(g);
      text = g;
    }
    // spans never start or end in whitespace
    const lead = text.length - text.trimStart().length;
    text = text.trim();
    if (!text) continue;
    start += lead;
    out.push({ start, end: start + text.length, text, value, rule: rule.id, priority: rule.priority ?? 0 });
  }
  return out;
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
