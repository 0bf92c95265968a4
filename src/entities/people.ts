// People: names marked by titles, roles, appositions, speech verbs and first names,
// clustered so that surname-only and initial forms join the full name, with the
// organisation a role names linked by its name in `organisations`.
import type { PersonT } from "../schema.js";
import { resolveOverlaps, runRule, type Candidate } from "../rules.js";
import { containment, Coverage, firstWord, ruleContext, spanOf, wordStarts, type Doc, type RawSpan } from "../document.js";
import { foldKey } from "./fold.js";
import type { OrganisationItem } from "./organisations.js";
import { rx } from "../text/classes.js";
import { inFurniture } from "../text/furniture.js";

export interface PersonCandidate {
  name: string;
  role: string | null;
  /** a surname alone, kept only when it joins a full name found elsewhere */
  weak?: boolean;
  /** the name's span when it lies outside the rule's match (after a role head) */
  at?: { start: number; end: number };
}
export interface PersonItem extends Pick<PersonT, "name" | "roles" | "organisation"> {
  mentions: RawSpan[];
}

interface Merged {
  name: string;
  roles: string[];
  weak: boolean;
}

const words = (name: string) => foldKey(name).split(" ").filter(Boolean);
/** `M. Peeters`, `Peeters`, `Van Damme`: a form that stands for a fuller name */
const isShortForm = (name: string) => rx.u`^\p{Lu}\.(?:\s?-?\p{Lu}\.)?\s?\S`.test(name) || !/\s/.test(name.trim()) || /^(?:[Vv]an|[Dd]e|[Vv]ander|[Dd]en|[Tt]er?)(?:\s(?:der|den|de))?\s\S+$/u.test(name);

/** The short form is the full name's surname, with a matching initial if it has one. */
function standsFor(short: string, full: string): boolean {
  const s = words(short);
  const f = words(full);
  const initial = rx.u`^(\p{Lu})\.`.exec(short);
  const surname = initial ? s.slice(1) : s;
  if (!surname.length || surname.length >= f.length) return false;
  if (initial && f[0][0] !== initial[1].toLowerCase()) return false;
  return surname.join(" ") === f.slice(f.length - surname.length).join(" ");
}

