// A hundred and twenty press releases, news items and web pages the rules were never written from (tests/articles/,
// sixty English, sixty Dutch, in fifteen rounds, with invented people and companies), each with what a careful reader
// extracts (gold/*.gold.json, the conventions of the shared gold). The scorer's
// matching is repeated here so that the set as a whole cannot slip, and the items
// that once went wrong are asserted one by one: companies without a legal form,
// role lists, passive signings and their parties, datelines, seasons.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";
import { fold } from "../src/eval/score.js";
import type { DocumentRecordT } from "../src/schema.js";

const DIR = path.join(import.meta.dirname, "articles");

interface GoldEntity { names: string[]; role?: string; optional?: boolean }
interface GoldAgreement { cue: string; parties?: string[]; anyParties?: string[]; notParties?: string[]; optional?: boolean }
interface Gold {
  doc: string;
  language: string;
  published: string | null;
  people: GoldEntity[];
  organisations: GoldEntity[];
  places: GoldEntity[];
  dates: { value: string; until?: string; optional?: boolean }[];
  figures: { value: number; unit: string | null; optional?: boolean }[];
  agreements: GoldAgreement[];
}


// the ninth round's articles have a block of their own at the end of this file
const ROUND_NINE = /^(?:en|nl)3[3-6]-/;
// and the tenth round's too
const ROUND_TEN = /^(?:en|nl)(?:3[7-9]|40)-/;
// and the eleventh round's
const ROUND_ELEVEN = /^(?:en|nl)4[1-4]-/;
// and the twelfth round's
const ROUND_TWELVE = /^(?:en|nl)4[5-8]-/;
// and the thirteenth round's
const ROUND_THIRTEEN = /^(?:en|nl)(?:49|5[0-2])-/;
// and the fourteenth round's
const ROUND_FOURTEEN = /^(?:en|nl)5[3-6]-/;
// and the fifteenth round's
const ROUND_FIFTEEN = /^(?:en|nl)(?:5[7-9]|60)-/;
// and the sixteenth round's (63–66)
const ROUND_SIXTEEN_GENRES = /^(?:en|nl)6[3-6]-/;
const loadArticles = (wanted: (file: string) => boolean) => ["en", "nl"].flatMap((lang) =>
  fs
    .readdirSync(path.join(DIR, lang))
    .filter((f) => f.endsWith(".txt") && wanted(f))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(DIR, "gold", `${f}.gold.json`), "utf8")) as Gold;
      return { file: f, gold, record: extract(fs.readFileSync(path.join(DIR, lang, f), "utf8")) };
    }),
);
const articles = loadArticles((f) => ![ROUND_NINE, ROUND_TEN, ROUND_ELEVEN, ROUND_TWELVE, ROUND_THIRTEEN, ROUND_FOURTEEN, ROUND_FIFTEEN, ROUND_SIXTEEN_GENRES].some((round) => round.test(f)));
const byFile = (prefix: string) => {
  const a = articles.find((x) => x.file.startsWith(prefix));
  if (!a) throw new Error(`no article ${prefix}`);
  return a.record;
};

type Field = "people" | "organisations" | "places" | "dates" | "figures" | "agreements";
const FIELDS: Field[] = ["people", "organisations", "places", "dates", "figures", "agreements"];
type Item = Record<string, unknown>;
const matches: Record<Field, (p: Item, g: Item) => boolean> = {
  people: (p, g) => (g.names as string[]).some((n) => fold(n) === fold(p.name)),
  organisations: (p, g) => (g.names as string[]).some((n) => fold(n) === fold(p.name)),
  places: (p, g) => (g.names as string[]).some((n) => fold(n) === fold(p.name)),
  // as the shared scorer reads them: a value whose year the text does not give (`XXXX-11-27`) matches the gold's with any year
  dates: (p, g) => (p.value === g.value || (p.value?.startsWith("XXXX") === true && p.value.slice(4) === g.value.slice(4))) && (Boolean(g.optional) || (p.until ?? null) === (g.until ?? null)),
  figures: (p, g) => typeof p.value === "number" && Math.abs(p.value - (g.value as number)) <= Math.abs(g.value as number) * 1e-9 && (Boolean(g.optional) || (p.unit ?? null) === g.unit),
  agreements: (p, g) => fold(p.text).includes(fold(g.cue)),
};

/**
 * The articles of one round, scored apart from the others: `record(prefix)` finds an article's record (in this round or
 * in the `earlier` one, whose misses a later round may assert fixed), `counts(field)` scores a field over this round
 * (fieldCounts).
 */
function roundOf(pattern: RegExp, earlier?: RegExp) {
  const articles = loadArticles((f) => pattern.test(f));
  const searched = earlier ? [...articles, ...loadArticles((f) => earlier.test(f))] : articles;
  return {
    articles,
    record(prefix: string) {
      const a = searched.find((x) => x.file.startsWith(prefix));
      if (!a) throw new Error(`no article ${prefix}`);
      return a.record;
    },
    counts(field: Field) {
      return fieldCounts(articles, field);
    },
  };
}

/**
 * The checks every round since the ninth makes on its own eight articles: language and publication date, a floor
 * per field, each gold role, and each agreement with its parties. `misses` names what the rules still miss, by
 * file prefix: `nl39: published`, a person's name (`nl45: Marloes Bakker-Terpstra`: the role), an agreement's cue
 * (`nl33: tekenden …`: found and parties), `nl39: parties` (of all the file's agreements), `nl47: agreements` (all
 * of them). With `partiedOnly` only the agreements the gold gives parties must be found (rounds nine and ten).
 */
function roundChecks(round: ReturnType<typeof roundOf>, floors: Record<Field, number>, { misses = new Set<string>(), partiedOnly = false } = {}) {
  const missed = (file: string, what: string) => misses.has(`${file.slice(0, 4)}: ${what}`);
  it("reads the eight articles, in their language, dated as the gold says", () => {
    expect(round.articles).toHaveLength(8);
    for (const { file, gold, record } of round.articles) {
      expect(record.language, file).toBe(gold.language);
      if (!missed(file, "published")) expect(record.published, file).toBe(gold.published);
    }
  });
  for (const field of FIELDS) it(`keeps ${field} F1 at ${floors[field]} or more`, () => expect(f1(round.counts(field))).toBeGreaterThanOrEqual(floors[field]));
  it("gives every person the role the gold names, and every agreement its parties", () => {
    for (const { file, gold, record } of round.articles) {
      for (const g of gold.people.filter((p) => p.role && !p.optional && !missed(file, p.names[0]))) {
        const p = record.people.find((x) => g.names.some((n) => fold(n) === fold(x.name)));
        expect(p, `${file}: ${g.names[0]}`).toBeDefined();
        expect(p!.roles.join(" | ").toLowerCase(), `${file}: ${g.names[0]}`).toContain(g.role!.toLowerCase());
      }
      if (missed(file, "agreements")) continue;
      // an optional agreement (a headline's, or one told again) need not be found
      for (const g of gold.agreements.filter((a) => (!partiedOnly || a.parties) && !a.optional && !missed(file, a.cue))) {
        const a = record.agreements.find((x) => fold(x.text).includes(fold(g.cue)));
        expect(a, `${file}: ${g.cue}`).toBeDefined();
        if (!g.parties || missed(file, "parties")) continue;
        for (const n of g.parties) expect(a!.parties.map(fold), `${file}: ${g.cue}`).toContain(fold(n));
      }
    }
  });
}

// the first round (01–05 of each language) and the second (06–10, written after the first round's fixes: a ministry release with numeric dates and H.E.,
// a Kazinform item, rail tonnages and TEU, a university agreement, a chamber event, a Rijksoverheid and an FOD release,
// an FIT mission report, a regional paper with dhr./mevr. and particles, a rail terminal)
// the later rounds (06–10, then 11–12 written in the third, 13–16 in the fourth: a company newsroom, a ministry
// release, a chamber event, an agency wire, a Flemish government release, a regional paper, a Dutch company newsroom,
// a Voka event; 17–20 in the fifth: a feature with a byline, a port authority release, a Q&A interview, an embassy
// agenda, a financial paper, an NLinBusiness item, a hub.brussels release, a De Tijd interview; 21–24 in the sixth: a raw
// web page with menus and a cookie banner, a Kazakh ministry release translated with long titles, a LinkedIn company post,
// a university news item, Kamervragen with their answers, a Flemish municipality's news page, a local paper on a family
// firm, a government press conference's numbered points; 25–28 in the seventh: a federal economic mission report with its
// list of participants, an akimat's news item, an arbitration report, a uranium release with notes to editors, an agricultural
// trade paper, a newsletter digest, English quotes in a Dutch release, a release with its `Over X` boilerplate; 29–32 in the eighth: a KASE issuer
// announcement, a joint communiqué listing the documents signed, an appointment announcement, a statistics bulletin, a Euronext results
// release, a tender notice, a minister's speech, a council's list of decisions) share the second round's floors
const ROUND_TWO = /^(?:en|nl)(?:0[6-9]|[12]\d|3[0-2])-/;
type Round = "first" | "second";
const inRound = (round: Round, file: string) => ROUND_TWO.test(file) === (round === "second");

/** true and false positives and misses of one field over the articles of a round, as the shared scorer counts them */
function counts(field: Field, round: Round) {
  return fieldCounts(articles.filter((a) => inRound(round, a.file)), field);
}

/** A field's true and false positives and misses over some articles, as the shared scorer counts them (an optional gold item is matched last and counts for nothing). */
function fieldCounts(list: ReturnType<typeof loadArticles>, field: Field) {
  let tp = 0, fp = 0, fn = 0;
  for (const { gold, record } of list) {
    const golds = gold[field] as unknown as Item[];
    const used = golds.map(() => false);
    for (const p of (record[field] as unknown as Item[]).filter((x) => field !== "dates" || x.value != null)) {
      let k = golds.findIndex((g, i) => !used[i] && !g.optional && matches[field](p, g));
      if (k < 0) k = golds.findIndex((g, i) => !used[i] && g.optional && matches[field](p, g));
      if (k < 0) fp++;
      else {
        used[k] = true;
        if (!golds[k].optional) tp++;
      }
    }
    fn += golds.filter((g, i) => !used[i] && !g.optional).length;
  }
  return { tp, fp, fn };
}

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn);

