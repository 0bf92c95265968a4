// Build step (after tsc): every rule's start plan read from its pattern
// (src/rule-starts.ts), saved as start-plans.json beside the other generated data,
// so that no run reads a pattern or scans while it waits to.
import { LANGUAGE_PACKS } from "../lang/index.js";
import { declaresStarts, savePlan, type SavedPlans } from "../rule-starts.js";
import type { Rule } from "../rules.js";

/** The plans by the first part of their rules' ids (`en`, `nl`, `common`): a run reads only its language's. */
export function buildStartPlans(): Record<string, SavedPlans> {
  const out: Record<string, SavedPlans> = {};
  for (const pack of Object.values(LANGUAGE_PACKS)) {
    for (const rules of Object.values(pack.rules)) {
      for (const rule of rules as Rule<unknown>[]) {
        if (declaresStarts(rule.starts)) continue;
        const plan = savePlan(rule.pattern);
        const list = ((out[rule.id.slice(0, rule.id.indexOf("."))] ??= {})[rule.id] ??= []);
        if (!list.some((p) => p.n === plan.n && p.h === plan.h)) list.push(plan);
      }
    }
  }
  return out;
}
