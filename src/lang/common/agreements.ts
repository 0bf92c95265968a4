// Agreement rule builders, filled with each language's words (lexicon/agreements.ts).
// Three shapes cover how both languages state an agreement:
//   verb → noun   `signed a memorandum`, `ondertekenden een samenwerkingsakkoord`
//   noun → verb   `an agreement was reached`, `een overeenkomst ... ondertekend`
//   split verb    `agreed to`, `kwamen ... overeen`, `spraken ... af`
// The words between are a bounded gap. The clause before the cue and the gap decide
// the status (`will`, `zal` → planned; `proposed`, `stelde voor` → proposed) or
// reject the cue (`expressed interest in signing`, `hoopt een akkoord te bereiken`).
import { alternation, startsOf, type Rule, type RuleExample, type RuleContext, type RuleStarts } from "../../rules.js";
import type { AgreementCandidate } from "../../entities/agreements.js";
import { allMatches, regex, rx } from "../../text/classes.js";
import { endingTest } from "./endings.js";

type Kind = AgreementCandidate["kind"];
type Status = AgreementCandidate["status"];

export interface SplitCue {
  /** rule id suffix */
  id: string;
  /** first word(s) of the cue (`agreed`, `kwamen`, `overeengekomen`) */
  first: string[];
  /** the particle or preposition that completes it (`to`, `overeen`); absent: `first` alone is the cue */
  then?: string[];
  /** how many words may stand between `first` and `then` */
  gap?: number;
  status: Status;
  /** the cue is not one when the next word is one of these (`komen overeen met` = correspond with) */
  notBefore?: string[];
  /** nor when the word before is one of these (`zoals afgesproken`, `de afgesproken datum`) */
  notAfter?: string[];
  /** prepositions that may open a longer gap naming the other side, a name with a capital in it (`agreed with the Ministry of
   *  Industry of the Republic of Kazakhstan to`, `kwam met het ministerie van Landbouw overeen`), not an opinion (`agreed with the proposal`) */
  withParty?: string[];
}

export interface AgreementLexicon {
  lang: string;
  /** agreement nouns, every form, with the kind they give */
  nouns: Record<string, Kind>;
  /** endings that make a compound an agreement noun (`samenwerkingsakkoord`); longest ending decides the kind */
  nounEndings?: Record<string, Kind>;
  /** verbs of reaching, signing or proposing, every form, with the status (base forms: `planned`) */
  verbs: Record<string, Status>;
  /** noun → verb order needs one of these between (English passive `was signed`); empty: any order (Dutch verb-final) */
  passiveAuxiliaries: string[];
  /** participles that, after a comma, say of the noun phrase before them that it was made (`the agreement on air services
   *  between A and B, signed in Brussels on 22 June 2000`; `een overeenkomst met X, ondertekend op 5 maart`), with their status */
  participles?: Record<string, Status>;
  /** words allowed between the auxiliary and the participle (`was also reached`) */
  adverbs: string[];
  /** relative pronouns that open a clause after the noun's comma, in which the verb-final language states the signing
   *  (`de overeenkomst, die in mei werd getekend,`) */
  relatives?: string[];
  /** words that open an apposition of the noun's value between commas (`the contract, worth EUR 5 million, was signed`,
   *  `het contract, goed voor 5 miljoen euro, werd ondertekend`): the noun phrase goes on after it */
  valueAppositions?: string[];
  splitCues: SplitCue[];
  /** words before the cue in its clause, or in the gap, that make it planned */
  planned: string[];
  /** definite articles: a planned marker after one is an adjective (`the following documents`, `de volgende dag`), no time ahead */
  articles: string[];
  /** ... that make it proposed */
  proposed: string[];
  /** ... that make it no agreement (interest, hope, invitation, discussion, negation) */
  blockers: string[];
  /** words that end the clause the markers are looked for in (`and`, `but`, `,`) */
  clauseBreaks: string[];
  /** nouns that are verbs when these words follow (`deal with`) */
  notNounBefore?: Record<string, string[]>;
  /** verbs whose particle closes the clause after the noun (`keurt de overeenkomst goed`): the cue only with it */
  particleVerbs?: Record<string, string>;
  /** words that introduce what was agreed (`to`, `on`, `om`, `over`) */
  subjectIntroducers: string[];
  /** present forms that tell of a past signing in a headline (`Port and terminal sign memorandum`), with the status they give there */
  headlineVerbs: Record<string, Status>;
  /** the agent of a passive signing (`was signed by X and Y`, `werd ondertekend door X en Y`) */
  agentMarkers: string[];
  /** words before the parties an agreement is between (`between X and Y`, `tussen X en Y`) */
  counterpartMarkers: string[];
  /** words after which the subject cannot start yet (`between X and Y`, `with`) */
  examples?: RuleExample<AgreementCandidate>[];
  negatives?: string[];
  /** the words around a cue that say who the parties are (entities/agreements.ts) */
  parties: PartyLexicon;
}

