// Organisations: legal forms, institutional patterns, quoted names and acronyms,
// clustered per referent: case variants (`VOKA`, `Voka`) and acronyms join the long
// form the text pairs them with (`… (RVO)`) or whose initials they are (`MFA`).
import type { OrganisationT } from "../schema.js";
import { resolveOverlaps, runRule, type Candidate } from "../rules.js";
import { Coverage, firstWord, ruleContext, spanOf, wordStarts, type Doc, type RawSpan } from "../document.js";
import { foldKey, fullestForm, isAllCaps } from "./fold.js";
import { rx } from "../text/classes.js";
import { inFurniture } from "../text/furniture.js";
import { gazetteer, isFirstName, placeKey } from "../lang/common/data.js";
import { LEGAL_FORMS } from "../lang/common/organisations-forms.js";

export type OrganisationCandidate = Pick<OrganisationT, "name" | "kind"> & {
  /** a short form the same match gives (`RVO` in `Rijksdienst voor Ondernemend Nederland (RVO)`) */
  alias?: string;
  /** the name's span when it lies outside the rule's match (before an apposition's comma) */
  at?: { start: number; end: number };
  /** a key the same referent is known by, never shown (`embassy of belgium@KZ` for the embassy in Astana and the one in Kazakhstan) */
  key?: string;
  /** the further names of a list the cue classes too (`companies such as A, B and C` → B, C) */
  listed?: { name: string; start: number; end: number; kind?: OrganisationT["kind"] }[];
};
export interface OrganisationItem extends Pick<OrganisationT, "name" | "kind" | "aliases"> {
  mentions: RawSpan[];
}

interface Cluster {
  keys: Set<string>;
  forms: string[];
  kind: OrganisationT["kind"];
  mentions: RawSpan[];
  /** a rule that classed the name found it (a cue, an apposition, a company role): one word of it may be looked for elsewhere */
  classed: boolean;
  rule: string;
}

/** the rule that finds a company by the legal form closing its name */
const LEGAL_FORM_RULE = /\.org\.legal-form$/;
/** rules that find a name by what the text says it is */
const CLASSING_RULE = /\.(?:cued|apposition|company-role|quoted)$/;

/** Initials of the capitalised words of each leading part of a long form: `Ministry of Foreign Affairs of X` → MFA, MFAX. */
function initialisms(name: string): string[] {
  const out: string[] = [];
  let acc = "";
  for (const w of name.split(/[\s-]+/)) {
    if (rx.u`^\p{Lu}`.test(w)) {
      acc += w[0];
      if (acc.length >= 2) out.push(acc.toLowerCase());
    }
  }
  return out;
}

