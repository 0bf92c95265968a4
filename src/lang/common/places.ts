// Place rules from the generated gazetteer (src/data/build-gazetteer.ts): every
// capitalised run of words is looked up, longest prefix first, in the language's
// names and the names both languages share; all-caps forms (`WEST FLANDERS`) fold
// to the same entry. Small towns (rank 1) are taken only after a locative cue
// (`in Staden`, `te Lichtervelde`), because many are also ordinary words.
import { alternation, type Groups, type Rule, type RuleExample, type RuleContext } from "../../rules.js";
import type { PlaceCandidate } from "../../entities/places.js";
import { gazetteer, isFirstName, placeFirstWords, placeKey, placeLeads } from "./data.js";
import { CAP_START, LINE_SPACE as SP } from "./names.js";
import { allMatches, regex, rx, compactSource } from "../../text/classes.js";
import { foldKey } from "../../entities/fold.js";

/** a letter with an accent or of another alphabet (not a curly apostrophe or a dash: `States’` is no other writing of `States`) */
const ACCENTED = /[\u00C0-\u1FFF]/;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** a name's words, for allMatches */
const WORDS = /\S+/g;

export interface PlaceLexicon {
  lang: "en" | "nl";
  /** lower-case words inside place names (`of`, `and`, `op`, `aan`) */
  connectors: string[];
  /** words after which a small town is read as a place (`in`, `near`, `te`) */
  locativeCues: string[];
  /** lower-case nouns that class the name after them as a place, with its kind (`the port of Poti`, `provincie Fryslân`) */
  classNouns: Record<string, PlaceCandidate["kind"]>;
  /** the link between such a noun and the name: required in English (`the city of`), optional in Dutch (`de stad Gent`, `de haven van Gent`) */
  classLinks: string[];
  classLinkRequired: boolean;
  /** `and`, `en` before the last place of a list */
  joins: string[];
  /** capitalised words that never name a place, though a place's neighbours (`The`, `De`) */
  notPlaces: string[];
  /** capitalised heads that make the name before them a place, with its kind: a body of water (`Caspian Sea`, `Kaspische Zee`),
   *  a Belgian region (`het Brussels Gewest`) */
  placeHeads: Record<string, PlaceCandidate["kind"]>;
  /** the words that join two places as the ends of a route or span (`between … and`, `from … to`, `van … tot`) */
  routePairs: [string, string][];
  /** articles a region's name may take at a route's end (`tussen de Achterhoek en Polen`, `between the Balkans and …`) */
  articles: string[];
  /** role and body heads whose `of`/`van` names a portfolio, not a town (`minister van Landbouw`, `Minister of Trade`) */
  portfolioHeads: string[];
  /** endings that make a place an adjective of where something sits (`Ghent-based`): the place is named all the same */
  seatSuffixes: string[];
  /** phrases after which a capitalised word is a town the gazetteer may not know: a life's places (`born in`, `geboren te`) */
  townCues: string[];
  /** a diplomatic mission's head and link, whose `in` names the town it sits in (`the Embassy of Kazakhstan in Bonn`) */
  missionHeads: string[];
  missionLinks: string[];
  townCueExamples: RuleExample<PlaceCandidate>[];
  townCueNegatives: string[];
  examples: RuleExample<PlaceCandidate>[];
  negatives: string[];
}

const WORD = compactSource("(?:['’]s-)?\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*){0,4}");
/** the longest run a gazetteer name can span */
const MAX_WORDS = 6;

