// Organisations: legal forms, institutional patterns, quoted names and acronyms,
// clustered per referent, with acronyms joined to the long form the text pairs them with.
import type { OrganisationT } from "../schema.js";
import { runRules } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { foldKey, fullestForm } from "./fold.js";

export type OrganisationCandidate = Pick<OrganisationT, "name" | "kind"> & {
  /** a short form the same match gives (`RVO` in `Rijksdienst voor Ondernemend Nederland (RVO)`) */
  alias?: string;
};
export interface OrganisationItem extends Pick<OrganisationT, "name" | "kind" | "aliases"> {
  mentions: RawSpan[];
}

export function extractOrganisations(doc: Doc): OrganisationItem[] {
  const clusters: { keys: Set<string>; forms: string[]; kind: OrganisationT["kind"]; mentions: RawSpan[] }[] = [];
  for (const c of runRules(doc.pack.rules.organisations, ruleContext(doc))) {
    const keys = [foldKey(c.value.name), ...(c.value.alias ? [foldKey(c.value.alias)] : [])];
    let cluster = clusters.find((k) => keys.some((key) => k.keys.has(key)));
    if (!cluster) {
      cluster = { keys: new Set(), forms: [], kind: c.value.kind, mentions: [] };
      clusters.push(cluster);
    }
    for (const k of keys) cluster.keys.add(k);
    cluster.forms.push(c.value.name, ...(c.value.alias ? [c.value.alias] : []));
    if (cluster.kind === "other") cluster.kind = c.value.kind;
    cluster.mentions.push(spanOf(doc, c.start, c.end, c.rule));
  }
  return clusters.map((k) => {
    const name = fullestForm(k.forms);
    const aliases = [...new Set(k.forms.filter((f) => f !== name))];
    return { name, kind: k.kind, aliases, mentions: k.mentions };
  });
}
