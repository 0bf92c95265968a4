// Figures: every number that is not part of a date, normalized with its unit.
import type { FigureT } from "../schema.js";
import { runRules } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";

export type FigureValue = Pick<FigureT, "value" | "unit" | "quantity" | "approx" | "counted" | "subject">;
export type FigureItem = RawSpan & FigureValue;

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
  return runRules(doc.pack.rules.figures, ruleContext(doc))
    .filter((c) => !overlaps(c.start, c.end))
    .map((c) => ({ ...spanOf(doc, c.start, c.end, c.rule), ...c.value }));
}
