// Visits and meetings (beyond the contract): a cue (`visited`, `meeting with`,
// `ontmoeting met`, `missie naar`) makes an event of its sentence. Who took part
// comes from the names in the cue's clause: those before it (the subject, or, when
// the clause names nobody, the last actor the text named) and those after it up to
// where a new clause starts. The place is the most specific place the clause puts
// the event in (`in Lichtervelde`, `visited West Flanders`).
import type { EventT } from "../schema.js";
import { runRules } from "../rules.js";
import { firstFrom, ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { eventClauses, type EventClauses } from "../lang/common/events.js";
import { rx } from "../text/classes.js";

export type EventKindT = EventT["kind"];
export interface EventCandidate {
  kind: EventKindT;
  /** `destination`: a trip counts only with a place or organisation after it; `name`: a meeting verb only with a name after it */
  needs?: "destination" | "name";
}
export type EventItem = RawSpan & Omit<EventT, keyof RawSpan> & { cue?: string };

export interface NamedEntity {
  name: string;
  kind?: string;
  mentions: RawSpan[];
}

export interface Mention {
  name: string;
  type: "person" | "organisation" | "place";
  kind?: string;
  start: number;
  end: number;
}

const SPECIFIC: Record<string, number> = { city: 4, port: 4, region: 3, other: 2, country: 1 };

export function mentionsOf(people: readonly NamedEntity[], organisations: readonly NamedEntity[], places: readonly NamedEntity[]): Mention[] {
  const out: Mention[] = [];
  const add = (type: Mention["type"], list: readonly NamedEntity[]) => {
    for (const e of list) for (const m of e.mentions) out.push({ name: e.name, type, kind: e.kind, start: m.start, end: m.end });
  };
  add("person", people);
  add("organisation", organisations);
  add("place", places);
  return out.sort((a, b) => a.start - b.start);
}

/** Mentions lying inside from..to, by binary search: the drivers stay linear however many cues a text has. */
export function mentionsWithin(mentions: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstFrom(mentions, from); i < mentions.length && mentions[i].start < to; i++) if (mentions[i].end <= to) out.push(mentions[i]);
  return out;
}

const unique = (xs: string[]) => [...new Set(xs)];

export function extractEvents(
  doc: Doc,
  dates: readonly { start: number; value: string | null; grain: string | null }[],
  people: readonly NamedEntity[],
  organisations: readonly NamedEntity[],
  places: readonly NamedEntity[],
): EventItem[] {
  const rules = doc.pack.rules.events;
  if (!rules.length) return [];
  const br = eventClauses(doc.lang);
  const mentions = mentionsOf(people, organisations, places);
  const orgs = mentions.filter((m) => m.type === "organisation");
  // an organisation mention is short: one starting up to 200 chars before the cue is the only kind that can cover it
  const inOrganisation = (s: number, e: number) => mentionsWithin(orgs, s - 200, e + 200).some((m) => m.start < e && s < m.end);
  const cues = runRules(rules, ruleContext(doc)).filter((c) => !inOrganisation(c.start, c.end));
  const events: EventItem[] = [];
  let actor: string[] = [];
  let lastPlace: string | null = null;
  for (const [i, c] of cues.entries()) {
    const span = spanOf(doc, c.start, c.end);
    const s = doc.sentences[span.sentence];
    const prev = cues[i - 1];
    const next = cues[i + 1];
    // the subject: after the previous cue of the sentence and the last clause break
    const base = prev && prev.end > s.start && prev.end <= c.start ? prev.end : s.start;
    let leftFrom = base;
    const left = doc.text.slice(base, c.start);
    br.clauseBreak.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = br.clauseBreak.exec(left)); ) leftFrom = base + m.index + 1;
    // the object: up to the next cue of the sentence or a new clause
    let rightTo = next && next.start < s.end ? next.start : s.end;
    const right = doc.text.slice(c.end, rightTo);
    const cut = right.search(br.clauseBreak); // (search starts at 0 whatever lastIndex says, and keeps it)
    if (cut >= 0) rightTo = c.end + cut;
    const within = (from: number, to: number) => mentionsWithin(mentions, from, to);
    const isActor = (m: Mention) => m.type !== "place" && m.kind !== "media";
    const subject = within(leftFrom, c.start).filter(isActor);
    const object = within(c.end, rightTo).filter(isActor);
    if (c.value.needs === "name" && !object.some((m) => m.start - c.end < 60)) continue;
    const placesHere = within(leftFrom, rightTo).filter((m) => m.type === "place");
    if (c.value.needs === "destination" && !object.some((m) => m.start - c.end < 80) && !placesHere.some((m) => m.start >= c.end && m.start - c.end < 80))
      continue;
    const subjectNames = unique(subject.map((m) => m.name));
    const named = subjectNames.length > 0;
    const refersBack = br.backReference.test(doc.text.slice(leftFrom, c.start)) || !named;
    if (named) actor = subjectNames;
    const participants = unique([...(named ? subjectNames : refersBack ? actor : []), ...object.map((m) => m.name)]);
    const place: string | null = placeOf(doc.text, placesHere, c.start, c.end, c.value.kind, br, s.start) ?? (/\b(?:where|there|waar|daar)\b/iu.test(doc.text.slice(leftFrom, c.start)) ? lastPlace : null);
    if (place) lastPlace = place;
    let sameSentence: (typeof dates)[number] | undefined;
    // dates are in text order: only the sentence's own are looked at, so a long text stays linear
    for (let k = firstFrom(dates, s.start); !sameSentence && k < dates.length && dates[k].start < s.end; k++) {
      if (dates[k].value && (dates[k].grain === "day" || dates[k].grain === "month")) sameSentence = dates[k];
    }
    const sentence = spanOf(doc, s.start, s.end, c.rule);
    const item: EventItem = { ...sentence, kind: c.value.kind, participants, place, date: sameSentence?.value ?? doc.published };
    if (doc.explain) item.cue = c.text;
    let twin = false;
    for (let k = events.length - 1; k >= 0 && events[k].start === item.start && !twin; k--) {
      const e = events[k];
      twin = e.kind === item.kind && e.place === item.place && e.participants.join("|") === item.participants.join("|");
    }
    if (!twin) events.push(item);
  }
  return events;
}

/**
 * The place the clause puts the event in, the most specific first: after the cue
 * behind a locative (`in Astana`) or right after a visit cue (`visited West Flanders`);
 * before the cue only as a sentence opening (`In Lichtervelde, ...`) or just before a
 * verb-final cue (`in Gent ontmoet`), never inside a title (`Ambassador to Belgium Roman ...`).
 */
function placeOf(text: string, places: Mention[], cueStart: number, cueEnd: number, kind: EventKindT, br: EventClauses, sentenceStart: number): string | null {
  const ranked = places
    .filter((p) => {
      const locative = br.locative.test(text.slice(Math.max(0, p.start - 40), p.start));
      if (p.start >= cueEnd) return locative || (kind === "visit" && p.start - cueEnd < 60);
      if (!locative) return false;
      const lead = text.slice(sentenceStart, p.start);
      const opening = br.opening.test(lead) && lead.trim().split(/\s+/).length <= 4;
      const between = text.slice(p.end, cueStart).trim();
      const verbFinal = between.split(/\s+/).length <= 3 && !rx.u`\p{Lu}`.test(between);
      return opening || verbFinal;
    })
    .sort((a, b) => (SPECIFIC[b.kind ?? "other"] ?? 0) - (SPECIFIC[a.kind ?? "other"] ?? 0) || Math.abs(a.start - cueStart) - Math.abs(b.start - cueStart));
  return ranked[0]?.name ?? null;
}