// what the rules still miss in the second round, left for later and named so that everything else stays asserted:
// a role whose object is joined by `en` before a hyphenated first name the lists lack (`Directeur-generaal Water en
// Bodem Pieter-Jan de Wolff`), an apposition whose role has an adjective before its head (`Annelies Verstraete,
// economisch vertegenwoordiger`), two institutions joined by `and`, each with its own `of` complement, and a signing
// whose verb stands a dozen words before its noun (`ondertekenden de Belgische … Baiterek Finance een samenwerkingsovereenkomst`)
// The fifth round leaves items that no role or party check names: `Today it carries …`, `Today we have …` and `Hoe groot
// is het bedrijf vandaag?` read as the day (a reader takes them for nowadays), `niet in twee weken` read as a date in two
// weeks, a port the gazetteer lacks with no cue (`at Batumi`), and `Port of Aktau` in a headline that the gold takes for
// the port company named in full below it.
// The sixth round leaves a company without legal form or cue that opens a post (`Veldhoven Precision Pumps has signed`),
// `Invest in Holland`, a chamber named by its head alone (`de Kamer van Koophandel`) and `Gemeente X` (both found since the seventh), an acronym that splits
// a name at its dash (`Research Foundation – Flanders (FWO)`), a council's approval (`keurde … een intentieverklaring goed`, read since the eighth),
// a signing in a relative clause a dozen words after its noun, and `binnen vijf jaar` read as a month five years on.
// The seventh round leaves a region clustered with its city of the same name (`Karaganda region` … `to Karaganda`), a
// year before a noun (`the 2022 contract`), a mission's
// title read as an organisation, a law review in a byline, `Europe` inside an English quote in a Dutch text, and a company
// named after its class noun (`Pootaardappelhandel Hunzedal BV`) written without it later.
// The eighth round leaves a body named by a lower-case head and a class noun (`het akimat van de stad Ekibastuz`), a region
// the gazetteer lacks with its article after `of` (`Centraal-Azië of de Kaukasus`), a commission's name cut before its `on`
// complement (`Intergovernmental Commission on Trade and Economic Cooperation`), and `Dertig jaar geleden` read to the month
// (1996-04) where the gold, as for `Vijf jaar geleden`, takes the year.
const KNOWN_MISSES = new Set([
  // a family firm with neither a legal form nor a class noun before it (`Van der Veen Textiel`), so no party
  "nl09-twente-textiel.txt: tekenden tijdens het bezoek een overeenkomst",
  // fourth round: a first name that is also a Dutch determiner (`Elke`) after a role and its object
  "nl16-voka-ambassadeur-gent.txt: Elke Desmet",
  // sixth round: an answer to Kamervragen dated only by `(ontvangen 3 november 2025)` in its text
  "nl21-kamervragen-landbouwmachines.txt: published",
  // the first party is the company posting (`we … Veldhoven Precision Pumps has signed`), found by no rule
  "en23-linkedin-company-post.txt: has signed a distribution agreement with Karaganda Industrial Supply LLP",
  // `The two universities signed`: the parties are named a paragraph before; the rule takes the nearest person and university
  "en24-university-research-news.txt: The two universities signed an agreement on a joint doctorate",
  // a passive signing by a person for his company (`werd … getekend door de directeur X`): the people, not the companies
  "nl23-staphorst-familiebedrijf.txt: Het contract werd vorige maand in Astana getekend",
  // seventh round: a company named after a class noun it carries (`Pootaardappelhandel Hunzedal BV`), written `Hunzedal` later
  "nl25-akkerbouw-pootgoed-kostanay.txt: ondertekenden op 11 februari een driejarig leveringscontract",
  // the signing verb closes a relative clause a dozen words after its noun
  "nl24-persconferentie-vlaamse-regering.txt: het samenwerkingsakkoord over duaal beroepsonderwijs goed dat Vlaanderen en het Kazachse ministerie van Onderwijs in november 2025 ondertekenden",
]);

describe("unseen articles: the set as a whole", () => {
  it("reads every article, in its language, dated by its dateline", () => {
    expect(articles).toHaveLength(64);
    for (const { file, gold, record } of articles) {
      expect(record.language, file).toBe(gold.language);
      if (!KNOWN_MISSES.has(`${file}: published`)) expect(record.published, file).toBe(gold.published);
    }
  });

  // floors a little under what the rules reach today (F1 0.98 to 1.0 per field): a rule change that costs
  // a few items on text it was not written from shows here
  const FLOOR: Record<Field, number> = { people: 0.98, organisations: 0.97, places: 0.98, dates: 0.99, figures: 0.99, agreements: 0.97 };
  for (const field of FIELDS) it(`keeps ${field} F1 at ${FLOOR[field]} or more on the first round`, () => expect(f1(counts(field, "first"))).toBeGreaterThanOrEqual(FLOOR[field]));
  // the second round (and the third's to eighth's), written after the first was fixed: floors a little under
  // what the rules reach on them after the eighth round's fixes (F1 0.964 to 1.0; organisations stay lowest: companies
  // without a legal form or cue; dates: `today`, `vandaag` read as the day where a reader takes it for `nowadays`)
  const FLOOR_TWO: Record<Field, number> = { people: 0.985, organisations: 0.955, places: 0.98, dates: 0.97, figures: 0.99, agreements: 0.99 };
  for (const field of FIELDS) it(`keeps ${field} F1 at ${FLOOR_TWO[field]} or more on the second round`, () => expect(f1(counts(field, "second"))).toBeGreaterThanOrEqual(FLOOR_TWO[field]));

  it("gives every person the role the gold names", () => {
    for (const { file, gold, record } of articles)
      for (const g of gold.people.filter((p) => p.role && !p.optional && !KNOWN_MISSES.has(`${file}: ${p.names[0]}`))) {
        const p = record.people.find((x) => g.names.some((n) => fold(n) === fold(x.name)));
        expect(p, `${file}: ${g.names[0]}`).toBeDefined();
        expect(p!.roles.join(" | ").toLowerCase(), `${file}: ${g.names[0]}`).toContain(g.role!.toLowerCase());
      }
  });

  it("names the parties of every agreement the gold gives them for", () => {
    for (const { file, gold, record } of articles)
      for (const g of gold.agreements.filter((a) => (a.parties || a.anyParties || a.notParties) && !KNOWN_MISSES.has(`${file}: ${a.cue}`))) {
        const a = record.agreements.find((x) => fold(x.text).includes(fold(g.cue)));
        expect(a, `${file}: ${g.cue}`).toBeDefined();
        const got = a!.parties.map(fold);
        for (const n of g.parties ?? []) expect(got, `${file}: ${g.cue}`).toContain(fold(n));
        if (g.anyParties) expect(g.anyParties.some((n) => got.includes(fold(n))), `${file}: ${g.cue} → ${a!.parties.join("; ")}`).toBe(true);
        for (const n of g.notParties ?? []) expect(got, `${file}: ${g.cue}`).not.toContain(fold(n));
      }
  });
});

const names = (r: DocumentRecordT, field: "people" | "organisations" | "places") => r[field].map((x) => x.name);

describe("unseen articles: the items that once went wrong", () => {
  it("finds companies with neither a legal form nor a head word, and never makes them people or places", () => {
    const en01 = byFile("en01");
    expect(names(en01, "organisations")).toEqual(expect.arrayContaining(["Polder Feed Solutions", "Flanders Investment & Trade", "Kazakh Invest"]));
    expect(names(en01, "people")).not.toContain("Polder Feed Solutions");
    expect(names(en01, "places")).not.toContain("Flanders");
    const en03 = byFile("en03");
    expect(names(en03, "organisations")).toEqual(expect.arrayContaining(["Kempen Zaden", "Aral Investment & Trade", "Frisian Meadow"]));
    expect(names(en03, "places")).not.toContain("Aral");
    const steppe = byFile("en02").organisations.find((o) => o.name === "Steppe Rail Logistics");
    expect(steppe?.mentions).toHaveLength(2);
    expect(names(byFile("en05"), "organisations")).toEqual(expect.arrayContaining(["Maes & Declercq", "Loomtec"]));
    expect(names(byFile("nl03"), "organisations")).toContain("Thomas More");
    expect(names(byFile("nl03"), "people")).not.toContain("Thomas More");
    expect(names(byFile("nl04"), "organisations")).toEqual(expect.arrayContaining(["Westland Melk", "Dijkstra Melktechniek", "ministerie van Buitenlandse Zaken"]));
    expect(names(byFile("nl01"), "organisations")).toContain("KTZ Express");
  });

  it("cuts no place, year or adjective into an organisation's name", () => {
    const orgs = articles.flatMap((a) => names(a.record, "organisations"));
    expect(orgs).not.toContain("Port of Antwerp-Bruges and Aktau");
    expect(orgs).not.toContain("Europese Unie in 2023");
    expect(orgs).not.toContain("Haven van Rotterdam en Kazachse");
    expect(orgs).not.toContain("Central Asia Logistics Forum in Antwerp");
  });

  it("pairs each role of a list with its own name", () => {
    const en01 = byFile("en01").people;
    expect(en01.find((p) => p.name === "Els De Wachter")?.roles).toEqual(["Managing Director of Verhaegen Agro NV"]);
    expect(en01.find((p) => p.name === "Koen Vandamme")?.roles).toEqual(["CEO of Polder Feed Solutions"]);
    const en05 = byFile("en05").people;
    expect(en05.find((p) => p.name === "Hilde Peeters")?.roles.join(" | ")).not.toContain("Deputy Minister");
    expect(byFile("en02").people.find((p) => p.name === "Hans Meulemans")?.roles[0]).toMatch(/^Chief Commercial Officer/);
    expect(names(byFile("en04"), "people")).toContain("Saule Abenova");
    expect(names(byFile("nl04"), "people")).not.toContain("Betrekkingen");
  });

  it("names a dateline's place in the document's spelling", () => {
    expect(names(byFile("nl05"), "places")).toContain("Brussel");
    expect(names(byFile("nl04"), "places")).toContain("Den Haag");
    expect(names(byFile("nl01"), "places")).toContain("Xi'an");
    expect(names(byFile("en02"), "places")).toContain("Kazakhstan");
  });

  it("reads seasons and months relative to the text", () => {
    const values = (prefix: string) => byFile(prefix).dates.map((d) => d.value);
    expect(values("en03")).toContain("2025-SP");
    expect(values("en04")).toContain("2026-01");
    expect(values("en01")).toContain("2023");
    expect(byFile("en01").figures.filter((f) => f.quantity === "duration")).toEqual([]);
  });
});

