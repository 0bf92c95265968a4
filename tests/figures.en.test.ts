// English figures in press-release sentences: value, unit, quantity, approx, counted, subject.
import { describe, expect, it } from "vitest";
import { extractDates } from "../src/entities/dates.js";
import { extractFigures } from "../src/entities/figures.js";
import { splitSentences } from "../src/text/sentences.js";
import { dates } from "../src/lang/en/dates.js";
import { figures } from "../src/lang/en/figures.js";
import type { LanguagePack } from "../src/lang/types.js";

const pack = { lang: "en", decimal: ".", abbreviations: new Set<string>(), rules: { dates: dates(), figures: figures() } } as unknown as LanguagePack;
const figuresOf = (text: string) => {
  const doc = { text, lang: "en" as const, pack, sentences: splitSentences(text, new Set()), anchor: "2022-02-24", published: null, explain: true };
  return extractFigures(doc, extractDates(doc));
};

const CASES: [string, Record<string, unknown>][] = [
  ["The region is home to more than 13,000 companies.", { value: 13000, unit: null, approx: "more_than", counted: "companies" }],
  ["The firm has an annual turnover of 450 million euros.", { value: 450e6, unit: "EUR", subject: "annual turnover" }],
  ["The GDP per capita exceeds 36 thousand euros.", { value: 36000, unit: "EUR", approx: "more_than", subject: "GDP per capita" }],
  ["It imported about 70 thousand tons of flax seeds.", { value: 70000, unit: "t", quantity: "mass", approx: "about" }],
  ["Exports reached $1.2 billion last year.", { value: 1.2e9, unit: "USD", quantity: "money" }],
  ["The project is worth €3m.", { value: 3e6, unit: "EUR" }],
  // digits grouped by a thin space or a narrow no-break space, as SI style writes them
  ["The terminal handled 12\u2009500 tonnes of grain.", { value: 12500, unit: "t" }],
  ["The budget is €\u00A04\u202F500\u202F000.", { value: 4.5e6, unit: "EUR" }],
  ["The fund holds EUR 20 million.", { value: 20e6, unit: "EUR" }],
  ["Investments of 5 bn tenge were announced.", { value: 5e9, unit: "KZT" }],
  ["A loan of 250,000 KZT was granted.", { value: 250000, unit: "KZT" }],
  ["Prices rose by 70 percent.", { value: 70, unit: "%", quantity: "percent" }],
  ["Unemployment fell to 4.5% in the region.", { value: 4.5, unit: "%" }],
  ["The chamber unites 18 thousand entrepreneurs.", { value: 18000, counted: "entrepreneurs" }],
  ["The wind farm has a capacity of 100 MW.", { value: 100, unit: "MW", quantity: "power" }],
  ["The plant produces 2,500 MWh a year.", { value: 2500, unit: "MWh", quantity: "energy" }],
  ["The park covers 1,200 hectares.", { value: 1200, unit: "ha", quantity: "area" }],
  ["The pipeline is 1,500 km long.", { value: 1500, unit: "km", quantity: "length" }],
  ["The terminal handles 300,000 TEU per year.", { value: 300000, unit: "TEU" }],
  ["The field yields 80,000 barrels a day.", { value: 80000, unit: "bbl" }],
  ["Twenty-five companies joined the mission.", { value: 25, counted: "companies" }],
  ["A hundred delegates attended the forum.", { value: 100, counted: "delegates" }],
  ["The budget is two point five million dollars.", { value: 2.5e6, unit: "USD" }],
  ["Up to 500 jobs will be created.", { value: 500, approx: "up_to", counted: "jobs" }],
  ["At least 40 firms signed up.", { value: 40, approx: "at_least" }],
  ["Investment of between 10 and 20 million euros is planned.", { value: 10e6, unit: "EUR" }],
  ["Sales fell by 3.5 per cent.", { value: 3.5, unit: "%" }],
  ["The company employs 1.5 million people worldwide.", { value: 1.5e6, counted: "people" }],
  // the counted noun is the first plural after the number, past its adjectives, short of a time phrase
  ["The operator will add 250 flat wagons to its fleet.", { value: 250, counted: "wagons" }],
  ["It handled about 18 000 containers last year.", { value: 18000, counted: "containers" }],
  ["More than 320 bilateral meetings were held.", { value: 320, counted: "meetings" }],
  ["The project will create 1,000 new jobs.", { value: 1000, counted: "jobs" }],
  // `in` is a unit only at the end of a phrase: the figure ends before the year's preposition
  ["Trade with Belgium reached $1.2 billion in 2022.", { text: "$1.2 billion", value: 1.2e9, unit: "USD" }],
  ["The new pipe is 5 in.", { text: "5 in", value: 5, unit: "in" }],
  // a unit joined to the number by a hyphen is still its unit
  ["The consortium will build a 150-megawatt solar park near Shymkent.", { value: 150, unit: "MW", quantity: "power" }],
  ["The operator signed a 15-year lease for the terminal.", { value: 15, unit: "year", quantity: "duration" }],
  ["The plant will generate about 480 gigawatt hours a year.", { value: 480, unit: "GWh", approx: "about" }],
  ["The company rents a 9,500 square metre warehouse in Almaty.", { value: 9500, unit: "m2", quantity: "area" }],
  // a part of a measure takes its unit
  ["The court imposed 24 months in prison, of which 8 suspended.", { value: 8, unit: "month" }],
  ["The train covers the 6,400 km to Tashkent in 12 days.", { value: 12, unit: "day" }],
];