export function gazetteerRule(lex: PlaceLexicon): Rule<PlaceCandidate> {
  const connectors = lex.connectors.join("|");
  // each match is one capitalised word; the run it starts is read with a sticky pattern, so
  // that the rule never depends on where the scan goes on after a match
  const pattern = regex(`${CAP_START}(?<![\\p{L}\\p{N}'’-])(?<name>${WORD})`, "gu");
  const runAt = regex(`${WORD}(?:\\s+(?:(?:${connectors})\\s+){0,2}${WORD}){0,${MAX_WORDS - 1}}`, "uy");
  const cues = new Set(lex.locativeCues);
  const portfolio = regex(`(?<![\\p{L}])(?:${alternation(lex.portfolioHeads.flatMap((h) => [h, h[0].toUpperCase() + h.slice(1)]))})[^\\S\\n]+\\p{Ll}+[^\\S\\n]*$`, "u");
  return {
    id: `${lex.lang}.place.gazetteer`,
    pattern,
    // a capitalised word is looked at only when a place name can begin with it (`'s-Hertogenbosch` with its apostrophe)
    // (a name written with other accents than the gazetteer's, `Constanța` for `Constanţa`, is found by its folded form)
    starts: { wordTest: (w) => placeLeads(lex.lang).has(w) || (ACCENTED.test(w) && placeLeads(lex.lang).has(foldKey(w))), symbols: ["'", "’"] },
    normalize: (g, ctx, m) => {
      // `the Ghent-based agent`: the seat is a place of the text
      const seat = lex.seatSuffixes.find((s) => g.name!.length > s.length && g.name!.toLowerCase().endsWith(s));
      if (seat) {
        const stem = g.name!.slice(0, -seat.length);
        const place = gazetteer(lex.lang).get(placeKey(stem));
        return place && place.rank === 0 ? { name: place.name, kind: place.kind, country: place.country, at: { start: m.index, end: m.index + stem.length } } : null;
      }
      const first = g.name!.endsWith("s") && /['’]s$/u.test(g.name!) ? g.name!.slice(0, -2) : g.name!;
      if (!placeFirstWords(lex.lang).has(placeKey(first)) && (!ACCENTED.test(first) || !placeFirstWords(lex.lang).has(foldKey(first)))) return null;
      runAt.lastIndex = m.index;
      const run = runAt.exec(ctx.text)?.[0] ?? g.name!;
      const index = gazetteer(lex.lang);
      // word ends within the run: the prefixes to try, longest first
      const ends: number[] = [];
      for (const w of allMatches(WORDS, run)) ends.push(w.index! + w[0].length);
      for (let i = ends.length - 1; i >= 0; i--) {
        // `Kazakhstan's`: the place without its possessive
        const prefix = run.slice(0, ends[i]);
        const text = prefix.endsWith("s") && /['’]s$/u.test(prefix) ? prefix.slice(0, -2) : prefix;
        const place = index.get(placeKey(text)) ?? (ACCENTED.test(text) ? index.get(foldKey(text)) : undefined);
        if (!place) continue;
        if (place.rank > 0 && !afterCue(ctx.text, m.index, cues, portfolio) && !isDatelinePlace(ctx.text, m.index, text) && !isBracketedSeat(ctx.text, m.index, text)) continue;
        // a capital inside a word (`SoFi`) is a brand's writing unless the place is written so (`DeKalb`); by Unicode's own
        // classes, in which the letters of Latin Extended keep their case (`Constanța` has no capital inside)
        if (INNER_CAPITAL.test(text) && !place.name.includes(text)) continue;
        return { name: place.name, kind: place.kind, country: place.country, at: { start: m.index, end: m.index + text.length } };
      }
      return null;
    },
    examples: lex.examples,
    negatives: lex.negatives,
  };
}

/**
 * `DOKKUM – Pootgoedhandel …`, `LELYSTAD, 3 March`: a town written in capitals at the start of a line,
 * before the comma or dash of a dateline, is where the story was filed.
 */
export function isDatelinePlace(text: string, at: number, name: string): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (text.slice(lineStart, at).trim() !== "") return false;
  // written as a name, the town needs the whole dateline after it: a date with its year, then the dash (`Terneuzen,
  // 12 May 2031 –`, `Ranst, May 12, 2031 -`, `Ranst, 12.05.2031 –`)
  if (!rx.u`^[\p{Lu}\s'’-]+$`.test(name) || !rx.u`\p{Lu}{3}`.test(name)) return DATED_DATELINE.test(text.slice(at + name.length, at + name.length + 40));
  return /^\s*(?:,|[–—-]\s)/u.test(text.slice(at + name.length, at + name.length + 3));
}

const DATED_DATELINE = regex(String.raw`^,[^\S\n]*(?:\p{L}+,?[^\S\n]+)?(?:\d{1,2}\.?[^\S\n]+\p{L}+\.?|\p{L}+\.?[^\S\n]+\d{1,2},?|\d{1,2}[./-]\d{1,2}[./-])[^\S\n]*\d{4}[^\S\n]*[–—-][^\S\n]`, "u");

/** `Delta Pompen nv (Lommel)`: a town alone in brackets after a name is that name's seat, as in lists of participants. */
function isBracketedSeat(text: string, at: number, name: string): boolean {
  return text[at - 1] === "(" && text[at + name.length] === ")" && rx.u`[\p{L}.]\s$`.test(text.slice(Math.max(0, at - 3), at - 1));
}

/** The word before `at` is a locative cue, or a list of places goes on (`Staden and Lichtervelde`). */
function afterCue(text: string, at: number, cues: ReadonlySet<string>, portfolio?: RegExp): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = rx.u`([\p{L}]+|,)\s*$`.exec(before);
  // `de minister van Landbouw`: the object of a portfolio head names a field of government, not a small town
  if (m !== null && portfolio?.test(before)) return false;
  return m !== null && cues.has(m[1].toLowerCase());
}

