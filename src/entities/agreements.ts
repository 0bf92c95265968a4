// Agreements: a cue (`an agreement was reached to`, `kwamen overeen`) makes its
// sentence an agreement; the subject is what the rule's `subject` group captured.
import type { AgreementT } from "../schema.js";
import { runRules } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";

export type AgreementCandidate = Pick<AgreementT, "kind" | "status" | "subject">;
export type AgreementItem = RawSpan & Omit<AgreementT, keyof RawSpan>;

export interface Named {
  name: string;
  mentions: RawSpan[];
}

export function extractAgreements(doc: Doc, dates: readonly { start: number; value: string | null; grain: string | null }[], entities: readonly Named[]): AgreementItem[] {
  return runRules(doc.pack.rules.agreements, ruleContext(doc)).map((c) => {
    const s = doc.sentences[spanOf(doc, c.start, c.end).sentence];
    const span = spanOf(doc, s.start, s.end, c.rule);
    const parties = entities
      .filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end))
      .map((e) => e.name);
    const sameSentence = dates.find((d) => d.start >= s.start && d.start < s.end && d.grain === "day");
    const item: AgreementItem = {
      ...span,
      ...c.value,
      parties,
      date: sameSentence?.value ?? doc.published,
    };
    if (doc.explain) item.cue = c.text;
    return item;
  });
}
