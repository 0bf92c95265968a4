// Places: gazetteer matches clustered per referent.
import type { PlaceT } from "../schema.js";
import { resolveOverlaps, runRule } from "../rules.js";
import { containment, ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { foldKey, isAllCaps } from "./fold.js";
import { rx } from "../text/classes.js";
import { inFurniture } from "../text/furniture.js";

export type PlaceCandidate = Pick<PlaceT, "name" | "kind" | "country"> & {
  /** the place's span when it reaches beyond the rule's match (a name of several words) */
  at?: { start: number; end: number };
};
export interface PlaceItem extends Pick<PlaceT, "name" | "kind" | "country"> {
  mentions: RawSpan[];
}

/** `in`, the link of an organisation to its seat in both languages (`Embassy of the Netherlands in Astana`, `ambassade in Astana`) */
const SEAT_LINK = /[^\S\n]in[^\S\n]+$/u;

export function extractPlaces(doc: Doc, taken: readonly RawSpan[]): PlaceItem[] {
  // a place that closes an organisation's name after `in` is its seat, and a place of the text too
  const isSeat = (t: RawSpan, s: number, e: number) => e === t.end && SEAT_LINK.test(doc.text.slice(t.start, s));
  const claimed = containment(taken);
  const inside = (s: number, e: number) => claimed(s, e, (t) => !isSeat(t, s, e));
  const byKey = new Map<string, PlaceItem>();
  // places named so far only in capitals: a later mention as written gives the name
  const fromShout = new Set<PlaceItem>();
  const ctx = ruleContext(doc);
  const found = doc.pack.rules.places.flatMap((r) => runRule(r, ctx));
  const spans = found.map((c) => (c.value.at ? { ...c, start: c.value.at.start, end: c.value.at.end, text: doc.text.slice(c.value.at.start, c.value.at.end) } : c));
  // a town in a menu, a list of other pages or an address in the footer is no place of the article (text/furniture.ts)
  const furniture = inFurniture(doc.text);
  for (const c of resolveOverlaps(spans)) {
    if (inside(c.start, c.end) || furniture(c.start)) continue;
    const key = foldKey(c.value.name);
    const mention = spanOf(doc, c.start, c.end, c.rule);
    const known = byKey.get(key);
    // a country by its common name (`Kazakhstan` for `Republic of Kazakhstan`); others as written, and a shouted
    // form (`BRUSSEL`, `DEN HAAG`) in the document's own spelling (`Brussel`), not the gazetteer's (`Brussels`)
    const shouted = isAllCaps(c.text);
    const written = c.value.kind === "country" ? c.value.name : shouted ? unshout(c.text, c.value.name) : c.text;
    if (!known) byKey.set(key, { name: written, kind: c.value.kind, country: c.value.country, mentions: [mention] });
    else {
      known.mentions.push(mention);
      if (fromShout.has(known) && !shouted) known.name = written;
    }
    if (shouted && !known) fromShout.add(byKey.get(key)!);
    else if (!shouted && known) fromShout.delete(known);
  }
  return [...byKey.values()];
}

/** `DEN HAAG` → `Den Haag`: the gazetteer's form when it is the same name, else each word capitalised as written. */
function unshout(text: string, canonical: string): string {
  if (foldKey(text) === foldKey(canonical)) return canonical;
  return text.toLowerCase().replace(rx.gu`(^|[\s-])(\p{Ll})`, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
