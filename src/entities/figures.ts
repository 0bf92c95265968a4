// Figures: every number that is not part of a date, normalized with its unit.
import type { FigureT } from "../schema.js";
import { runRule, resolveOverlaps, type Candidate, type Rule, type RuleContext } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";

export type FigureValue = Pick<FigureT, "value" | "unit" | "quantity" | "approx" | "counted" | "subject">;
export type FigureItem = RawSpan & FigureValue;
/** A figure rule may name the words (regex sources) besides digits around which it can match. */
export type FigureRule = Rule<FigureValue> & { triggerWords?: string[] };

/** A bare `1/5` is a fraction as much as a day and month: both readings are kept. */
const AMBIGUOUS_RATIO = /^\d{1,2}\/\d{1,2}$/;

// phone numbers (`+32 2 123 45 67`, `(0)2 123 45 67`) are neither figures nor dates
const PHONE = /(?:\+\d{1,3}|\(0\d{0,4}\))[\s./-]?\d{1,4}(?:[\s./-]\d{2,4}){1,4}/g;

/** Figures overlapping a date span are parts of dates (`21 juni 2017`), not figures. */
export function extractFigures(doc: Doc, dates: readonly RawSpan[]): FigureItem[] {
  const blocked: { start: number; end: number }[] = [];
  if (doc.text.includes("+") || doc.text.includes("(0")) {
    PHONE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = PHONE.exec(doc.text)); ) blocked.push({ start: m.index, end: m.index + m[0].length });
  }
  const overlaps = (s: number, e: number) =>
    dates.some((d) => s < d.end && d.start < e && !(d.start === s && d.end === e && AMBIGUOUS_RATIO.test(d.text))) ||
    blocked.some((b) => s < b.end && b.start < e);
  return runFigureRules(doc.pack.rules.figures, ruleContext(doc))
    .filter((c) => !overlaps(c.start, c.end))
    .map((c) => ({ ...spanOf(doc, c.start, c.end, c.rule), ...c.value }));
}

// Figures sit around digits and number words: the rules run only on windows
// around those, which keeps the long patterns off the rest of the text.
const BEFORE = 48;
const AFTER = 72;
const TRIGGER_CACHE = new WeakMap<readonly Rule<FigureValue>[], RegExp>();

function triggerFor(rules: readonly Rule<FigureValue>[]): RegExp {
  let re = TRIGGER_CACHE.get(rules);
  if (!re) {
    const words = rules.flatMap((r) => (r as FigureRule).triggerWords ?? []);
    re = new RegExp(`\\d${words.length ? `|(?<![\\p{L}])(?:${words.join("|")})` : ""}`, "giu");
    TRIGGER_CACHE.set(rules, re);
  }
  return re;
}

export function figureWindows(text: string, trigger: RegExp): [number, number][] {
  const out: [number, number][] = [];
  trigger.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = trigger.exec(text)); ) {
    let s = Math.max(0, m.index - BEFORE);
    while (s > 0 && !/\s/.test(text[s - 1])) s--;
    let e = Math.min(text.length, m.index + m[0].length + AFTER);
    while (e < text.length && !/\s/.test(text[e])) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
    if (trigger.lastIndex < e - AFTER / 2) trigger.lastIndex = Math.max(trigger.lastIndex, e - AFTER / 2);
  }
  return out;
}

function runFigureRules(rules: readonly Rule<FigureValue>[], ctx: RuleContext): Candidate<FigureValue>[] {
  const all: Candidate<FigureValue>[] = [];
  for (const [s, e] of figureWindows(ctx.text, triggerFor(rules))) {
    const sub = { ...ctx, text: ctx.text.slice(s, e) };
    for (const r of rules) for (const c of runRule(r, sub)) all.push({ ...c, start: c.start + s, end: c.end + s });
  }
  return resolveOverlaps(all);
}
