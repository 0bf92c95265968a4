// Dutch event rules: the shared shapes filled with the Dutch lexicon.
import type { Rule } from "../../rules.js";
import type { EventCandidate } from "../../entities/events.js";
import { eventRules } from "../common/events.js";
import { EVENT_LEXICON } from "./lexicon/events.js";
import { lazy } from "../lazy.js";

const CORPUS: Record<string, Pick<Rule<EventCandidate>, "examples" | "negatives">> = {
  "nl.event.verb": {
    examples: [
      { text: "De minister bezocht de haven van Antwerpen.", expect: { kind: "visit" } },
      { text: "De ambassadeur ontmoette de burgemeester van Gent.", expect: { kind: "meeting" } },
      { text: "De ondernemers zullen de jaarbeurs in Utrecht bezoeken.", expect: { kind: "visit" } },
    ],
    negatives: ["De ambassadeur nodigde de gouverneur uit om Oezbekistan te bezoeken.", "De bedrijven tonen interesse om Astana te bezoeken."],
  },
  "nl.event.meeting-with": {
    examples: [
      { text: "De minister had een ontmoeting met de Poolse ambassadeur.", expect: { kind: "meeting" } },
      { text: "Er zal een ontmoeting met de voorzitter plaatsvinden.", expect: { kind: "meeting" } },
    ],
    negatives: ["De partijen bespraken de mogelijkheid van gesprekken met investeerders.", "De ontmoeting verliep vlot."],
  },
  "nl.event.trip-to": {
    examples: [
      { text: "De minister leidt een handelsmissie naar Polen.", expect: { kind: "visit", needs: "destination" } },
      { text: "Het werkbezoek aan Astana duurde drie dagen.", expect: { kind: "visit" } },
    ],
    negatives: ["Ik hoop dat de missie naar Polen veel oplevert.", "Ze bespraken een bezoek aan de regio."],
  },
  "nl.event.verb-name": {
    examples: [{ text: "De gouverneur ontving Ambassadeur Peeters in Gent.", expect: { kind: "meeting", needs: "name" } }],
    negatives: ["De haven ontving vorig jaar meer schepen."],
  },
};

export const events = lazy((): Rule<EventCandidate>[] => eventRules(EVENT_LEXICON).map((r) => ({ ...r, ...CORPUS[r.id] })));