describe("unseen articles, second round: the items fixed", () => {
  it("dates a release whose date line carries a clock time or a label, and counts neither half of the time", () => {
    expect(byFile("en07").published).toBe("2025-02-19");
    expect(byFile("nl06").published).toBe("2025-04-15");
    // `maandag` is anchored on that date
    expect(byFile("nl06").dates.map((d) => d.value)).toContain("2025-04-14");
    expect(byFile("en07").figures.map((f) => f.text)).not.toEqual(expect.arrayContaining(["14"]));
    expect(byFile("en07").figures.map((f) => f.text)).not.toContain("35");
    expect(byFile("nl06").figures.map((f) => f.text)).not.toContain("30");
  });

  it("parts a company from the person named after it (Role of Company Firstname Surname-ov)", () => {
    const en07 = byFile("en07");
    expect(names(en07, "organisations")).toContain("Sarysu Atom JSC");
    expect(names(en07, "organisations").filter((n) => n.includes("Askar"))).toEqual([]);
    expect(en07.people.find((p) => p.name === "Askar Zhumabekov")?.roles[0]).toMatch(/^Chairman of the Management Board of Sarysu Atom/);
    const en10 = byFile("en10");
    expect(names(en10, "organisations")).toContain("Kazakh Invest");
    expect(en10.people.find((p) => p.name === "Serik Omarov")?.roles).toContain("Deputy Chairman of Kazakh Invest");
  });

  it("reads honorifics and particles between a role and a name", () => {
    const nl09 = byFile("nl09").people;
    expect(nl09.find((p) => p.name === "Johan van der Veen")?.roles).toContain("directeur");
    expect(nl09.find((p) => p.name === "Esther de Boer")?.roles).toContain("wethouder van Economie");
    expect(nl09.find((p) => p.name === "Aidar Seitkali")?.roles.join(" | ")).not.toContain("Z.E.");
    const nl10 = byFile("nl10");
    expect(names(nl10, "people")).toContain("Wim Cuypers");
    expect(names(nl10, "people")).not.toContain("Rail Terminal");
    expect(names(byFile("nl06"), "organisations")).toContain("Van den Berg Pompen BV");
    expect(names(byFile("nl06"), "organisations")).not.toContain("Berg Pompen BV");
  });

  it("names Belgian federal services and keeps datelines and headings out of names", () => {
    expect(names(byFile("nl07"), "organisations")).toEqual(expect.arrayContaining(["FOD Economie", "FOD Buitenlandse Zaken"]));
    expect(names(byFile("nl07"), "organisations")).not.toContain("Persdienst FOD Buitenlandse Zaken");
    const en09 = names(byFile("en09"), "organisations");
    expect(en09).toEqual(expect.arrayContaining(["Maasland University of Technology", "Irtysh Technical University"]));
    expect(en09.filter((n) => /October|About/.test(n))).toEqual([]);
  });

  it("reads a year after 'compared to' and 'until at least'", () => {
    expect(byFile("en06").dates.map((d) => d.value)).toContain("2022");
    expect(byFile("en07").dates.map((d) => d.value)).toContain("2035");
  });
});

describe("unseen articles, fourth round: the items fixed", () => {
  it("reads units joined by a hyphen or written out, and round counts on -tal", () => {
    expect(byFile("en16").figures.map((f) => [f.value, f.unit])).toEqual(expect.arrayContaining([[204, "MW"], [720, "GWh"]]));
    expect(byFile("en13").figures.map((f) => [f.value, f.unit])).toContainEqual([12000, "m2"]);
    expect(byFile("nl13").figures.map((f) => f.value)).toContain(20);
    expect(byFile("nl15").figures.map((f) => [f.value, f.unit])).toEqual(expect.arrayContaining([[10, "%"], [15, "%"]]));
  });

  it("dates a month with its year shift, a weekday evening, a later year of a list and a deadline in the next year", () => {
    expect(byFile("nl14").dates.map((d) => d.value)).toContain("2024-10");
    expect(byFile("nl16").dates.map((d) => d.value)).toEqual(expect.arrayContaining(["2025-11-25", "2026-01-31"]));
    expect(byFile("en15").dates.map((d) => d.value)).toEqual(expect.arrayContaining(["2025", "2026"]));
    expect(byFile("nl13").dates.map((d) => d.text)).not.toContain("vrij");
  });

  it("keeps a compound adjective and a dateline's town out of organisations, and finds places by class noun and list", () => {
    expect(names(byFile("en16"), "organisations")).toEqual(expect.arrayContaining(["Zhel Energy Partners LLP", "Central Asia Business Wire"]));
    expect(names(byFile("nl14"), "organisations")).not.toContain("DOKKUM");
    expect(names(byFile("nl14"), "places")).toEqual(expect.arrayContaining(["Fryslân", "Noardeast-Fryslân"]));
    expect(names(byFile("en13"), "places")).toContain("Gdansk");
    expect(names(byFile("en13"), "organisations")).toContain("Scheldt Altyn Logistics");
  });

  it("names contact lines, newsroom roles and the parties a class noun refers back to", () => {
    expect(byFile("nl13").people.find((p) => p.name === "Lotte Geerts")?.roles).toContain("Woordvoerder");
    expect(byFile("en13").people.find((p) => p.name === "Sofie Lambrechts")?.roles).toContain("communications manager");
    expect(names(byFile("nl15"), "people")).not.toContain("Maas Intermodal Maas Intermodal");
    expect(byFile("en13").agreements[0].parties).toEqual(["Scheldt Forwarding NV", "Altyn Zhol Logistics LLP"]);
  });
});

describe("unseen articles, fifth round: the items fixed", () => {
  it("dates a release by a meta line of fields between bars, and counts `a year later` from the year told", () => {
    expect(byFile("nl18").published).toBe("2025-09-02");
    expect(byFile("nl20").published).toBe("2025-04-18");
    expect(byFile("nl20").dates.map((d) => d.value)).toEqual(expect.arrayContaining(["2024", "2025-03", "2025-FA"]));
    expect(byFile("en19").dates.find((d) => d.text === "A year later")?.value).toBe("2015");
    expect(byFile("nl17").dates.map((d) => d.value)).toContain("2025-Q3");
  });

  it("finds seas, a region by its head, the ends of routes and lists, and an organisation's seat", () => {
    expect(names(byFile("en17"), "places")).toEqual(expect.arrayContaining(["Caspian Sea", "Black Sea", "Astana"]));
    expect(names(byFile("en17"), "places")).not.toContain("Madina");
    expect(names(byFile("nl17"), "places")).toEqual(expect.arrayContaining(["Kaspische Zee", "Gdańsk"]));
    expect(names(byFile("en18"), "places")).toContain("Altynkol");
    expect(names(byFile("nl20"), "places")).toContain("Kuryk");
    expect(names(byFile("nl19"), "places")).toContain("Brussels Gewest");
    expect(names(byFile("en19"), "places")).toContain("Astana");
  });

  it("names bylines, kin in apposition, analysts and compound roles, and keeps a modifier in the role", () => {
    expect(names(byFile("en17"), "people")).toContain("Madina Serikbayeva");
    expect(names(byFile("nl20"), "people")).toContain("Jozef Hermans");
    expect(byFile("en17").people.find((p) => p.name === "Wouter Claeys")?.roles).toContain("commercial director");
    expect(byFile("nl17").people.find((p) => p.name === "Marloes Verbeek")?.roles.join(" | ")).toMatch(/^Analist/);
    expect(byFile("nl18").people.find((p) => p.name === "Jeroen Smits")?.roles.join(" | ")).toMatch(/^themaspecialist/);
  });

  it("finds newspapers, missions by their adjective, English heads in Dutch, definite appositions and acronyms that mark a name's start", () => {
    expect(names(byFile("en17"), "organisations")).toContain("Astana Times");
    expect(names(byFile("nl18"), "organisations")).toEqual(expect.arrayContaining(["Nederlandse ambassade", "Netherlands-Kazakhstan Business Council", "Wageningen University & Research", "ministerie van Waterhulpbronnen en Irrigatie"]));
    expect(names(byFile("nl19"), "organisations")).toEqual(expect.arrayContaining(["Astana Hub", "Almaty Management University", "Brussels Food Collective"]));
    expect(names(byFile("nl20"), "organisations")).toContain("Credendo");
    const mtt = byFile("nl17").organisations.find((o) => o.name === "Maasvlakte Tank Terminals BV");
    expect(mtt?.aliases).toContain("MTT");
    expect(byFile("en18").organisations.find((o) => o.name === "Aktau International Sea Commercial Port JSC")?.mentions).toHaveLength(2);
    expect(byFile("en14").agreements.find((a) => a.text.includes("joint business forum"))?.parties).toContain("QazTrade Trade Policy Development Centre");
  });

  it("reads both ends of a hyphenated range, no measure in a price's unit and no national phone number", () => {
    expect(byFile("en17").figures.map((f) => [f.value, f.unit])).toContainEqual([30, "%"]);
    expect(byFile("en17").figures.map((f) => f.text)).not.toContain("a tonne");
    expect(byFile("en18").figures.map((f) => [f.value, f.unit])).toContainEqual([15e6, "EUR"]);
    expect(byFile("nl19").figures.map((f) => f.value)).not.toContain(476);
  });

  it("reads a signing named as a noun, and a one-word company without its legal form as a party", () => {
    expect(byFile("nl18").agreements.map((a) => a.text).join(" ")).toContain("ondertekening van een intentieverklaring");
    for (const a of byFile("en17").agreements) expect(a.parties).toEqual(expect.arrayContaining(["Scheldegraan NV", "Astyk Trade Corporation JSC"]));
  });
});

