// Regex sources that the rule builders derive from their inputs (a lexicon's trie,
// its caseless spelling, a pattern's compact classes) are pure functions of those
// inputs, and deriving them was a third of building the rules on a cold start (the
// tries alone ~25 ms of a run on one small file). The build records every output
// under its kind and its input's length and hash (src/data/build-plans.ts writes
// derived-sources.json beside the start plans), and a run looks it up before
// deriving it. An input the build never saw (another lexicon, the sources run
// directly as in the tests) is derived as before.

/** FNV-1a hash of a string's code units. */
export function sourceHash(source: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Recorded outputs by `kind:length:hash` of their inputs. */
export type DerivedSources = Record<string, string>;

let recorded: (key: string) => string | undefined = () => undefined;
let recording: DerivedSources | null = null;

/** Where the outputs the build recorded are found (src/lang/index.ts says; none by default). */
export function useDerivedSources(lookup: (key: string) => string | undefined): void {
  recorded = lookup;
}

/** From now on every output is derived afresh and kept in the object returned (for the build). */
export function recordDerivedSources(): DerivedSources {
  return (recording = {});
}

/** `derive(input)`, or what the build recorded for the same kind and input. */
export function derived(kind: string, input: string, derive: (input: string) => string): string {
  const key = `${kind}:${input.length}:${sourceHash(input)}`;
  if (!recording) return recorded(key) ?? derive(input);
  // an output derived on the way to another (the trie of a caseless lexicon) is not looked up when that one is found
  depth++;
  try {
    const out = derive(input);
    if (depth === 1) recording[key] = out;
    return out;
  } finally {
    depth--;
  }
}
let depth = 0;
