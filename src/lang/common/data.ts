// Generated data (src/data/build*.ts), read on first use so that start-up stays fast.
// The JSON sits in data/ beside the compiled code (dist/data) or the sources (src/data);
// the bundled CLI (dist/bin, build-bundle.ts) finds it one level up.
// The gazetteer and the first names are looked up in sorted lines that the build
// derives from them (`gazetteer-<lang>.tsv`: every lookup key already folded, and the
// place leads and the first names in lower case): the text is read as it is and
// searched, because parsing the JSON into objects and sets, and folding every name,
// cost more at start-up than extracting a whole document. Where the derived files
// are absent (the sources run directly, as in the tests) they are built here, by the
// same functions.
import fs from "node:fs";
import type { PlaceCandidate } from "../../entities/places.js";
import { foldKey } from "../../entities/fold.js";
import type { SavedPlans } from "../../rule-starts.js";
import type { DerivedSources } from "../../text/derived.js";
import { rx } from "../../text/classes.js";

let dataDir: URL | undefined;
function dataFile(file: string): URL {
  dataDir ??= [new URL("../../data/", import.meta.url), new URL("../data/", import.meta.url)].find((d) => fs.existsSync(d)) ?? new URL("../../data/", import.meta.url);
  return new URL(file, dataDir);
}
function readData<T>(file: string): T {
  return JSON.parse(fs.readFileSync(dataFile(file), "utf8")) as T;
}
/** A derived file as text, or what `derive` makes (from the JSON it comes from) when the build has not written it. */
function readDerived(file: string, derive: () => string): string {
  try {
    return fs.readFileSync(dataFile(file), "utf8");
  } catch {
    return derive();
  }
}

/** Whole words (lower case or as written, as the lexicon says) to look up: a Set or sorted lines. */
export interface WordLookup {
  has(word: string): boolean;
}

/**
 * Lines sorted by key (code-unit order), each `key` or `key<TAB>value`, searched as
 * text: a lookup is a binary search, and nothing is parsed or built.
 */
export class SortedLines implements WordLookup {
  constructor(private readonly text: string) {}

  /** Sorted lines of keys and values, as the build writes them (keys are unique, without tabs or line breaks). */
  static write(entries: Iterable<readonly [string, string?]>): string {
    const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return lines.map(([k, v]) => (v === undefined ? `${k}\n` : `${k}\t${v}\n`)).join("");
  }

  /** The value of `key`; "" for a key without one; undefined when absent. */
  get(key: string): string | undefined {
    const at = this.lowerBound(key);
    if (compareKey(this.text, at, key) !== 0) return undefined;
    const end = this.text.indexOf("\n", at);
    const tab = at + key.length;
    return this.text.charCodeAt(tab) === TAB ? this.text.slice(tab + 1, end) : "";
  }

  has(key: string): boolean {
    return compareKey(this.text, this.lowerBound(key), key) === 0;
  }

  /** Some key is `word` or begins with `word` and a space (`west` for `west flanders`). */
  hasFirstWord(word: string): boolean {
    if (word.includes(" ")) return false;
    // no key lies between `word` and `word …`: keys hold no character below a space
    const at = this.lowerBound(word);
    const c = compareKey(this.text, at, word);
    return c === 0 || (c === PREFIX && this.text.charCodeAt(at + word.length) === SPACE);
  }

  /** Every key, in order. */
  keys(): string[] {
    const t = this.text;
    const out: string[] = [];
    for (let at = 0; at < t.length; ) {
      const end = t.indexOf("\n", at);
      const line = t.slice(at, end < 0 ? t.length : end);
      const tab = line.indexOf("\t");
      out.push(tab < 0 ? line : line.slice(0, tab));
      at = end < 0 ? t.length : end + 1;
    }
    return out;
  }

  /** The offset of the first line whose key is not below `key` (the text's length when none). */
  private lowerBound(key: string): number {
    const t = this.text;
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const line = t.lastIndexOf("\n", mid - 1) + 1;
      if (compareKey(t, line, key) < 0) lo = t.indexOf("\n", line) + 1;
      else hi = line;
    }
    return lo;
  }
}

const TAB = 9;
const NEWLINE = 10;
const SPACE = 32;
/** compareKey's answer when the line's key is longer and begins with the key */
const PREFIX = 2;
/** The key of the line at `at` against `key`: <0 below, 0 equal, PREFIX longer and beginning with it, 1 otherwise above. */
function compareKey(text: string, at: number, key: string): number {
  if (at >= text.length) return 1;
  for (let i = 0; ; i++) {
    const c = text.charCodeAt(at + i);
    const ended = c === TAB || c === NEWLINE;
    if (i === key.length) return ended ? 0 : PREFIX;
    if (ended) return -1;
    const k = key.charCodeAt(i);
    if (c !== k) return c < k ? -1 : 1;
  }
}

