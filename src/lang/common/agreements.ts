// Agreement rule builder: cue phrases of a language with the kind and status they
// give; the sentence of the cue is the agreement, the words after it its subject.
import { alternation, type Rule } from "../../rules.js";
import type { AgreementCandidate } from "../../entities/agreements.js";

export interface AgreementCue {
  kind: AgreementCandidate["kind"];
  status: AgreementCandidate["status"];
}

export function agreementRule(lang: string, cues: Record<string, AgreementCue>): Rule<AgreementCandidate> {
  const index = new Map(Object.entries(cues).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    id: `${lang}.agreement.cue`,
    pattern: new RegExp(
      `(?<![\\p{L}])(?<cue>${alternation(index.keys())})(?![\\p{L}])(?:\\s+(?<subject>[^.;!?\\n]{3,200}))?`,
      "giu",
    ),
    spanGroup: "cue",
    normalize: (g) => {
      const cue = index.get(g.cue!.toLowerCase().replace(/\s+/g, " "));
      if (!cue) return null;
      const subject = g.subject?.replace(/^(?:to|on|om|over|dat|that)\s+/i, "").trim() || null;
      return { ...cue, subject };
    },
    examples: [],
    negatives: [],
  };
}