describe("English figures", () => {
  for (const [text, expected] of CASES) {
    it(text, () => expect(figuresOf(text)).toContainEqual(expect.objectContaining(expected)));
  }

  const NEGATIVES = [
    // a pair the text has named, referred back to
    "The two companies signed the agreement in Almaty.",
    "Expo 2017 was held in Astana.",
    "The COVID-19 crisis hit trade.",
    "The B2B meetings and CO2 targets were discussed.",
    "It is the second-largest port in Belgium.",
    "In 2021 the company grew.",
    "On 21 June 2017 the mission left.",
    "Call +32 2 123 45 67 for details.",
    // a national number: a trunk 0 and three or more short groups
    "Press contact: Sofie Lambrechts, 0476 12 34 56.",
    "For details call the embassy on 02/374.95.62 during office hours.",
    "It is one of the largest provinces.",
    "Jan De Nul Group won the dredging tender.",
    "He ranked 2nd in the 10th edition.",
  ];
  for (const text of NEGATIVES) it(`finds no figure in ${JSON.stringify(text)}`, () => expect(figuresOf(text)).toEqual([]));

  it("never lets a span leave the text", () => {
    const text = "Turnover of more than 50 million euros and 70 percent growth.";
    for (const f of figuresOf(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("English ranges joined by a hyphen", () => {
  it("reads both ends, the second with the currency and scale it shares", () => {
    const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(values("The ministry wants to raise exports of flour by 25-30% by 2027.")).toEqual([[25, "%"], [30, "%"]]);
    expect(values("The consultancy advises on dredging works worth €12-15 million.")).toEqual([[12e6, "EUR"], [15e6, "EUR"]]);
    expect(values("Rail-sea transit from China takes 18-22 days.")).toEqual([[18, "day"], [22, "day"]]);
    // `between … and …` gives its second end by the figure's own rule, once
    expect(values("A tonne costs between $85 and $95.").filter(([v]) => v === 95)).toHaveLength(1);
    expect(values("The COVID-19 crisis slowed trade.")).toEqual([]);
  });
});

describe("English prices per unit", () => {
  it("reads no measure in the unit a price is per, and keeps one where no price is near", () => {
    const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(values("A tonne from Kostanai to Ghent costs between $85 and $95.")).toEqual([[85, "USD"], [95, "USD"]]);
    expect(values("Kazakh wheat sold for 240 dollars a tonne in March.")).toEqual([[240, "USD"]]);
    expect(values("The new berth is a kilometre long.")).toEqual([[1, "km"]]);
  });
});

describe("English labels, identifiers, addresses and ages", () => {
  const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
  it("reads no figure in the number of an article, lot or item, nor in a registration number", () => {
    expect(values("The disclosure is made under Article 52 of the Law on the Securities Market.")).toEqual([]);
    expect(values("Lot 2: legal review of the route (estimated value: EUR 90,000)")).toEqual([[90000, "EUR"]]);
    expect(values("Company number: 0456.789.123")).toEqual([]);
    expect(values("The tender is split into 3 lots worth EUR 1.2 million.")).toEqual([[3, null], [1.2e6, "EUR"]]);
  });
  it("reads no figure in a house number or postcode, and keeps the figures around them", () => {
    expect(values("The fair takes place at Avenue de la Toison d'Or 40, 1050 Brussels, with 85 exhibitors.")).toEqual([[85, null]]);
    expect(values("Send applications to 18 Queen Street, where 12 officers handle them.")).toEqual([[12, null]]);
    expect(values("In Almaty 40 firms took part.")).toEqual([[40, null]]);
  });
  it("reads no figure in an age set off after a name", () => {
    expect(values("Mr Baizhanov, 47, joins from a state holding that employs 3,000 people.")).toEqual([[3000, null]]);
    expect(values("The new director, Aigul Sadykova (44), leads a team of 25.")).toEqual([[25, null]]);
  });
  it("parts a percentage from the amount it grew to", () => {
    expect(values("Exports to France rose by 8.2% to USD 640 million.")).toEqual([[8.2, "%"], [640e6, "USD"]]);
  });
});

describe("English numbers that count nothing", () => {
  it("reads no figure in a label, an address, a time zone or a reporting period, and TEU written out", () => {
    const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(values("(Updates with the minister's comment in paragraph 4)")).toEqual([]);
    expect(values("Send the form to P.O. Box 1120 or to 14 Harbour Road.")).toEqual([]);
    expect(values("Visit us at Harbour Road 14 in Antwerp.")).toEqual([]);
    expect(values("March 3, 2026 9:05 AM GMT+1")).toEqual([]);
    expect(values("Passenger numbers reached 2.3 million (6M 2023: 1.9 million).")).toEqual([[2.3e6, null], [1.9e6, null]]);
    expect(values("The new berth can handle 80,000 twenty-foot equivalent units a year.")).toEqual([[80000, "TEU"]]);
    // a label word with a unit or currency still measures
    expect(values("Page 4 of the report puts the cost at $9 million.")).toEqual([[9e6, "USD"]]);
  });
});

describe("English figures in a mining company's news", () => {
  it("reads a list's dash as a bullet, a grade in g/t and ounces, and keeps a minus that touches its number", () => {
    const values = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(values("Quarter in brief\n- 860,000 tonnes of ore milled\n - 2.9 g/t average head grade\n- 52,400 troy ounces poured")).toEqual([[860000, "t"], [2.9, "g/t"], [52400, "oz"]]);
    expect(values("Working capital moved from -4.2 million euros to 3 million euros.")).toEqual([[-4.2e6, "EUR"], [3e6, "EUR"]]);
    expect(values("Net change\n- 1,200,000")).toEqual([[-1.2e6, null]]);
    // a fraction in words is a share, no count
    expect(values("Two thirds of the ore comes from Tastau, three quarters of it by truck, and 2 trucks break down.")).toEqual([[2, null]]);
  });
});
