// Dates: every date expression of the body, normalized to ISO at its grain.
import type { DateT } from "../schema.js";
import { runRules } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";

export type DateValue = Pick<DateT, "value" | "until" | "grain" | "mod" | "inferred">;
export type DateItem = RawSpan & DateValue;

export function extractDates(doc: Doc): DateItem[] {
  return runRules(doc.pack.rules.dates, ruleContext(doc)).map((c) => ({
    ...spanOf(doc, c.start, c.end, c.rule),
    ...c.value,
  }));
}