/** Words that name an agreement's parties without naming them, or say who is none. */
export interface PartyLexicon {
  /** `the parties`, `both sides`: the participants of the meeting */
  theParties: string[];
  /** `both countries`, `beide landen`: the two countries named last */
  theCountries?: string[];
  /** a singular personal pronoun as the signer (`he signed`, `ondertekende hij`): the person named last before it */
  subjectPronouns: string[];
  /** `in the presence of`: who follows witnesses the signing and is no party */
  witnesses: string[];
  /** prepositions before a country or region that make it a place, not a party (`in`, `to`), and the articles after them */
  locatives: string[];
  locativeArticles: string[];
  /** `the company`, `het havenbedrijf`: the organisation named last; by article, the nouns; `compound`: the noun may end a compound */
  companyAnaphors: { article: string; nouns: string[]; compound?: boolean }[];
  /**
   * `the two companies`, `de Belgische kamer`, `de groep`: a class noun after an article (a number word, an adjective
   * between) refers back to organisations named before; `chambers` to a chamber only, `groups` to a company only, `ports` to a
   * port only (`the port authority and X signed`, `het havenbedrijf en X tekenden`)
   */
  classAnaphors: {
    articles: string[]; two: string[]; nouns: string[]; chambers: string[]; groups: string[]; ports: string[]; ministries: string[];
    /** a language that joins a noun to the one before it (`het familiebedrijf`, `de handelskamer`): the class noun may end a compound */
    compounds?: boolean;
  };
  /** `the consortium` stands for the organisations named after `a consortium of` before it: the nouns, and the links after them */
  consortia: { nouns: string[]; links: string[] };
  /** a town named as the body that governs it is a party (`the municipality of X`, `de gemeente X`): the nouns, and the links after them */
  governors: string[];
  governorLinks: string[];
}

/** The party words of a language as patterns (case-insensitive, whole words). */
export interface PartyPatterns {
  theParties: RegExp;
  theCountries: RegExp;
  subjectPronoun: RegExp;
  witnesses: RegExp;
  /** tested on the text right before a place: it ends in a locative */
  locativeBefore: RegExp;
  companyAnaphor: RegExp;
  /** global: every class noun of a sentence; groups `two`, `noun` */
  classAnaphor: RegExp;
  /** class nouns that refer back to a chamber only, to a company only, and to a port only, lower case */
  chambers: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  ports: ReadonlySet<string>;
  ministries: ReadonlySet<string>;
  consortia: ReadonlySet<string>;
  /** global: `a consortium of`, where the members of a consortium are named */
  consortiumOf: RegExp;
  /** tested on the text right before a place: it ends in a governing body's noun (`gemeente`, `municipality of`) */
  governedBefore: RegExp;
}

