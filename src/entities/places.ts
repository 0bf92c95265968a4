// Places: gazetteer matches clustered per referent.
import type { PlaceT } from "../schema.js";
import { runRules } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { foldKey, isAllCaps } from "./fold.js";

export type PlaceCandidate = Pick<PlaceT, "name" | "kind" | "country">;
export interface PlaceItem extends PlaceCandidate {
  mentions: RawSpan[];
}

export function extractPlaces(doc: Doc, taken: readonly RawSpan[]): PlaceItem[] {
  const inside = (s: number, e: number) => taken.some((t) => t.start <= s && e <= t.end);
  const byKey = new Map<string, PlaceItem>();
  for (const c of runRules(doc.pack.rules.places, ruleContext(doc))) {
    if (inside(c.start, c.end)) continue;
    const key = foldKey(c.value.name);
    const mention = spanOf(doc, c.start, c.end, c.rule);
    const known = byKey.get(key);
    // a country by its common name (`Kazakhstan` for `Republic of Kazakhstan`); others as written
    const written = isAllCaps(c.text) || c.value.kind === "country" ? c.value.name : c.text;
    if (!known) byKey.set(key, { ...c.value, name: written, mentions: [mention] });
    else {
      known.mentions.push(mention);
      if (isAllCaps(known.name) && !isAllCaps(written)) known.name = written;
    }
  }
  return [...byKey.values()];
}
