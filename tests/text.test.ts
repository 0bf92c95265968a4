// The text layer: sentence splitting that knows EN and NL abbreviations and
// initials, code-point offsets, language detection and the press-release header.
import { describe, expect, it } from "vitest";
import { cpuMs } from "./helpers.js";
import { splitSentences } from "../src/text/sentences.js";
import { codePointMap } from "../src/text/codepoints.js";
import { detectLanguage } from "../src/text/language.js";
import { franc } from "franc-min";
import { readHeader } from "../src/text/header.js";
import { extract } from "../src/pipeline.js";
import { LANGUAGE_PACKS } from "../src/lang/index.js";

const split = (text: string, lang: "en" | "nl") =>
  splitSentences(text, LANGUAGE_PACKS[lang].abbreviations).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it("keeps English titles, initials and abbreviations inside a sentence", () => {
    expect(split("Mr. Smith met Dr. Jones in Astana. M. Baimukhan visited Ghent, e.g. the port. The talks ended.", "en")).toEqual([
      "Mr. Smith met Dr. Jones in Astana.",
      "M. Baimukhan visited Ghent, e.g. the port.",
      "The talks ended.",
    ]);
  });

  it("keeps Dutch honorifics, o.a. and thousands separators inside a sentence", () => {
    expect(split("Z.E. Ambassadeur Jan Peeters en mevr. De Smet bezochten o.a. Gent. Er werken 1.500 mensen. Dhr. Claes zei niets.", "nl")).toEqual([
      "Z.E. Ambassadeur Jan Peeters en mevr. De Smet bezochten o.a. Gent.",
      "Er werken 1.500 mensen.",
      "Dhr. Claes zei niets.",
    ]);
  });

  it("ends a sentence at a blank line and at a headline line", () => {
    expect(split("Minister visits Almaty\n\nThe minister arrived on Monday.\nNew talks\nThey start today.", "en")).toEqual([
      "Minister visits Almaty",
      "The minister arrived on Monday.",
      "New talks",
      "They start today.",
    ]);
  });

  it("does not end a sentence at a line wrapped mid-sentence", () => {
    expect(split("The delegation of the province\nvisited the port of Aktau.", "en")).toHaveLength(1);
  });

  it("ends a sentence after a run of marks and closing quotes", () => {
    expect(split("Wait... What?! He said \u201cyes.\u201d Then ....... Next", "en")).toEqual(["Wait...", "What?!", "He said \u201cyes.\u201d", "Then .......", "Next"]);
  });

  it("reads a long run of periods (a table rule, a filler line) in linear time", () => {
    // each mark of the run was once a match attempt that read to the run's end: 40,000 periods took 10 s
    const text = "The port of Aktau grew. " + ".".repeat(400_000) + " It grew again.";
    const t0 = process.cpuUsage();
    const sentences = split(text, "en");
    expect(cpuMs(t0)).toBeLessThan(2000);
    expect(sentences).toEqual(["The port of Aktau grew.", ".".repeat(400_000), "It grew again."]);
  });
});

describe("code points", () => {
  it("maps UTF-16 offsets after astral characters", () => {
    const text = "😀𝐀 Astana";
    const cp = codePointMap(text);
    const at = text.indexOf("Astana");
    expect(at).toBe(5);
    expect(cp.toCodePoint(at)).toBe(3);
    expect(Array.from(text).slice(cp.toCodePoint(at), cp.toCodePoint(at + 6)).join("")).toBe("Astana");
  });
});

describe("language", () => {
  it("tells English from Dutch and says und for too little text", () => {
    expect(detectLanguage("The ambassador met the governor of the province to discuss trade and logistics.")).toBe("en");
    expect(detectLanguage("De ambassadeur ontmoette de gouverneur van de provincie om handel en logistiek te bespreken.")).toBe("nl");
    expect(detectLanguage("2/15")).toBe("und");
  });

  it("reads the body, not a long menu before it", () => {
    const menu = "Home News Sports Business Contact Subscribe Login Search Weather Opinion Video Podcasts\n".repeat(12);
    const body = "De ambassadeur ontmoette de gouverneur van de provincie om handel en logistiek te bespreken. ".repeat(25);
    expect(detectLanguage(menu + body + menu)).toBe("nl");
  });

  it("decides clear text by its function words as franc does, and leaves a mixed text to franc", () => {
    const en = "The delegation of the Chamber of Commerce visited the port of Antwerp, where the parties signed a memorandum on logistics. ".repeat(4);
    const nl = "De delegatie van de Kamer van Koophandel bezocht de haven van Antwerpen, waar de partijen een memorandum over logistiek ondertekenden. ".repeat(4);
    for (const [text, lang] of [[en, "en"], [nl, "nl"]] as const) {
      expect(detectLanguage(text)).toBe(lang);
      expect(franc(text, { only: ["eng", "nld"] })).toBe(lang === "en" ? "eng" : "nld");
    }
    // a Dutch article quoting an English sentence stays Dutch
    expect(detectLanguage(nl + "He said: “The port of the future is here.” " + nl)).toBe("nl");
    // neither language's function words: franc decides, and the answer is still one of the two
    expect(["en", "nl"]).toContain(detectLanguage("Kasachstan und Belgien unterzeichneten gestern ein Abkommen über Logistik und Handel im Hafen."));
  });
});