export function partyPatterns(lex: PartyLexicon): PartyPatterns {
  const W = (words: string[]) => alternation(words);
  const whole = (source: string, flags = "iu") => regex(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, flags);
  const c = lex.classAnaphors;
  return {
    theParties: whole(W(lex.theParties)),
    theCountries: lex.theCountries?.length ? whole(W(lex.theCountries)) : /(?!)/u,
    subjectPronoun: whole(W(lex.subjectPronouns)),
    witnesses: whole(W(lex.witnesses)),
    locativeBefore: regex(`(?<![\\p{L}])(?:${W(lex.locatives)})\\s+(?:(?:${W(lex.locativeArticles)})\\s+)?$`, "iu"),
    companyAnaphor: whole(
      lex.companyAnaphors.map((a) => `${W([a.article])}\\s+${a.compound ? "\\p{L}{0,20}" : ""}(?:${W(a.nouns)})`).join("|"),
    ),
    // `the two companies`, and `beide bedrijven`, `both companies` without an article
    classAnaphor: whole(`(?:(?:${W(c.articles)})\\s+(?:(?<two>${W(c.two)})\\s+)?|(?<bare>${W(c.two)})\\s+)(?:\\p{L}+\\s+)?${c.compounds ? "(?:\\p{Ll}{3,20}?(?=\\p{Ll}))??" : ""}(?<noun>${W([...c.nouns, ...c.chambers, ...c.groups, ...c.ports, ...c.ministries, ...lex.consortia.nouns])})`, "giu"),
    chambers: new Set(c.chambers.map((w) => w.toLowerCase())),
    groups: new Set(c.groups.map((w) => w.toLowerCase())),
    ports: new Set(c.ports.map((w) => w.toLowerCase())),
    ministries: new Set(c.ministries.map((w) => w.toLowerCase())),
    consortia: new Set(lex.consortia.nouns.map((w) => w.toLowerCase())),
    consortiumOf: whole(`(?:${W(lex.consortia.nouns)})\\s+(?:${W(lex.consortia.links)})`, "giu"),
    governedBefore: regex(
      `(?<![\\p{L}])(?:${W(lex.governors)})\\s+${lex.governorLinks.length ? `(?:(?:${W(lex.governorLinks)})\\s+)?` : ""}$`,
      "iu",
    ),
  };
}

const WORD = "[^\\s.;:!?]{1,40}";
// Letters as a class, not \\p{L}: the main patterns run without the `u` flag, which
// makes them several times faster in V8; Latin-1 and Latin Extended-A/B cover EN and NL.
const LETTERS = "A-Za-z0-9\\u00C0-\\u024F";
// `\\b` (ASCII) starts a match: V8 scans for it far faster than for a lookbehind; a letter
// with a diacritic right before the match is rejected in normalize (`startsWord`)
const NB = "\\b";
const LETTER = new RegExp(`[${LETTERS}]`);

/** The words after a noun that make it the verb of a phrasal verb (`terms and` in `come to terms and deal`), as a pattern made once per noun. */
const phrasalCache = new WeakMap<AgreementLexicon, Map<string, RegExp | null>>();
function phrasalAfter(lex: AgreementLexicon, noun: string): RegExp | null {
  let byNoun = phrasalCache.get(lex);
  if (!byNoun) phrasalCache.set(lex, (byNoun = new Map()));
  let re = byNoun.get(noun);
  if (re === undefined) {
    const words = lex.notNounBefore?.[noun];
    re = words ? new RegExp(`^\\s+(?:${alternation(words)})${NE}`, "i") : null;
    byNoun.set(noun, re);
  }
  return re;
}
const startsWord = (text: string, at: number) => at === 0 || !LETTER.test(text[at - 1]);
const NE = `(?![${LETTERS}])`;
const MAX_LEFT = 160;

const words = (xs: readonly string[]) => `${NB}(?:${alternation(xs)})${NE}`;

/** Compiled once per lexicon: marker regexes shared by every rule of a language. */
interface Markers {
  planned: RegExp;
  proposed: RegExp;
  blockers: RegExp;
  clauseBreak: RegExp;
  introducer: RegExp;
  introducerAll: RegExp;
  leadingIntroducer: RegExp;
  /** an agent marker in a gap (`werd door X en Y ondertekend`) */
  agent: RegExp;
  /** a few words after the verb, then the agent marker (`was signed on Tuesday by`) */
  agentAfter: RegExp;
  counterparts: RegExp;
}

