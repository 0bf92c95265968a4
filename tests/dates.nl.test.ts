// Dutch dates in press-release sentences, through the rules and the range refiner.
import { describe, expect, it } from "vitest";
import { extractDates } from "../src/entities/dates.js";
import { splitSentences } from "../src/text/sentences.js";
import { dates } from "../src/lang/nl/dates.js";
import { figures } from "../src/lang/nl/figures.js";
import type { LanguagePack } from "../src/lang/types.js";

const pack = { lang: "nl", decimal: ",", abbreviations: new Set<string>(), rules: { dates: dates(), figures: figures() } } as unknown as LanguagePack;
const datesOf = (text: string, anchor: string | null = "2017-06-20") =>
  extractDates({ text, lang: "nl", pack, sentences: splitSentences(text, new Set()), anchor, published: anchor, explain: true });

const CASES: [string, Record<string, unknown>][] = [
  ["De missie vertrekt op 21 juni 2017 naar Astana.", { value: "2017-06-21", grain: "day" }],
  ["Van 21 juni tot en met 24 juni 2017 bezoekt de delegatie de Wereldexpo.", { value: "2017-06-21", until: "2017-06-24" }],
  ["De beurs loopt van 21 tot en met 24 juni 2017.", { value: "2017-06-21", until: "2017-06-24" }],
  ["Het contract werd op 20/06/2017 ondertekend.", { value: "2017-06-20" }],
  ["De brief is gedateerd 21.06.2017.", { value: "2017-06-21" }],
  ["In 2021 verdubbelde de export naar Kazachstan.", { value: "2021" }],
  ["Het bedrijf is sinds 1991 actief in Centraal-Azië.", { value: "1991" }],
  ["De economie groeide sterk tussen 2000 en 2007.", { value: "2000", until: "2007" }],
  ["In de jaren negentig werd de haven uitgebreid.", { value: "199X", grain: "decade" }],
  ["De cijfers over juni 2017 zijn bekend.", { value: "2017-06", grain: "month" }],
  ["Vandaag opent de minister het paviljoen.", { value: "2017-06-20", inferred: true }],
  ["Gisteren ontving de ambassadeur een handelsmissie.", { value: "2017-06-19" }],
  ["Morgen vertrekt de delegatie naar Almaty.", { value: "2017-06-21" }],
  ["Volgend jaar volgt een tweede missie.", { value: "2018", grain: "year" }],
  ["Afgelopen woensdag bezocht de gouverneur de haven.", { value: "2017-06-14" }],
  // een persbericht van dinsdag over dinsdag: die dag zelf
  ["De ministers ontmoetten elkaar dinsdag in Astana.", { value: "2017-06-20" }],
  // voltooide tijd: de laatste maandag, niet de volgende
  ["De minister is maandag in Astana ontvangen door de president.", { value: "2017-06-19" }],
  ["De delegatie bezocht de haven op 14 juni.", { text: "op 14 juni", value: "2017-06-14" }],
  ["De beurs sluit op vrijdag.", { text: "vrijdag", value: "2017-06-23" }],
  ["Vorige maand tekenden beide partijen een akkoord.", { value: "2017-05", grain: "month" }],
  ["De werken starten in het najaar 2021.", { value: "2021-FA" }],
  ["De omzet steeg in het eerste kwartaal van 2022.", { value: "2022-Q1", grain: "quarter" }],
  ["De terminal is klaar tegen het einde van 2020.", { value: "2020", mod: "end" }],
  ["Begin januari start de opleiding.", { value: "2017-01", mod: "start" }],
  ["De fabriek opent half 2021.", { value: "2021", mod: "mid" }],
  ["Medio 2019 werd de vestiging geopend.", { value: "2019", mod: "mid" }],
  ["Er werden onlangs nieuwe programma's aangekondigd.", { value: "PAST_REF" }],
  ["Binnenkort volgt een nieuwe ronde gesprekken.", { value: "FUTURE_REF" }],
  ["Twee weken geleden werd het memorandum ondertekend.", { value: "2017-06-06" }],
  ["Er wordt gebouwd gedurende komende drie maanden.", { value: "2017-07", until: "2017-09" }],
  ["Op 15 maart stemmen de burgers over de grondwet.", { value: "2017-03-15", inferred: true }],
  ["De laatste vrijdag van oktober is de slotdag.", { value: "2017-10-27" }],
  ["Maandag 18 februari 2019 is de eerste werkdag.", { value: "2019-02-18" }],
  // een maand met een verschoven jaar erachter, het laatste jaar van een opsomming, een dagdeel aan de weekdag vast
  ["Het contract werd in oktober vorig jaar getekend.", { value: "2016-10", grain: "month" }],
  ["In maart volgend jaar trekt een tweede missie naar Almaty.", { value: "2018-03" }],
  ["De kamer organiseert handelsmissies in 2018 en 2019.", { value: "2019", grain: "year" }],
  ["De subsidies liepen in 2014, 2015 of 2016 af.", { value: "2015" }],
  ["De ambassadeur sprak dinsdagavond de ondernemers toe.", { value: "2017-06-20" }],
  ["Donderdagochtend vertrekt de delegatie naar Astana.", { value: "2017-06-22" }],
  // een resultatenbericht: het jaar van een verslag of boekjaar, het vergelijkingsjaar tussen haakjes, een jaar dat een citaat opent
  ["De winst over het boekjaar 2016 steeg tot 12 miljoen euro.", { value: "2016", grain: "year" }],
  ["De omzet bedroeg 96 miljoen euro (2016: 81 miljoen euro).", { text: "2016", value: "2016" }],
  ["„2016 was een uitzonderlijk jaar”, zegt de CEO.", { text: "2016", value: "2016" }],
  // een jaar dat de tekst niet schrijft, een oktober in de verleden tijd in een juniverslag, dertig jaar terug
  ["De vertrekkende voorzitter blijft tot het einde van het jaar adviseur.", { value: "2017", mod: "end" }],
  ["In oktober sloot het bedrijf een huurcontract voor een loods in Almaty.", { value: "2016-10", grain: "month" }],
  ["Dertig jaar geleden opende het eerste Vlaamse bedrijf een kantoor in Almaty.", { value: "1987" }],

];

