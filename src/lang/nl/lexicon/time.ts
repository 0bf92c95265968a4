// Dutch time words: data only.
import type { TimeLexicon } from "../../common/dates.js";
import { rx } from "../../../text/classes.js";

const ORDINALS = [
  "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde",
  "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste",
  "eenentwintigste", "tweeëntwintigste", "drieëntwintigste", "vierentwintigste", "vijfentwintigste", "zesentwintigste",
  "zevenentwintigste", "achtentwintigste", "negenentwintigste", "dertigste", "eenendertigste",
];

export const MONTHS: Record<string, number> = {
    januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  };

export const TIME: TimeLexicon = {
  lang: "nl",
  months: MONTHS,
  monthNames: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  // `vrij` (free) and `zat` (sat) are words first: weekdays only when capitalised
  capitalOnly: ["zon", "vrij", "zat"],
  weekdays: {
    maandag: 1, ma: 1, dinsdag: 2, di: 2, woensdag: 3, wo: 3, woe: 3, donderdag: 4, do: 4, vrijdag: 5, vr: 5, vrij: 5,
    zaterdag: 6, za: 6, zat: 6, zondag: 7, zon: 7,
  },
  weekdayParts: ["ochtend", "morgen", "voormiddag", "middag", "namiddag", "avond", "nacht"],
  ordinalSuffix: "ste|de|e",
  ordinalWords: Object.fromEntries(ORDINALS.map((w, i) => [w, i + 1])),
  dayWords: { vandaag: 0, morgen: 1, gisteren: -1, overmorgen: 2, eergisteren: -2, "op deze dag": 0 },
  units: { dag: "day", dagen: "day", week: "week", weken: "week", maand: "month", maanden: "month", jaar: "year", jaren: "year" },
  counts: {
    een: 1, "één": 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, paar: 2,
  },
  roundCounts: { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100 },
  pluralUnits: ["dagen", "weken", "maanden", "jaren"],
  recurring: ["elke", "iedere", "ieder", "elk"],
  shifts: { vorige: -1, vorig: -1, afgelopen: -1, voorbije: -1, voorgaande: -1, volgende: 1, volgend: 1, daaropvolgende: 1, daaropvolgend: 1, komende: 1, komend: 1, aanstaande: 1, deze: 0, dit: 0 },
  seasonPrepositions: ["in", "tijdens", "gedurende"],
  seasonMods: { voor: "before", na: "after" },
  quarterPrepositions: ["in", "tijdens", "gedurende"],
  anaphoricShifts: ["voorgaande", "daaropvolgende", "daaropvolgend"],
  upcomingShifts: ["komende", "komend", "aanstaande", "deze"],
  weekRefs: { "volgende week": 1, "deze week": 0, "vorige week": -1, "afgelopen week": -1, "komende week": 1, "over een week": 1 },
  of: ["van", "in"],
  afterCount: { geleden: -1, terug: -1, later: 1, eerder: -1 },
  toldTimeCount: ["later", "eerder"],
  yearAttributeNouns: [],
  yearAttributeDeterminers: [],
  comparisons: ["dan", "tegen", "tegenover", "vergeleken met", "in vergelijking met", "versus", "vs"],
  beforeCount: ["over", "binnen", "in"],
  horizonWords: ["binnen"],
  afterNext: ["na volgende"],
  upcoming: ["komende"],
  dayPrepositions: ["op"],
  lastWords: ["laatste"],
  dayWord: ["dag"],
  monthWord: ["maand"],
  articles: ["de", "het"],
  yearPrepositions: ["in", "sinds", "sedert", "tegen", "tot", "vanaf", "voor", "na", "tijdens", "opgericht in", "anno", "van", "eind", "begin", "medio", "per", "vergeleken met", "tegenover", "tot minstens", "tot ten minste"],
  yearNouns: [
    "boekjaar", "het boekjaar", "kalenderjaar", "begrotingsjaar", "werkingsjaar", "het jaar", "jaarverslag", "jaarrekening", "jaarresultaten",
    "halfjaarresultaten", "resultaten", "kerncijfers",
  ],
  yearSubjectVerbs: ["was", "is", "wordt", "werd", "zal", "blijft", "bracht", "is geweest", "belooft", "wordt een"],
  // `voor 2026` is among the year prepositions
  closingYearPrepositions: [],
  rangeFrom: ["van", "vanaf"],
  rangeTo: ["tot en met", "t/m", "tot", "tem"],
  rangeAnd: ["en"],
  between: ["tussen"],
  and: ["en"],
  or: ["of"],
  yearMods: {
    "tegen het einde van": "end", eind: "end", einde: "end", "eind van": "end", "het einde van": "end", "eind-": "end",
    "aan het einde van": "end", "aan het eind van": "end", "tegen eind": "end", eindejaar: "end",
    begin: "start", "begin van": "start", "het begin van": "start", "in het begin van": "start", "aan het begin van": "start", "begin-": "start",
    medio: "mid", half: "mid", midden: "mid", "midden van": "mid", "rond": "approx", "omstreeks": "approx", voor: "before", na: "after",
  },
  seasons: { lente: "SP", voorjaar: "SP", zomer: "SU", herfst: "FA", najaar: "FA", winter: "WI" },
  quarters: { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4 },
  quarterWord: ["kwartaal"],
  sameWords: ["zelfde", "hetzelfde", "dezelfde"],
  halves: { "eerste helft": "start", "tweede helft": "end", "eerste jaarhelft": "start", "tweede jaarhelft": "end", H1: "start", H2: "end" },
  decadeWords: { twintig: 2, dertig: 3, veertig: 4, vijftig: 5, zestig: 6, zeventig: 7, tachtig: 8, negentig: 9 },
  decadePrefix: ["jaren", "de jaren"],
  vague: {
    onlangs: "PAST_REF", recent: "PAST_REF", recentelijk: "PAST_REF", kortgeleden: "PAST_REF", "kort geleden": "PAST_REF",
    binnenkort: "FUTURE_REF", "in de nabije toekomst": "FUTURE_REF", "in de toekomst": "FUTURE_REF", "in de komende jaren": "FUTURE_REF",
    momenteel: "PRESENT_REF", "op dit moment": "PRESENT_REF", "op het moment": "PRESENT_REF", thans: "PRESENT_REF", nu: "PRESENT_REF",
  },
  pastTense: rx.u`(?:^|[^\p{L}])(?:heeft|hebben|had|hadden|werd|werden|was|waren|vond|vonden|ondertekende|ondertekenden|tekende|tekenden|ondertekend|getekend|ontvangen|besproken|gesloten|gehouden|geopend|afgesproken|overeengekomen|aangekondigd|georganiseerd|verwelkomd|bezocht|bezochten|ontmoette|ontmoetten|besprak|bespraken|kwam|kwamen|opende|openden|ontving|ontvingen|verwelkomde|verwelkomden|sprak|spraken|zei|zeiden|kondigde|maakte|maakten|sloot|sloten|noemde|noemden|groeide|groeiden|daalde|daalden|steeg|stegen|bouwde|bouwden|investeerde|investeerden|leverde|leverden|verkocht|verkochten|kocht|kochten|stuurde|stuurden|organiseerde|organiseerden|startte|startten|begon|begonnen|lanceerde|lanceerden|presenteerde|presenteerden|bevestigde|bevestigden|kreeg|kregen|haalde|haalden|ging|gingen|trok|trokken|gaf|gaven|bracht|brachten)(?![\p{L}])`,
  complementizers: ["dat", "of", "om"],
  contrastWords: ["maar", "terwijl", "nu"],
  longAgo: ["jaar geleden", "tot voor kort", "vroeger", "destijds", "aanvankelijk", "in het begin", "toen"],
  presentAuxiliaries: ["wordt", "worden", "word", "zal", "zullen", "kan", "kunnen", "moet", "moeten"],
  // een maand waarvanaf iets loopt (`vanaf januari`, `met ingang van januari`)
  startWords: ["vanaf", "met ingang van", "vanaf begin", "vanaf eind"],
  passiveAhead: ["wordt", "worden"],
  journeyWords: ["km", "kilometer", "kilometers", "mijl", "afstand", "reis", "rit", "route", "traject", "overtocht", "transittijd"],
  superlatives: ["grootste", "hoogste", "laagste", "beste", "slechtste", "sterkste", "zwakste", "snelste", "traagste", "scherpste", "eerste keer", "eerste maal", "voor het eerst"],
  futureMarkers: rx.gu`(?:^|[^\p{L}])(?:zal|zullen|gepland|plant|plannen|verwacht|volgende|komende)(?![\p{L}])`,
};