/** The start plans the build wrote, by file (read once; null where the build wrote none, as when the sources run directly). */
const savedPlans = new Map<string, SavedPlans | null>();
function readSavedPlans(file: string): SavedPlans | null {
  if (!savedPlans.has(file)) savedPlans.set(file, JSON.parse(readDerived(file, () => "null")) as SavedPlans | null);
  return savedPlans.get(file)!;
}

/** start-plans-<en|nl|common>.json: the rules' start plans as the build read them from their patterns (src/data/build-plans.ts), by the first part of the rule id. */
export const startPlansFile = (prefix: string) => `start-plans-${prefix}.json`;
export const savedStartPlans = (id: string) => readSavedPlans(startPlansFile(id.slice(0, id.indexOf("."))))?.[id];

/** derived-sources.json: the regex sources the rule builders derived, as the build recorded them (text/derived.ts). */
export const derivedSourcesFile = "derived-sources.json";
let derivedSources: DerivedSources | undefined;
export const savedDerivedSource = (key: string) => (derivedSources ??= JSON.parse(readDerived(derivedSourcesFile, () => "{}")) as DerivedSources)[key];

export interface GazetteerEntry extends PlaceCandidate {
  /** 0: a name to take anywhere; 1: a small town, taken only after a locative cue */
  rank: number;
}

/** The lookup key of a written name: lower case, one apostrophe, single spaces (`WEST FLANDERS` → `west flanders`, `Xi’an` → `xi'an`). */
export const placeKey = (s: string) => (s.includes("’") ? s.replace(/’/g, "'") : s).toLowerCase().replace(/\s+/g, " ");

/** gazetteer.json: per language ("*": both), name → "kind|country|rank[|canonical]" */
export type GazetteerData = Record<string, Record<string, string>>;

/**
 * One language's lookup index, as the build writes it, in sorted lines (SortedLines):
 * `entries`, key → "name|kind|country|rank" for every key a name is found under (as
 * written, and folded: `liege` for `Liège`); `leads`, the letters that open the keys'
 * first words (`ust` for `ust-kamenogorsk`, `hertogenbosch` for `'s-hertogenbosch`).
 */
export interface GazetteerIndexData {
  entries: string;
  leads: string;
}

export const gazetteerIndexFiles = (lang: string): GazetteerIndexData => ({ entries: `gazetteer-${lang}.tsv`, leads: `place-leads-${lang}.txt` });

/** The index of one language from the gazetteer: the shared names first, the language's own names win. */
export function buildGazetteerIndex(data: GazetteerData, lang: string): GazetteerIndexData {
  const entries = new Map<string, string>();
  // a key's strength: a name as written over one without its accents, a strong entry over a weak one
  const strength = new Map<string, number>();
  for (const source of ["*", lang]) {
    for (const [name, packed] of Object.entries(data[source] ?? {})) {
      const [kind, country, rank, canonical] = packed.split("|");
      const entry = `${canonical || name}|${kind}|${country}|${rank}`;
      // as written, and without accents (`Liege` for `Liège`)
      for (const key of new Set([placeKey(name), foldKey(name)])) {
        const s = Number(rank) * 2 + (key === placeKey(name) ? 0 : 1);
        if ((strength.get(key) ?? Infinity) < s) continue;
        strength.set(key, s);
        entries.set(key, entry);
      }
    }
  }
  const leads = new Set<string>();
  for (const key of entries.keys()) {
    const lead = rx.u`^(?:['’]s-)?(\p{L}+)`.exec(key.split(" ")[0]);
    if (lead) leads.add(lead[1]);
  }
  return { entries: SortedLines.write(entries), leads: SortedLines.write([...leads].map((l) => [l] as const)) };
}

/** Places by folded name; only `get` is needed, and entries are unpacked when first asked for. */
export interface PlaceIndex {
  get(key: string): GazetteerEntry | undefined;
}

/** Answers kept per lookup table: a document asks for the same words again and again. */
const MEMO_LIMIT = 20_000;