describe("plain text", () => {
  const release = "Ambassador visits Antwerp\nAstana, 12 March 2021 - Ambassador Margulan Baimukhan met the Mayor of Antwerp. The parties signed a memorandum. Trade with Kazakhstan grew.";

  it("reads Unicode's other line breaks (NEL, line and paragraph separators, form feed) as line ends", () => {
    for (const br of ["\u0085", "\u2028", "\u2029", "\f"]) {
      const r = extract(release.replace("\n", br).replace(". The", "." + br + "The"), { includeText: true });
      expect(r.title, JSON.stringify(br)).toBe("Ambassador visits Antwerp");
      expect(r.published, JSON.stringify(br)).toBe("2021-03-12");
      expect(r.agreements.map((a) => a.sentence), JSON.stringify(br)).toEqual([2]);
    }
  });

  it("drops soft hyphens, zero-width spaces and a BOM inside the text, so split words are found and offsets hold", () => {
    const marked = release.replace("Baimukhan", "Bai\u00ADmu\u00ADkhan").replace("Kazakhstan", "Kazakh\u200Bstan").replace("Antwerp.", "\uFEFFAntwerp.");
    const r = extract(marked, { includeText: true });
    expect(r.text).toBe(release);
    expect(r.people.map((p) => p.name)).toContain("Margulan Baimukhan");
    expect(r.places.map((p) => p.name)).toContain("Kazakhstan");
    expect(r.id).toBe(extract(release).id);
  });
});

describe("texts with nothing to read", () => {
  it("gives a text without a letter or digit an empty record, and still reads one of digits and signs alone", () => {
    const bare = extract(" \n— … !! ¿? ***\n\n");
    expect(bare).toMatchObject({ language: "und", title: null, published: null, warnings: [] });
    for (const field of ["dates", "people", "organisations", "places", "figures", "agreements", "events"] as const) expect(bare[field]).toEqual([]);
    // a figure and a date written with digits and signs only are read as ever
    const digits = extract("€ 12,5 — 2024-05-03");
    expect(digits.figures.map((f) => f.value)).toContain(12.5);
    expect(digits.dates.map((d) => d.value)).toContain("2024-05-03");
    // a title or date the input gives is kept
    expect(extract("…", { title: "Untitled", published: "2025-01-02" })).toMatchObject({ title: "Untitled", published: "2025-01-02" });
  });
});