describe("unseen articles, sixth round: the items fixed", () => {
  it("dates a page by its byline line and a briefing by the date ending its headline, and reads relative dates from them", () => {
    expect(byFile("en21").published).toBe("2026-05-14");
    expect(byFile("en21").dates.map((d) => d.value)).toEqual(expect.arrayContaining(["2026-05-07", "2026-06-02", "2025", "2026-05-11"]));
    expect(byFile("nl24").published).toBe("2026-01-16");
    expect(byFile("nl24").dates).toContainEqual(expect.objectContaining({ value: "2026-05-12", until: "2026-05-14" }));
    expect(byFile("en22").dates).toContainEqual(expect.objectContaining({ text: "from 3 to 5 June next year", value: "2026-06-03", until: "2026-06-05" }));
  });

  it("reads no date in a recurring weekday, and a shift before a plural unit as a vague reference", () => {
    expect(byFile("en21").dates.map((d) => d.text)).not.toContain("Friday");
    expect(byFile("nl23").dates.find((d) => d.text === "komende jaren")?.value).toBe("FUTURE_REF");
  });

  it("reads fractions before a scale, a currency sign after a year, and no ages, clock times, headings or name particles", () => {
    expect(byFile("en21").figures.map((f) => [f.value, f.unit])).toContainEqual([250000, "EUR"]);
    expect(byFile("nl21").figures.map((f) => [f.value, f.unit])).toContainEqual([86e6, "EUR"]);
    expect(byFile("nl21").figures.map((f) => f.text)).toEqual(expect.not.arrayContaining(["1", "2", "3", "4"]));
    expect(byFile("nl23").figures.map((f) => f.value)).not.toContain(52);
    expect(byFile("en24").figures.map((f) => f.value)).not.toContain(7);
    expect(byFile("en22").figures.map((f) => f.text)).not.toContain("ten");
  });

  it("gives roles before a bracketed acronym, after `our`, `als` and `het lid`, and keeps the role out of the organisation", () => {
    expect(byFile("en22").people.find((p) => p.name === "Marloes ten Brinke")?.roles.join(" | ")).toContain("Acting Director of the Netherlands Enterprise Agency");
    expect(names(byFile("en22"), "organisations")).toContain("Netherlands Enterprise Agency");
    expect(byFile("en23").people.find((p) => p.name === "Roel Bakhuizen")?.roles).toContain("Export Manager");
    expect(byFile("nl24").people.find((p) => p.name === "Sarah Goossenaerts")?.roles.join(" | ")).toContain("administrateur-generaal");
    expect(byFile("nl21").people.find((p) => p.name === "Kuipers-Dalmeijer")?.roles).toContain("lid");
    expect(names(byFile("nl24"), "organisations")).not.toContain("Persconferentie Vlaamse Regering");
  });

  it("reads no agreement in a cookie banner", () => {
    expect(byFile("en21").agreements.map((a) => a.text).join(" ")).not.toContain("cookies");
  });
});

describe("unseen articles, seventh round: the items fixed", () => {
  it("gives roles after an object closed by a class noun, and to arbitrators, researchers and English titles in Dutch", () => {
    const akim = byFile("en26").people.find((p) => p.name === "Serik Kuanyshbayev");
    expect(akim?.roles).toContain("akim of Karaganda region");
    expect(byFile("en27").people.find((p) => p.name === "Hélène Baumgartner")?.roles.join(" ")).toContain("arbitrator");
    expect(byFile("nl27").people.find((p) => p.name === "Dauren Utepbergenov")?.roles.join(" ")).toContain("chief executive");
    expect(byFile("en24").people.find((p) => p.name === "Anneleen De Smedt")?.roles.join(" ")).toContain("postdoctoral researcher");
  });

  it("names a chamber by its linked head alone, a capitalised Gemeente, research bodies by their class and an acronym of word beginnings", () => {
    const chamber = byFile("nl26").organisations.find((o) => o.name === "Kamer van Koophandel");
    expect(chamber?.kind).toBe("chamber");
    expect(byFile("nl22").organisations.find((o) => o.name === "Gemeente Heist-op-den-Berg")?.kind).toBe("government");
    expect(names(byFile("nl25"), "organisations")).toContain("Agrovisie Noord");
    const febex = byFile("en25").organisations.filter((o) => o.name === "FEBEX" || o.aliases.includes("FEBEX"));
    expect(febex.map((o) => o.name)).toEqual(["Federation of Belgian Exporters"]);
  });

  it("reads a town alone in brackets after a participant as a place, and dates a release by its `For immediate release` line", () => {
    expect(names(byFile("en25"), "places")).toEqual(expect.arrayContaining(["Tienen", "Geel"]));
    expect(byFile("en28").published).toBe("2025-12-09");
  });

  it("reads no inches in a year before the quote that closes a programme's name", () => {
    expect(byFile("en26").figures.map((f) => f.value)).not.toContain(2030);
  });
});

describe("unseen articles, eighth round: the items fixed", () => {
  it("reads no figure in labels, identifiers, addresses and ages, and parts a percentage from the amount after it", () => {
    expect(byFile("en29").figures.map((f) => f.value)).not.toContain(79);
    expect(byFile("nl30").figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([2440, 1040, 18, 33, 71311000, 207.512]));
    expect(byFile("nl32").figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([40, 41, 12, 13, 14]));
    expect(byFile("en31").figures.map((f) => f.value)).not.toContain(51);
    expect(byFile("en32").figures.filter((f) => f.value === 15.3 || f.value === 5.9).map((f) => f.unit)).toEqual(["%", "%"]);
  });

  it("dates a report's year, a year in brackets a figure is compared with, a year opening a quote, a past October and a session's day", () => {
    const nl29 = byFile("nl29").dates.map((d) => d.value);
    expect(nl29.filter((v) => v === "2025").length).toBeGreaterThanOrEqual(4);
    expect(nl29).toEqual(expect.arrayContaining(["2024", "2025-10"]));
    expect(byFile("en32").dates.map((d) => d.value)).toEqual(expect.arrayContaining(["2024", "2025"]));
    expect(byFile("en31").dates).toContainEqual(expect.objectContaining({ value: "2026", mod: "end" }));
    expect(byFile("nl32").published).toBe("2026-03-23");
    expect(byFile("nl32").dates.map((d) => d.value)).not.toContain("XXXX-06");
  });

  it("names an exchange with its ticker, pairs acronyms with a letter inside a compound, and finds no defined term or heading", () => {
    const orgs = (p: string) => names(byFile(p), "organisations");
    expect(orgs("en29")).toEqual(expect.not.arrayContaining(["ARBT", "Company"]));
    expect(orgs("en29")).toContain("Agency for Protection and Development of Competition of the Republic of Kazakhstan");
    expect(orgs("nl29")).toEqual(expect.arrayContaining(["Euronext Brussel"]));
    expect(orgs("nl29")).toEqual(expect.not.arrayContaining(["DKI", "REBITDA"]));
    expect(names(byFile("nl29"), "places")).not.toContain("Brussel");
    expect(byFile("en32").organisations.find((o) => o.name === "Eurasian Economic Union")?.aliases).toContain("EAEU");
    expect(byFile("nl30").organisations.find((o) => o.name === "Intercommunale Ontwikkelingsmaatschappij Zuiderkempen")?.aliases).toContain("IOZK");
    expect(orgs("en32")).toContain("Bureau of National Statistics");
    expect(orgs("nl32")).not.toContain("BESLUIT");
  });

  it("gives roles by an appointment's verb, a signature block, a salutation and a plural after a list", () => {
    const role = (p: string, n: string) => byFile(p).people.find((x) => x.name === n)?.roles.join(" | ");
    expect(role("en31", "Yerlan Mukhametkaliyev")).toContain("Managing Director");
    expect(role("en31", "Dina Sarsenova")).toContain("Chief Financial Officer");
    expect(role("en31", "Nienke Boschma")).toContain("Corporate Communications Manager");
    expect(role("en29", "Aliya Temirkhanova")).toContain("Secretary");
    expect(names(byFile("en29"), "people")).toEqual(["Nurlan Dzhaksygulov", "Aliya Temirkhanova"]);
    expect(role("nl31", "Gulzhan Abisheva")).toContain("ambassadeur");
    for (const n of ["Tom Schepers", "Bart Vanhoyweghen", "Sofie Hendrikx"]) expect(role("nl32", n)).toContain("schepen");
    expect(role("nl32", "Hüseyin Demirtaş")).toContain("raadslid");
  });

  it("reads each document of a signed list, a council's approval, and `de groep` as the company named before", () => {
    const en30 = byFile("en30").agreements;
    expect(en30.filter((a) => a.text.startsWith("- ")).map((a) => a.kind)).toEqual(["agreement", "memorandum", "memorandum"]);
    expect(en30.find((a) => a.text.includes("Ministry of Energy"))?.parties).toEqual(["Ministry of Energy of the Republic of Kazakhstan", "Federal Public Service Economy of the Kingdom of Belgium"]);
    expect(byFile("nl32").agreements.find((a) => a.text.includes("keurt de samenwerkingsovereenkomst"))?.parties).toEqual(["Beringen", "akimat van de stad Ekibastuz"]);
    expect(byFile("nl22").agreements.map((a) => a.text).join(" ")).toContain("een intentieverklaring goed");
    expect(byFile("en29").agreements[0].parties).toEqual(["Aral Bulk Terminal JSC", "Schelde Delta Terminals NV"]);
  });

  it("reads no small town in a minister's portfolio, and a region with its article at a route's end", () => {
    expect(names(byFile("nl31"), "places")).not.toContain("Handel");
    expect(names(byFile("nl07"), "places")).not.toContain("Handel");
    expect(names(byFile("nl30"), "places")).toContain("Kempen");
  });
});

