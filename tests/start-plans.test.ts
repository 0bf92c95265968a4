// Start plans saved by the build (src/data/build-plans.ts) stand in for reading the
// patterns at run time: they must give the same matches as a plain scan, cover
// every rule that does not declare its starts, and never be taken for a pattern
// that has changed since the build.
import { describe, expect, it } from "vitest";
import { LANGUAGE_PACKS } from "../src/lang/index.js";
import { buildStartPlans } from "../src/data/build-plans.js";
import { declaresStarts, expectManyDocuments, startPlan, usePrebuiltPlans, type SavedPlans } from "../src/rule-starts.js";
import { runRule, type Rule } from "../src/rules.js";
import type { Lang } from "../src/schema.js";

// as the build writes them and a run reads them: through JSON
const saved = JSON.parse(JSON.stringify(buildStartPlans())) as Record<string, SavedPlans>;
usePrebuiltPlans((id) => saved[id.slice(0, id.indexOf("."))]?.[id]);

const rulesOf = (lang: Lang) => Object.values(LANGUAGE_PACKS[lang].rules).flat() as Rule<unknown>[];
/** The rule with a pattern of its own, so that no plan is cached for it yet. */
const fresh = <V>(rule: Rule<V>): Rule<V> => ({ ...rule, pattern: new RegExp(rule.pattern.source, rule.pattern.flags) });

const TEXTS: Record<Lang, string> = {
  en: "ASTANA, 3 March 2024 – Minister Anna Berg of the Ministry of Trade met Jan Peeters, CEO of Nordhaven Logistics NV, on Tuesday; exports rose by 12.5% to €3.4bn, between 10 and 20 projects, last week.",
  nl: "ANTWERPEN, 3 maart 2024 – Minister Jan de Vries van het Agentschap Innoveren en Ondernemen ontmoette op dinsdag 5 maart Sofie Claes van Nordhaven Logistiek bv; de uitvoer steeg met 12,5% tot 3,4 miljard euro, vorige week.",
};

describe("start plans saved by the build", () => {
  for (const lang of ["en", "nl"] as Lang[]) {
    it(`cover every ${lang} rule that reads its pattern`, () => {
      for (const rule of rulesOf(lang)) {
        const prefix = rule.id.slice(0, rule.id.indexOf("."));
        expect(Boolean(saved[prefix]?.[rule.id]), rule.id).toBe(!declaresStarts(rule.starts));
      }
    });

    it(`find what a scan finds (${lang}), from the second use on`, () => {
      for (const original of rulesOf(lang)) {
        const rule = fresh(original);
        // more than a kilobyte: a use on a shorter text counts only in part
        const ctx = { lang, text: Array(6).fill(TEXTS[lang]).join("\n\n"), anchor: "2024-03-03" };
        const scanned = runRule(rule, ctx); // the first use scans
        expect(runRule(rule, ctx), rule.id).toEqual(scanned);
        // and the second use ran on the saved plan, not on a scan waiting to read the pattern
        const savedRoot = saved[rule.id.slice(0, rule.id.indexOf("."))]?.[rule.id]?.[0].r;
        if (savedRoot) expect(startPlan(rule.pattern, rule.starts, rule.id).root, rule.id).not.toBeNull();
      }
    });

    it(`are taken from the first use in a run of many documents, with what a scan finds (${lang})`, () => {
      const ctx = { lang, text: Array(6).fill(TEXTS[lang]).join("\n\n"), anchor: "2024-03-03" };
      const scans = rulesOf(lang).map((r) => runRule(fresh(r), ctx));
      expectManyDocuments();
      try {
        rulesOf(lang).forEach((original, i) => {
          const rule = fresh(original);
          const savedRoot = saved[rule.id.slice(0, rule.id.indexOf("."))]?.[rule.id]?.[0].r;
          if (savedRoot) expect(startPlan(rule.pattern, rule.starts, rule.id, ctx.text).root, rule.id).not.toBeNull();
          expect(runRule(rule, ctx), rule.id).toEqual(scans[i]);
        });
      } finally {
        expectManyDocuments(false);
      }
    });
  }

  it("are not taken for a pattern that changed since the build", () => {
    const rule = rulesOf("en").find((r) => !declaresStarts(r.starts) && saved.en[r.id]?.[0].r)!;
    const changed = new RegExp(`${rule.pattern.source}(?:)`, rule.pattern.flags);
    startPlan(changed, rule.starts, rule.id);
    // uses on short texts count in part
    const short = new RegExp(rule.pattern.source, rule.pattern.flags);
    const texts = ["a", "b", "c", "d", "e"].map((c) => c.repeat(256));
    for (const text of texts.slice(0, 4)) {
      expect(startPlan(short, rule.starts, rule.id, text).root).toBeNull();
      // and a second use on the same text does not count
      expect(startPlan(short, rule.starts, rule.id, text).root).toBeNull();
    }
    expect(startPlan(short, rule.starts, rule.id, texts[4]).root).not.toBeNull();
    // not read yet: the pattern is still scanned (no root), where the saved plan would have given one
    expect(startPlan(changed, rule.starts, rule.id).root).toBeNull();
    const same = new RegExp(rule.pattern.source, rule.pattern.flags);
    startPlan(same, rule.starts, rule.id);
    expect(startPlan(same, rule.starts, rule.id).root).not.toBeNull();
  });
});