describe("press-release header", () => {
  it("dates a release by a meta line's long source field or date label, and an act by the date after its number", () => {
    expect(extract("Events in Central Asia this autumn\n\nNewsletter of the Belgian-Kazakh Business Association of Antwerp | 4 September 2026\n\nThe association meets on 17 September 2026.").published).toBe("2026-09-04");
    expect(extract("Agenda Centraal-Azië dit najaar\n\nNieuwsbrief van de Nederlands-Kazachse Ondernemersvereniging | 4 september 2026\n\nDe vereniging komt op 17 september 2026 samen.").published).toBe("2026-09-04");
    expect(extract("Annual Report 2025 – excerpt\n\nDelta Pumps NV | published 30 April 2026\n\nThe company grew in 2025.").published).toBe("2026-04-30");
    expect(extract("Jaarverslag 2025 – uittreksel\n\nDelta Pompen NV | gepubliceerd op 30 april 2026\n\nHet bedrijf groeide in 2025.").published).toBe("2026-04-30");
    expect(extract("Decree of the Akimat of Pavlodar Region No. 88 of 2 March 2026\n\nOn the allocation of land plots\n\nThe akimat decides on 1 April 2026.").published).toBe("2026-03-02");
    expect(extract("Besluit van de Vlaamse Regering nr. 2026/118 van 3 maart 2026\n\nHet besluit treedt in werking op 1 april 2026.").published).toBe("2026-03-03");
    // an act cited in the body dates nothing
    expect(extract("Port and railway agree on tariffs\n\nThe tariffs follow Resolution No. 512 of 14 July 2026.").published).toBeNull();
  });

  it("dates a release by a written date alone on its line under the headline", () => {
    const en = extract("Port and railway sign cooperation agreement\n\n26 April 2024\n\nAntwerp – The port signed a memorandum on Thursday.");
    expect(en.published).toBe("2024-04-26");
    expect(en.dates).toContainEqual(expect.objectContaining({ text: "Thursday", value: "2024-04-25" }));
    const nl = extract("Haven en spoorwegen tekenen akkoord\n\nvrijdag 26 april 2024\n\nAntwerpen – De haven tekende donderdag een memorandum.");
    expect(nl.published).toBe("2024-04-26");
    expect(extract("Vlaanderen en Kazachstan werken samen\n\nGepubliceerd op 12/03/2024\n\nDe minister ontving vrijdag een delegatie.").published).toBe("2024-03-12");
    // a release label and a dash before the date (`For immediate release – …`)
    expect(extract("PRESS RELEASE\nFor immediate release – 9 December 2025\n\nDelta Pumps signs a supply deal\n\nThe company signed it today.").published).toBe("2025-12-09");
    expect(extract("PERSBERICHT\nVoor onmiddellijke publicatie – 9 december 2025\n\nDelta Pompen tekent een leveringscontract\n\nHet bedrijf tekende vandaag.").published).toBe("2025-12-09");
    // a relative date alone on its line is read from the anchor, and never moves it
    const rel = extract("Talks resume soon\n\ntomorrow", { referenceDate: "2013-02-12" });
    expect(rel.published).toBeNull();
    expect(rel.dates).toContainEqual(expect.objectContaining({ value: "2013-02-13" }));
    // a date inside a sentence dates nothing
    expect(extract("The port and the railway signed a memorandum.\nThe talks of 26 April 2024 went well.").published).toBeNull();
  });

  it("reads a byline line with a reading time, and a date that ends the headline after a dash", () => {
    const en = extract("Skip to main content\nMenu\n\nNew rail link to Almaty\n\nBy Anna Verbruggen | 14 May 2026 | 4 min read\n\nThe operator announced the service last Thursday.");
    expect(en.published).toBe("2026-05-14");
    expect(en.dates).toContainEqual(expect.objectContaining({ text: "last Thursday", value: "2026-05-07" }));
    expect(extract("Nieuwe spoorlijn naar Almaty\n\nDoor Anna Verbruggen | 14 mei 2026 | 3 min leestijd\n\nDe operator kondigde de dienst aan.").published).toBe("2026-05-14");
    const nl = extract("Persconferentie provinciebestuur – donderdag 15 januari 2026\n\n1. Subsidie voor een studie\nDe missie loopt van 12 tot en met 14 mei.");
    expect(nl.published).toBe("2026-01-15");
    expect(nl.dates).toContainEqual(expect.objectContaining({ value: "2026-05-12", until: "2026-05-14" }));
    expect(extract("Press briefing of the ministry – Thursday 15 January 2026\n\nThe minister met the delegation.").published).toBe("2026-01-15");
    // a council's minutes under its name: the day of the session ends the headline after a label
    expect(extract("Gemeente Lommel\nBesluitenlijst gemeenteraad – zitting van dinsdag 17 februari 2026\n\nPunt 4. De raad keurt de begroting goed.").published).toBe("2026-02-17");
    expect(extract("City of Ghent\nDecisions of the city council – meeting of 17 February 2026\n\nItem 4. The council approves the budget.").published).toBe("2026-02-17");
    // a date inside the headline's words dates nothing
    expect(extract("Ministers meet on 15 January 2026 in Astana\n\nThe talks went well.").published).toBeNull();
  });

  it("reads a dateline and a date under the headline", () => {
    expect(readHeader(" date 2019-10-03 ASTANA. The minister said.").published).toBe("2019-10-03");
    const h = readHeader("Home\n  • Nieuws\n\nHandelsmissie naar Kazachstan gestart\n\n  • 05/11/2019\n\nDe missie vertrekt vandaag.");
    expect(h).toEqual({ title: "Handelsmissie naar Kazachstan gestart", published: "2019-11-05" });
  });

  it("reads a date under the headline that a clock time follows or a label opens, in both languages", () => {
    expect(readHeader("Nederland en Oezbekistan werken samen\n\nNieuwsbericht | 02-06-2023 | 16:05\n\nDe minister tekende.").published).toBe("2023-06-02");
    expect(readHeader("Minister receives delegation\n\n12.03.2024 15:20\n\nThe minister met.").published).toBe("2024-03-12");
    expect(extract("Copper miner signs contract\n\n3 March 2024, 09:40\n\nALMATY – The contract was signed on Sunday.").published).toBe("2024-03-03");
    expect(extract("Rederij opent lijn\n\nmaandag 3 maart 2025 om 09.15 uur\n\nDe eerste boot vertrekt vandaag.").published).toBe("2025-03-03");
    // a meta line of short fields between bars: a label, a section or a byline before or after the date
    expect(readHeader("Handelsmissie naar Oezbekistan\n\nNieuwsbericht | 12-05-2025 | Internationaal ondernemen\n\nDe missie vertrekt.").published).toBe("2025-05-12");
    expect(readHeader("Embassy hosts forum\n\nNews | 07.10.2025 | Economy\n\nThe embassy held a forum.").published).toBe("2025-10-07");
    expect(extract("‘De markt groeit snel’\n\nInterview | Door Jan de Smet | 4 maart 2025\n\nVorig jaar verdubbelde de omzet.").published).toBe("2025-03-04");
    expect(extract("'The market is growing fast'\n\nInterview | By Anna Berg | 4 March 2025\n\nLast year sales doubled.").published).toBe("2025-03-04");
    // a wire service's time line (a half of the day, a time zone, an update after a middle dot), an agency's name
    // before a dash, and a dateline's place as the last field of a meta line
    const wire = extract("Port operator agrees barge link\n\nMarch 3, 2026 9:05 AM GMT+1 · Updated 2 hours ago\n\nROTTERDAM, March 3 (Wire) - The companies agreed on Tuesday to start in May.");
    expect(wire.published).toBe("2026-03-03");
    expect(wire.dates).toContainEqual(expect.objectContaining({ text: "Tuesday", value: "2026-03-03" }));
    expect(extract("Havenbedrijf tekent akkoord\n\n3 maart 2026 09:05 · Bijgewerkt 2 uur geleden\n\nDe bedrijven tekenden dinsdag.").published).toBe("2026-03-03");
    const agency = extract("Success story | Bakery conquers Almaty\n\nRegional Enterprise Agency – 4 March 2026\n\nNext year the bakery opens a shop.");
    expect(agency.published).toBe("2026-03-04");
    expect(agency.dates).toContainEqual(expect.objectContaining({ text: "Next year", value: "2027" }));
    expect(extract("Succesverhaal | Bakkerij verovert Almaty\n\nAgentschap Ondernemen & Export – 4 maart 2026\n\nVolgend jaar opent de bakkerij een winkel.").published).toBe("2026-03-04");
    expect(extract("Terminal reports record half year\n\nH1 2025 trading update | Aktau, 9 July 2025\n\nThe terminal handled more cargo.").published).toBe("2025-07-09");
    expect(extract("Terminal meldt recordhalfjaar\n\nHalfjaarbericht 2025 | Aktau, 9 juli 2025\n\nDe terminal verwerkte meer lading.").published).toBe("2025-07-09");
    // a sentence with bars in it is no meta line
    expect(extract("Exports grew.\nThe ministry | said on 4 March 2025 | that exports grew further.").published).toBeNull();
    // a time alone, or a date in a sentence, dates nothing
    expect(readHeader("Minister receives delegation\n\n14:35\n\nThe minister met.").published).toBeNull();
    expect(extract("The port signed a memorandum.\nThe talks of 26 April 2024, 14:35 went well.").published).toBeNull();
  });

  it("finds no title in a body that opens with a sentence", () => {
    expect(readHeader("The ambassador of Kazakhstan visited the port of Antwerp and met the CEO of the company.").title).toBeNull();
  });

  it("dates a release by its dateline and anchors relative dates on it, in both languages", () => {
    const en = extract("ASTANA, 14 March 2023 – The minister said the plant will open next year.", { lang: "en" });
    expect(en.published).toBe("2023-03-14");
    expect(en.dates.find((d) => d.text === "next year")?.value).toBe("2024");
    const nl = extract("Gent, 5 oktober 2022 - De burgemeester zei dat de fabriek volgend jaar opent.", { lang: "nl" });
    expect(nl.published).toBe("2022-10-05");
    expect(nl.dates.find((d) => d.text === "volgend jaar")?.value).toBe("2023");
  });

  it("takes no dateline from a date later in the text", () => {
    expect(extract("The minister said the plant opened on 14 March 2023 in the region.", { lang: "en" }).published).toBeNull();
  });
});