// The ninth round (en33–en36, nl33–nl36): an investment agency's release with figures in tenge and dollars, a wire
// item with its time line and a correction, a port's quarterly trading update, an embassy's consular notice with
// opening hours, a Flemish trade agency's success story, a Kamerbrief with its address block and signature, a
// university's partnership page with prof. dr. ir. titles, and an opinion piece with its author's line. Written, with
// their gold, before kzbe ran on them; scored as the shared scorer does, apart from the earlier rounds.
describe("unseen articles, ninth round", () => {
  const ROUND_9 = roundOf(ROUND_NINE);
  const nine = ROUND_9.record;
  // what the rules still miss: a region and its town of the same name (`Kostanay region` … `the city of Kostanay`), ports
  // the gazetteer lacks named without a class noun (`with Poti`, `to Constanta`, `to Baku and Alat`), a unit of a federal
  // service (`the Crisis Centre of the FPS Foreign Affairs`), `nu` beside `Vandaag` (one PRESENT_REF in the gold), and
  // `N jaar geleden` at the month grain Duckling's corpus asks for; and the parties of `beide bedrijven` when an agency
  // named with `&` stands between the two companies (`Flanders Investment & Trade` is read as a company)
  const KNOWN_MISSES_9 = new Set(["nl33: tekenden beide bedrijven een exclusief distributiecontract"]);

  // floors a little under what the rules reach after the round's fixes (F1 0.966 to 1.0 per field)
  const FLOOR_NINE: Record<Field, number> = { people: 0.97, organisations: 0.95, places: 0.95, dates: 0.94, figures: 0.98, agreements: 0.97 };
  roundChecks(ROUND_9, FLOOR_NINE, { misses: KNOWN_MISSES_9, partiedOnly: true });

  it("dates a wire item by its time line, a trading update by its meta line's place field, a success story by its agency line", () => {
    expect(nine("en34").published).toBe("2025-11-18");
    expect(nine("en34").dates).toContainEqual(expect.objectContaining({ text: "Tuesday", value: "2025-11-18" }));
    expect(nine("en35").published).toBe("2025-10-09");
    expect(nine("nl33").published).toBe("2026-02-24");
  });

  it("reads no date in opening hours, a month's range, a month ended by its period, a bare quarter, a budget's year and a season's bound", () => {
    expect(nine("en36").dates.map((d) => d.text)).toEqual(expect.not.arrayContaining(["Monday", "Thursday", "Friday"]));
    const en35 = nine("en35").dates;
    expect(en35).toContainEqual(expect.objectContaining({ value: "2025-07", until: "2025-09" }));
    expect(en35).toContainEqual(expect.objectContaining({ text: "on 1 July", value: "2025-07-01" }));
    expect(en35.map((d) => d.value)).toEqual(expect.arrayContaining(["2025-Q2", "2026"]));
    expect(nine("nl34").dates).toContainEqual(expect.objectContaining({ value: "2026-SU", mod: "before" }));
  });

  it("puts a month told in the past in last year, reads a horizon and `Vandaag` set against the past as no day", () => {
    const nl36 = nine("nl36").dates;
    expect(nl36.find((d) => d.text === "november")?.value).toBe("2025-11");
    expect(nl36.find((d) => d.text === "december")?.value).toBe("2025-12");
    expect(nl36.find((d) => d.text === "binnen vijf jaar")?.value).toBe("FUTURE_REF");
    expect(nine("nl33").dates.find((d) => d.text === "Vandaag")?.value).toBe("PRESENT_REF");
    expect(nine("en34").dates.find((d) => d.text === "January")?.value).toBe("2026-01");
  });

  it("counts no postbus, postcode, house number, time zone or reporting period, and reads TEU written out", () => {
    expect(nine("nl34").figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([20061, 2500, 6]));
    expect(nine("en34").figures.filter((f) => f.value === 30000).map((f) => f.unit)).toEqual(["TEU", "TEU"]);
    expect(nine("en34").figures.map((f) => f.text)).not.toContain("5");
    expect(nine("en35").figures.map((f) => f.value)).not.toContain(9e6);
  });

  it("names double surnames with particles, a signature, a surname with two particles, and no street or chair", () => {
    const nl34 = nine("nl34").people;
    expect(nl34.find((p) => p.name === "A.J. Rutgers-van Wijk")?.roles.join(" ")).toContain("Minister voor Buitenlandse Handel");
    expect(nl34.find((p) => p.name === "Van den Heuvel-Schreurs")?.roles).toContain("lid");
    expect(names(nine("nl34"), "people").filter((n) => /straat/.test(n))).toEqual([]);
    expect(names(nine("nl35"), "people")).toContain("Esmée van Leeuwen-de Graaf");
    expect(names(nine("nl35"), "people")).not.toContain("Elektrochemische Procestechnologie");
    expect(nine("en33").people.find((p) => p.name === "Maarten Van den Eynde")?.mentions).toHaveLength(2);
    expect(nine("en35").people.find((p) => p.name === "Daniyar Kozhakhmetov")?.roles).toEqual(["Chief Executive Officer of MSG"]);
    expect(nine("nl36").people.find((p) => p.name === "Joost Langeveld-Otten")?.roles.join(" ")).toContain("advocaat");
    expect(nine("nl36").people.find((p) => p.name === "Ruud van de Ven")?.roles).toContain("directeur");
  });

  it("names companies after an adjective of origin, with a family name inside, by a closing head, and one mission once", () => {
    expect(nine("en35").organisations.find((o) => o.name === "Mangystau Sea Gate JSC")?.aliases).toContain("MSG");
    expect(names(nine("nl35"), "organisations")).toEqual(expect.arrayContaining(["Dommel Electrolysis BV", "Tengri Hydrogen LLP", "Institute of Energy and Mechanical Engineering"]));
    expect(names(nine("nl36"), "organisations")).toEqual(expect.arrayContaining(["Tuinbouwtechniek Van de Ven BV", "Langeveld Otten Advocaten", "Nederlands-Kazachse Ondernemersvereniging"]));
    expect(names(nine("nl34"), "organisations")).toContain("Invest International");
    expect(names(nine("nl34"), "organisations")).toEqual(expect.not.arrayContaining(["EB", "US", "BHO-2026"]));
    expect(nine("en36").organisations.filter((o) => o.kind === "diplomatic" && o.name.startsWith("Embassy"))).toHaveLength(1);
    expect(names(nine("en36"), "organisations")).toContain("VFS Global");
    expect(names(nine("en34"), "organisations")).toContain("Atradius Dutch State Business");
  });

  it("reads the seat of an `X-based` firm as a place, never as a party", () => {
    expect(names(nine("en35"), "places")).toContain("Antwerp");
    expect(nine("en35").agreements[0].parties).toEqual(["Mangystau Sea Gate JSC", "Kallo Marine Agencies NV"]);
  });
});

// The tenth round (en37–en40, nl37–nl40): a Q&A interview, a Middle Corridor train with its timetable, a development
// bank's loan in tenge, euros and dollars, a translated government resolution with its signature; a Voka mission item,
// a Staatscourant regulation, a uranium miner's quarterly update with a table, and an events agenda with an exhibitor
// list. Written, with their gold, before kzbe ran on them; scored as the shared scorer does, apart from the other rounds.
describe("unseen articles, tenth round", () => {
  const ROUND_10 = roundOf(ROUND_TEN);
  const ten = ROUND_10.record;
  // what the rules still miss: a decree dated only by its title line (`Resolution … No. 512 of 14 July 2026`), a
  // newsletter's meta line beaten by an event's date below it; roles after an acronym (`NADB Director for Central
  // Asia`), in lower case (`investor relations`) or a compound (`douane-expert`); a lower-case head with `van de stad`
  // (`het akimat van de stad Almaty`), a unit of a federal service in Dutch (`Crisiscentrum van de FOD …`), an embassy
  // in a role's object (`handelsattaché van de ambassade van Kazachstan`), a chamber by a compound head
  // (`Nationale Ondernemerskamer van Kazachstan`), `De` opening a firm's name after a list label; places the gazetteer
  // lacks (`Dostyk`, `Poti (Georgia)`, `het district Suzak`); `in 16 days` read as a date; `a euro tranche` as one euro;
  // a council's approval of a draft agreement in a numbered resolution (`1. To approve the draft Agreement …`), and the
  // parties of `Beide partners` (below)
  // (round 11 read the acronym before a role, the hyphenated compound and both dates: `investor relations` alone is left)
  // `Beide partners` after a joint venture and its two owners, one of them by a short form (`in handen van Scaldis en …`):
  // the last two companies named in full are read, the venture and the second owner
  const KNOWN_MISSES_10 = new Set(["nl39: Sofie Lemmens", "nl39: parties"]);

  // floors a little under what the rules reach after the round's fixes (F1 0.889 to 0.98 per field)
  const FLOOR_TEN: Record<Field, number> = { people: 0.95, organisations: 0.87, places: 0.95, dates: 0.92, figures: 0.96, agreements: 0.89 };
  roundChecks(ROUND_10, FLOOR_TEN, { misses: KNOWN_MISSES_10, partiedOnly: true });

  it("dates a count of years back in a sentence at the year grain", () => {
    const value = (prefix: string, text: string) => ten(prefix).dates.find((d) => d.text === text)?.value;
    expect(value("en37", "eleven years ago")).toBe("2015");
    expect(value("en37", "Eight years ago")).toBe("2018");
    expect(value("en38", "Three years ago")).toBe("2023");
    expect(value("en39", "Two years ago")).toBe("2024");
    expect(value("nl37", "Vijf jaar geleden")).toBe("2021");
    expect(value("nl38", "Twintig jaar geleden")).toBe("2006");
    expect(value("nl39", "Zes jaar geleden")).toBe("2020");
  });

  it("names a body with the subject it meets on, whole, and no heading's label or capitals after a name", () => {
    expect(names(ten("en38"), "organisations")).toContain("Kazakh-Belgian Intergovernmental Commission on Trade and Economic Cooperation");
    expect(names(ten("en40"), "organisations")).toEqual(expect.arrayContaining(["Intergovernmental Commission on Trade and Economic Cooperation", "Government of the Republic of Kazakhstan"]));
    expect(names(ten("en40"), "organisations").filter((n) => / No$|RESOLVES|Commission on Trade$/.test(n))).toEqual([]);
    expect(names(ten("en37"), "organisations")).toContain("Crisis Centre of the FPS Foreign Affairs");
  });

  it("reads a region before its city as two places", () => {
    expect(names(ten("en38"), "places")).toEqual(expect.arrayContaining(["Mangystau", "Aktau"]));
    expect(names(ten("nl37"), "places")).toEqual(expect.arrayContaining(["Mangystau", "Aktau"]));
    expect(names(ten("nl40"), "places")).toEqual(expect.arrayContaining(["Mangystau", "Aktau"]));
  });

  it("counts no clock time, and gives the first number of a Dutch change its unit", () => {
    expect(ten("nl40").figures.filter((f) => f.unit === "h").map((f) => f.text)).not.toContain("18.30 uur");
    expect(ten("nl39").figures.filter((f) => f.value === 6).map((f) => f.unit)).toEqual(["%"]);
  });
});