export function extractPeople(doc: Doc, organisations: readonly OrganisationItem[] = []): PersonItem[] {
  const ctx = ruleContext(doc);
  const orgSpans = organisations.flatMap((o) => o.mentions);
  const inOrganisation = containment(orgSpans);
  // every rule's candidates; several rules finding the same span pool their roles
  const bySpan = new Map<string, Candidate<Merged>>();
  // a name in the site's menus, lists of other pages or footer is no person of the article (text/furniture.ts)
  const furniture = inFurniture(doc.text);
  for (const rule of doc.pack.rules.people) {
    for (const found of runRule(rule, ctx)) {
      const at = found.value.at;
      const c = at ? { ...found, start: at.start, end: at.end, text: doc.text.slice(at.start, at.end) } : found;
      if (inOrganisation(c.start, c.end) || furniture(c.start)) continue;
      const key = `${c.start}:${c.end}`;
      const known = bySpan.get(key);
      if (!known) {
        bySpan.set(key, { ...c, value: { name: c.value.name, roles: c.value.role ? [c.value.role] : [], weak: c.value.weak ?? false } });
        continue;
      }
      if (c.value.role && !known.value.roles.includes(c.value.role)) known.value.roles.push(c.value.role);
      known.value.weak &&= c.value.weak ?? false;
      if (c.priority > known.priority) Object.assign(known, { rule: c.rule, priority: c.priority });
    }
  }
  const candidates = resolveOverlaps([...bySpan.values()]);

  const people: PersonItem[] = [];
  // the people so far by name and by last word (a short form ends in the surname it stands for):
  // a text naming thousands of people stays linear, where each name searched them all
  const byKey = new Map<string, PersonItem>();
  const byLastWord = new Map<string, PersonItem[]>();
  // full names first, so that short forms find the person they stand for
  const ordered = [...candidates].sort((a, b) => Number(isShortForm(a.value.name)) - Number(isShortForm(b.value.name)) || a.start - b.start);
  for (const c of ordered) {
    const key = foldKey(c.value.name);
    const short = isShortForm(c.value.name);
    const same = byKey.get(key);
    const matches = short ? (byLastWord.get(words(c.value.name).at(-1) ?? "") ?? []).filter((p) => p === same || standsFor(c.value.name, p.name)) : [];
    if (same && !matches.includes(same)) matches.push(same);
    // a surname two people share is left alone rather than given to the wrong one
    const person = matches.length === 1 ? matches[0] : matches.find((p) => foldKey(p.name) === key);
    if (!person && c.value.weak) continue;
    const mention = spanOf(doc, c.start, c.end, c.rule);
    if (person) {
      person.mentions.push(mention);
      for (const r of c.value.roles) if (!person.roles.includes(r)) person.roles.push(r);
    } else {
      const person = { name: c.value.name, roles: [...c.value.roles], organisation: null, mentions: [mention] };
      people.push(person);
      byKey.set(key, person);
      const last = words(c.value.name).at(-1) ?? "";
      byLastWord.set(last, [...(byLastWord.get(last) ?? []), person]);
    }
  }
  addSurnameMentions(doc, people, orgSpans);
  const organisationOf = organisationsByForm(organisations);
  for (const p of people) {
    p.mentions = p.mentions.filter((m) => !furniture(m.start)).sort((a, b) => a.start - b.start);
    // most specific role first: the longest phrase
    p.roles.sort((a, b) => b.length - a.length);
    p.organisation = organisationOf(p.roles);
  }
  // `Jan De Nul` beside `Jan De Nul Group`: a name without a role that opens an organisation's name is that organisation
  const opening = new Set<string>();
  for (const o of organisations) {
    const k = foldKey(o.name);
    for (let at = k.indexOf(" "); at >= 0; at = k.indexOf(" ", at + 1)) opening.add(k.slice(0, at));
  }
  return people
    .filter((p) => p.roles.length > 0 || !opening.has(foldKey(p.name)))
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/**
 * The organisation a role names (`CEO of Delta NV` → `Delta NV`), by any of its forms; the longest
 * wins, then the earlier role, then the organisation named first. The forms are kept by their folded
 * words, and a role's runs of words looked up: a text naming thousands of organisations stays linear.
 */
function organisationsByForm(organisations: readonly OrganisationItem[]): (roles: readonly string[]) => string | null {
  const byForm = new Map<string, number>();
  let longest = 0;
  for (const [i, o] of organisations.entries()) {
    // the name, its other forms, and its leading words (`Delta East` for `Delta East Chamber of Commerce`)
    const words = o.name.split(/\s+/);
    const leading = words.slice(0, -1).map((_, k) => words.slice(0, k + 1).join(" ")).filter((p) => p.includes(" "));
    for (const form of [o.name, ...o.aliases, ...leading]) {
      const f = foldKey(form);
      if (!f || byForm.has(f)) continue;
      byForm.set(f, i);
      longest = Math.max(longest, f.split(" ").length);
    }
  }
  return (roles) => {
    let best: { org: number; length: number } | null = null;
    for (const role of roles) {
      const w = foldKey(role).split(" ");
      let here: { org: number; length: number } | null = null;
      for (let from = 0; from < w.length; from++) {
        for (let to = from + 1; to <= Math.min(w.length, from + longest); to++) {
          const f = w.slice(from, to).join(" ");
          const org = byForm.get(f);
          if (org !== undefined && (!here || f.length > here.length || (f.length === here.length && org < here.org))) here = { org, length: f.length };
        }
      }
      if (here && (!best || here.length > best.length)) best = here;
    }
    return best ? organisations[best.org].name : null;
  };
}

const WORD_CHAR = rx.u`[\p{L}\p{N}]`;
/** an initial right before a surname, not inside a word (the 4 characters before it) */
const INITIAL_BEFORE = rx.u`\p{Lu}\.\s?$`;
const SPACE_CHAR = /\s/u;

/**
 * Where `words` (one space between words) stands in the text as a whole word, any
 * run of spaces between its words, left to right without overlaps. A literal
 * check where the first word stands (`wordStarts`): a pattern made per name and
 * document cost more than the rest of people, a search of the text per name made
 * a text of thousands of names quadratic.
 */
function occurrences(text: string, words: string): [number, number][] {
  const [first, ...rest] = words.split(" ");
  const out: [number, number][] = [];
  let next = 0;
  for (const i of wordStarts(text).get(firstWord(first)) ?? []) {
    if (i < next || !text.startsWith(first, i)) continue;
    let end = i + first.length;
    for (const w of rest) {
      let s = end;
      while (s < text.length && SPACE_CHAR.test(text[s])) s++;
      end = s > end && text.startsWith(w, s) ? s + w.length : -1;
      if (end < 0) break;
    }
    if (end < 0 || (end < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(end)!)))) continue;
    out.push([i, end]);
    next = end;
  }
  return out;
}

/**
 * Later mentions by surname alone (`Decaluwé stressed`, `ontmoette M. Peeters`) that no
 * rule marked: every other occurrence of a person's surname, with its initial if any,
 * joins that person, unless it lies inside another mention or two people share it.
 */
function addSurnameMentions(doc: Doc, people: PersonItem[], blocked: readonly RawSpan[]): void {
  const taken = new Coverage(doc.text.length, [...blocked, ...people.flatMap((p) => p.mentions)]);
  const surnames = new Map<string, PersonItem[]>();
  for (const p of people) {
    const parts = p.name.split(/\s+/).filter((w) => !rx.u`^\p{Lu}\.$`.test(w));
    if (parts.length < 2) continue;
    const surname = parts.slice(1).join(" ");
    surnames.set(surname, [...(surnames.get(surname) ?? []), p]);
  }
  for (const [surname, owners] of surnames) {
    if (owners.length !== 1 || !rx.u`^\p{Lu}`.test(surname)) continue;
    for (const [found, end] of occurrences(doc.text, surname)) {
      let start = found;
      if (start > 0 && WORD_CHAR.test(doc.text[start - 1])) continue;
      // with its initial: `M. Peeters`, `M.Peeters`
      const initial = INITIAL_BEFORE.exec(doc.text.slice(Math.max(0, start - 3), start));
      const before = initial ? start - initial[0].length - 1 : -1;
      if (initial && (before < 0 || !WORD_CHAR.test(doc.text[before]))) start -= initial[0].length;
      if (taken.overlaps(start, end)) continue;
      const mention = spanOf(doc, start, end, `${doc.lang}.person.surname`);
      owners[0].mentions.push(mention);
      taken.add(mention);
    }
  }
}
