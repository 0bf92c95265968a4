// Generated data (src/data/build*.ts), read on first use so that start-up stays fast.
// The JSON sits in data/ beside the compiled code (dist/data) or the sources (src/data).
import fs from "node:fs";
import type { PlaceCandidate } from "../../entities/places.js";
import { foldKey } from "../../entities/fold.js";

const cache = new Map<string, unknown>();
function readData<T>(file: string): T {
  let value = cache.get(file) as T | undefined;
  if (value === undefined) {
    value = JSON.parse(fs.readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8")) as T;
    cache.set(file, value);
  }
  return value;
}

export interface GazetteerEntry extends PlaceCandidate {
  /** 0: a name to take anywhere; 1: a small town, taken only after a locative cue */
  rank: number;
}

/** The lookup key of a written name: lower case, single spaces (`WEST FLANDERS` → `west flanders`). */
export const placeKey = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

const gazetteers = new Map<string, Map<string, GazetteerEntry>>();
const firstWords = new Map<string, Set<string>>();
/** First words of the gazetteer's names: a run whose first word is not one needs no lookup. */
export function placeFirstWords(lang: string): Set<string> {
  gazetteer(lang);
  return firstWords.get(lang)!;
}
/** Places by folded name (`west flanders` for `WEST FLANDERS`) for one language. */
export function gazetteer(lang: string): Map<string, GazetteerEntry> {
  let index = gazetteers.get(lang);
  if (!index) {
    index = new Map();
    const starts = new Set<string>();
    const data = readData<Record<string, Record<string, string>>>("gazetteer.json");
    for (const source of ["*", lang]) {
      for (const [name, packed] of Object.entries(data[source] ?? {})) {
        const [kind, country, rank, canonical] = packed.split("|");
        const entry = { name: canonical || name, kind: kind as PlaceCandidate["kind"], country: country || null, rank: Number(rank) };
        // as written, and without accents (`Liege` for `Liège`)
        for (const key of new Set([placeKey(name), foldKey(name)])) {
          index.set(key, entry);
          starts.add(key.split(" ")[0]);
        }
      }
    }
    gazetteers.set(lang, index);
    firstWords.set(lang, starts);
  }
  return index;
}

let firstNameSet: Set<string> | undefined;
/** First names from faker's locales (src/data/build-names.ts), exactly as written. */
export function isFirstName(word: string): boolean {
  firstNameSet ??= new Set(readData<string[]>("first-names.json"));
  return firstNameSet.has(word);
}