// The eleventh round (en41–en44, nl41–nl44): a court's judgment summary, a shipping line's schedule advisory, a diplomat's
// obituary, a sustainability report excerpt; a FOD press release on export licences, a Gedeputeerde Staten decision, a
// grain export report with a table by destination, and a start-up's funding round. Written, with their gold, before kzbe
// ran on them; scored as the shared scorer does, apart from the other rounds.
describe("unseen articles, eleventh round", () => {
  const ROUND_11 = roundOf(ROUND_ELEVEN, ROUND_TEN);
  const rec = ROUND_11.record;
  // what the rules still miss: a court named twice, by its acronym (`AIFC Court`) and in full, kept as two; a case
  // citation's number (`[2026] AIFC (C) 31`) read as a count; a federal service's bare abbreviation (`De FOD en …`) as a
  // name of its own; a foundation's third word after its head (`Stichting Twente Export Platform`); a union by a compound
  // head (`Kazachse Graanunie`: `-unie` would also split `Zuivelcoöperatie Veluwse Melkunie`); the second of two founders
  // (`opgericht door Femke Brouwer en Yerlan Kassymov`); and the parties of a power purchase agreement `with` a company
  // whose other side is the report's own company, and of a company named by its short form (`sloot SteppeSense een …`)
  const KNOWN_MISSES_11 = new Set(["en44: parties", "nl44: parties"]);

  // floors a little under what the rules reach after the round's fixes (F1 0.932 to 1.0 per field)
  const FLOOR_ELEVEN: Record<Field, number> = { people: 0.95, organisations: 0.9, places: 0.97, dates: 0.97, figures: 0.97, agreements: 0.95 };
  roundChecks(ROUND_11, FLOOR_ELEVEN, { misses: KNOWN_MISSES_11 });

  it("reads round ten's misses: a title line's and a meta line's date, lower-case and compound heads, a name's opening article", () => {
    expect(rec("en40").published).toBe("2026-07-14");
    expect(rec("nl40").published).toBe("2026-09-02");
    expect(rec("nl40").dates.find((d) => d.text === "vandaag")?.value).toBe("2026-09-02");
    expect(rec("nl39").dates.find((d) => d.text === "een jaar eerder")?.value).toBe("2025");
    expect(names(rec("nl37"), "organisations")).toEqual(expect.arrayContaining(["akimat van de stad Almaty", "Crisiscentrum van de FOD Buitenlandse Zaken"]));
    expect(names(rec("nl40"), "organisations")).toEqual(expect.arrayContaining(["De Graanschuur nv", "Nationale Ondernemerskamer van Kazachstan", "ambassade van Kazachstan", "akimat van de stad Aktau"]));
    expect(names(rec("en37"), "organisations")).not.toContain("Q&A");
    expect(rec("en39").people.find((p) => p.name === "Ingrid Sørensen")?.roles).toEqual(["NADB Director for Central Asia"]);
    expect(rec("nl40").people.find((p) => p.name === "Marieke Dijkstra")?.roles.join(" ")).toContain("douane-expert");
    expect(rec("en39").figures.map((f) => f.text)).not.toContain("a euro");
  });

  it("reads season years, a time limit's duration, a year before its noun, and no label or target as a figure", () => {
    const nl43 = rec("nl43").dates.filter((d) => d.until).map((d) => `${d.value}/${d.until}`);
    expect(nl43).toEqual(expect.arrayContaining(["2025/2026", "2024/2025", "2026/2027"]));
    expect(rec("en41").figures.find((f) => f.text === "30 days")?.unit).toBe("day");
    expect(rec("nl42").figures.find((f) => f.text === "zes weken")?.unit).toBe("week");
    expect(rec("nl41").figures.find((f) => f.text === "15 werkdagen")?.unit).toBe("day");
    expect(rec("en44").dates.filter((d) => d.value === "2019")).toHaveLength(2);
    expect(rec("en44").figures.map((f) => f.text)).not.toEqual(expect.arrayContaining(["zero"]));
    expect(rec("en44").figures.filter((f) => f.text === "1" || f.text === "2")).toEqual([]);
    expect(rec("nl42").figures.filter((f) => f.value < 1)).toEqual([]);
  });

  it("names provincial assemblies, an administration, compound heads and a name's particle after a semicolon", () => {
    expect(names(rec("nl42"), "organisations")).toEqual(expect.arrayContaining(["Gedeputeerde Staten van Overijssel", "Rijksdienst voor Ondernemend Nederland"]));
    expect(names(rec("nl41"), "organisations")).toContain("Algemene Administratie van Douane en Accijnzen");
    expect(names(rec("nl44"), "organisations")).toContain("Regionale Ontwikkelingsmaatschappij Utrecht");
    expect(names(rec("nl43"), "organisations")).toContain("Van Dijk Silo's BV");
    expect(names(rec("en42"), "organisations")).not.toContain("ETD");
  });

  it("reads a judge's title, a signature's role, an agreement closed by a participle, and a town by a life's or a mission's phrase", () => {
    expect(rec("en41").people.find((p) => p.name === "Helen Marlowe")?.roles).toEqual(["Justice"]);
    expect(rec("en42").people.find((p) => p.name === "Marleen Vos")?.roles.join(" ")).toContain("Head of Trade");
    expect(rec("en43").agreements.find((a) => a.text.includes("air services"))?.parties).toEqual(expect.arrayContaining(["Kazakhstan", "Belgium"]));
    expect(rec("en44").agreements.map((a) => a.text).join(" ")).toContain("power purchase agreement");
    expect(names(rec("en43"), "places")).toEqual(expect.arrayContaining(["Semipalatinsk", "Bonn"]));
  });
});

// The twelfth round (en45–en48, nl45–nl48): an orchestra's tour with its concert dates, an airline's route launch, a
// scholarship call with its deadlines, a customs seizure with its suspects' ages; a water board's project with Kazakh
// partners, an AWEX trade note translated into Dutch, a warehouse lease in m2, and a parliamentary friendship group's
// visit with its members and their parties. Written, with their gold, before kzbe ran on them; scored as the shared
// scorer does, apart from the other rounds.
describe("unseen articles, twelfth round", () => {
  const ROUND_12 = roundOf(ROUND_TWELVE);
  const rec = ROUND_12.record;
  // what the rules still miss: a Frisian water board and a body named by one word with no head, legal form or cue
  // (`Wetterskip Noardlân`, `Rijkswaterstaat`), `Mazhilis` and `Senaat` alone in a headline, a municipality
  // in lower case after a role (`van de gemeente Venlo`), a broker named by `&` and a compound class noun; a role whose
  // object is a list of capitalised portfolios (`directeur Water, Verkeer en Leefomgeving Marloes Bakker-Terpstra`, read as
  // a person `Water`), a role after a party's brackets (`Sanne de Groot (VVD), voorzitter van …`, given to the next
  // name), a first name the lists lack at a list's end (`en Henk Verbeek (PVV)`); places the gazetteer lacks (`Benelux`,
  // `Poti`, `Syr Darja`); `binnen twaalf weken` read as a date; a lease stated without a verb of agreeing (`Het huurcontract … loopt vijftien
  // jaar`), a signing that two bodies `willen` do; and the parties of `the orchestra` (by its head noun), of a company by
  // its short form (`SkySteppe signed`), and of bodies that are not found (nl45)
  const KNOWN_MISSES_12 = new Set(["nl45: Marloes Bakker-Terpstra", "nl48: Sanne de Groot", "nl47: agreements", "nl48: agreements", "en45: parties", "en46: parties", "nl45: parties"]);

  it("reads a body named by a compound that ends in its class noun (`Wereldbank`), the figure after it left out", () => {
    expect(names(rec("nl45"), "organisations")).toContain("Wereldbank");
  });

  // floors a little under what the rules reach after the round's fixes (F1 0.80 to 1.0 per field)
  const FLOOR_TWELVE: Record<Field, number> = { people: 0.92, organisations: 0.89, places: 0.95, dates: 0.97, figures: 0.98, agreements: 0.78 };
  roundChecks(ROUND_12, FLOOR_TWELVE, { misses: KNOWN_MISSES_12 });

  it("counts no age, reads a fraction joined in words and m2 as an area", () => {
    expect(rec("en48").figures.map((f) => f.text)).toEqual(expect.not.arrayContaining(["46", "38", "52"]));
    expect(rec("en46").figures.find((f) => f.text === "about six and a half hours")).toMatchObject({ value: 6.5, unit: "h" });
    expect(rec("nl47").figures.filter((f) => f.unit === "m2").map((f) => f.value)).toEqual([42000, 42000, 6000]);
    expect(rec("en46").figures.map((f) => f.value)).toContain(174);
  });

  it("dates a month a Dutch sentence starts from ahead, and reads no date in a superlative's span", () => {
    expect(rec("nl45").dates.find((d) => d.text === "januari")?.value).toBe("2027-01");
    expect(rec("nl47").dates.map((d) => d.text)).not.toContain("in tien jaar");
    expect(rec("nl47").figures.find((f) => f.text === "tien jaar")).toMatchObject({ value: 10, unit: "year" });
  });

  it("names orchestras and conservatories, two universities joined by `and`, Customs and Excise whole, and members' parties", () => {
    expect(names(rec("en45"), "organisations")).toEqual(expect.arrayContaining(["Saryarka Philharmonic Orchestra", "Kazakh National Conservatory", "Royal Conservatory of Ghent"]));
    expect(names(rec("en47"), "organisations")).toEqual(expect.arrayContaining(["Center for International Programs JSC", "Delft University of Technology", "Wageningen University & Research"]));
    expect(names(rec("en48"), "organisations")).toContain("General Administration of Customs and Excise");
    expect(rec("nl48").organisations.filter((o) => o.kind === "party").map((o) => o.name)).toEqual(expect.arrayContaining(["VVD", "GroenLinks-PvdA", "D66", "CDA"]));
  });

  it("reads a conductor's, a dijkgraaf's and a griffier's title before the name", () => {
    expect(rec("en45").people.find((p) => p.name === "Aigerim Sadvakasova")?.roles.join(" ").toLowerCase()).toContain("chief conductor");
    expect(rec("nl45").people.find((p) => p.name === "Hylke Zijlstra")?.roles.join(" ")).toContain("dijkgraaf");
    expect(rec("nl48").people.find((p) => p.name === "Lotte van Dam")?.roles.join(" ").toLowerCase()).toContain("griffier");
  });
});

