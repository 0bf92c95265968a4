// English figure words: scales, units, currencies, qualifiers. Data only.
import type { FigureLexicon, UnitSense } from "../../common/figures.js";
import { CURRENCY_SYMBOLS } from "../../common/figures.js";
import { NUMBER_WORDS } from "./numbers.js";

const money = (unit: string): UnitSense => ({ unit, quantity: "money" });
const mass = (unit: string): UnitSense => ({ unit, quantity: "mass" });
const length = (unit: string): UnitSense => ({ unit, quantity: "length" });
const sense = (unit: string, quantity: UnitSense["quantity"]): UnitSense => ({ unit, quantity });

export const FIGURES: FigureLexicon = {
  lang: "en",
  decimal: ".",
  words: NUMBER_WORDS,
  scales: {
    thousand: 1e3, k: 1e3, K: 1e3, million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, m: 1e6, M: 1e6, billion: 1e9, billions: 1e9,
    bn: 1e9, trillion: 1e12, tn: 1e12, lakh: 1e5, lakhs: 1e5, lkh: 1e5, lkhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
    Cr: 1e7, hundred: 100, dozen: 12, dozens: 12,
  },
  moneyOnlyScales: ["m"],
  nameParticles: ["ten"],
  units: {
    euro: money("EUR"), euros: money("EUR"), "€": money("EUR"), "€ur": money("EUR"),
    dollar: money("USD"), dollars: money("USD"), $: money("USD"), "US$": money("USD"), "US dollars": money("USD"),
    tenge: money("KZT"), "₸": money("KZT"), pounds: { ...money("GBP"), beforeOf: mass("lb") }, "pounds sterling": money("GBP"), "£": money("GBP"),
    rubles: money("RUB"), roubles: money("RUB"), yuan: money("CNY"), renminbi: money("CNY"), yen: money("JPY"),
    rupees: money("INR"), rupee: money("INR"), Rs: money("INR"), "swiss francs": money("CHF"), francs: money("CHF"),
    "kuwaiti dinar": money("KWD"), "kuwaiti dinars": money("KWD"), "lebanese pounds": money("LBP"), "Lebanese Pounds": money("LBP"),
    "egyptian pounds": money("EGP"), egyptianpound: money("EGP"), LE: money("EGP"), "L.E": money("EGP"), "l.e.": money("EGP"), le: { ...money("EGP"), final: true },
    geneh: money("EGP"), "genihat masriya": money("EGP"), "qatari riyals": money("QAR"), "qatari riyal": money("QAR"),
    "saudi riyals": money("SAR"), Saudiriyal: money("SAR"), ringgit: money("MYR"), ringgits: money("MYR"), RM: money("MYR"),
    "malaysia ringgit": money("MYR"), "malaysian ringgit": money("MYR"), "malaysia ringgits": money("MYR"), "malaysian ringgits": money("MYR"),
    shekels: money("ILS"), shekel: money("ILS"), tugrik: money("MNT"), tugriks: money("MNT"), hryvnia: money("UAH"), manat: money("AZN"), som: money("KGS"),
    "%": sense("%", "percent"), percent: sense("%", "percent"), "per cent": sense("%", "percent"), "percentage points": sense("pp", "percent"),
    tons: mass("t"), tonnes: mass("t"), ton: mass("t"), tonne: mass("t"), t: mass("t"), "metric tons": mass("t"), "million tons": mass("t"),
    kg: mass("kg"), "k.g.": mass("kg"), "k.gs": mass("kg"), kgs: mass("kg"), kilogram: mass("kg"), kilograms: mass("kg"), kilo: mass("kg"), kilos: mass("kg"),
    g: mass("g"), "g.": mass("g"), gs: mass("g"), gram: mass("g"), grams: mass("g"), mg: mass("mg"), milligram: mass("mg"), milligrams: mass("mg"),
    lb: mass("lb"), lbs: mass("lb"), pound: { ...money("GBP"), beforeOf: mass("lb") }, oz: mass("oz"), ounce: mass("oz"), ounces: mass("oz"),
    "troy ounce": mass("oz"), "troy ounces": mass("oz"),
    // an ore's grade, as mining reports give it (`1.42 g/t gold`)
    "g/t": sense("g/t", "other"), "grams per tonne": sense("g/t", "other"), "grams per ton": sense("g/t", "other"),
    km: length("km"), kilometre: length("km"), kilometres: length("km"), kilometer: length("km"), kilometers: length("km"),
    m: length("m"), metre: length("m"), metres: length("m"), meter: length("m"), meters: length("m"),
    cm: length("cm"), centimetre: length("cm"), centimetres: length("cm"), centimeter: length("cm"), centimeters: length("cm"),
    mm: length("mm"), millimetre: length("mm"), millimetres: length("mm"), millimeter: length("mm"), millimeters: length("mm"),
    mi: { ...length("mi"), final: true }, mile: length("mi"), miles: length("mi"), in: { ...length("in"), final: true }, inch: length("in"), inches: length("in"),
    "''": length("in"), '"': { ...length("in"), final: true }, ft: length("ft"), feet: length("ft"), foot: length("ft"),
    ha: sense("ha", "area"), hectares: sense("ha", "area"), hectare: sense("ha", "area"), "km²": sense("km2", "area"), km2: sense("km2", "area"),
    "sq km": sense("km2", "area"), "square kilometres": sense("km2", "area"), "square kilometers": sense("km2", "area"), "m²": sense("m2", "area"), m2: sense("m2", "area"), sqm: sense("m2", "area"), "sq m": sense("m2", "area"), "square metres": sense("m2", "area"), "square meters": sense("m2", "area"), "square metre": sense("m2", "area"), "square meter": sense("m2", "area"),
    kW: sense("kW", "power"), MW: sense("MW", "power"), GW: sense("GW", "power"), megawatts: sense("MW", "power"), gigawatts: sense("GW", "power"), kilowatts: sense("kW", "power"),
    megawatt: sense("MW", "power"), gigawatt: sense("GW", "power"), kilowatt: sense("kW", "power"),
    kWh: sense("kWh", "energy"), MWh: sense("MWh", "energy"), GWh: sense("GWh", "energy"), TWh: sense("TWh", "energy"),
    "kilowatt hours": sense("kWh", "energy"), "megawatt hours": sense("MWh", "energy"), "gigawatt hours": sense("GWh", "energy"), "terawatt hours": sense("TWh", "energy"),
    "m³": sense("m3", "volume"), m3: sense("m3", "volume"), "cubic metres": sense("m3", "volume"), "cubic meters": sense("m3", "volume"),
    "bcm": sense("bcm", "volume"), litres: sense("l", "volume"), liters: sense("l", "volume"), litre: sense("l", "volume"), liter: sense("l", "volume"), l: { ...sense("l", "volume"), final: true },
    barrels: sense("bbl", "volume"), bbl: sense("bbl", "volume"), TEU: sense("TEU", "volume"), TEUs: sense("TEU", "volume"),
    "twenty-foot equivalent units": sense("TEU", "volume"), "twenty-foot equivalent unit": sense("TEU", "volume"),
    days: sense("day", "duration"), day: sense("day", "duration"), "working days": sense("day", "duration"), "business days": sense("day", "duration"), "calendar days": sense("day", "duration"), weeks: sense("week", "duration"), week: sense("week", "duration"),
    months: sense("month", "duration"), month: sense("month", "duration"), years: sense("year", "duration"), year: sense("year", "duration"),
    hours: sense("h", "duration"), hour: sense("h", "duration"), minutes: sense("min", "duration"), minute: sense("min", "duration"),
  },
  currencyBefore: {
    ...CURRENCY_SYMBOLS, Rs: "INR", "Rs.": "INR", RM: "MYR", ringgit: "MYR", "malaysia ringgit": "MYR", "malaysian ringgit": "MYR",
    "malaysia ringgits": "MYR", "malaysian ringgits": "MYR",
  },
  cents: ["cents", "cent", "c", "pence", "penny", "sens", "sen", "kopiykas", "kopiyka", "kopecks", "kopeks", "tiyn"],
  approx: {
    "more than": "more_than", over: "more_than", exceeds: "more_than", exceeding: "more_than", "upwards of": "more_than", "in excess of": "more_than",
    above: "more_than", "higher than": "more_than", "greater than": "more_than",
    about: "about", around: "about", approximately: "about", approx: "about", "approx.": "about", nearly: "about", almost: "about", some: "about",
    roughly: "about", "an estimated": "about", circa: "about", "~": "about",
    "up to": "up_to", "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "less than": "less_than", "fewer than": "less_than", under: "less_than", below: "less_than", "lower than": "less_than",
    "at most": "at_most", "no more than": "at_most", "not more than": "at_most",
  },
  negative: ["minus", "negative"],
  definiteArticles: ["the"],
  weakNumbers: ["one"],
  articles: ["a", "an"],
  amountFollowers: ["per", "each", "apiece", "a", "an", "more", "less", "extra", "or", "and", "to", "for", "in", "on", "at", "from", "of", "than", "is", "was", "will", "would", "could", "can", "buys", "bought", "costs", "cost"],
  pluralEndings: ["es", "ers", "ies", "ts", "ds", "ns", "ks", "ps", "ms", "ls", "rs", "gs", "ys", "ws", "es"],
  changeTo: [],
  changeVerbs: [],
  countCompounds: ["seat", "seater", "bed", "room", "berth", "strong", "member", "storey", "wagon"],
  countedAdjectives: ["new", "own", "extra", "additional", "various", "numerous"],
  fractionWords: ["third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths"],
  notCounted: [
    "will", "would", "can", "could", "last", "next", "each", "every", "annually", "worldwide", "such", "some", "these", "those", "its", "their", "were", "had", "of", "and", "or", "the", "to", "in", "per", "from", "with", "for", "on", "at", "by", "is", "are", "was", "were", "has", "have",
    "percent", "than", "more", "less", "that", "this", "which", "who", "into", "out", "a", "an", "as", "new", "other", "times", "between",
  ],
  rangeFrom: ["from", "between"],
  rangeTo: ["to", "and", "through"],
  articleOnes: ["a", "an"],
  partOf: ["of which"],
  // an age is no figure: `a Belgian aged 46`, `twee verdachten in de leeftijd van 38 en 52`
  ageBefore: ["aged", "ages", "age of", "ages of", "at the age of"],
  labelNouns: [
    "article", "articles", "art.", "section", "sections", "clause", "clauses", "paragraph", "paragraphs", "chapter", "annex", "appendix", "item", "items",
    "lot", "lots", "phase", "page", "pages", "question", "no.", "nos.", "nr.", "number", "code", "postcode", "zip code", "ID", "P.O. Box", "PO Box", "P.O.Box",
    // the reporting classes of greenhouse-gas emissions (`scope 1 and 2 emissions`), and a ship's berth or a quay's number
    "scope", "berth", "quay",
  ],
  // `net zero by 2045`: a zero after these names a climate target, no figure
  zeroTargets: ["net"],
  identifierEndings: [],
  // Belgian and Kazakh addresses in English keep the street word of their language (`Rue de la Loi 175`, `Abay Avenue 10`)
  streetWords: ["Street", "St.", "Road", "Rd", "Avenue", "Ave.", "Boulevard", "Blvd", "Lane", "Square", "Quay", "Drive", "Rue", "Chaussée", "Quai", "Place", "Straße", "Strasse", "Prospekt", "Ulitsa"],
  streetEndings: [],
  subjectLinks: [
    "of", "exceeds", "exceeded", "is", "was", "are", "were", "reached", "reaches", "totalled", "totaled", "totals", "amounted to",
    "amounts to", "stood at", "stands at", "rose to", "rose by", "grew to", "grew by", "fell to", "fell by", "increased to", "increased by",
    "decreased to", "decreased by", "worth", "valued at", "estimated at",
  ],
  subjectStops: [
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "with", "and", "or", "for", "in", "on", "by", "to",
    "has", "have", "had", "is", "was", "are", "were", "which", "who", "it", "they", "of", "from", "about", "total", "value",
  ],
};
