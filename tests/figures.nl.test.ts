// Dutch figures in press-release sentences: value, unit, quantity, approx, counted, subject.
import { describe, expect, it } from "vitest";
import { extractDates } from "../src/entities/dates.js";
import { extractFigures } from "../src/entities/figures.js";
import { splitSentences } from "../src/text/sentences.js";
import { dates } from "../src/lang/nl/dates.js";
import { figures } from "../src/lang/nl/figures.js";
import type { LanguagePack } from "../src/lang/types.js";

const pack = { lang: "nl", decimal: ",", abbreviations: new Set<string>(), rules: { dates: dates(), figures: figures() } } as unknown as LanguagePack;
const figuresOf = (text: string) => {
  const doc = { text, lang: "nl" as const, pack, sentences: splitSentences(text, new Set()), anchor: "2017-06-20", published: null, explain: true };
  return extractFigures(doc, extractDates(doc));
};

const CASES: [string, Record<string, unknown>][] = [
  ["Een delegatie van 32 Limburgse ondernemers reist mee.", { value: 32, unit: null, counted: "ondernemers" }],
  ["Het BBP groeide met 10% per jaar.", { value: 10, unit: "%" }],
  ["De omzet bedraagt 1,5 miljoen euro.", { value: 1.5e6, unit: "EUR", subject: "omzet" }],
  ["Het bedrijf investeert 1.500 euro per werknemer.", { value: 1500, unit: "EUR" }],
  ["De haven verwerkte 2,5 miljoen ton graan.", { value: 2.5e6, unit: "t" }],
  ["Er werken ruim 3 800 mensen in de fabriek.", { value: 3800, approx: "more_than", counted: "mensen" }],
  // digits grouped by a thin space or a narrow no-break space, as SI style writes them
  ["De export bedroeg 12\u2009500 ton graan.", { value: 12500, unit: "t" }],
  ["Het budget is € 4\u202F500\u202F000.", { value: 4.5e6, unit: "EUR" }],
  ["Het project kost € 20 mln.", { value: 20e6, unit: "EUR" }],
  ["De investering bedraagt 2 mld euro.", { value: 2e9, unit: "EUR" }],
  ["De lening van 4 mio dollar werd goedgekeurd.", { value: 4e6, unit: "USD" }],
  ["Er zijn ongeveer 5.000 bezoekers verwacht.", { value: 5000, approx: "about", counted: "bezoekers" }],
  ["Minstens 40 bedrijven tekenden in.", { value: 40, approx: "at_least", counted: "bedrijven" }],
  ["Maximaal 200 deelnemers kunnen mee.", { value: 200, approx: "up_to" }],
  ["Zo'n 70 procent van het vlas komt uit Kazachstan.", { value: 70, unit: "%", approx: "about" }],
  ["Vijfentwintig bedrijven namen deel aan de missie.", { value: 25, counted: "bedrijven" }],
  ["De stad telt tweeduizend inwoners.", { value: 2000, counted: "inwoners" }],
  // het getelde zelfstandig naamwoord is het eerste meervoud na het getal, voorbij de bijvoeglijke naamwoorden
  ["Er vonden meer dan 320 bilaterale ontmoetingen plaats.", { value: 320, counted: "ontmoetingen" }],
  ["Het bedrijf telt 420 eigen medewerkers.", { value: 420, counted: "medewerkers" }],
  // na een werkwoord van verandering is `tot` het resultaat, geen plafond
  ["Het goederenvervoer steeg met 62% tot 4,5 miljoen ton.", { value: 4.5e6, unit: "t", approx: null }],
  ["Kazachstan wil het aandeel tegen 2030 tot 15 procent optrekken.", { value: 15, unit: "%", approx: null }],
  ["De investering kan oplopen tot 6 miljard dollar.", { value: 6e9, unit: "USD", approx: "up_to" }],
  ["Het fonds bevat een half miljoen euro.", { value: 500000, unit: "EUR" }],
  ["De ondernemers blijven drie dagen in Astana.", { value: 3, unit: "day", quantity: "duration" }],
  ["Het windpark levert 150 MW.", { value: 150, unit: "MW" }],
  ["De terreinen beslaan 40 hectare.", { value: 40, unit: "ha" }],
  ["De opslag bevat 12.000 m³ olie.", { value: 12000, unit: "m3" }],
  ["De export bedroeg 36 duizend euro per inwoner.", { value: 36000, unit: "EUR" }],
  ["Er werden 120.000 TEU overgeslagen.", { value: 120000, unit: "TEU" }],
  ["Het contract is 50 miljoen tenge waard.", { value: 50e6, unit: "KZT" }],
  ["De prijs steeg met 2,5 procent.", { value: 2.5, unit: "%" }],
  ["Meer dan 1.000 ton tarwe werd verscheept.", { value: 1000, unit: "t", approx: "more_than" }],
  // een rond aantal op -tal, en een bereik met `à`
  ["Een dertigtal Limburgse bedrijven nam deel aan de missie.", { value: 30, approx: "about" }],
  ["Op de beurs stonden een vijftigtal exporteurs uit Kazachstan.", { value: 50, approx: "about", counted: "exporteurs" }],
  ["De overslag groeit jaarlijks met 8 à 12 procent.", { value: 8, unit: "%" }],
  ["Het windpark levert 650 gigawattuur per jaar.", { value: 650, unit: "GWh" }],
  // een deel van een maat neemt haar eenheid
  ["De rechter legde 24 maanden cel op, waarvan 8 voorwaardelijk.", { value: 8, unit: "month" }],
  ["De trein legt de 6.400 kilometer naar Tasjkent af in 12 dagen.", { value: 12, unit: "day" }],
];