// The thirteenth round (en49–en52, nl49–nl52): a port's quarterly TEU report, a rectors' forum memorandum, a wind tender
// award in MW, an embassy's notice of new visa rules; a Flemish government decision on a subsidised trade mission, a
// Rechtbank ruling on sanctions evasion with suspects named by initials, a Havenbedrijf's rail link to Central Asia, and a
// gemeente's stedenband with a Kazakh city. Written, with their gold, before kzbe ran on them; scored as the shared scorer
// does, apart from the other rounds.
describe("unseen articles, thirteenth round", () => {
  const ROUND_13 = roundOf(ROUND_THIRTEEN);
  const rec = ROUND_13.record;
  // what the rules still miss: places the gazetteer lacks (`Alat`, and `Sibiu`, `Tartu`: smaller than the world's big
  // cities it keeps) and `Taraz`, which it knows as the city `Zhambyl` once was, so that it joins the region `Zhambyl`;
  // `Douane` (a body by one capitalised common noun) and `Khorgos Gateway` (read as the place `Khorgos`)
  const KNOWN_MISSES_13 = new Set<string>();

  // floors a little under what the rules reach after the round's fixes (F1 0.96 to 1.0 per field)
  const FLOOR_THIRTEEN: Record<Field, number> = { people: 0.97, organisations: 0.94, places: 0.93, dates: 0.97, figures: 0.97, agreements: 0.95 };
  roundChecks(ROUND_13, FLOOR_THIRTEEN, { misses: KNOWN_MISSES_13 });

  it("reads a body whose first compound leaves its head to the second (`Inlichtingen- en Opsporingsdienst`) with its acronym", () => {
    const fiod = rec("nl50").organisations.find((o) => o.name === "Fiscale Inlichtingen- en Opsporingsdienst");
    expect(fiod?.aliases).toContain("FIOD");
  });

  it("reads an age before initials, a surname after `aldus` as the person's, and the prosecution's and a viceminister-president's titles", () => {
    expect(rec("nl50").people.find((p) => p.name === "R.J. de Wit")?.roles.join(" ")).toContain("directeur");
    expect(rec("nl50").people.find((p) => p.name === "Femke Hoogland")?.roles.join(" ").toLowerCase()).toContain("officier van justitie");
    expect(rec("nl49").people.find((p) => p.name === "Hannelore Verstraete")?.roles).toContain("viceminister-president");
    expect(rec("nl52").people.find((p) => p.name === "Ingrid Lankhorst")?.mentions).toHaveLength(2);
    expect(names(rec("nl52"), "organisations")).not.toContain("Lankhorst");
  });

  it("gives a part of a measure its unit, reads a journey's days as a duration, `the same quarter of 2025` as a quarter, a month in a present passive ahead", () => {
    expect(rec("nl50").figures.find((f) => f.text === "10")).toMatchObject({ value: 10, unit: "month" });
    expect(rec("nl51").figures.find((f) => f.text === "16 dagen")).toMatchObject({ value: 16, unit: "day" });
    expect(rec("nl51").dates.map((d) => d.text)).not.toContain("in 16 dagen");
    expect(rec("en49").dates.find((d) => d.text === "the same quarter of 2025")?.value).toBe("2025-Q3");
    // `die in januari wordt opgericht` in a November release: next January
    expect(rec("nl52").dates.find((d) => d.text === "januari")?.value).toBe("2027-01");
  });

  it("names a railway by its apposition, a forum joined by an en dash with its short form, a school and a court by their class nouns", () => {
    expect(names(rec("en49"), "organisations")).toContain("Kazakhstan Temir Zholy");
    expect(names(rec("en49"), "places")).not.toContain("Kazakhstan");
    expect(rec("en50").organisations.find((o) => o.name === "Central Asia–Europe Rectors' Forum")?.mentions).toHaveLength(2);
    expect(names(rec("nl52"), "organisations")).toContain("Sallands Lyceum");
    expect(names(rec("nl50"), "organisations")).toContain("Gerechtshof Den Haag");
  });

  it("reads a stedenband entered into as an agreement, `the port authority`, `the Republic of Kazakhstan` and `the consortium` as parties", () => {
    expect(rec("nl52").agreements.find((a) => a.text.includes("stedenband aangegaan"))?.parties).toEqual(expect.arrayContaining(["Shymkent"]));
    expect(rec("en49").agreements[0].parties).toEqual(["Kuryk Sea Port Authority", "Scheldt Caspian Terminals NV"]);
    expect(rec("en52").agreements[0].parties).toEqual(["European Union", "Kazakhstan"]);
    // `the consortium and the ministry signed`: the two companies of `a consortium of A and B`, and the ministry, not the bank named last
    expect(rec("en51").agreements[0].parties).toEqual(["Brabo Renewables NV", "Dala Energy LLP", "Ministry of Energy of the Republic of Kazakhstan"]);
  });
});

// The fourteenth round: the way news sites write, beside the press releases: a Kazinform wire story (a dateline in
// capitals, a byline, quotes with `said` after them), a business forum's report listing the documents signed with their
// values in USD, a gold miner's quarterly production (ounces, tonnes of ore, grades in g/t, guidance ranges), a ministry's
// readout of a phone call between two foreign ministers; a Tubantia item on a Hengelo greenhouse builder exporting to
// Kazakhstan (quotes with `zegt`), an FOD economic mission's report with its list of contracts, a dairy cooperative's
// annual figures (litres, hectares, omzet) and a Kazakh minister's visit to Rotterdam with an intentieverklaring. Written,
// with their gold, before kzbe ran on them; scored as the shared scorer does, apart from the other rounds.
describe("unseen articles, fourteenth round", () => {
  const ROUND_14 = roundOf(ROUND_FOURTEEN);
  const rec = ROUND_14.record;
  // what the rules still miss: a first name faker's lists lack after a capitalised portfolio (`minister van Infrastructuur en
  // Waterstaat Ruud Kamphuis`: no person at all, as in round twelve), a company named after its founder (`John Cockerill`, read
  // as a person) and bodies named by one word with no cue but their place in `tussen X en Y` (`Sirris`, `Credendo`), a company
  // without legal form or class noun (`Atradius Dutch State Business`), one after `containerterminal van`, `de gemeente
  // Rotterdam` in lower case (the place, by design), `WTC` alone of `het WTC Expo`; places the gazetteer lacks (`Twente`,
  // `Maasvlakte`); `a year earlier` anchored on the last year named (2025) rather than on the quarter reported, a generic
  // `In de winter` dated, `Binnen zes maanden` read as a date; and the parties of a passive signing the paragraph before makes
  // clear (nl53), of `The company also agreed` in an issuer's release (the last company named, not the issuer: en55), and of
  // `tussen Sirris en …` (nl54)
  const KNOWN_MISSES_14 = new Set<string>(["en55: parties", "nl53: parties", "nl54: parties", "nl56: Ruud Kamphuis"]);

  // floors a little under what the rules reach after the round's fixes (F1 0.92 to 1.0 per field)
  const FLOOR_FOURTEEN: Record<Field, number> = { people: 0.93, organisations: 0.89, places: 0.95, dates: 0.95, figures: 0.97, agreements: 0.95 };
  roundChecks(ROUND_14, FLOOR_FOURTEEN, { misses: KNOWN_MISSES_14 });

  it("reads each document of a news report's list, an article before its noun and a blank line after the intro", () => {
    expect(rec("en54").agreements.filter((a) => a.text.startsWith("- ")).map((a) => a.parties)).toEqual([
      ["KTZ Express JSC", "Port of Antwerp-Bruges"], ["Kazphosphate LLP", "Prayon SA"], ["Samruk-Energy JSC", "Elia Group"],
      ["Akimat of Pavlodar Region", "Verhaegen Solar NV"], ["Kaz Grain Terminal LLP", "Ghent Agri Trading BV"],
    ]);
    expect(rec("nl54").agreements.filter((a) => a.text.startsWith("- ")).map((a) => a.kind)).toEqual(["contract", "agreement", "contract", "agreement", "contract"]);
  });

  it("reads a bullet's dash as no minus, an ore grade in g/t, and no time zone or lower-case term as an organisation", () => {
    expect(rec("en55").figures.filter((f) => f.unit === "g/t" || f.unit === "t").map((f) => f.value)).toEqual([1150000, 1.42, 1.31]);
    expect(rec("en55").organisations.map((o) => o.name)).toEqual(expect.not.arrayContaining(["AISC", "BST"]));
  });

  it("names the wire after a capitals dateline, a forum of two countries, and a cooperative by its U.A. without the class noun before it", () => {
    expect(rec("en53").organisations.find((o) => o.kind === "media")).toMatchObject({ name: "Kazinform", aliases: ["KAZINFORM"] });
    expect(rec("en54").organisations.map((o) => o.name)).toContain("Kazakhstan–Belgium Business Forum");
    expect(rec("nl55").organisations.find((o) => o.name === "NoordMelk U.A.")?.aliases).toEqual(["NoordMelk"]);
    expect(rec("nl55").agreements[0].parties).toEqual(["NoordMelk U.A.", "Small Trade House LLP"]);
    expect(rec("nl53").organisations.map((o) => o.name)).toContain("Rijksdienst voor Ondernemend Nederland");
  });

  it("reads `agreed with` a ministry named at length `to`, and `ondertekende hij` as the minister named before", () => {
    const agreed = rec("en55").agreements.find((a) => a.text.includes("agreed with the Ministry"));
    expect(agreed?.parties).toContain("Ministry of Industry and Construction of the Republic of Kazakhstan");
    expect(rec("en55").agreements.find((a) => a.text.includes("offtake agreement"))?.parties).toEqual(["Steppe Gold Resources plc", "Aurelia Metals NV"]);
    expect(rec("nl56").agreements.find((a) => a.text.includes("ondertekende hij"))?.parties).toEqual(["Havenbedrijf Rotterdam N.V.", "Nurlan Sauranbayev"]);
  });
});

