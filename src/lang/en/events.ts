// English event rules: the shared shapes filled with the English lexicon.
import type { Rule } from "../../rules.js";
import type { EventCandidate } from "../../entities/events.js";
import { eventRules } from "../common/events.js";
import { EVENT_LEXICON } from "./lexicon/events.js";
import { lazy } from "../lazy.js";

const CORPUS: Record<string, Pick<Rule<EventCandidate>, "examples" | "negatives">> = {
  "en.event.verb": {
    examples: [
      { text: "The Ambassador visited the port of Aktau.", expect: { kind: "visit" } },
      { text: "The Governor met with representatives of the chamber of commerce.", expect: { kind: "meeting" } },
      { text: "The delegation arrived in Astana on Monday.", expect: { kind: "visit" } },
    ],
    negatives: ["The Ambassador invited the Governor to visit Kazakhstan.", "The mayors expressed interest in visiting the region."],
  },
  "en.event.meeting-with": {
    examples: [
      { text: "The Minister held a meeting with the Ambassador of Belgium.", expect: { kind: "meeting" } },
      { text: "During talks with the Prime Minister, the sides reviewed trade.", expect: { kind: "meeting" } },
    ],
    negatives: ["The parties discussed the organisation of meetings with investors.", "The meeting was productive."],
  },
  "en.event.trip-to": {
    examples: [
      { text: "The Minister paid an official visit to Kazakhstan.", expect: { kind: "visit", needs: "destination" } },
      { text: "A trade mission to Almaty is planned for October.", expect: { kind: "visit" } },
    ],
    negatives: ["He met the Head of the Mission of Kazakhstan to the EU.", "The sides discussed prospects for business missions to Kazakhstan."],
  },
  "en.event.verb-name": {
    examples: [{ text: "In Brussels, the Ambassador met Minister Peeters.", expect: { kind: "meeting", needs: "name" } }],
    negatives: ["The results met expectations.", "The plant received 50 tons of seeds."],
  },
};

export const events = lazy((): Rule<EventCandidate>[] => eventRules(EVENT_LEXICON).map((r) => ({ ...r, ...CORPUS[r.id] })));
