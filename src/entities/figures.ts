// Figures: every number that is not part of a date, normalized with its unit.
import type { FigureT } from "../schema.js";
import { runRules } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";

export type FigureValue = Pick<FigureT, "value" | "unit" | "quantity" | "approx" | "counted" | "subject">;
export type FigureItem = RawSpan & FigureValue;

/** Figures overlapping a date span are parts of dates (`21 juni 2017`), not figures. */
export function extractFigures(doc: Doc, dates: readonly RawSpan[]): FigureItem[] {
  const overlapsDate = (s: number, e: number) => dates.some((d) => s < d.end && d.start < e);
  return runRules(doc.pack.rules.figures, ruleContext(doc))
    .filter((c) => !overlapsDate(c.start, c.end))
    .map((c) => ({ ...spanOf(doc, c.start, c.end, c.rule), ...c.value }));
}
