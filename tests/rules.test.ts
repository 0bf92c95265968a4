// Every example and negative of every rule of every language, in one generic
// test, as Duckling runs its corpora: examples can never rot in a comment.
import { describe, expect, it } from "vitest";
import { LANGUAGE_PACKS } from "../src/lang/index.js";
import { runRule, type Rule } from "../src/rules.js";
import type { Lang } from "../src/schema.js";

const ANCHOR = "2013-02-12";

for (const [lang, pack] of Object.entries(LANGUAGE_PACKS)) {
  describe(`${lang} rules`, () => {
    for (const [type, rules] of Object.entries(pack.rules)) {
      for (const rule of rules as typeof pack.rules.dates) {
        const ctx = (text: string) => ({ lang: lang as Lang, text, anchor: ANCHOR });
        for (const ex of rule.examples) {
          it(`${type} ${rule.id}: ${JSON.stringify(ex.text)}`, () => {
            const found = runRule(rule, ctx(ex.text)).map((c) => c.value);
            expect(found.length, `no match in ${JSON.stringify(ex.text)}`).toBeGreaterThan(0);
            if (ex.expect !== true) expect(found).toContainEqual(expect.objectContaining(ex.expect));
          });
        }
        for (const neg of rule.negatives) {
          it(`${type} ${rule.id} rejects ${JSON.stringify(neg)}`, () => {
            expect(runRule(rule, ctx(neg))).toEqual([]);
          });
        }
      }
    }
  });
}

describe("rule ids", () => {
  it("are unique within a language and start with the language or common", () => {
    for (const [lang, pack] of Object.entries(LANGUAGE_PACKS)) {
      const ids = Object.values(pack.rules).flat().map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(new RegExp(`^(${lang}|common)\\.`));
    }
  });
});

describe("a pattern two rules share", () => {
  it("gives each rule the matches it would get alone, whatever the other's normalizer writes to its groups", () => {
    const pattern = /(?<![\p{L}])(?<a>\p{Lu}\p{Ll}+)\s+(?<b>\p{Lu}\p{Ll}+)/gu;
    const rule = (id: string, group: "a" | "b", p: RegExp): Rule<string> => ({
      id,
      pattern: p,
      starts: { wordTest: () => true },
      spanGroup: group,
      normalize: (g) => {
        const value = g[group]!;
        g.a = g.b = "changed"; // a normalizer may write to its groups (people rules do)
        return value;
      },
      examples: [],
      negatives: [],
    });
    const ctx = { lang: "en" as const, text: "Minister Anna Berg met Jan Peeters in Gent on Monday.", anchor: null };
    const alone = [rule("x.first", "a", new RegExp(pattern.source, pattern.flags)), rule("x.second", "b", new RegExp(pattern.source, pattern.flags))].map((r) => runRule(r, ctx));
    const pair = [rule("y.first", "a", pattern), rule("y.second", "b", pattern)];
    pair.forEach((r) => runRule(r, { ...ctx, text: "An earlier Text." })); // from here on the pattern is known to be shared
    const together = pair.map((r) => runRule(r, ctx));
    expect(together.map((c) => c.map((x) => x.value))).toEqual(alone.map((c) => c.map((x) => x.value)));
    expect(together.map((c) => c.map((x) => x.value))).toEqual([["Minister", "Jan"], ["Anna", "Peeters"]]);
  });
});
