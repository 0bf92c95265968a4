// People: names marked by titles, roles, appositions and name shape, clustered so
// that surname-only and initial forms join the full name.
import type { PersonT } from "../schema.js";
import { runRules } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { foldKey } from "./fold.js";

export interface PersonCandidate {
  name: string;
  role: string | null;
}
export interface PersonItem extends Pick<PersonT, "name" | "roles" | "organisation"> {
  mentions: RawSpan[];
}

const surname = (name: string) => foldKey(name).split(" ").slice(-1)[0];
const isShortForm = (name: string) => !/\s/.test(name.trim()) || /^\p{Lu}\.\s?\S/u.test(name);

export function extractPeople(doc: Doc): PersonItem[] {
  const candidates = runRules(doc.pack.rules.people, ruleContext(doc));
  const people: PersonItem[] = [];
  // full names first, so that short forms find the person they stand for
  const ordered = [...candidates].sort((a, b) => Number(isShortForm(a.value.name)) - Number(isShortForm(b.value.name)));
  for (const c of ordered) {
    const key = foldKey(c.value.name);
    const short = isShortForm(c.value.name);
    const person =
      people.find((p) => foldKey(p.name) === key) ??
      (short ? people.find((p) => surname(p.name) === surname(c.value.name)) : undefined);
    const mention = spanOf(doc, c.start, c.end, c.rule);
    if (person) {
      person.mentions.push(mention);
      if (c.value.role && !person.roles.includes(c.value.role)) person.roles.push(c.value.role);
    } else {
      people.push({ name: c.value.name, roles: c.value.role ? [c.value.role] : [], organisation: null, mentions: [mention] });
    }
  }
  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    // most specific role first: the longest phrase
    p.roles.sort((a, b) => b.length - a.length);
  }
  return people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
