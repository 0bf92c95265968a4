// Generated data (src/data/build*.ts), read on first use so that start-up stays fast.
// The JSON sits in data/ beside the compiled code (dist/data) or the sources (src/data);
// the bundled CLI (dist/bin, build-bundle.ts) finds it one level up.
// The gazetteer is read through a per-language index prebuilt by the build
// (`gazetteer-<lang>.json`: every lookup key already folded), because folding
// every name at start-up cost more than extracting a whole document; where the
// index is absent (the sources run directly, as in the tests) it is built here,
// by the same function.
import fs from "node:fs";
import type { PlaceCandidate } from "../../entities/places.js";
import { foldKey } from "../../entities/fold.js";

let dataDir: URL | undefined;
function dataFile(file: string): URL {
  dataDir ??= [new URL("../../data/", import.meta.url), new URL("../data/", import.meta.url)].find((d) => fs.existsSync(d)) ?? new URL("../../data/", import.meta.url);
  return new URL(file, dataDir);
}
const cache = new Map<string, unknown>();
function readData<T>(file: string): T {
  let value = cache.get(file) as T | undefined;
  if (value === undefined) {
    value = JSON.parse(fs.readFileSync(dataFile(file), "utf8")) as T;
    cache.set(file, value);
  }
  return value;
}

export interface GazetteerEntry extends PlaceCandidate {
  /** 0: a name to take anywhere; 1: a small town, taken only after a locative cue */
  rank: number;
}

/** The lookup key of a written name: lower case, one apostrophe, single spaces (`WEST FLANDERS` → `west flanders`, `Xi’an` → `xi'an`). */
export const placeKey = (s: string) => (s.includes("’") ? s.replace(/’/g, "'") : s).toLowerCase().replace(/\s+/g, " ");

/** gazetteer.json: per language ("*": both), name → "kind|country|rank[|canonical]" */
export type GazetteerData = Record<string, Record<string, string>>;

/**
 * One language's lookup index, as the build writes it: key → "name|kind|country|rank"
 * for every key a name is found under (as written, and folded: `liege` for `Liège`),
 * and the first words of the keys.
 */
export interface GazetteerIndexData {
  entries: Record<string, string>;
  firstWords: string[];
}

export const gazetteerIndexFile = (lang: string) => `gazetteer-${lang}.json`;

/** The index of one language from the gazetteer: the shared names first, the language's own names win. */
export function buildGazetteerIndex(data: GazetteerData, lang: string): GazetteerIndexData {
  const entries = new Map<string, string>();
  // a key's strength: a name as written over one without its accents, a strong entry over a weak one
  const strength = new Map<string, number>();
  const starts = new Set<string>();
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
        starts.add(key.split(" ")[0]);
      }
    }
  }
  return { entries: Object.fromEntries(entries), firstWords: [...starts] };
}

/** Places by folded name; only `get` is needed, and entries are unpacked when first asked for. */
export interface PlaceIndex {
  get(key: string): GazetteerEntry | undefined;
}

class PackedPlaceIndex implements PlaceIndex {
  private readonly unpacked = new Map<string, GazetteerEntry>();
  constructor(private readonly packed: Record<string, string>) {}
  get(key: string): GazetteerEntry | undefined {
    let entry = this.unpacked.get(key);
    if (entry === undefined) {
      // an own key only: the index is a plain object, and `constructor` is no place
      if (!Object.hasOwn(this.packed, key)) return undefined;
      const [name, kind, country, rank] = this.packed[key].split("|");
      entry = { name, kind: kind as PlaceCandidate["kind"], country: country || null, rank: Number(rank) };
      this.unpacked.set(key, entry);
    }
    return entry;
  }
}

const gazetteers = new Map<string, PlaceIndex>();
const firstWords = new Map<string, Set<string>>();
function loadGazetteer(lang: string): void {
  const file = gazetteerIndexFile(lang);
  const index = fs.existsSync(dataFile(file))
    ? readData<GazetteerIndexData>(file)
    : buildGazetteerIndex(readData<GazetteerData>("gazetteer.json"), lang);
  gazetteers.set(lang, new PackedPlaceIndex(index.entries));
  firstWords.set(lang, new Set(index.firstWords));
}

/** First words of the gazetteer's names: a run whose first word is not one needs no lookup. */
export function placeFirstWords(lang: string): Set<string> {
  if (!firstWords.has(lang)) loadGazetteer(lang);
  return firstWords.get(lang)!;
}
/** Places by folded name (`west flanders` for `WEST FLANDERS`) for one language. */
export function gazetteer(lang: string): PlaceIndex {
  if (!gazetteers.has(lang)) loadGazetteer(lang);
  return gazetteers.get(lang)!;
}

let firstNameSet: Set<string> | undefined;
/** First names from faker's locales (src/data/build-names.ts), exactly as written. */
export function isFirstName(word: string): boolean {
  return firstNames().has(word);
}
/** All the first names, exactly as written. */
export function firstNames(): ReadonlySet<string> {
  return (firstNameSet ??= new Set(readData<string[]>("first-names.json")));
}
