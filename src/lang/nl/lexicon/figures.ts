// Dutch figure words: scales, units, currencies, qualifiers. Data only.
import type { FigureLexicon, UnitSense } from "../../common/figures.js";
import { CURRENCY_SYMBOLS } from "../../common/figures.js";
import { NUMBER_WORDS } from "./numbers.js";

const money = (unit: string): UnitSense => ({ unit, quantity: "money" });
const mass = (unit: string): UnitSense => ({ unit, quantity: "mass" });
const length = (unit: string): UnitSense => ({ unit, quantity: "length" });
const sense = (unit: string, quantity: UnitSense["quantity"]): UnitSense => ({ unit, quantity });

export const FIGURES: FigureLexicon = {
  lang: "nl",
  decimal: ",",
  words: NUMBER_WORDS,
  scales: {
    duizend: 1e3, k: 1e3, K: 1e3, miljoen: 1e6, mln: 1e6, mio: 1e6, "mln.": 1e6, m: 1e6, M: 1e6, miljard: 1e9, mld: 1e9, mrd: 1e9,
    "mld.": 1e9, biljoen: 1e12, honderd: 100, dozijn: 12,
  },
  moneyOnlyScales: ["m"],
  nameParticles: [],
  units: {
    euro: money("EUR"), euros: money("EUR"), "€": money("EUR"), "€ur": money("EUR"),
    dollar: money("USD"), dollars: money("USD"), $: money("USD"), "US$": money("USD"), "Amerikaanse dollar": money("USD"),
    tenge: money("KZT"), "₸": money("KZT"), roebel: money("RUB"), roebels: money("RUB"), pond: money("GBP"), "Britse pond": money("GBP"), "£": money("GBP"),
    yuan: money("CNY"), yen: money("JPY"), "Zwitserse frank": money("CHF"), frank: money("CHF"),
    "%": sense("%", "percent"), procent: sense("%", "percent"), percent: sense("%", "percent"), procentpunt: sense("pp", "percent"), procentpunten: sense("pp", "percent"),
    ton: mass("t"), t: mass("t"), kg: mass("kg"), kilo: mass("kg"), kilogram: mass("kg"), "kilo's": mass("kg"),
    g: mass("g"), gr: mass("g"), gram: mass("g"), mg: mass("mg"), milligram: mass("mg"),
    oz: mass("oz"), "troy ounce": mass("oz"), "troy ounces": mass("oz"),
    // het gehalte van erts, zoals mijnbouwverslagen het geven (`1,42 g/t goud`)
    "g/t": sense("g/t", "other"), "gram per ton": sense("g/t", "other"),
    km: length("km"), kilometer: length("km"), m: length("m"), meter: length("m"), cm: length("cm"), centimeter: length("cm"),
    mm: length("mm"), millimeter: length("mm"), mijl: length("mi"),
    ha: sense("ha", "area"), hectare: sense("ha", "area"), "km²": sense("km2", "area"), km2: sense("km2", "area"),
    "vierkante kilometer": sense("km2", "area"), "m²": sense("m2", "area"), m2: sense("m2", "area"), "vierkante meters": sense("m2", "area"), "vierkante meter": sense("m2", "area"),
    kW: sense("kW", "power"), MW: sense("MW", "power"), GW: sense("GW", "power"), megawatt: sense("MW", "power"), gigawatt: sense("GW", "power"),
    kWh: sense("kWh", "energy"), MWh: sense("MWh", "energy"), GWh: sense("GWh", "energy"), TWh: sense("TWh", "energy"),
    kilowattuur: sense("kWh", "energy"), megawattuur: sense("MWh", "energy"), gigawattuur: sense("GWh", "energy"), terawattuur: sense("TWh", "energy"),
    "m³": sense("m3", "volume"), m3: sense("m3", "volume"), kubieke: sense("m3", "volume"), "kubieke meter": sense("m3", "volume"),
    liter: sense("l", "volume"), l: { ...sense("l", "volume"), final: true }, vaten: sense("bbl", "volume"), vat: sense("bbl", "volume"), TEU: sense("TEU", "volume"),
    dagen: sense("day", "duration"), dag: sense("day", "duration"), werkdagen: sense("day", "duration"), werkdag: sense("day", "duration"), kalenderdagen: sense("day", "duration"), weken: sense("week", "duration"), week: sense("week", "duration"),
    maanden: sense("month", "duration"), maand: sense("month", "duration"), jaar: sense("year", "duration"), jaren: sense("year", "duration"),
    uur: sense("h", "duration"), minuut: sense("min", "duration"), minuten: sense("min", "duration"),
  },
  currencyBefore: { ...CURRENCY_SYMBOLS },
  cents: ["cents", "cent", "c", "penny", "pence", "eurocent"],
  approx: {
    "meer dan": "more_than", ruim: "more_than", boven: "more_than", "boven de": "more_than", "hoger dan": "more_than", "groter dan": "more_than",
    "bijna": "about", ongeveer: "about", circa: "about", "ca.": "about", ca: "about", "zo'n": "about", "zo’n": "about", rond: "about", "rond de": "about",
    "naar schatting": "about", "~": "about",
    "tot": "up_to", "tot wel": "up_to", maximaal: "up_to", "hooguit": "at_most", "niet meer dan": "at_most",
    "minder dan": "less_than", "lager dan": "less_than", "onder de": "less_than", minstens: "at_least", "ten minste": "at_least", "tenminste": "at_least", minimaal: "at_least",
  },
  negative: ["min", "minus"],
  definiteArticles: ["de", "het"],
  weakNumbers: ["een", "één"],
  articles: ["een"],
  amountFollowers: ["per", "elk", "stuk", "het", "de", "meer", "minder", "extra", "of", "en", "tot", "voor", "in", "op", "aan", "uit", "van", "dan", "is", "was", "kost", "kostte", "bedraagt"],
  pluralEndings: ["ers", "ten", "gen", "den", "nen", "len", "ren", "sen", "ken", "pen", "men", "ven", "zen", "s"],
  changeTo: ["tot"],
  changeVerbs: [
    "steeg", "stegen", "stijgt", "stijgen", "gestegen", "groeide", "groeiden", "groeit", "groeien", "gegroeid", "daalde", "daalden", "daalt", "dalen",
    "gedaald", "zakte", "zakten", "gezakt", "klom", "klommen", "geklommen", "optrekken", "opgetrokken", "trekt", "verhogen", "verhoogd", "verhoogde",
    "verlagen", "verlaagd", "verlaagde", "toenemen", "toegenomen", "nam", "afnemen", "afgenomen", "teruggevallen", "uitbreiden", "uitgebreid",
  ],
  countCompounds: ["zits", "zitter", "persoons", "koppig", "kamer", "bedden"],
  countedAdjectives: ["eigen", "extra", "nieuwe", "andere", "verschillende"],
  fractionWords: ["derde", "derden", "kwart", "vierde", "vierden", "vijfde", "vijfden", "zesde", "achtste", "tiende", "tienden"],
  notCounted: [
    "zal", "zullen", "kan", "kunnen", "vorig", "vorige", "volgend", "volgende", "elk", "elke", "jaarlijks", "deze", "hun", "zich", "van", "en", "of", "de", "het", "een", "in", "per", "uit", "met", "voor", "op", "aan", "is", "zijn", "was", "waren", "heeft", "hebben",
    "procent", "tussen", "dan", "meer", "minder", "die", "dat", "naar", "tot", "als", "keer", "bij", "om", "door",
  ],
  rangeFrom: ["van", "vanaf", "tussen"],
  // `16 à 18 dagen`
  // `van 6 naar 9 procent`: a change from one level to another, as English `from 6 to 9 percent`
  rangeTo: ["tot", "en", "tot en met", "à", "naar"],
  articleOnes: ["een"],
  partOf: ["waarvan"],
  // an age is no figure: `a Belgian aged 46`, `twee verdachten in de leeftijd van 38 en 52`
  ageBefore: ["leeftijd van", "leeftijden van", "op de leeftijd van", "in de leeftijd van"],
  labelNouns: [
    "artikel", "artikelen", "art.", "punt", "punten", "agendapunt", "agendapunten", "perceel", "percelen", "paragraaf", "hoofdstuk", "bijlage",
    "lid", "fase", "pagina", "bladzijde", "vraag", "antwoord", "nr.", "nummer", "code", "kenmerk", "referentie", "alinea", "postbus",
    // de rapportageklassen van broeikasgasuitstoot (`scope 1 en 2`), en een ligplaats of kade met haar nummer
    "scope", "ligplaats", "kade",
  ],
  // `netto nul in 2045`: een nul na deze woorden is een klimaatdoel, geen cijfer
  zeroTargets: ["netto"],
  // compounds: `ondernemingsnummer`, `btw-nummer`, `CPV-code`, `postcode`
  identifierEndings: ["nummer", "code"],
  streetWords: ["Avenue", "Rue", "Chaussée", "Boulevard", "Quai", "Place", "Square", "Straße", "Strasse", "Prospekt"],
  streetEndings: [
    "straat", "steenweg", "weg", "laan", "plein", "dreef", "kaai", "kade", "lei", "singel", "gracht", "dijk", "markt", "baan", "vest", "hof", "pad", "park", "ring", "wal",
  ],
  subjectLinks: [
    "van", "bedraagt", "bedroeg", "bedragen", "bedroegen", "is", "was", "zijn", "waren", "bereikte", "bereikt", "steeg tot", "steeg met",
    "groeide tot", "groeide met", "daalde tot", "daalde met", "overschrijdt", "overschreed", "ter waarde van", "op",
  ],
  subjectStops: [
    "een", "de", "het", "zijn", "haar", "hun", "dit", "deze", "die", "dat", "met", "en", "of", "voor", "in", "op", "door", "aan", "bij",
    "heeft", "hebben", "had", "is", "was", "zijn", "waren", "er", "van", "totaal", "waarde",
  ],
};