describe("Dutch dates", () => {
  for (const [text, expected] of CASES) {
    it(text, () => expect(datesOf(text)).toContainEqual(expect.objectContaining(expected)));
  }

  it("writes XXXX for a month nothing anchors, and leaves a shifted month without a value", () => {
    expect(datesOf("De volgende missie vertrekt in juni naar Almaty.", null)).toContainEqual(expect.objectContaining({ value: "XXXX-06", grain: "month" }));
    expect(datesOf("Het forum keert volgende juni terug.", null).map((d) => d.value)).toEqual([null]);
  });

  it("writes XXXX for a year nothing anchors", () => {
    expect(datesOf("De stemming is op 15 maart.", null)).toContainEqual(expect.objectContaining({ value: "XXXX-03-15" }));
  });

  it("reads a counted period with an article as a duration, not a date", () => {
    expect(datesOf("De economie groeide in de afgelopen vijftien jaar sterk.")).toEqual([]);
  });

  it("puts a deadline long behind the anchor in the year ahead, but not a day told of in the past", () => {
    expect(datesOf("Bedrijven kunnen zich tot 31 januari inschrijven.", "2017-11-28")).toContainEqual(expect.objectContaining({ value: "2018-01-31" }));
    expect(datesOf("Het akkoord werd op 31 januari ondertekend.", "2017-11-28")).toContainEqual(expect.objectContaining({ value: "2017-01-31" }));
  });

  const NEGATIVES = [
    "Het agentschap maakt 2 miljoen euro vrij voor proefprojecten.",
    "Hij zat jarenlang in de raad van bestuur.",
    "De Wereldexpo 2017 trok veel bezoekers.",
    "Tijdens de COVID-19-crisis daalde de handel.",
    "Bel 02 123 45 67 voor meer informatie.",
    "De haven is 24/7 bereikbaar.",
    "Het bedrijf verkocht 2017 ton vlas.",
    "Dat is al jaren zo.",
  ];
  for (const text of NEGATIVES) {
    it(`finds no calendar date in ${JSON.stringify(text)}`, () => {
      expect(datesOf(text).filter((d) => d.grain !== null)).toEqual([]);
    });
  }
});

