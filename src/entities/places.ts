// Places: gazetteer matches clustered per referent.
import type { PlaceT } from "../schema.js";
import { resolveOverlaps, runRule } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { foldKey, isAllCaps } from "./fold.js";

export type PlaceCandidate = Pick<PlaceT, "name" | "kind" | "country"> & {
  /** the place's span when it reaches beyond the rule's match (a name of several words) */
  at?: { start: number; end: number };
};
export interface PlaceItem extends Pick<PlaceT, "name" | "kind" | "country"> {
  mentions: RawSpan[];
}

export function extractPlaces(doc: Doc, taken: readonly RawSpan[]): PlaceItem[] {
  const inside = (s: number, e: number) => taken.some((t) => t.start <= s && e <= t.end);
  const byKey = new Map<string, PlaceItem>();
  const ctx = ruleContext(doc);
  const found = doc.pack.rules.places.flatMap((r) => runRule(r, ctx));
  const spans = found.map((c) => (c.value.at ? { ...c, start: c.value.at.start, end: c.value.at.end, text: doc.text.slice(c.value.at.start, c.value.at.end) } : c));
  for (const c of resolveOverlaps(spans)) {
    if (inside(c.start, c.end)) continue;
    const key = foldKey(c.value.name);
    const mention = spanOf(doc, c.start, c.end, c.rule);
    const known = byKey.get(key);
    // a country by its common name (`Kazakhstan` for `Republic of Kazakhstan`); others as written
    const written = isAllCaps(c.text) || c.value.kind === "country" ? c.value.name : c.text;
    if (!known) byKey.set(key, { name: written, kind: c.value.kind, country: c.value.country, mentions: [mention] });
    else {
      known.mentions.push(mention);
      if (isAllCaps(known.name) && !isAllCaps(written)) known.name = written;
    }
  }
  return [...byKey.values()];
}