/** The gazetteer's entry of a written name. */
const entryOf = (lang: string, name: string) => gazetteer(lang).get(placeKey(name));

/** A capitalised word that names no place the gazetteer lacks: a function word, a person's first name, an acronym. */
const neverAnUnknownPlace = (word: string, notPlaces: ReadonlySet<string>) => notPlaces.has(word) || isFirstName(word) || rx.u`^\p{Lu}{2,}$`.test(word);

/** The longest run of `words` from the start of `name` that the gazetteer knows, with its entry. */
function knownPrefix(lang: string, name: string): { text: string; place: { name: string; kind: PlaceCandidate["kind"]; country: string | null } } | null {
  const ws = allMatches(WORDS, name);
  for (let i = ws.length - 1; i >= 0; i--) {
    const text = name.slice(0, ws[i].index! + ws[i][0].length);
    const place = entryOf(lang, text);
    if (place) return { text, place };
  }
  return null;
}

/**
 * A place the gazetteer may not know, named by the class noun before it: `the Georgian port of Poti`,
 * `the city of Aktau`, `de provincie Fryslân`, `de gemeente Noardeast-Fryslân`, `de haven van Gent`.
 */
export function classNounRule(lex: PlaceLexicon): Rule<PlaceCandidate> {
  const link = `(?:${SP}(?:${alternation(lex.classLinks)}))${lex.classLinkRequired ? "" : "?"}`;
  const notPlaces = new Set(lex.notPlaces);
  return {
    id: `${lex.lang}.place.class-noun`,
    pattern: regex(`(?<![\\p{L}\\p{N}-])(?<noun>${alternation(Object.keys(lex.classNouns))})${link}${SP}(?<name>${WORD}(?:${SP}${WORD}){0,2})`, "gu"),
    spanGroup: "name",
    normalize: (g) => knownOrNamedPlace(lex.lang, g, notPlaces, lex.classNouns[g.noun!] ?? "other"),
    examples: [],
    negatives: [],
  };
}

/**
 * The place a cue names (`the port of X`, `born in X`): the longest start of the `name` group the gazetteer
 * knows, else its first word as a place of `kind` the gazetteer lacks (`Poti`, `Noardeast-Fryslân`), never a
 * function word or a person's first name, nor a possessive (`the Stadia port of Rockstar’s game`: it owns
 * what follows). The group is narrowed to the span taken.
 */