describe("Dutch dates counted from a time the story tells", () => {
  it("counts `een jaar later` from the year written just before, and gives no value without one", () => {
    expect(datesOf("In 2007 ontmoette de oprichter op een beurs een Kazachse havendirecteur. Een jaar later leverde het bedrijf zijn eerste kraan.")).toContainEqual(expect.objectContaining({ text: "Een jaar later", value: "2008", grain: "year" }));
    expect(datesOf("De terminal werd in 2019 geopend; twee jaar eerder was de bouw begonnen.")).toContainEqual(expect.objectContaining({ text: "twee jaar eerder", value: "2017" }));
    expect(datesOf("Een jaar later opende het bedrijf een kantoor in Almaty.").find((d) => d.text === "Een jaar later")?.value).toBeNull();
    // counted from the anchor as before
    expect(datesOf("Twee jaar geleden opende het bedrijf een kantoor in Almaty.")).toContainEqual(expect.objectContaining({ value: "2015", grain: "year" }));
  });
});

describe("Dutch months told in the present passive", () => {
  it("puts a month far before the anchor's, followed by `wordt`/`worden` in a sentence with no past tense, in the year ahead", () => {
    const ahead = datesOf("Het nieuwe kenniscentrum, dat in februari wordt geopend, krijgt twintig medewerkers.", "2017-11-20");
    expect(ahead.find((d) => d.text === "februari")?.value).toBe("2018-02");
    const past = datesOf("Het kenniscentrum, dat in februari werd geopend, kreeg twintig medewerkers.", "2017-11-20");
    expect(past.find((d) => d.text === "februari")?.value).toBe("2017-02");
  });
});

describe("Dutch quarters without their year", () => {
  it("reads `in het derde kwartaal` as a quarter of the anchor's year, and leaves a quarter with its year to the year", () => {
    expect(datesOf("Het ministerie van Energie moet de overname nog goedkeuren; dat wordt in het derde kwartaal verwacht.")).toContainEqual(expect.objectContaining({ text: "in het derde kwartaal", value: "2017-Q3", grain: "quarter", inferred: true }));
    expect(datesOf("In het eerste kwartaal van 2016 groeide de uitvoer.").map((d) => d.value)).toEqual(["2016-Q1"]);
  });
  it("reads a weekday that opens a sentence in the present tense as the next one, whatever the sentence before told", () => {
    // 20 June 2017 is a Tuesday
    const dates = datesOf("De ministers hebben het gehad over persvrijheid, zei ze. Woensdag reist de delegatie door naar Gent en Luik.");
    expect(dates.find((d) => d.text === "Woensdag")?.value).toBe("2017-06-21");
    expect(datesOf("Woensdag tekenden de ministers een akkoord.").find((d) => d.text === "Woensdag")?.value).toBe("2017-06-14");
  });
  it("reads `het eerste kwartaal van vorig jaar` and `het voorjaar van volgend jaar` from the anchor's year, and `sinds november` as last year's", () => {
    expect(datesOf("De transittijd daalde tegenover het eerste kwartaal van vorig jaar.").map((d) => [d.text, d.value])).toEqual([["het eerste kwartaal van vorig jaar", "2016-Q1"]]);
    expect(datesOf("In het voorjaar van volgend jaar opent de terminal.").map((d) => d.value)).toEqual(["2018-SP"]);
    expect(datesOf("De groep rijdt sinds november een bloktrein naar Almaty.").map((d) => d.value)).toEqual(["2016-11"]);
    expect(datesOf("De groep rijdt sinds maart een bloktrein naar Almaty.").map((d) => d.value)).toEqual(["2017-03"]);
  });
  it("reads `hetzelfde kwartaal van 2015` as the quarter named before it, in the year it writes", () => {
    expect(datesOf("De haven verwerkte in het vierde kwartaal van 2016 12 procent meer containers dan in hetzelfde kwartaal van 2015.").map((d) => d.value)).toEqual(["2016-Q4", "2015-Q4"]);
  });
});

describe("Dutch opening hours", () => {
  it("reads no date in the weekdays of a schedule, and still dates one day with its hours", () => {
    const schedule = datesOf("Openingsuren van het consulaat:\nmaandag tot woensdag: 08.30–12.00 uur\nvrijdag: 09.00-11.30 uur\nTelefonisch bereikbaar van maandag t/m vrijdag, 14:00–17:00.");
    expect(schedule.filter((d) => d.grain !== null)).toEqual([]);
    expect(datesOf("Het handelskantoor is zaterdag van 10.00 tot 13.00 uur open voor de beurs.").map((d) => d.text)).toContain("zaterdag");
  });
});

