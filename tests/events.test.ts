// Visits and meetings (the `events` field beyond the contract), in English and
// Dutch, on sentences in the style of embassy and chamber press releases.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";
import { LANGUAGE_PACKS } from "../src/lang/index.js";
import { runRule } from "../src/rules.js";
import { DocumentRecord } from "../src/schema.js";
import { cpSlice, cpuMs } from "./helpers.js";

const eventsOf = (text: string, lang: "en" | "nl", published = "2023-05-10") =>
  extract(text, { lang, published, explain: true, includeText: true }).events;

const POSITIVE: [string, "en" | "nl", "visit" | "meeting"][] = [
  ["The Ambassador of Kazakhstan visited the port of Zeebrugge on Tuesday.", "en", "visit"],
  ["Minister Jan Peeters met with the Governor of Atyrau region.", "en", "meeting"],
  ["The Ambassador held a meeting with the Mayor of Ghent, Mathias De Clercq.", "en", "meeting"],
  ["During a working meeting with the CEO of the Port of Antwerp, the parties reviewed transit volumes.", "en", "meeting"],
  ["The delegation took part in meetings with representatives of Flemish companies in Brussels.", "en", "meeting"],
  ["A trade mission to Almaty will take place in October.", "en", "visit"],
  ["The Minister of Trade paid an official visit to Belgium.", "en", "visit"],
  ["De Vlaamse minister bezocht de haven van Aktau.", "nl", "visit"],
  ["De ambassadeur ontmoette de burgemeester van Brugge, Dirk De fauw.", "nl", "meeting"],
  ["De minister had een ontmoeting met de gouverneur van de provincie Limburg.", "nl", "meeting"],
  ["Volgende week vindt er een ontmoeting met de Kazachse minister van Energie plaats.", "nl", "meeting"],
  ["Voka leidt in oktober een handelsmissie naar Kazachstan.", "nl", "visit"],
  ["Tijdens een werkbezoek aan Astana sprak de minister met ondernemers.", "nl", "visit"],
];

const NEGATIVE: [string, "en" | "nl"][] = [
  ["The Ambassador invited the Governor to visit Kazakhstan.", "en"],
  ["The parties discussed the organisation of regional business missions to Kazakhstan.", "en"],
  ["The mayors expressed interest in visiting Astana.", "en"],
  ["The results met expectations.", "en"],
  ["The meeting was constructive.", "en"],
  ["He met the Head of the Mission of Kazakhstan to the EU.".replace("He met the", "The report cites the"), "en"],
  ["De ambassadeur nodigde de gouverneur uit om Kazachstan te bezoeken.", "nl"],
  ["Ik hoop dat de missie naar Kazachstan voor veel bedrijven iets oplevert.", "nl"],
  ["De partijen bespraken de mogelijkheid van een bezoek aan Astana.", "nl"],
  ["De ontmoeting verliep in een constructieve sfeer.", "nl"],
];

describe("events: visits and meetings", () => {
  for (const [text, lang, kind] of POSITIVE) {
    it(`${lang}: ${text}`, () => {
      const found = eventsOf(text, lang);
      expect(found.map((e) => e.kind)).toContain(kind);
      for (const e of found) {
        expect(e.text).toBe(text);
        expect(e.rule).toMatch(new RegExp(`^${lang}\\.event\\.`));
        expect(text).toContain(e.cue);
      }
    });
  }
  for (const [text, lang] of NEGATIVE) it(`${lang} not an event: ${text}`, () => expect(eventsOf(text, lang)).toEqual([]));
});

describe("event details", () => {
  it("takes the place the visit goes to and the participants named in its clause", () => {
    const [e] = eventsOf("Minister Jan Peeters visited Almaty, where he met with business leaders.", "en");
    expect(e).toMatchObject({ kind: "visit", place: "Almaty" });
    expect(e.participants).toContain("Jan Peeters");
  });

  it("carries the last named actor into a clause that names none", () => {
    const r = extract(
      "Ambassador Anna Smith visited the province of Limburg. During a meeting with the Governor, Jan Peeters, the parties discussed trade.",
      { lang: "en", published: "2023-05-10" },
    );
    const meeting = r.events.find((e) => e.kind === "meeting");
    expect(meeting?.participants).toEqual(expect.arrayContaining(["Anna Smith", "Jan Peeters"]));
  });

  it("dates an event by the day in its sentence, else by the publication date", () => {
    expect(eventsOf("On 3 May 2023 the Minister visited Antwerp.", "en")[0].date).toBe("2023-05-03");
    expect(eventsOf("De minister bezocht Antwerpen.", "nl", "2023-05-10")[0].date).toBe("2023-05-10");
  });

  it("is an addition to the contract: records still parse and spans slice exactly", () => {
    const r = extract("😀 The Ambassador met with Minister Jan Peeters in Brussels.", { lang: "en", includeText: true });
    expect(DocumentRecord.safeParse(r).success).toBe(true);
    for (const e of r.events) expect(cpSlice(r.text!, e.start, e.end)).toBe(e.text);
  });

  it("is filtered by --types like every other field", () => {
    const r = extract("The Minister visited Antwerp.", { lang: "en", types: ["dates"] });
    expect(r.events).toEqual([]);
    expect(extract("The Minister visited Antwerp.", { lang: "en", types: ["events"] }).events).toHaveLength(1);
  });

  it("stays linear on adversarial input", () => {
    const t0 = process.cpuUsage();
    // the event rules alone: the entity extractors the pipeline runs first have their own tests
    for (const [lang, text] of [
      ["en", "met with the Minister visited ".repeat(30_000)],
      ["nl", "ontmoeting met de minister bezoek aan ".repeat(25_000)],
    ] as const)
      for (const rule of LANGUAGE_PACKS[lang].rules.events) runRule(rule, { lang, text, anchor: null });
    expect(cpuMs(t0)).toBeLessThan(4000);
  });
});