function knownOrNamedPlace(lang: string, g: Groups, notPlaces: ReadonlySet<string>, kind: PlaceCandidate["kind"]): PlaceCandidate | null {
  const known = knownPrefix(lang, g.name!);
  if (known) {
    g.name = known.text;
    return { name: known.place.name, kind: known.place.kind, country: known.place.country };
  }
  const word = g.name!.split(/\s+/)[0];
  if (neverAnUnknownPlace(word, notPlaces) || /['’]s$/u.test(word)) return null;
  g.name = word;
  return { name: word, kind, country: null };
}

/**
 * A town the text says is one by a phrase before it: where a life took place (`Born in Semipalatinsk`, `overleden te Aalst`),
 * where a mission sits (`the Embassy of Kazakhstan in Bonn`, `de ambassade van België in Tasjkent`).
 */
export function townCueRule(lex: PlaceLexicon): Rule<PlaceCandidate> {
  const notPlaces = new Set(lex.notPlaces);
  const bothCases = (ws: string[]) => alternation(ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
  const mission = `(?:${bothCases(lex.missionHeads)})${SP}(?:${alternation(lex.missionLinks)})${SP}(?:(?:${alternation(lex.articles)})${SP})?${WORD}(?:${SP}${WORD}){0,2}${SP}in`;
  return {
    id: `${lex.lang}.place.town-cue`,
    pattern: regex(`(?<![\\p{L}])(?:${bothCases(lex.townCues)}|${mission})${SP}(?<name>${WORD})(?![\\p{L}\\p{N}'’-])`, "gu"),
    spanGroup: "name",
    normalize: (g) => knownOrNamedPlace(lex.lang, g, notPlaces, "city"),
    examples: lex.townCueExamples,
    negatives: lex.townCueNegatives,
  };
}

/** A name between places of a list is a place too: `offices in Antwerp, Rotterdam, Gdansk and Istanbul`. */
export function listedPlaceRule(lex: PlaceLexicon): Rule<PlaceCandidate> {
  const notPlaces = new Set(lex.notPlaces);
  const joins = alternation(lex.joins);
  const before = regex(`(?:^|[^\\p{L}])(${WORD}),${SP}$`, "u");
  const after = regex(`^(?:,${SP}(?:(?:${joins})${SP})?|${SP}(?:${joins})${SP})(${WORD})(?![\\p{L}\\d])`, "u");
  const known = (w: string | undefined) => w !== undefined && entryOf(lex.lang, w)?.rank === 0;
  return {
    id: `${lex.lang}.place.listed`,
    pattern: regex(`,${SP}(?<name>${WORD})(?=,${SP}|${SP}(?:${joins})${SP})`, "gu"),
    starts: { symbols: [","] },
    spanGroup: "name",
    normalize: (g, ctx: RuleContext, m) => {
      const name = g.name!;
      if (entryOf(lex.lang, name) || neverAnUnknownPlace(name, notPlaces)) return null;
      const at = m.index + m[0].length - name.length;
      const prev = before.exec(ctx.text.slice(Math.max(0, at - 40), at))?.[1];
      const next = after.exec(ctx.text.slice(at + name.length, at + name.length + 50))?.[1];
      if (!known(prev) || !known(next)) return null;
      const kinds = new Set([prev, next].map((w) => entryOf(lex.lang, w!)!.kind));
      return { name, kind: kinds.size === 1 ? [...kinds][0] : "other", country: null };
    },
    examples: [],
    negatives: [],
  };
}

/**
 * A place named by its capitalised head: a body of water (`the Caspian Sea`, `the Black Sea region`, `de Kaspische Zee`,
 * `the South China Sea`), a Belgian region (`het Brussels Gewest`). A capitalised word after it makes it part of a longer name (`North Sea Port`), no place.
 */
export function headedPlaceRule(lex: PlaceLexicon): Rule<PlaceCandidate> {
  const notPlaces = new Set(lex.notPlaces);
  const heads = Object.keys(lex.placeHeads);
  return {
    id: `${lex.lang}.place.headed`,
    pattern: regex(`(?<![\\p{L}\\p{N}'’-])(?<name>(?:\\p{Lu}[\\p{L}\\p{M}]+${SP}){1,2}(?<head>${alternation(heads)}))(?![\\p{L}\\p{N}-])(?!${SP}\\p{Lu})`, "gu"),
    starts: { near: { words: heads.map((h) => h.toLowerCase()), reach: 40 } },
    normalize: (g, _ctx, m) => {
      // `the South China Sea`, `The Black Sea`: a function word before the name is no part of it
      const words = g.name!.split(/\s+/u);
      const skip = notPlaces.has(words[0]) && words.length > 2 ? words[0].length + (/\s+/u.exec(g.name!.slice(words[0].length))?.[0].length ?? 1) : 0;
      const name = g.name!.slice(skip);
      const first = name.split(/\s+/u)[0];
      if (notPlaces.has(first) || isFirstName(first)) return null;
      return { name: name.replace(/\s+/gu, " "), kind: lex.placeHeads[g.head!] ?? "other", country: null, at: { start: m.index + skip, end: m.index + g.name!.length } };
    },
    examples: [],
    negatives: [],
  };
}

/**
 * The other end of a route or span whose one end is a known place is a place: `a block train between Zeebrugge and
 * Altynkol`, `van Aktau tot Kuryk`, `from Altynkol to Zeebrugge`. The name is one capitalised word with no name after it
 * (`between Belgium and Kazakh Invest` is no route).
 */
export function routePlaceRule(lex: PlaceLexicon): Rule<PlaceCandidate> {
  const notPlaces = new Set(lex.notPlaces);
  const bothCases = (ws: string[]) => alternation(ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]));
  const froms = lex.routePairs.map(([from]) => from);
  const tos = lex.routePairs.map(([, to]) => to);
  const article = `(?:(?:${alternation(lex.articles)})${SP})?`;
  return {
    id: `${lex.lang}.place.route-end`,
    pattern: regex(`(?<![\\p{L}])(?<from>${bothCases(froms)})${SP}${article}(?<one>${WORD})${SP}(?<to>${alternation(tos)})${SP}${article}(?<two>${WORD})(?![\\p{L}\\p{N}'’]|${SP}\\p{Lu}|-\\p{L})`, "gu"),
    starts: { words: froms },
    normalize: (g, _ctx, m) => {
      if (!lex.routePairs.some(([f, t]) => f === g.from!.toLowerCase() && t === g.to!.toLowerCase())) return null;
      if (!rx.u`^\p{Lu}`.test(g.one!) || !rx.u`^\p{Lu}`.test(g.two!)) return null;
      const a = entryOf(lex.lang, g.one!), b = entryOf(lex.lang, g.two!);
      // exactly one end known: the other is the place to add
      if ((a === undefined) === (b === undefined)) return null;
      const unknown = a ? g.two! : g.one!;
      if (neverAnUnknownPlace(unknown, notPlaces) || /['’]s$/u.test(unknown)) return null;
      const at = a ? m[0].length - unknown.length : m[0].indexOf(unknown, g.from!.length);
      // (a name with an article is a region's, never a town's: `de Achterhoek`)
      const withArticle = rx.u`\s$`.test(m[0].slice(0, at)) && lex.articles.includes(m[0].slice(0, at).trim().split(/\s+/).pop()!.toLowerCase());
      if (withArticle) {
        // a word of its own, closing the phrase when it ends the route (not `the U.S.`, `de Poolse stad`, `the Region of Flanders`)
        if (!rx.u`^\p{Lu}\p{Ll}{2,}`.test(unknown) || (a && !/^\s*(?:[.,;:!?)"”’]|$)/u.test(_ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2)))) return null;
        return { name: unknown, kind: "region", country: null, at: { start: m.index + at, end: m.index + at + unknown.length } };
      }
      return { name: unknown, kind: (a ?? b)!.kind === "country" ? "other" : (a ?? b)!.kind, country: null, at: { start: m.index + at, end: m.index + at + unknown.length } };
    },
    examples: [],
    negatives: [],
  };
}

/** The last name of a list whose two names before it are known places is a place too: `terminals in Rotterdam, Vlissingen and Gdańsk`. */
export function lastListedPlaceRule(lex: PlaceLexicon): Rule<PlaceCandidate> {
  const notPlaces = new Set(lex.notPlaces);
  return {
    id: `${lex.lang}.place.listed-last`,
    pattern: regex(`(?<![\\p{L}\\p{N}'’-])(?<two>${WORD}),${SP}(?<one>${WORD})${SP}(?:${alternation(lex.joins)})${SP}(?<name>${WORD})(?![\\p{L}\\p{N}'’-]|${SP}\\p{Lu})`, "gu"),
    starts: { near: { words: lex.joins, reach: 80 } },
    spanGroup: "name",
    normalize: (g) => {
      const name = g.name!;
      const a = entryOf(lex.lang, g.one!), b = entryOf(lex.lang, g.two!);
      // the two before are known (a small town among them, read as one after the list's cue: `in Rotterdam, Vlissingen en …`), one of them a place of rank
      if (!a || !b || (a.rank !== 0 && b.rank !== 0) || entryOf(lex.lang, name) || neverAnUnknownPlace(name, notPlaces)) return null;
      return { name, kind: a.kind === b.kind ? a.kind : "other", country: null };
    },
    examples: [],
    negatives: [],
  };
}