function markersOf(lex: AgreementLexicon): Markers {
  return {
    planned: new RegExp(`(?<!${NB}(?:${alternation(lex.articles)})\\s+)${words(lex.planned)}`, "i"),
    proposed: new RegExp(words(lex.proposed), "i"),
    blockers: new RegExp(words(lex.blockers), "i"),
    clauseBreak: new RegExp(`(?:[,;()\\n]|${words(lex.clauseBreaks)})`, "gi"),
    introducer: new RegExp(`${words(lex.subjectIntroducers)}\\s+`, "i"),
    introducerAll: new RegExp(`${words(lex.subjectIntroducers)}\\s+`, "gi"),
    leadingIntroducer: new RegExp(`^\\s*(?:${alternation(lex.subjectIntroducers)})\\s+`, "i"),
    agent: new RegExp(`${words(lex.agentMarkers)}\\s+`, "i"),
    agentAfter: new RegExp(`^(?:\\s+[^\\s,;:()]{1,25}){0,4}?\\s+(?:${alternation(lex.agentMarkers)})${NE}\\s+`, "i"),
    // what follows the marker up to the clause's end: `between A and B, a contract between C and D`
    // (an acronym in brackets after a name is part of it: `between the European Bank for Reconstruction and Development (EBRD) and X`)
    counterparts: new RegExp(`${words(lex.counterpartMarkers)}\\s+(?:[^,;:()]|\\([A-Z&]{2,8}\\)){1,150}`, "gi"),
  };
}

/**
 * Where the parties are named beyond the words before the cue: the agent of a passive
 * signing (`was signed on Tuesday by A and B`, `werd door A en B ondertekend`) and every
 * `between A and B` of the sentence (`a contract between A and B, a memorandum between C and D`).
 */
function partySpans(text: string, cueStart: number, gap: { text: string; at: number } | null, end: number, mk: Markers, passive: boolean): Pick<AgreementCandidate, "partiesIn" | "byAgent"> {
  const spans: { start: number; end: number }[] = [];
  const after = sentenceAfter(text, end);
  let byAgent = false;
  const inGap = passive && gap ? mk.agent.exec(gap.text) : null;
  const afterVerb = passive && !inGap ? mk.agentAfter.exec(after) : null;
  if (inGap) spans.push({ start: gap!.at + inGap.index + inGap[0].length, end: gap!.at + gap!.text.length });
  else if (afterVerb) spans.push({ start: end + afterVerb[0].length, end: end + after.length });
  byAgent = spans.length > 0;
  const rest = sentenceAfter(text, cueStart);
  mk.counterparts.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = mk.counterparts.exec(rest)); ) spans.push({ start: cueStart + m.index, end: cueStart + m.index + m[0].length });
  return spans.length ? { partiesIn: spans, byAgent } : {};
}

/** The text of the clause before `at`: back to the sentence start or the last clause break. */
export function clauseBefore(text: string, at: number, clauseBreak: RegExp): string {
  let from = Math.max(0, at - MAX_LEFT);
  const stop = text.slice(from, at).search(/(?:[.!?](?=\s)|\n)[^.!?\n]*$/u);
  if (stop >= 0) from += stop + 1;
  const left = text.slice(from, at);
  let cut = 0;
  clauseBreak.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = clauseBreak.exec(left)); ) cut = m.index + m[0].length;
  return left.slice(cut);
}

/** The rest of the sentence after `at` (the pattern never crosses a sentence end). */
function sentenceAfter(text: string, at: number): string {
  const rest = text.slice(at, at + 400);
  const end = rest.search(/[.!?](?=\s|$)|\n/u);
  return end >= 0 ? rest.slice(0, end) : rest;
}