export function extractOrganisations(doc: Doc): OrganisationItem[] {
  const clusters: Cluster[] = [];
  const ctx = ruleContext(doc);
  const found = doc.pack.rules.organisations.flatMap((r) => runRule(r, ctx)).flatMap((c) => [
    c,
    ...(c.value.listed ?? []).map((x) => ({ ...c, start: x.start, end: x.end, text: doc.text.slice(x.start, x.end), value: { name: x.name, kind: x.kind ?? c.value.kind } as OrganisationCandidate })),
  ]);
  // the site's menus, share lines, lists of other pages and footer name nothing of the article (text/furniture.ts); the holder
  // of the footer's copyright is kept for where the article names it too, and its own mention dropped below
  const furniture = inFurniture(doc.text);
  const candidates = resolveOverlaps(found.map((c) => (c.value.at ? { ...c, start: c.value.at.start, end: c.value.at.end, text: doc.text.slice(c.value.at.start, c.value.at.end) } : c))).filter((c) => !furniture(c.start) || c.rule.endsWith(".copyright-holder"));
  // long forms first, so that an acronym finds the long form it abbreviates wherever it stands
  const caps = new Map(candidates.map((c) => [c, isAllCaps(c.value.name)]));
  const ordered = [...candidates].sort((a, b) => Number(caps.get(a)) - Number(caps.get(b)) || a.start - b.start);
  // the clusters by key (the first made that has it) and by the acronyms their forms spell: a text
  // naming thousands of organisations stays linear, where each name searched all clusters
  const made = new Map<Cluster, number>();
  const byKey = new Map<string, Cluster>();
  const spelling = new Map<string, Set<Cluster>>();
  const addForm = (cluster: Cluster, form: string) => {
    cluster.forms.push(form);
    if (isAllCaps(form)) return;
    for (const acronym of initialisms(form)) {
      const set = spelling.get(acronym) ?? new Set();
      spelling.set(acronym, set.add(cluster));
    }
  };
  // an acronym in brackets right after a name is that body's, whatever its initials spell: a name translated, its
  // acronym not (`de Belgisch-Luxemburgse Kamer van Koophandel (BLCCK)`)
  const endingAt = new Map(candidates.map((c) => [c.end, c]));
  const clusterOf = new Map<Candidate<OrganisationCandidate>, Cluster>();
  const bracketOwner = (c: Candidate<OrganisationCandidate>) => {
    const open = /\([^\S\n]*$/u.exec(doc.text.slice(Math.max(0, c.start - 4), c.start));
    if (!open || !/^[^\S\n]*\)/u.test(doc.text.slice(c.end, c.end + 4))) return undefined;
    let end = c.start - open[0].length;
    while (end > 0 && (doc.text[end - 1] === " " || doc.text[end - 1] === "\u00A0")) end--;
    const owner = endingAt.get(end);
    return owner && clusterOf.get(owner);
  };
  for (const c of ordered) {
    const keys = [foldKey(c.value.name), ...(c.value.alias ? [foldKey(c.value.alias)] : []), ...(c.value.key ? [c.value.key] : [])];
    let cluster: Cluster | undefined;
    for (const key of keys) {
      const k = byKey.get(key);
      if (k && (!cluster || made.get(k)! < made.get(cluster)!)) cluster = k;
    }
    if (!cluster && caps.get(c) && !c.value.name.includes(" ")) {
      const matches = spelling.get(c.value.name.toLowerCase());
      if (matches?.size === 1) [cluster] = matches;
      else cluster = bracketOwner(c);
    }
    if (!cluster) {
      cluster = { keys: new Set(), forms: [], kind: c.value.kind, mentions: [], classed: false, rule: c.rule };
      made.set(cluster, clusters.length);
      clusters.push(cluster);
    }
    for (const k of keys) {
      cluster.keys.add(k);
      const first = byKey.get(k);
      if (!first || made.get(first)! > made.get(cluster)!) byKey.set(k, cluster);
    }
    addForm(cluster, c.value.name);
    if (c.value.alias) addForm(cluster, c.value.alias);
    if (cluster.kind === "other") cluster.kind = c.value.kind;
    cluster.mentions.push(spanOf(doc, c.start, c.end, c.rule));
    clusterOf.set(c, cluster);
    cluster.classed ||= CLASSING_RULE.test(c.rule);
  }
  joinQualifiedForms(clusters);
  const taken = new Coverage(doc.text.length, clusters.flatMap((k) => k.mentions));
  const words = wordStarts(doc.text);
  for (const k of clusters) addRecurrences(doc, k, taken, words);
  return clusters
    .map((k) => {
      const name = fullestForm(k.forms);
      const aliases = [...new Set(k.forms.filter((f) => f !== name))];
      k.mentions = k.mentions.filter((m) => !furniture(m.start)).sort((a, b) => a.start - b.start);
      return { name, kind: k.kind, aliases, mentions: k.mentions };
    })
    .filter((o) => o.mentions.length > 0)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/**
 * A name that begins another one joins it when only one does: `Confederatie Bouw`
 * and `Confederatie Bouw Limburg`, `Ministry of Foreign Affairs` and `Ministry of
 * Foreign Affairs of the Republic of X`; else a name that ends only one other
 * (`Rectors' Forum` and `Central Asia–Europe Rectors' Forum`). One word alone is too weak a key.
 */
function joinQualifiedForms(clusters: Cluster[]): void {
  // the clusters with a key that goes on after each run of whole words (`a b` of `a b c`), kept as
  // clusters join: a text naming thousands of organisations stays linear
  // and, as `qualified`, those with a key that ends in each run of whole words after its first (`b c` of `a b c`):
  // a name qualified before its head (`Rectors' Forum` of `the Central Asia–Europe Rectors' Forum`, `Port Authority`)
  const extending = new Map<string, Set<Cluster>>();
  const qualified = new Map<string, Set<Cluster>>();
  const index = (cluster: Cluster, key: string) => {
    for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) {
      const set = extending.get(key.slice(0, at)) ?? new Set();
      extending.set(key.slice(0, at), set.add(cluster));
      const tail = qualified.get(key.slice(at + 1)) ?? new Set();
      qualified.set(key.slice(at + 1), tail.add(cluster));
    }
  };
  for (const k of clusters) for (const key of k.keys) index(k, key);
  const joined = new Set<Cluster>();
  for (let i = clusters.length - 1; i >= 0; i--) {
    const short = clusters[i];
    const keys = [...short.keys].filter((k) => k.includes(" "));
    const longer = new Set<Cluster>();
    for (const s of keys) for (const k of extending.get(s) ?? []) if (k !== short && !joined.has(k)) longer.add(k);
    // a name qualified before it only when no name goes on after it
    if (!longer.size) for (const s of keys) for (const k of qualified.get(s) ?? []) if (k !== short && !joined.has(k)) longer.add(k);
    // one word is enough where it is a company's name without its legal form (`Veldwerk` of `Veldwerk U.A.`)
    if (!keys.length)
      for (const s of short.keys)
        for (const k of extending.get(s) ?? []) if (k !== short && !joined.has(k) && [...k.keys].some((key) => key.startsWith(`${s} `) && formKeys().has(key.slice(s.length + 1)))) longer.add(k);
    if (longer.size !== 1) continue;
    const [target] = longer;
    joined.add(short);
    for (const k of short.keys) {
      target.keys.add(k);
      index(target, k);
    }
    target.forms.push(...short.forms);
    target.mentions.push(...short.mentions);
    target.classed ||= short.classed;
    if (target.kind === "other") target.kind = short.kind;
    clusters.splice(i, 1);
  }
}