class PackedPlaceIndex implements PlaceIndex {
  private readonly unpacked = new Map<string, GazetteerEntry | null>();
  constructor(private readonly packed: SortedLines) {}
  get(key: string): GazetteerEntry | undefined {
    let entry = this.unpacked.get(key);
    if (entry === undefined) {
      const packed = this.packed.get(key);
      if (packed === undefined) entry = null;
      else {
        const [name, kind, country, rank] = packed.split("|");
        entry = { name, kind: kind as PlaceCandidate["kind"], country: country || null, rank: Number(rank) };
      }
      if (this.unpacked.size >= MEMO_LIMIT) this.unpacked.clear();
      this.unpacked.set(key, entry);
    }
    return entry ?? undefined;
  }
}

interface PlaceTables {
  index: PlaceIndex;
  firstWords: WordLookup;
  leads: WordLookup;
}
const places = new Map<string, PlaceTables>();
function placeTables(lang: string): PlaceTables {
  let tables = places.get(lang);
  if (!tables) {
    const files = gazetteerIndexFiles(lang);
    let built: GazetteerIndexData | undefined;
    const build = () => (built ??= buildGazetteerIndex(readData<GazetteerData>("gazetteer.json"), lang));
    const entries = new SortedLines(readDerived(files.entries, () => build().entries));
    tables = {
      index: new PackedPlaceIndex(entries),
      firstWords: memoized({ has: (word) => entries.hasFirstWord(word) }, () => firstWordsOf(entries)),
      leads: kept(new SortedLines(readDerived(files.leads, () => build().leads))),
    };
    places.set(lang, tables);
  }
  return tables;
}

/** First words of the gazetteer's names: a run whose first word is not one needs no lookup. */
export function placeFirstWords(lang: string): WordLookup {
  return placeTables(lang).firstWords;
}
/** The letters that open the gazetteer's first words, in lower case (`ust` for `Ust-Kamenogorsk`). */
export function placeLeads(lang: string): WordLookup {
  return placeTables(lang).leads;
}
/** Places by folded name (`west flanders` for `WEST FLANDERS`) for one language. */
export function gazetteer(lang: string): PlaceIndex {
  return placeTables(lang).index;
}

/** Derived from first-names.json: the names as written and in lower case, in sorted lines. */
export const firstNameFiles = { asWritten: "first-names.txt", lowerCase: "first-names-lower.txt" } as const;

export function buildFirstNameLines(names: readonly string[]): { asWritten: string; lowerCase: string } {
  const lines = (words: Iterable<string>) => SortedLines.write([...new Set(words)].map((w) => [w] as const));
  return { asWritten: lines(names), lowerCase: lines(names.map((n) => n.toLowerCase())) };
}

let firstNameLines: { asWritten: WordLookup; lowerCase: WordLookup } | undefined;
function firstNameTables(): { asWritten: WordLookup; lowerCase: WordLookup } {
  if (!firstNameLines) {
    let built: ReturnType<typeof buildFirstNameLines> | undefined;
    const build = () => (built ??= buildFirstNameLines(readData<string[]>("first-names.json")));
    firstNameLines = {
      asWritten: kept(new SortedLines(readDerived(firstNameFiles.asWritten, () => build().asWritten))),
      lowerCase: kept(new SortedLines(readDerived(firstNameFiles.lowerCase, () => build().lowerCase))),
    };
  }
  return firstNameLines;
}

/**
 * A lookup that keeps its answers. A long run asks about more words than the answers
 * kept (a new vocabulary with every document): then every word the lookup holds goes
 * into a Set, read once, which answers from there on at the cost of a hash.
 */
function memoized(lookup: WordLookup, words: () => Iterable<string>): WordLookup {
  let known = new Map<string, boolean>();
  let all: Set<string> | null = null;
  return {
    has(word) {
      if (all) return all.has(word);
      let answer = known.get(word);
      if (answer === undefined) {
        answer = lookup.has(word);
        if (known.size < MEMO_LIMIT) known.set(word, answer);
        else {
          all = new Set(words());
          known = new Map();
        }
      }
      return answer;
    },
  };
}

/** The words `hasFirstWord` answers yes to: one-word keys and the first word of the others. */
const firstWordsOf = (lines: SortedLines) => lines.keys().map((k) => (k.includes(" ") ? k.slice(0, k.indexOf(" ")) : k));
/** A sorted-lines lookup, kept. */
const kept = (lines: SortedLines) => memoized(lines, () => lines.keys());

/** First names from faker's locales (src/data/build-names.ts), exactly as written. */
export function isFirstName(word: string): boolean {
  return firstNameTables().asWritten.has(word);
}
/** The first names in lower case (`anna`), to look words up in. */
export function firstNamesLowerCase(): WordLookup {
  return firstNameTables().lowerCase;
}