const TRAILING = /[\s,;:"'”’»)\]]+$/u;
// a capitalised word inside a clause (not the first of the stretch) right before, and one right after
const NAME_WORD_BEFORE = /\S\s+\p{Lu}[\p{L}'’-]*\s+$/u;
const NAME_WORD_AFTER = /^\p{Lu}/u;

/** What was agreed: after an introducer (`to`, `on`, `om`, `over`) in the gap or after the cue. */
function subjectFrom(
  stretches: { text: string; at: number }[],
  cueEndsWithIntroducer: boolean,
  mk: Markers,
): { subject: string | null; subjectAt?: number } {
  for (const [i, s] of stretches.entries()) {
    let from = -1;
    if (i === stretches.length - 1 && cueEndsWithIntroducer) from = s.text.length - s.text.trimStart().length;
    else {
      const lead = mk.leadingIntroducer.exec(s.text);
      if (lead) from = lead[0].length;
      else {
        // (not one word between two capitalised words: the link inside a name, `between the Bank for Reconstruction and
        // Development and X`, `tussen het Agentschap voor Natuur en X`)
        const head = s.text.slice(0, 160);
        const m = allMatches(mk.introducerAll, head).find((x) => !(/^\S+\s+$/u.test(x[0]) && NAME_WORD_BEFORE.test(head.slice(0, x.index)) && NAME_WORD_AFTER.test(head.slice(x.index + x[0].length))));
        if (m) from = m.index! + m[0].length;
      }
    }
    if (from < 0) continue;
    let subject = s.text.slice(from).replace(TRAILING, "");
    if (subject.length > 250) subject = subject.slice(0, 250).replace(/\s+\S*$/u, "");
    if (subject.length >= 3) return { subject, subjectAt: s.at + from };
  }
  return { subject: null };
}

function statusFrom(base: Status, context: string, mk: Markers): Status | null {
  if (mk.blockers.test(context)) return null;
  if (mk.proposed.test(context)) return "proposed";
  if (mk.planned.test(context)) return "planned";
  return base;
}

function kindOf(noun: string, lex: AgreementLexicon): Kind | null {
  const key = noun.toLowerCase().replace(/\s+/g, " ");
  const direct = lex.nouns[key];
  if (direct) return direct;
  const endings = Object.keys(lex.nounEndings ?? {}).sort((a, b) => b.length - a.length);
  const end = endings.find((e) => key.endsWith(e));
  return end ? lex.nounEndings![end] : null;
}

function nounCore(lex: AgreementLexicon): string {
  const endings = Object.keys(lex.nounEndings ?? {});
  const compound = endings.length ? `|[${LETTERS}]{0,30}(?:${alternation(endings)})` : "";
  return `(?:${alternation(Object.keys(lex.nouns))}${compound})${NE}`;
}

/** An agreement noun begins a word: a noun of the lexicon, or a compound ending in one (`samenwerkingsovereenkomst`). */
function nounStarts(lex: AgreementLexicon): RuleStarts {
  const endings = Object.keys(lex.nounEndings ?? {}).map((e) => e.toLowerCase());
  const ending = endingTest(endings);
  return { ...startsOf(Object.keys(lex.nouns)), wordTest: endings.length ? (w) => ending(w) !== undefined : undefined };
}

function nounPattern(lex: AgreementLexicon): string {
  return `${NB}(?<noun>${nounCore(lex)})`;
}

/** one word of a gap: never an agreement noun, so the nearest noun is the one the cue takes */
const gapWord = (lex: AgreementLexicon) => `\\s+(?!${nounCore(lex)})${WORD}`;

/** verb → noun: `signed a memorandum of understanding`, `bereikten een akkoord`. */
export function verbNounRule(lex: AgreementLexicon, mk = markersOf(lex)): Rule<AgreementCandidate> {
  const verbs = new Map(Object.entries(lex.verbs).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    id: `${lex.lang}.agreement.verb-noun`,
    starts: startsOf(verbs.keys()),
    pattern: regex(
      `${NB}(?<verb>${alternation(verbs.keys())})(?<gap>(?:${gapWord(lex)}){0,13}?)\\s+${nounPattern(lex)}`,
      "gi",
    ),
    priority: 2,
    normalize: (g, ctx, m) => {
      const kind = kindOf(g.noun!, lex);
      const base = verbs.get(g.verb!.toLowerCase().replace(/\s+/g, " "));
      if (!kind || !base || !startsWord(ctx.text, m.index)) return null;
      const context = clauseBefore(ctx.text, m.index, mk.clauseBreak) + " " + g.gap;
      const status = statusFrom(base, context, mk);
      if (!status) return null;
      // planned only by the verb's form (no `will`, `to`), which a headline uses for what happened
      const headline = status === base && !mk.planned.test(context) && !mk.planned.test(ctx.text.slice(Math.max(0, m.index - 4), m.index + g.verb!.length)) ? lex.headlineVerbs[g.verb!.toLowerCase().replace(/\s+/g, " ")] : undefined;
      const end = m.index + m[0].length;
      // `keurt de overeenkomst goed`: a separable verb needs its particle later in the sentence
      const particle = lex.particleVerbs?.[g.verb!.toLowerCase()];
      if (particle) {
        const closing = new RegExp(`${NB}${particle}${NE}`, "i").exec(sentenceAfter(ctx.text, end));
        // what stands before the particle belongs to the clause too (`keurt het akkoord niet goed`)
        if (!closing || !statusFrom(base, sentenceAfter(ctx.text, end).slice(0, closing.index), mk)) return null;
      }
      // `to come to terms and deal with it`: a noun that is the verb of a phrasal verb here
      const phrasal = phrasalAfter(lex, g.noun!.toLowerCase());
      if (phrasal && phrasal.test(ctx.text.slice(end, end + 12))) return null;
      const spans = partySpans(ctx.text, m.index, null, end, mk, false);
      // `Daarnaast ondertekenden A en B een overeenkomst`, `signed with A a contract`: who is named between verb and noun signs too
      if (rx.u`\p{Lu}`.test(g.gap!)) {
        const at = m.index + g.verb!.length;
        spans.partiesIn = [...(spans.partiesIn ?? []), { start: at, end: at + g.gap!.length }];
        spans.byAgent ??= false;
      }
      return {
        kind,
        status,
        ...(headline ? { headline } : {}),
        ...subjectFrom([{ text: sentenceAfter(ctx.text, end), at: end }], false, mk),
        ...spans,
      };
    },
    examples: [],
    negatives: [],
  };
}

/** noun → verb: `an agreement was reached`, `een overeenkomst over X ondertekend`. */
export function nounVerbRule(lex: AgreementLexicon, mk = markersOf(lex)): Rule<AgreementCandidate> {
  // a separable verb (`keurt … goed`) stands before its noun, never after it
  const verbs = new Map(Object.entries(lex.verbs).filter(([k]) => !lex.particleVerbs?.[k.toLowerCase()]).map(([k, v]) => [k.toLowerCase(), v]));
  const verb = `(?<verb>${alternation(verbs.keys())})${NE}`;
  // with auxiliaries (English): `NOUN [gap] AUX [adverbs] VERB`, or the reduced `NOUN VERB` (`the agreement signed in 2019`)
  // a relative clause after the noun's comma (`het contract, dat … werd ondertekend`, `the contract, which was signed`)
  const openers = [...(lex.relatives ?? []), ...(lex.valueAppositions ?? [])];
  const relative = openers.length ? `(?:,(?=\\s+(?:${alternation(openers)})\\s))?` : "";
  // the value apposition, with a figure and one closing comma, then the words before the verb without any other comma
  const valued = lex.valueAppositions?.length ? regex(`^\\s+(?:${alternation(lex.valueAppositions)})\\s[^,]{0,40}\\d[^,]{0,40}(?:,\\d[^,]{0,40})?,(?:[^,]|,\\d)*$`, "iu") : null;
  const body = relative + (lex.passiveAuxiliaries.length
    ? `(?:(?<between>(?:${gapWord(lex)}){0,15}?)\\s+(?<aux>${alternation(lex.passiveAuxiliaries)})(?:\\s+(?:${alternation(lex.adverbs)})){0,2}\\s+|\\s+)${verb}`
    : `(?<between>(?:${gapWord(lex)}){0,12}?)\\s+${verb}`);
  // `NOUN [gap], PARTICIPLE`: the noun phrase ends at the comma, and the participle after it tells what was done with it
  const participles = new Map(Object.entries(lex.participles ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const afterComma = participles.size ? `(?<listed>(?:${gapWord(lex)}){1,15}?)(?<=,)\\s+(?<part>${alternation(participles.keys())})${NE}|` : "";
  return {
    id: `${lex.lang}.agreement.noun-verb`,
    starts: nounStarts(lex),
    pattern: regex(nounPattern(lex) + `(?:${afterComma}${body})`, "gi"),
    priority: 1,
    normalize: (g, ctx, m) => {
      const kind = kindOf(g.noun!, lex);
      const base = g.part ? participles.get(g.part.toLowerCase()) : verbs.get(g.verb!.toLowerCase().replace(/\s+/g, " "));
      if (!kind || !base || !startsWord(ctx.text, m.index)) return null;
      const between = g.between ?? g.listed ?? "";
      // one comma, the one that closes the noun phrase
      if (g.part && /,/u.test(between.slice(0, -1))) return null;
      // (a decimal comma is none: `een order van 1,2 miljoen euro tekende`)
      if (!g.part && /,(?!\d)/u.test(between) && !lex.passiveAuxiliaries.length && !valued?.test(between)) return null;
      const inner = m[0].slice(g.noun!.length);
      const status = statusFrom(base, clauseBefore(ctx.text, m.index, mk.clauseBreak) + " " + inner, mk);
      if (!status) return null;
      const nounEnd = m.index + g.noun!.length;
      const end = m.index + m[0].length;
      // a relative clause says when and where it was signed, not what (`de overeenkomst, die in mei in Gent werd getekend`)
      // (nor does the sentence after it, which goes on about the contract: `…, loopt vijf jaar`)
      const relativeClause = ctx.text[nounEnd] === ",";
      const subject = relativeClause
        ? { subject: null }
        : subjectFrom(
            [
              { text: between, at: nounEnd },
              { text: sentenceAfter(ctx.text, end), at: end },
            ],
            false,
            mk,
          );
      return { kind, status, ...subject, ...partySpans(ctx.text, m.index, { text: between, at: nounEnd }, end, mk, true) };
    },
    examples: [],
    negatives: [],
  };
}

/** split verbs without an agreement noun: `agreed to`, `kwamen ... overeen`, `werd afgesproken`. */
export function splitCueRule(lex: AgreementLexicon, cue: SplitCue, mk = markersOf(lex)): Rule<AgreementCandidate> {
  const withParty = cue.withParty?.length ? `(?:\\s+(?<party>(?:${alternation(cue.withParty)})(?:\\s+${WORD}){1,12}?))?` : "";
  const then = cue.then?.length
    ? `${withParty}(?:\\s+${WORD}){0,${cue.gap ?? 0}}?\\s+(?<then>${alternation(cue.then)})${NE}`
    : "";
  const notBefore = cue.notBefore?.length ? `(?!\\s+(?:${alternation(cue.notBefore)})${NE})` : "";
  const notAfter = cue.notAfter?.length ? `(?<!${NB}(?:${alternation(cue.notAfter)})\\s+)` : "";
  const introducers = regex(`(?:^|\\s)(?:${alternation(lex.subjectIntroducers)})$`, "iu");
  return {
    id: `${lex.lang}.agreement.${cue.id}`,
    starts: startsOf(cue.first),
    pattern: regex(
      `${notAfter}${NB}(?:${alternation(cue.first)})${NE}${then}${notBefore}`,
      "gi",
    ),
    normalize: (g, ctx, m) => {
      if (!startsWord(ctx.text, m.index)) return null;
      if (g.party && !/[A-Z\u00C0-\u00DE]/.test(g.party)) return null;
      const status = statusFrom(cue.status, clauseBefore(ctx.text, m.index, mk.clauseBreak) + " " + m[0], mk);
      if (!status) return null;
      const end = m.index + m[0].length;
      const after = sentenceAfter(ctx.text, end);
      const spans = partySpans(ctx.text, m.index, null, end, mk, false);
      // the other side named in the gap (`agreed with the Ministry of … to`)
      if (g.party) {
        // (up to the word that completes the cue: the lazy gap may have left the name's last word to the other gap)
        const at = m.index + m[0].indexOf(g.party);
        spans.partiesIn = [...(spans.partiesIn ?? []), { start: at, end: m.index + m[0].lastIndexOf(g.then!) }];
      }
      return { kind: "agreement", status, ...subjectFrom([{ text: after, at: end }], introducers.test(m[0]), mk), ...spans };
    },
    examples: [],
    negatives: [],
  };
}

/** A list item after a line that introduces it with a colon. */
const LIST_BULLET = "(?:[-–•*·]|\\d{1,2}[.)]|[a-z][.)])";

/**
 * An item of a list of signed documents: `the following documents were signed:` then, one per line, `- Memorandum of
 * Understanding between A and B on …`, `– Overeenkomst tussen A en B over …`. The introducing line's verb gives the status.
 */
export function listedDocumentRule(lex: AgreementLexicon, mk = markersOf(lex)): Rule<AgreementCandidate> {
  const verbs = new Map(Object.entries(lex.verbs).map(([k, v]) => [k.toLowerCase(), v]));
  const verbIn = new RegExp(`${NB}(?:${alternation(verbs.keys())})${NE}`, "gi");
  const bullet = new RegExp(`^[ \\t]*${LIST_BULLET}[ \\t]`);
  return {
    id: `${lex.lang}.agreement.listed-document`,
    starts: { symbols: ["-", "–", "•", "*", "·"], digits: true },
    // a news report lists them in running words (`- an investment agreement between A and B`, `- een leveringscontract tussen
    // A en B`): an article and a modifier or two may stand before the noun, and the amount it is worth (`• a EUR 1.5 billion
    // financing agreement between A and B`)
    pattern: regex(`(?<=(?:^|\\n)[ \\t]*)${LIST_BULLET}(?<lead>(?:[ \\t]+(?!${nounCore(lex)})[${LETTERS}€$][${LETTERS}.,-]{0,30}){0,5})[ \\t]+${nounPattern(lex)}`, "gi"),
    priority: 1,
    normalize: (g, ctx, m) => {
      const kind = kindOf(g.noun!, lex);
      if (!kind) return null;
      // back over the items before it to the line that opens the list, which ends in a colon and names the signing
      const lines = ctx.text.slice(Math.max(0, m.index - 2000), m.index).split("\n");
      lines.pop();
      // (a numbered paragraph may open the list itself: `6. … the following documents were signed:`)
      // (a blank line may stand between the intro and its items, or between the items, as news sites set them)
      const skipped = (line: string) => !line.trim() || (bullet.test(line) && !line.trim().endsWith(":"));
      while (lines.length && skipped(lines[lines.length - 1])) lines.pop();
      const intro = (lines[lines.length - 1] ?? "").trim();
      if (!intro.endsWith(":")) return null;
      let base: Status | undefined;
      verbIn.lastIndex = 0;
      for (let v: RegExpExecArray | null; (v = verbIn.exec(intro)); ) base = verbs.get(v[0].toLowerCase().replace(/\s+/g, " ")) ?? base;
      const status = base ? statusFrom(base, intro, mk) : null;
      if (!status) return null;
      const end = m.index + m[0].length;
      return { kind, status, ...subjectFrom([{ text: sentenceAfter(ctx.text, end), at: end }], false, mk), ...partySpans(ctx.text, m.index, null, end, mk, false) };
    },
    examples: [],
    negatives: [],
  };
}

/** Every agreement rule of a language; the lexicon's examples and negatives go on the first. */
export function agreementRules(lex: AgreementLexicon): Rule<AgreementCandidate>[] {
  const mk = markersOf(lex);
  const rules = [verbNounRule(lex, mk), nounVerbRule(lex, mk), ...lex.splitCues.map((c) => splitCueRule(lex, c, mk)), listedDocumentRule(lex, mk)];
  return rules;
}

export type { RuleContext };
