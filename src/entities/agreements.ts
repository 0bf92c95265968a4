// Agreements: a cue (`an agreement was reached to`, `signed a memorandum`,
// `kwamen overeen`) makes its sentence an agreement, one per sentence. The subject
// is what the rule found after an introducer (`to`, `on`, `om`, `over`); the
// parties are the names before the subject, or, when the sentence names none or
// says `the parties` / `beide partijen`, those of the meeting the text was about.
import type { AgreementT } from "../schema.js";
import { runRule, type Candidate } from "../rules.js";
import { firstFrom, ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { inFurniture } from "../text/furniture.js";
import { mentionsOf, mentionsWithin, type EventItem, type Mention, type NamedEntity } from "./events.js";
import { afterDateline } from "../text/header.js";
import { allMatches, rx } from "../text/classes.js";

export type AgreementCandidate = Pick<AgreementT, "kind" | "status" | "subject"> & {
  /** offset where the subject starts: parties are named before it */
  subjectAt?: number;
  /** spans that name parties wherever they stand: a passive's agent (`signed by A and B`), `between A and B` */
  partiesIn?: { start: number; end: number }[];
  /** the first span is a passive's agent: the words before the cue name the agreement, not who signed it */
  byAgent?: boolean;
  /** the status when the sentence is the headline (`X and Y sign memorandum` tells of a signing) */
  headline?: AgreementT["status"];
};
export type AgreementItem = RawSpan & Omit<AgreementT, keyof RawSpan>;

/** Places of these kinds can be parties (`Kazakhstan and Belgium signed`), unless a locative precedes them (`in Kazakhstan`). */
const PARTY_PLACE_KINDS = new Set(["country", "region"]);
/** a place in brackets after a name is its seat (`X NV (Antwerp, Belgium)`), no party */
const SEAT_BEFORE = rx.u`\([^\S\n]*(?:\p{Lu}[\p{L}'’-]*[^\S\n]*,[^\S\n]*)?$`;

/** a capitalised word right after a class noun: the name it describes */
const NAME_AFTER = /^[^\S\n]+[«“"‘]?\p{Lu}/u;

export function extractAgreements(
  doc: Doc,
  dates: readonly { start: number; value: string | null; grain: string | null }[],
  people: readonly NamedEntity[],
  organisations: readonly NamedEntity[],
  places: readonly NamedEntity[],
  events: readonly EventItem[] = [],
): AgreementItem[] {
  const ctx = ruleContext(doc);
  // one agreement per sentence: the cue with the most specific noun and the shortest gap wins
  const best = new Map<number, Candidate<AgreementCandidate>>();
  // a signing in the headline of another page (`Related news`) is no agreement of this one (text/furniture.ts)
  const furniture = inFurniture(doc.text);
  for (const rule of doc.pack.rules.agreements) {
    for (const c of runRule(rule, ctx)) {
      if (furniture(c.start)) continue;
      const sentence = spanOf(doc, c.start, c.end).sentence;
      const known = best.get(sentence);
      if (!known || better(c, known)) best.set(sentence, c);
    }
  }
  const mentions = mentionsOf(people, organisations, places);
  const orgMentions = mentions.filter((m) => m.type === "organisation" && m.kind !== "media");
  const personMentions = mentions.filter((m) => m.type === "person");
  const paragraphOf = paragraphIndex(doc.text);
  const words = doc.pack.agreementParties();
  // the agreements before, with their paragraph: `both parties` after a signing are its parties
  const earlier: { paragraph: number; parties: string[] }[] = [];
  return [...best.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([index, c]) => {
      const s = doc.sentences[index];
      const { subjectAt, partiesIn = [], byAgent, headline, ...value } = c.value;
      if (headline && isHeadline(doc.text, s.start, s.end)) value.status = headline;
      const witnesses = words.witnesses.exec(doc.text.slice(s.start, s.end));
      // (witnesses that open the sentence, before the cue, end where the signers begin: `In aanwezigheid van de ambassadeur
      // ondertekenden A en B …`; the phrase itself names no party, a person there is left out below)
      const witnessesFirst = witnesses !== null && s.start + witnesses.index + witnesses[0].length <= c.start;
      const witnessAt = witnesses && !witnessesFirst ? s.start + witnesses.index : s.end;
      const witnessFrom = witnessesFirst ? s.start + witnesses!.index : s.end;
      const comma = doc.text.indexOf(",", witnessFrom);
      const witnessTo = witnessesFirst ? Math.min(c.start, comma < 0 ? c.start : comma) : s.end;
      const witnessed = (m: { start: number; end: number }) => m.start >= witnessFrom && m.end <= witnessTo;
      const until = Math.min(subjectAt ?? s.end, witnessAt);
      // `signed by A and B, in the presence of the Ambassador to X`: nothing after the witnesses is what was agreed
      if (subjectAt !== undefined && subjectAt >= witnessAt) value.subject = null;
      // an agent ends where the subject begins (`signed by A and B on cooperation with X`)
      const spanEnd = (p: { start: number; end: number }) => Math.min(p.end, witnessAt, subjectAt !== undefined && subjectAt > p.start ? subjectAt : p.end);
      // a place joined to a word by a hyphen is an adjective of where something sits (`the Ghent-based agent`), no party
      const party = (m: Mention) => {
        if (m.type !== "place") return m.kind !== "media";
        if (doc.text[m.end] === "-") return false;
        const before = doc.text.slice(Math.max(s.start, m.start - 30), m.start);
        if (SEAT_BEFORE.test(before)) return false;
        return (PARTY_PLACE_KINDS.has(m.kind ?? "") && !words.locativeBefore.test(before)) || words.governedBefore.test(before);
      };
      // named where the cue says: a passive's agent (`signed by A and B`) and `between A and B`, short of any witnesses
      const inSpans = partiesIn.map((p) => mentionsWithin(mentions, p.start, spanEnd(p)).filter(party));
      const agents = byAgent ? inSpans[0] : [];
      // before the cue otherwise: the subject of `A and B signed`; after a passive's agent, those words name the agreement
      const before = agents.length ? [] : mentionsWithin(mentions, afterDateline(doc.text, s.start, dates), until).filter((m) => (m.end <= c.start || m.start >= c.end) && party(m) && !witnessed(m));
      const sentenceText = doc.text.slice(s.start, until);
      // `the two companies signed`, `the chamber and X signed`, `signed … with the Dutch firm`: each class noun that refers
      // back stands for the organisations of its kind named last before it, other than those the sentence names
      const referred: { name: string; start: number }[] = [];
      if (!agents.length) {
        const own = new Set([...before, ...inSpans.flat()].map((m) => m.name));
        for (const a of allMatches(words.classAnaphor, sentenceText)) {
          const at = s.start + a.index!;
          if (at >= until) break;
          const noun = a.groups!.noun.toLowerCase();
          // `het Oezbeekse softwarebedrijf Delta NV`, `the Belgian company Delta NV`: a class noun before a name describes it
          if (NAME_AFTER.test(sentenceText.slice(a.index! + a[0].length, a.index! + a[0].length + 4))) continue;
          // `the consortium`: the organisations named after `a consortium of` before it, up to that sentence's end
          if (words.consortia.has(noun)) {
            const named = allMatches(words.consortiumOf, doc.text.slice(0, at)).pop();
            if (!named) continue;
            const from = named.index! + named[0].length;
            const to = doc.text.slice(from, from + 300).search(/[.!?](?:\s|$)/u);
            for (const m of orgMentions) if (m.start >= from && m.end <= from + (to < 0 ? 300 : to) && !own.has(m.name) && !referred.some((r) => r.name === m.name)) referred.push({ name: m.name, start: at });
            continue;
          }
          // `the ministry`, `the port authority` written as a name's words (`the Ministry of Trade`, `het ministerie van Handel`) refer to nothing
          if ((words.ministries.has(noun) || words.ports.has(noun)) && (a.groups!.noun !== noun || LINK_AFTER.test(sentenceText.slice(a.index! + a[0].length, a.index! + a[0].length + 8)))) continue;
          const kind = words.chambers.has(noun) ? CHAMBER : words.groups.has(noun) ? COMPANY : words.ports.has(noun) ? PORT : words.ministries.has(noun) ? GOVERNMENT : NOT_PUBLIC;
          const wanted = a.groups!.two || a.groups!.bare ? 2 : 1;
          const found: string[] = [];
          const search = (kindWanted: RegExp) => {
            for (let i = orgMentions.length - 1; i >= 0 && found.length < wanted; i--) {
              const m = orgMentions[i];
              if (m.end > at || own.has(m.name) || found.includes(m.name) || !kindWanted.test(m.kind ?? "other")) continue;
              found.push(m.name);
            }
          };
          // `the company`, `het bedrijf` alone: a body of a known kind named before, over one of no known kind named since (an exchange in a ticker's brackets, `KASE`; an acronym, `OSCE`)
          if (wanted === 1 && kind === NOT_PUBLIC) search(KNOWN_NOT_PUBLIC);
          if (found.length < wanted) search(kind);
          if (found.length === wanted) for (const name of found.reverse()) referred.push({ name, start: at });
        }
        // `he signed`, `ondertekende hij een …`: the pronoun at the cue stands for the person named last before it
        // (from a word's start: `the investor signed` holds no `he`)
        const near = Math.max(s.start, doc.text.lastIndexOf(" ", c.start - 12) + 1);
        const pronoun = words.subjectPronoun.exec(doc.text.slice(near, c.end));
        const who = pronoun ? lastBefore(personMentions, near + pronoun.index) : null;
        if (who && !own.has(who.name)) referred.push({ name: who.name, start: near + pronoun!.index });
      }
      const named = [...before, ...inSpans.flat(), ...referred].sort((a, b) => a.start - b.start).map((m) => m.name);
      let parties = [...new Set(named)];
      const paragraph = paragraphOf(s.start);
      // `Beide landen ondertekenden een verdrag`, `both countries signed`: the two countries named last, when the sentence names no party
      const countries = !parties.length && words.theCountries.test(sentenceText) ? lastCountries(mentions, s.start) : [];
      if (countries.length === 2) parties = countries;
      else if (!parties.length || words.theParties.test(sentenceText)) {
        // `both parties`: those of a signing just before in the paragraph, else of the meeting the paragraph is about
        const signing = words.theParties.test(sentenceText) ? earlier.findLast((e) => e.paragraph === paragraph && e.parties.length >= 2) : undefined;
        const meeting = signing ? null : meetingBefore(events, s.start, s.end, paragraphOf);
        // `the company signed …`: the organisation the text named last
        const company = !signing && !parties.length ? words.companyAnaphor.exec(sentenceText) : null;
        // `the ministry`, `het havenbedrijf`: the last one named with that noun in its name, else the last one named
        const referent = company ? (lastBefore(orgMentions, s.start + company.index, nounOf(company[0])) ?? lastBefore(orgMentions, s.start + company.index)) : null;
        if (signing) parties = [...new Set([...signing.parties, ...parties])];
        else if (referent) parties = [referent.name];
        else if (meeting) parties = [...new Set([...meeting.participants, ...parties])];
        // else those of the last signing, when it had a pair of sides (two organisations and their signatories at most)
        else if (words.theParties.test(sentenceText) && earlier.length && earlier[earlier.length - 1].parties.length <= 4)
          parties = [...new Set([...earlier[earlier.length - 1].parties, ...parties])];
      }
      earlier.push({ paragraph, parties });
      const item: AgreementItem = {
        ...spanOf(doc, s.start, s.end, c.rule),
        ...value,
        parties,
        date: dateIn(dates, s.start, s.end) ?? doc.published,
      };
      if (doc.explain) item.cue = c.text;
      return item;
    });
}

/** The first line of the text, alone on its line and without a closing period: a press release's headline. */
function isHeadline(text: string, start: number, end: number): boolean {
  return !/\S/.test(text.slice(0, start)) && /^[^\S\n]*(?:\n|$)/.test(text.slice(end)) && !/[.!?]\s*$/.test(text.slice(start, end));
}

/**
 * The kinds of organisation a class noun refers back to: a chamber to a chamber, a group
 * to a company (never an exchange or a body named beside it), a company to anything but a public body.
 */
const CHAMBER = /^chamber$/u;
const COMPANY = /^company$/u;
const PORT = /^port$/u;
const GOVERNMENT = /^government$/u;
/** a link after a class noun makes it the head of a name (`the ministry of`, `het havenbedrijf van`) */
const LINK_AFTER = /^\s+(?:of|for|van|voor)\b/u;
const NOT_PUBLIC = /^(?!government$|diplomatic$|media$|party$)/u;
const KNOWN_NOT_PUBLIC = /^(?!government$|diplomatic$|media$|party$|other$)/u;

/** The two countries named last before `at`, in the order the text names them. */
function lastCountries(mentions: readonly Mention[], at: number): string[] {
  const found: string[] = [];
  const before = mentions.filter((m) => m.type === "place" && m.kind === "country" && m.end <= at).sort((a, b) => b.end - a.end);
  for (const m of before) if (!found.includes(m.name) && found.push(m.name) === 2) break;
  return found.reverse();
}

/** The last mention that ends before `at` (mentions are in text order). */
function lastBefore(mentions: readonly Mention[], at: number, noun?: string): Mention | null {
  let last: Mention | null = null;
  for (const m of mentions) if (m.end <= at && (!last || m.end > last.end) && (!noun || m.name.toLowerCase().includes(noun))) last = m;
  return last;
}

/** The noun of `the ministry`, `het havenbedrijf`: the anaphor's last word, lower case. */
const nounOf = (anaphor: string) => anaphor.trim().split(/\s+/).pop()!.toLowerCase();

function better(a: Candidate<AgreementCandidate>, b: Candidate<AgreementCandidate>): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  if (a.text.length !== b.text.length) return a.text.length < b.text.length;
  return a.start < b.start;
}

/** The date of the agreement: a day in the sentence, else a month or year there. */
function dateIn(dates: readonly { start: number; value: string | null; grain: string | null }[], from: number, to: number): string | null {
  // dates are in text order: only the sentence's own are looked at, so a long text stays linear
  const here: (typeof dates)[number][] = [];
  for (let i = firstFrom(dates, from); i < dates.length && dates[i].start < to; i++) if (/^\d{4}/.test(dates[i].value ?? "")) here.push(dates[i]);
  const rank = (g: string | null) => (g === "day" ? 0 : g === "month" ? 1 : g === "year" ? 2 : 3);
  here.sort((a, b) => rank(a.grain) - rank(b.grain));
  return here[0] && rank(here[0].grain) < 3 ? here[0].value : null;
}

/** The meeting the paragraph is about: the last one before the sentence in its paragraph, else in the text. */
function meetingBefore(events: readonly EventItem[], from: number, to: number, paragraphOf: (at: number) => number): EventItem | null {
  // events are in text order; the sentence's own events count as before it
  const upto = firstFrom(events, from + 1);
  let last: EventItem | null = null;
  for (let i = upto - 1; i >= 0 && !last; i--) if (events[i].participants.length) last = events[i];
  if (last && paragraphOf(last.start) === paragraphOf(from)) return last;
  for (let i = upto; i < events.length && events[i].start < to; i++) if (events[i].participants.length) return events[i];
  return last;
}

function paragraphIndex(text: string): (at: number) => number {
  const starts: number[] = [0];
  const blank = /\n[ \t]*\n/g;
  for (let m: RegExpExecArray | null; (m = blank.exec(text)); ) starts.push(m.index + m[0].length);
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
