// The regex sources the build records (src/text/derived.ts) stand in for deriving
// them again at run time: rules built from the recorded outputs must have exactly
// the patterns of rules built afresh, and a recorded output must never be taken
// for another kind or another input.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Rule } from "../src/rules.js";
import type { Lang } from "../src/schema.js";

type Derived = typeof import("../src/text/derived.js");
type Packs = typeof import("../src/lang/index.js");

/** A fresh copy of the modules (their in-process caches empty), as a new run has them. */
async function freshRun(): Promise<{ derived: Derived; packs: Packs }> {
  vi.resetModules();
  return { derived: await import("../src/text/derived.js"), packs: await import("../src/lang/index.js") };
}

function patternsOf(packs: Packs): Map<string, string> {
  const out = new Map<string, string>();
  for (const lang of ["en", "nl"] as Lang[])
    for (const rule of Object.values(packs.LANGUAGE_PACKS[lang].rules).flat() as Rule<unknown>[]) out.set(`${lang} ${rule.id} ${out.size}`, `${rule.pattern.source}/${rule.pattern.flags}`);
  return out;
}

afterEach(() => vi.resetModules());

describe("regex sources recorded by the build", () => {
  it("build the same patterns as deriving them afresh, and are used for them", async () => {
    // the build: every source derived afresh, and recorded
    const build = await freshRun();
    const record = build.derived.recordDerivedSources();
    const fresh = patternsOf(build.packs);
    const kinds = new Set(Object.keys(record).map((k) => k.slice(0, k.indexOf(":"))));
    expect([...kinds].sort()).toEqual(["caseless", "compact", "trie"]);
    // a run: the recorded sources, as the build writes them (JSON)
    const saved = JSON.parse(JSON.stringify(record)) as Record<string, string>;
    const run = await freshRun();
    const used = new Set<string>();
    run.derived.useDerivedSources((key) => {
      used.add(key);
      return saved[key];
    });
    expect(patternsOf(run.packs)).toEqual(fresh);
    // every one was asked for, and nothing else
    expect([...used].sort()).toEqual(Object.keys(saved).sort());
  });

  it("are taken only for the same kind and the same input", async () => {
    const { derived } = await freshRun();
    const record = derived.recordDerivedSources();
    derived.derived("trie", "akim\u0000ambassador", () => "A(?:kim|mbassador)");
    const { derived: run } = await freshRun();
    run.useDerivedSources((key) => record[key]);
    const made: string[] = [];
    const derive = (input: string) => (made.push(input), `<${input}>`);
    expect(run.derived("trie", "akim\u0000ambassador", derive)).toBe("A(?:kim|mbassador)");
    expect(run.derived("caseless", "akim\u0000ambassador", derive)).toBe("<akim\u0000ambassador>");
    expect(run.derived("trie", "akim\u0000ambassadors", derive)).toBe("<akim\u0000ambassadors>");
    expect(made).toHaveLength(2);
  });

  it("keep only the outermost output of a derivation that derives others on the way", async () => {
    const { derived } = await freshRun();
    const record = derived.recordDerivedSources();
    const out = derived.derived("caseless", "mr\u0000ms", () => `[${derived.derived("trie", "mr\u0000ms", () => "m(?:r|s)")}]`);
    expect(out).toBe("[m(?:r|s)]");
    expect(Object.entries(record).map(([k, v]) => [k.slice(0, k.indexOf(":")), v])).toEqual([["caseless", "[m(?:r|s)]"]]);
  });
});
