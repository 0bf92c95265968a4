// Rules try their pattern only where a match can begin (src/rule-starts.ts). These
// tests hold that to its promise: the same matches as a plain global scan of the
// pattern, for every rule of every language, on press-release sentences and on
// adversarial text; and time that stays linear in the text.
import { describe, expect, it } from "vitest";
import { LANGUAGE_PACKS } from "../src/lang/index.js";
import { runRule, type Candidate, type Groups, type Rule, type RuleContext } from "../src/rules.js";
import type { Lang } from "../src/schema.js";

/** The reference: the pattern scanned from the start, as runRule did before start plans. */
function scan<V>(rule: Rule<V>, ctx: RuleContext): Candidate<V>[] {
  const out: Candidate<V>[] = [];
  const re = new RegExp(rule.pattern.source, rule.pattern.flags);
  for (let m: RegExpExecArray | null; (m = re.exec(ctx.text)); ) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const groups = (m.groups ?? {}) as Groups;
    const value = rule.normalize(groups, ctx, m);
    if (value === null) continue;
    let start = m.index;
    let text = m[0];
    if (rule.spanGroup) {
      const g = groups[rule.spanGroup];
      if (!g) continue;
      start = m.index + m[0].indexOf(g);
      text = g;
    }
    const lead = text.length - text.trimStart().length;
    text = text.trim();
    if (!text) continue;
    start += lead;
    out.push({ start, end: start + text.length, text, value, rule: rule.id, priority: rule.priority ?? 0 });
  }
  return out;
}

const SENTENCES: Record<Lang, string[]> = {
  en: [
    "ASTANA, 3 March 2024 – More than 1,200 delegates from 40 countries met on Tuesday the 5th; exports rose by 12.5% to €3.4bn in Q1 2023.",
    "Between 2019 and 2021 the fund invested US$450 million (about two hundred and five million euros), and 1.5 tonnes were shipped last week.",
    "The agreement, signed by Minister Anna Berg of Kazakh Invest and the Flemish agency on 21/06/2017, covers 10-20 projects worth a couple of billion.",
    "«Trade grew 3-fold», he said at 10.30 in the 1990s; half a million tonnes; a dozen firms; -5 °C; 24/7 support; call +32 2 123 45 67.",
  ],
  nl: [
    "ASTANA, 3 maart 2024 – Ruim 1.200 ondernemers uit 40 landen kwamen dinsdag de 5de samen; de uitvoer steeg met 12,5% tot 3,4 miljard euro.",
    "Tussen 2019 en 2021 investeerde het fonds vijfentwintig miljoen euro, en volgend jaar komt er een half miljoen ton bij op 21 juni.",
    "Minister Jan de Vries van het Agentschap Innoveren en Ondernemen tekende de overeenkomst op 14/10/2013 met tweeëndertig bedrijven.",
    "«Tien procent», zei hij om 10.30 uur in de jaren negentig; drieëndertig firma's; -5 graden; begin januari; eind 2020; over twee weken.",
  ],
};

const ADVERSARIAL = [
  "1.2.3.4.5.6.7.8.9.0,".repeat(200),
  "Capital Word ".repeat(300),
  "more than meer dan ".repeat(200),
  "the of de van in op ".repeat(200),
  "é\u0301𝐀𝐁 12ş€$ ~- ".repeat(100),
  // astral characters among a release's words: only a rule that can begin at one reads their positions
  "Minister Anna Berg 😀 visited Astana on 3 March 2024 🎉 with €3.4bn 👍 for 1,200 firms 🇰🇿🇧🇪, 5 ton 𝟓 and «𝐀𝐁 NV». ".repeat(20),
];

for (const [lang, pack] of Object.entries(LANGUAGE_PACKS) as [Lang, (typeof LANGUAGE_PACKS)[Lang]][]) {
  describe(`${lang} rules start where a scan finds them`, () => {
    const texts = [...SENTENCES[lang], ...SENTENCES[lang].map((s) => s.toUpperCase()), ...ADVERSARIAL, SENTENCES[lang].join("\n\n")];
    for (const rule of Object.values(pack.rules).flat() as Rule<unknown>[]) {
      it(rule.id, () => {
        // the first runs of a pattern scan plainly, later runs use its start plan
        for (let round = 0; round < 3; round++) {
          for (const text of texts) {
            const ctx = { lang, text, anchor: "2013-02-12" };
            expect(runRule(rule, ctx)).toEqual(scan(rule, ctx));
          }
        }
      });
    }
  });
}

describe("start plans stay linear", () => {
  it("runs the date and figure rules over 8× the text in well under 40× the time", () => {
    const rules = [...LANGUAGE_PACKS.nl.rules.dates, ...LANGUAGE_PACKS.nl.rules.figures] as Rule<unknown>[];
    const base = "1.234.567 en 12 maart 2020, meer dan 5 miljoen euro. ".repeat(250);
    const time = (text: string) => {
      const t0 = performance.now();
      for (const r of rules) runRule(r, { lang: "nl", text, anchor: null });
      return performance.now() - t0;
    };
    for (let i = 0; i < 20; i++) time("12 maart 2020, meer dan 5 miljoen euro."); // plans are read after a few uses
    const small = Math.min(time(base), time(base));
    const large = Math.min(time(base.repeat(8)), time(base.repeat(8)));
    expect(large).toBeLessThan(Math.max(40 * small, 200));
  });
});