describe("Dutch dates in a quarterly report and a January release", () => {
  it("ends a month at its sentence's period and reads a quarter written Q3", () => {
    const report = datesOf("De havengelden gingen op 1 juli omhoog. De nieuwe kade opent in het voorjaar. De wachttijd was korter dan in Q3.", "2025-10-09");
    expect(report).toContainEqual(expect.objectContaining({ text: "op 1 juli", value: "2025-07-01" }));
    expect(report).toContainEqual(expect.objectContaining({ text: "Q3", value: "2025-Q3", grain: "quarter" }));
    expect(datesOf("Het aantal passagiers daalde in Q4, meldt de luchthaven.", "2026-02-10").map((d) => d.value)).toEqual(["2025-Q4"]);
  });

  it("puts a month or day later in the year than a January anchor in the year before when its clause tells of the past", () => {
    expect(datesOf("De twee ministeries sloten in november een protocol over douanegegevens.", "2026-01-29").map((d) => d.value)).toEqual(["2025-11"]);
    expect(datesOf("De gouverneur noemde de haven in december nog een groeimotor.", "2026-01-29").map((d) => d.value)).toEqual(["2025-12"]);
    expect(datesOf("Het contract werd op 12 november in Astana getekend.", "2026-01-29").map((d) => d.value)).toEqual(["2025-11-12"]);
    expect(datesOf("Het forum zal in november in Astana plaatsvinden.", "2026-01-29").map((d) => d.value)).toEqual(["2026-11"]);
  });
});

describe("Dutch dates after a past-tense clause", () => {
  it("keeps a date ahead when the past tense is a passive present or opens a reported plan", () => {
    expect(datesOf("Besloten werd dat het koor in mei in Aktobe optreedt.", "2026-01-27").map((d) => d.value)).toEqual(["2026-05"]);
    expect(datesOf("Het akkoord wordt in juni ondertekend.", "2026-01-27").map((d) => d.value)).toEqual(["2026-06"]);
  });
});

describe("Dutch seasons bounded by a preposition", () => {
  it("reads `voor de zomer` and `na de zomer` as the season with its mod, the next one once it is over", () => {
    expect(datesOf("De gemeente maakt voor de zomer de plannen bekend.")).toContainEqual(expect.objectContaining({ value: "2017-SU", mod: "before" }));
    expect(datesOf("Na de zomer start de bouw van de terminal.")).toContainEqual(expect.objectContaining({ value: "2017-SU", mod: "after" }));
  });
});

describe("Dutch horizons", () => {
  it("reads `binnen tien jaar` as the future, and `binnen twee weken` as a date", () => {
    expect(datesOf("De coöperatie wil binnen tien jaar klimaatneutraal zijn.").map((d) => d.value)).toEqual(["FUTURE_REF"]);
    expect(datesOf("Het ministerie antwoordt binnen twee weken.").map((d) => d.grain)).toEqual(["day"]);
  });
});

describe("Dutch `vandaag` set against the past", () => {
  it("reads `Vandaag` after a time long past as nu, and as the day otherwise", () => {
    expect(datesOf("Tien jaar geleden had de haven één kraan. Vandaag draaien er twaalf.").map((d) => d.value)).toContain("PRESENT_REF");
    expect(datesOf("De brouwerij levert sinds 2008 aan Aktobe. De eerste bestelling kwam er pas na drie jaar, maar vandaag gaat er elke week een vrachtwagen.").map((d) => d.value)).toContain("PRESENT_REF");
    expect(datesOf("De minister bezocht maandag de haven. Vandaag opent zij de beurs.").find((d) => d.text === "Vandaag")?.value).toBe("2017-06-20");
  });
});

describe("een reeks dagen later in het jaar dan het anker", () => {
  it("is van vorig jaar wanneer de zin in de verleden tijd vertelt, zoals een enkele dag", () => {
    expect(datesOf("De minister bezocht Almaty van 3 tot 5 november met een delegatie.", "2026-01-29").map((d) => [d.value, d.until])).toEqual([["2025-11-03", "2025-11-05"]]);
    expect(datesOf("De minister bezoekt Almaty van 3 tot 5 november met een delegatie.", "2026-01-29").map((d) => [d.value, d.until])).toEqual([["2026-11-03", "2026-11-05"]]);
  });
});
