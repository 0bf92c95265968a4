// The dev-set metric of fixtures/gold/README.md (the same as ../shared/eval/score.mjs):
// P/R/F1 per field, each gold item matched once, optional items neither rewarded nor penalised.
import type { DocumentRecordT } from "../schema.js";

/** The contract's fields: macro F1 is over these, as ../shared/eval/score.mjs computes it. */
export const CONTRACT_FIELDS = ["people", "organisations", "places", "dates", "figures", "agreements"] as const;
/** Every field scored: the contract's, then `events` (beyond the contract, gold in fixtures/gold only). */
export const FIELDS = [...CONTRACT_FIELDS, "events"] as const;
export type Field = (typeof FIELDS)[number];

interface GoldItem {
  names?: string[];
  role?: string;
  value?: string | number;
  until?: string;
  unit?: string | null;
  cue?: string;
  optional?: boolean;
}
export interface Gold {
  doc: string;
  language: string;
  published?: string | null;
  [field: string]: unknown;
}
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  fields: Record<Field, Counts & { p: number; r: number; f1: number }>;
  macroF1: number;
  roleAccuracy: number | null;
  publishedAccuracy: number | null;
  languageAccuracy: number | null;
  misses: string[];
}

export const fold = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

type Pred = Record<string, unknown>;
const entity = (p: Pred, g: GoldItem) => (g.names ?? []).some((n) => fold(n) === fold(p.name));
const numEq = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
const sameDate = (p: unknown, g: unknown) =>
  p === g || (typeof p === "string" && typeof g === "string" && p.startsWith("XXXX") && p.slice(4) === g.slice(4));
const MATCHERS: Record<Field, (p: Pred, g: GoldItem) => boolean> = {
  people: entity,
  organisations: entity,
  places: entity,
  dates: (p, g) => sameDate(p.value, g.value) && (!!g.optional || (p.until ?? null) === (g.until ?? null)),
  figures: (p, g) => numEq(p.value, g.value) && (!!g.optional || (p.unit ?? null) === (g.unit ?? null)),
  agreements: (p, g) => fold(p.text).includes(fold(g.cue)),
  events: (p, g) => fold(p.text).includes(fold(g.cue)),
};

export function score(golds: Gold[], records: Map<string, DocumentRecordT>): Score {
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
  let roleHit = 0, roleAll = 0, pubHit = 0, pubAll = 0, langHit = 0;
  const misses: string[] = [];
  for (const gold of golds) {
    const rec = records.get(gold.doc) as unknown as Record<string, unknown> | undefined;
    if (rec?.language === gold.language) langHit++;
    if ("published" in gold) {
      pubAll++;
      if ((rec?.published ?? null) === gold.published) pubHit++;
    }
    for (const field of FIELDS) {
      const items = (gold[field] as GoldItem[] | undefined) ?? [];
      const used = items.map(() => false);
      const preds = ((rec?.[field] as Pred[] | undefined) ?? []).filter((p) => field !== "dates" || p.value != null);
      for (const p of preds) {
        let k = items.findIndex((g, i) => !used[i] && !g.optional && MATCHERS[field](p, g));
        if (k < 0) k = items.findIndex((g, i) => !used[i] && g.optional && MATCHERS[field](p, g));
        if (k < 0) {
          totals[field].fp++;
          misses.push(`${gold.doc} ${field} FP ${describe(p)}`);
          continue;
        }
        used[k] = true;
        if (items[k].optional) continue;
        totals[field].tp++;
        const role = items[k].role;
        if (field === "people" && role) {
          roleAll++;
          const roles = ((p.roles as string[]) ?? []).join(" | ").toLowerCase();
          if (roles.includes(role.toLowerCase())) roleHit++;
          else misses.push(`${gold.doc} people ROLE ${p.name}: want "${role}" got [${((p.roles as string[]) ?? []).join("; ")}]`);
        }
      }
      items.forEach((g, i) => {
        if (!used[i] && !g.optional) {
          totals[field].fn++;
          misses.push(`${gold.doc} ${field} FN ${describe(g as Pred)}`);
        }
      });
    }
  }
  const prf = ({ tp, fp, fn }: Counts) => {
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const fields = Object.fromEntries(FIELDS.map((f) => [f, prf(totals[f])])) as Score["fields"];
  return {
    fields,
    macroF1: CONTRACT_FIELDS.reduce((s, f) => s + fields[f].f1, 0) / CONTRACT_FIELDS.length,
    roleAccuracy: roleAll ? roleHit / roleAll : null,
    publishedAccuracy: pubAll ? pubHit / pubAll : null,
    languageAccuracy: golds.length ? langHit / golds.length : null,
    misses,
  };
}

function describe(x: Pred): string {
  if (x.name ?? x.names) return String(x.name ?? (x.names as string[])[0]);
  if (x.cue) return String(x.cue);
  const until = x.until ? `/${x.until}` : "";
  const unit = "unit" in x ? ` ${x.unit ?? ""}` : "";
  return `${x.value}${until}${unit}${x.text ? ` "${x.text}"` : ""}`;
}