let formKeyCache: Set<string> | undefined;
/** the legal forms as the cluster keys fold them (`u a`, `nv`, `b v`) */
const formKeys = () => (formKeyCache ??= new Set(Object.keys(LEGAL_FORMS).map(foldKey)));

/** forms too weak to look for elsewhere: a head word alone is found by the rules where it names something */
const RECURRING_FORM = rx.u`^(?=.{3,60}$)[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:&\s+)?[\p{L}\d][\p{L}\d&'’.-]*){0,5}$`;

/**
 * A name once found by a cue (`the cooperative Delta Melk`, `Delta, a Kazakh company`) names
 * the same organisation wherever else the text writes it exactly so (`Delta Melk agreed …`),
 * where the rules have no cue to go by. Only forms of several words, or one word with a capital
 * inside or a legal form's company, are looked for: a plain capitalised word may be anything.
 */
function addRecurrences(doc: Doc, cluster: Cluster, taken: Coverage, words: Map<string, number[]>): void {
  const forms = new Set(cluster.forms);
  // a company found by its legal form is written without it later (`Meuse Valves SA` … `Meuse Valves signed`,
  // `Zwinmolen NV` … `Zwinmolen and …`): what is left, when it has two words or more, or is one word of some
  // length that names no place and no one's first name
  if (LEGAL_FORM_RULE.test(cluster.rule))
    for (const form of cluster.forms) {
      const short = form.replace(/,?\s+\S+$/u, "");
      if (!rx.u`^\p{Lu}`.test(short)) continue;
      if (/\s/.test(short) || (rx.u`^\p{Lu}\p{Ll}{3,}$`.test(short) && !gazetteer(doc.lang).get(placeKey(short)) && !isFirstName(short))) forms.add(short);
    }
  const shortLegal = new Set([...forms].filter((f) => !cluster.forms.includes(f)));
  for (const form of forms) {
    if (!RECURRING_FORM.test(form) || isAllCaps(form)) continue;
    if (!/\s/.test(form) && !rx.u`\p{Ll}\p{Lu}`.test(form) && !cluster.classed && !shortLegal.has(form)) continue;
    // where the text writes the form as whole words (its first word a whole run of letters and digits)
    let next = 0;
    for (const at of words.get(firstWord(form)) ?? []) {
      if (at < next || !doc.text.startsWith(form, at)) continue;
      const end = at + form.length;
      next = end;
      if (rx.u`[\p{L}\d]`.test(doc.text[at - 1] ?? "") || rx.u`[\p{L}\d]`.test(doc.text[end] ?? "")) continue;
      if (taken.overlaps(at, end)) continue;
      const mention = spanOf(doc, at, end, cluster.rule);
      cluster.mentions.push(mention);
      taken.add(mention);
    }
  }
}