describe("Dutch figures", () => {
  for (const [text, expected] of CASES) {
    it(text, () => expect(figuresOf(text)).toContainEqual(expect.objectContaining(expected)));
  }

  const NEGATIVES = [
    // een nationaal telefoonnummer: een 0 vooraan en drie of meer korte groepen
    "Persverantwoordelijke: Lotte Vermeulen, 0476 12 34 56",
    "Bel voor meer informatie naar 010 123 45 67.",
    // a pair the text has named, referred back to
    "De twee bedrijven ondertekenden het akkoord in Almaty.",
    "De Expo 2017 vond plaats in Astana.",
    "De CO2-uitstoot moet omlaag.",
    "Het is de 63e editie van de beurs.",
    "In 2021 groeide het bedrijf.",
    "Op 21 juni 2017 vertrok de missie.",
    "Een bedrijf uit Gent tekende een contract.",
    "Het is een van de grootste havens.",
    "Baggeraar Jan De Nul haalt een contract binnen.",
  ];
  for (const text of NEGATIVES) it(`finds no figure in ${JSON.stringify(text)}`, () => expect(figuresOf(text)).toEqual([]));
});

describe("Dutch ranges joined by a hyphen", () => {
  it("reads both ends, the second with the currency and scale it shares", () => {
    const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(values("De marges liggen op 35-40 procent.")).toEqual([[35, "%"], [40, "%"]]);
    expect(values("Met de overname is 60-80 miljoen euro gemoeid.")).toEqual([[60e6, "EUR"], [80e6, "EUR"]]);
    expect(values("Daar investeren we tussen 2 en 3 miljoen euro.").filter(([v]) => v === 3e6)).toHaveLength(1);
  });
});

describe("Dutch prices per unit", () => {
  it("reads no measure in the unit a price is per, and keeps one where no price is near", () => {
    const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(values("Een ton tarwe van Kostanai naar Gent kost 85 dollar.")).toEqual([[85, "USD"]]);
    expect(values("De nieuwe kade is een kilometer lang.")).toEqual([[1, "km"]]);
  });
});

describe("Dutch labels, identifiers, addresses and ages", () => {
  const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
  it("reads no figure in the number of an article, agenda item or lot, nor in a registration number", () => {
    expect(values("Gelet op artikel 56 en artikel 57 van het decreet.")).toEqual([]);
    expect(values("Agendapunt 9. Toelage van 4.500 euro aan de jumelage")).toEqual([[4500, "EUR"]]);
    expect(values("Perceel 3: vertaling (geraamde waarde: 20.000 EUR)")).toEqual([[20000, "EUR"]]);
    expect(values("Btw-nummer: 0412.345.678")).toEqual([]);
  });
  it("reads no figure in a house number or postcode, and keeps the figures around them", () => {
    expect(values("Inschrijven bij de Kamer, Markt 7, 8500 Kortrijk, kost 150 euro.")).toEqual([[150, "EUR"]]);
    expect(values("Het kantoor aan de Stationsstraat 21 telt 14 medewerkers.")).toEqual([[14, null]]);
  });
  it("reads no figure in an age set off after a name", () => {
    expect(values("Directeur Els Maes (49) leidt een team van 30 ingenieurs.")).toEqual([[30, null]]);
  });
});

describe("Dutch numbers that count nothing", () => {
  it("reads no figure in a label, a postbus, a street's house number or a postcode", () => {
    const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(values("> Retouradres Postbus 12345 3000 AB Rotterdam")).toEqual([]);
    expect(values("Het kantoor ligt aan de Koningin Astridlaan 12 in Brugge.")).toEqual([]);
    expect(values("Zie artikel 7 en bijlage 2 van de regeling.")).toEqual([]);
    // a street word with a unit still measures
    expect(values("De Noordweg wordt 4 kilometer langer.")).toEqual([[4, "km"]]);
  });
});

describe("Dutch figures in a mining company's news", () => {
  it("leest het streepje van een lijst als opsommingsteken, een gehalte in g/t, en houdt een minteken tegen zijn getal", () => {
    const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(values("Het kwartaal in het kort\n- 860.000 ton erts vermalen\n - 2,9 g/t gemiddeld gehalte\n- 52.400 troy ounces gegoten")).toEqual([[860000, "t"], [2.9, "g/t"], [52400, "oz"]]);
    expect(values("Het werkkapitaal ging van -4,2 miljoen euro naar 3 miljoen euro.")).toEqual([[-4.2e6, "EUR"], [3e6, "EUR"]]);
    expect(values("Netto verandering\n- 1.200.000")).toEqual([[-1.2e6, null]]);
    // een breuk in woorden is een aandeel, geen aantal
    expect(values("Twee derde van het erts komt uit Tastau, drie kwart ervan per truck, en 2 trucks vallen uit.")).toEqual([[2, null]]);
  });
});