// The fifteenth round: raw page text as it is copied from a web page, the site around the article: an embassy's page
// (language switcher, menus, breadcrumb, `Published: … | Views: …`, tags, share line, related news with their dates, a
// footer with address, phone and opening hours), a port authority's press release under a cookie notice and a live
// traffic ticker, a business paper's item under a masthead with the day's date, exchange rates and weather (byline,
// `Read also`, `Most read`, comments), a ministry's page (`Date of publication: …`, views, other news, call centre); a
// chamber's page (cookie banner, `Lees ook`, footer with company number), a regional paper's item (region switcher,
// `PREMIUM`, `Laatste update`, `Meest gelezen`, `Reageer (4)`), a company newsroom (downloads, press contact, `Meer
// nieuws`, footer with BTW and RPR) and an embassy's page in Dutch. Written, with their gold, before kzbe ran on them;
// scored as the shared scorer does, apart from the other rounds.
describe("unseen articles, fifteenth round", () => {
  const ROUND_15 = roundOf(ROUND_FIFTEEN);
  const rec = ROUND_15.record;
  // what the rules still miss: regions and a municipality the gazetteer lacks (`de Kempen`, `de Veluwe`, `Noordoostpolder`),
  // and the parties of `Het contract, dat … werd ondertekend`, which the sentence before names (nl59)
  const KNOWN_MISSES_15 = new Set<string>(["nl59: parties"]);

  // floors a little under what the rules reach after the round's fixes (F1 0.96 to 1.0 per field)
  const FLOOR_FIFTEEN: Record<Field, number> = { people: 0.97, organisations: 0.96, places: 0.93, dates: 0.97, figures: 0.97, agreements: 0.95 };
  roundChecks(ROUND_15, FLOOR_FIFTEEN, { misses: KNOWN_MISSES_15 });

  it("takes the headline under the site's lines as the title, and the date of the byline with its counters and updates", () => {
    expect(rec("en57").title).toBe("Ambassador visits seed potato breeder in Emmeloord, memorandum signed");
    expect(rec("en59").title).toBe("Belgian firm to build KZT 48 billion solar plant in Turkistan region");
    expect(rec("nl59").title).toBe("Dewaele Wagonbouw levert 150 graanwagons aan Kazachse spoorvervoerder");
    expect([rec("en57").published, rec("en59").published, rec("en60").published, rec("nl57").published, rec("nl58").published]).toEqual(["2027-04-09", "2027-03-12", "2027-02-03", "2026-10-08", "2027-01-12"]);
  });

  it("reads nothing in menus, language switchers, tickers, share lines, related lists and footers", () => {
    expect(names(rec("en57"), "organisations")).toEqual(expect.not.arrayContaining(["EN", "RU", "KZ", "NL", "WhatsApp"]));
    expect(rec("en57").dates.map((d) => d.value)).toEqual(expect.not.arrayContaining(["2027-04-08", "2027-03-27"]));
    expect(rec("en58").figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([37, 1.24, 20100000]));
    expect(rec("en59").figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([512.4, 556.1, 42, 10000]));
    expect(rec("en59").dates.map((d) => d.value)).not.toContain("2027-03-14");
    expect(names(rec("nl58"), "places")).toEqual(expect.not.arrayContaining(["Apeldoorn", "Heerde", "Ermelo", "Twello"]));
    expect(names(rec("nl59"), "organisations")).toEqual(expect.not.arrayContaining(["KB", "ZIP", "MB", "RPR Gent"]));
    expect(rec("nl60").figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([9, 12.3, 10000]));
  });

  it("names the holder of the copyright where the article names it, and reads a dateline's town, a rate and a year compared against", () => {
    expect(rec("en59").organisations.find((o) => o.name === "Steppe Business Review")?.mentions).toHaveLength(1);
    expect(names(rec("en58"), "places")).toContain("Vlissingen");
    expect(rec("en57").figures.map((f) => f.text)).not.toContain("a year");
    expect(rec("en58").dates.map((d) => d.value)).toContain("2024");
    expect(rec("nl57").people.find((p) => p.name === "Serik Abenov")?.roles).toEqual(["vice-akim"]);
    expect(rec("nl58").people.find((p) => p.name === "Dirk-Jan Veldkamp")?.roles).toEqual(["Wethouder Economie van de gemeente Epe"]);
  });

  it("reads a contract with a decimal amount in a Dutch clause, one in a relative clause, and witnesses before the signers", () => {
    expect(rec("nl57").agreements.find((a) => a.text.includes("3,4 miljoen euro tekende"))?.parties).toEqual(["Verhoeven Techniek NV", "Qaragandy Steel Service TOO"]);
    expect(rec("nl59").agreements.find((a) => a.text.includes("werd ondertekend"))).toMatchObject({ kind: "contract", status: "signed", date: "2027-02-11" });
    expect(rec("nl60").agreements[0].parties).toEqual(["Hogeschool Westhoek", "Nura Technical University"]);
    expect(rec("nl58").agreements[0].parties).toEqual(["Veluwe Mengvoeders B.V.", "Alatau Milk JSC"]);
  });
});

// The sixteenth round (63–66): the genres the earlier rounds had few of: a Kazinform item on a Dutch minister's visit with
// the long titles of Kazakh officials listed one after another (`Vice Minister … Dana Tulegenova, Chairman of the Management
// Board of … JSC Nurlan Abenov and Ambassador …`), an EU–Central Asia forum report with its bulleted list of deals and their
// amounts, a logistics group's first-quarter results (highlights, `Q1 2026:` comparisons, guidance), an Astana Times page
// with its menus, cookie notice, byline line, tags, related posts and footer; a VRT NWS story (`di 8 jun 2027 17:45`), an
// HBVL regional item on a Lommel silo builder, an RVO mission page (skip link, programme by weekday, `Gepubliceerd op:` at
// its foot, related topics) and a Euronext Brussels quarterly release in Dutch. Written, with their gold, before kzbe ran
// on them; scored as the shared scorer does, apart from the other rounds.
describe("unseen articles, sixteenth round (real-world genres)", () => {
  const ROUND_16 = roundOf(ROUND_SIXTEEN_GENRES);
  const rec = ROUND_16.record;
  // what the rules still miss: a first name the lists lack after a role whose object is capitalised (`European Commissioner
  // for International Partnerships Katrien Desmedt`: the person is read as `Partnerships Katrien Desmedt`), the company and
  // the ministry of a signing by their officers (`signed by Minister of Health … and Sambre BioPharma’s CEO …`: en66, and
  // `ondertekend door Janssens en algemeen directeur Yerlan Mukanov van de Kazachse groep`: nl64), `Beide landen` when the
  // text names the two countries only by their adjectives (nl63); places the gazetteer lacks (`de Kempen`, `Kaskelen`), a
  // broadcaster in capitals (`VRT NWS`), an English body in a Dutch text (`Uzbek Agency for Water Management`); `a year
  // earlier` in a results bullet read from the last year named (2025), `Vandaag telt het bedrijf` read as the day, and `for
  // 2026 to the annual general meeting` not read as a year
  const KNOWN_MISSES_16 = new Set<string>(["en64: Katrien Desmedt", "en66: parties", "nl63: parties", "nl64: parties"]);

  // floors a little under what the rules reach after the round's fixes (F1 0.95 to 1.0 per field)
  const FLOOR_SIXTEEN: Record<Field, number> = { people: 0.94, organisations: 0.96, places: 0.97, dates: 0.94, figures: 0.99, agreements: 0.99 };
  roundChecks(ROUND_16, FLOOR_SIXTEEN, { misses: KNOWN_MISSES_16 });

  it("reads a list of officials, each title before its own name, and cuts no first name into the company before it", () => {
    const en63 = rec("en63");
    expect(en63.people.find((p) => p.name === "Dana Tulegenova")?.roles).toEqual(["Vice Minister of Agriculture of the Republic of Kazakhstan"]);
    expect(en63.people.find((p) => p.name === "Nurlan Abenov")?.organisation).toBe("KazakhExport Export Insurance Company JSC");
    expect(names(en63, "organisations")).toContain("Ministry of Agriculture, Fisheries, Food Security and Nature of the Netherlands");
    const nl65 = rec("nl65");
    expect(names(nl65, "organisations")).toContain("ministerie van Buitenlandse Zaken");
    expect(nl65.people.find((p) => p.name === "Maarten de Vries")?.roles).toEqual(["directeur-generaal Buitenlandse Economische Betrekkingen van het ministerie van Buitenlandse Zaken"]);
    expect(rec("nl64").people.find((p) => p.name === "Sarah Vos")?.roles).toEqual(["productiemanager"]);
  });

  it("dates a page by its byline line and by the label at its foot, and takes the headline under a skip link", () => {
    expect([rec("en66").published, rec("nl65").published]).toEqual(["2027-04-23", "2027-03-04"]);
    expect(rec("nl65").title).toBe("Handelsmissie Kazachstan en Oezbekistan: water en agrifood");
    expect(names(rec("nl65"), "places")).not.toContain("Turkije");
  });

  it("reads each deal of a bulleted list with its amount before its noun, and the sides of a `between` with an acronym in brackets", () => {
    const listed = rec("en64").agreements.filter((a) => a.text.startsWith("• "));
    expect(listed.map((a) => a.parties)).toEqual([
      ["European Investment Bank", "Government of Kazakhstan"], ["European Bank for Reconstruction and Development", "KTZ Express JSC"],
      ["Scaldis Marine NV", "Aktau Port Services LLP"], ["Noordzee Windpower B.V.", "Mangystau Green Energy LLP"],
      ["Flanders Investment & Trade", "Kazakh Invest National Company JSC"],
    ]);
    expect(listed[1].subject).toBe("a EUR 300 million loan for 2,000 container flat wagons");
  });

  it("finds the companies a Dutch class noun names, a family particle first, and a contract signed after its value between commas", () => {
    expect(rec("nl63").agreements.find((a) => a.text.includes("baggerbedrijf"))?.parties).toEqual(["Van Laere Dredging"]);
    expect(rec("nl65").agreements[0].parties).toEqual(["AquaFlow Systems BV", "Kazvodkhoz"]);
    expect(rec("nl66").agreements[0].parties).toEqual(["Scheldt Eurasia Rail NV", "Kazakhstan Temir Zholy"]);
    expect(rec("nl64").agreements.find((a) => a.text.startsWith("Het contract, goed voor"))).toMatchObject({ kind: "contract", status: "signed" });
    expect(names(rec("en66"), "organisations")).not.toContain("BioPharma");
  });

  it("reads a quarter of a shifted year, `sinds november` as last year's, and two days each with its weekday as one span", () => {
    expect(rec("en65").dates.find((d) => d.text === "the first quarter of last year")?.value).toBe("2026-Q1");
    expect(rec("nl66").dates.find((d) => d.text === "november")?.value).toBe("2026-11");
    expect(rec("nl65").dates.find((d) => d.value === "2027-09-16")).toMatchObject({ until: "2027-09-17" });
    expect(rec("nl65").figures.map((f) => f.value)).not.toContain(16);
    // `Woensdag reist de delegatie door` in a Tuesday's story, after a paragraph in the past tense
    expect(rec("nl63").dates.find((d) => d.text === "Woensdag")?.value).toBe("2027-06-09");
  });
});
