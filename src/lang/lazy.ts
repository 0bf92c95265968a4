// Rules are built on first use, not at module load: a run on English documents
// never builds the Dutch rules, and `--types dates` never builds the people rules.
// Building every rule of both languages at start-up cost more than the whole run
// of one small file.
import type { RuleSets } from "./types.js";

/** A builder that runs once, on its first call; later calls return the same value. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

export type RuleBuilders = { [K in keyof RuleSets]: () => RuleSets[K] };

/**
 * The rule sets of a language as an object whose properties build their rules on
 * first read (enumerable, so `Object.values(pack.rules)` still sees every type) and
 * then become plain data properties, so the per-document reads cost nothing.
 */
export function lazyRuleSets(builders: RuleBuilders): RuleSets {
  const sets = {} as RuleSets;
  for (const key of Object.keys(builders) as (keyof RuleSets)[]) {
    Object.defineProperty(sets, key, {
      enumerable: true,
      configurable: true,
      get() {
        const rules = builders[key]();
        Object.defineProperty(sets, key, { value: rules, enumerable: true, configurable: true, writable: true });
        return rules;
      },
    });
  }
  return sets;
}
