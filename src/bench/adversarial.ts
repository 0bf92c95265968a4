// Adversarial inputs for the rules (long digit runs, repeated titles, 30,000
// capitalised words, repeated `meer dan`, ...) and the time every rule of every
// language takes on them: used by tests/fuzz-rules.test.ts and the benchmark.
import { LANGUAGE_PACKS } from "../lang/index.js";
import { runRule, type Rule } from "../rules.js";

export function adversarial(size: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {

  digitRun: fill("1,234.567.890,12 "),
  digitsNoSpace: fill("1234,5678.9"),
  titles: fill("Minister Ambassador Mr Dr Z.E. burgemeester His Excellency "),
  capitalised: fill(Array.from({ length: 30_000 }, (_, i) => `Cap${String.fromCharCode(97 + (i % 26))}word`).join(" ") + " "),
  meerDan: fill("meer dan ongeveer more than about "),
  months: fill("March April 2021 - juni 12 tot en met "),
  dotsAndInitials: fill("A. B. C. D. "),
  };
}

/** Every rule of every language on every input, slowest first. */
export function timeRules(inputs: Record<string, string>): { id: string; input: string; ms: number }[] {
  const out: { id: string; input: string; ms: number }[] = [];
  for (const pack of Object.values(LANGUAGE_PACKS)) {
    for (const rules of Object.values(pack.rules) as Rule<unknown>[][]) {
      for (const rule of rules) {
        for (const [name, text] of Object.entries(inputs)) {
          const started = performance.now();
          runRule(rule, { lang: pack.lang, text, anchor: "2021-01-01" });
          out.push({ id: rule.id, input: name, ms: performance.now() - started });
        }
      }
    }
  }
  return out.sort((a, b) => b.ms - a.ms);
}

