// Event rule builders, filled with each language's words (lexicon/events.ts).
// Four shapes state a visit or meeting in both languages:
//   verb          `visited`, `bezocht`, `ontmoette`
//   verb + name   `met the Minister` (not `met expectations`): a capital must follow
//   noun + link   `meeting with`, `ontmoeting met`, `talks with`
//   trip + link   `visit to`, `trade mission to`, `missie naar` (a destination must follow)
// The clause before the cue may reject it: invitations, interest, hopes and
// discussions of a visit are not visits (`invited her to visit`, `nodigde uit`).
import { alternation, startsOf, type Rule, type RuleExample } from "../../rules.js";
import type { EventCandidate, EventKindT } from "../../entities/events.js";
import { rx, regex } from "../../text/classes.js";

export interface EventLexicon {
  lang: string;
  /** verbs that state a visit or meeting, every form */
  verbs: Record<string, EventKindT>;
  /** verbs that state a meeting only when a name follows (`met the Governor`, `received Minister X`) */
  verbsBeforeName: Record<string, EventKindT>;
  /** words allowed between such a verb and the name (`the`, `de`) */
  nameLeads: string[];
  /** meeting nouns, every form (`meeting`, `talks`, `ontmoeting`) */
  meetingNouns: string[];
  /** the words that link them to those met (`with`, `between`, `met`, `tussen`) */
  meetingLinks: string[];
  /** nouns of going somewhere (`visit`, `mission`, `missie`) with the kind they give */
  tripNouns: Record<string, EventKindT>;
  /** the words that link them to a destination (`to`, `naar`, `aan`) */
  tripLinks: string[];
  /** words before the cue in its sentence that make it no event */
  blockers: string[];
  /** words that, after a comma, start a new clause: the cue's object ends there */
  clauseStarters: string[];
  /** endings of past-tense verbs: `, the businessman introduced` starts a new clause */
  pastSuffixes: string[];
  /** articles after a comma that may start such a clause (`the`, `de`) */
  articles: string[];
  /** pronouns and role nouns that refer back to the last actor named (`he`, `the Ambassador`, `hij`) */
  backReferences: string[];
  /** prepositions a few words before the place where the event is (`in`, `at`, `naar`) */
  locatives: string[];
}

const WORD = "[^\\s.;:!?]{1,40}";
const MAX_LEFT = 240;

function leftOfCue(text: string, at: number): string {
  const from = Math.max(0, at - MAX_LEFT);
  const left = text.slice(from, at);
  const stop = left.search(/(?:[.!?](?=\s)|\n)[^.!?\n]*$/u);
  return stop >= 0 ? left.slice(stop + 1) : left;
}

function blocked(blockers: RegExp, text: string, at: number): boolean {
  return blockers.test(leftOfCue(text, at));
}

/** `the Permanent Mission of Kazakhstan to the EU` names an embassy: a capital mid-sentence is a name, not a trip */
function capitalisedMidSentence(text: string, at: number): boolean {
  if (!rx.u`\p{Lu}`.test(text[at] ?? "")) return false;
  const before = text.slice(Math.max(0, at - 3), at).trimEnd();
  return before.length > 0 && !/[.!?:"“‘«\n]$/u.test(before);
}

function rule(
  id: string,
  source: string,
  /** the lexicon entries a match begins with */
  cues: Iterable<string>,
  value: (cue: string, capitalised: boolean) => EventCandidate | null,
  blockers: RegExp,
): Rule<EventCandidate> {
  return {
    id,
    pattern: regex(source, "gi"),
    starts: startsOf(cues),
    normalize: (g, ctx, m) =>
      (m.index > 0 && LETTER.test(ctx.text[m.index - 1])) || blocked(blockers, ctx.text, m.index) ? null : value(g.cue ?? m[0], capitalisedMidSentence(ctx.text, m.index)),
    examples: [] as RuleExample<EventCandidate>[],
    negatives: [],
  };
}

const key = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
// Letters as a class, not \\p{L}: the cue patterns run without the `u` flag, which
// makes them several times faster in V8; Latin-1 and Latin Extended-A/B cover EN and NL.
const LETTERS = "A-Za-z0-9\\u00C0-\\u024F";
// `\\b` (ASCII) starts a match: V8 scans for it far faster than for a lookbehind; a letter
// with a diacritic right before the match is rejected in normalize
const B = "\\b";
const LETTER = new RegExp(`[${LETTERS}]`);
const E = `(?![${LETTERS}])`;

export interface EventClauses {
  /** a clause break (global): the subject starts after the last one before the cue, the object ends at the first after it */
  clauseBreak: RegExp;
  /** a locative a few words before a place (`in the city of`) */
  locative: RegExp;
  /** a sentence that opens with a locative (`In Lichtervelde, ...`) */
  opening: RegExp;
  /** a pronoun or role noun that refers back to the last actor named */
  backReference: RegExp;
}

const CLAUSES = new Map<string, EventClauses>();

/** The clause words of a language, compiled when its rules were built (the driver stays language-neutral). */
export function eventClauses(lang: string): EventClauses {
  const c = CLAUSES.get(lang);
  if (!c) throw new Error(`no event lexicon for ${lang}`);
  return c;
}

function clausesOf(lex: EventLexicon): EventClauses {
  const clause = `,\\s+(?:(?:${alternation(lex.clauseStarters)})${E}|(?:${alternation(lex.articles)})(?:\\s+\\p{L}[\\p{L}-]*){1,2}\\s+\\p{Ll}+(?:${alternation(lex.pastSuffixes)})${E})`;
  return {
    clauseBreak: regex(`;|${clause}`, "giu"),
    locative: new RegExp(`${B}(?:${alternation(lex.locatives)})(?:\\s+\\S+){0,3}\\s*$`, "iu"),
    opening: new RegExp(`^\\s*(?:${alternation(lex.locatives)})${E}`, "iu"),
    backReference: new RegExp(`${B}(?:${alternation(lex.backReferences)})${E}`, "iu"),
  };
}

export function eventRules(lex: EventLexicon): Rule<EventCandidate>[] {
  CLAUSES.set(lex.lang, clausesOf(lex));
  const blockers = new RegExp(`${B}(?:${alternation(lex.blockers)})${E}`, "iu");
  const verbs = new Map(Object.entries(lex.verbs).map(([k, v]) => [key(k), v]));
  const named = new Map(Object.entries(lex.verbsBeforeName).map(([k, v]) => [key(k), v]));
  const trips = new Map(Object.entries(lex.tripNouns).map(([k, v]) => [key(k), v]));
  const rules = [
    rule(
      `${lex.lang}.event.verb`,
      `${B}(?<cue>${alternation(verbs.keys())})${E}`,
      verbs.keys(),
      (cue) => {
        const kind = verbs.get(key(cue));
        return kind ? { kind } : null;
      },
      blockers,
    ),
    rule(
      `${lex.lang}.event.meeting-with`,
      `${B}(?<cue>(?:${alternation(lex.meetingNouns)})\\s+(?:${alternation(lex.meetingLinks)}))${E}`,
      lex.meetingNouns,
      () => ({ kind: "meeting" }),
      blockers,
    ),
    rule(
      `${lex.lang}.event.trip-to`,
      `${B}(?<cue>(?<trip>${alternation(trips.keys())})(?:\\s+${WORD}){0,6}?\\s+(?:${alternation(lex.tripLinks)}))${E}`,
      trips.keys(),
      (cue, capitalised) => {
        const head = [...trips.keys()].sort((a, b) => b.length - a.length).find((t) => key(cue).startsWith(t));
        return head && !capitalised ? { kind: trips.get(head)!, needs: "destination" } : null;
      },
      blockers,
    ),
  ];
  if (named.size)
    rules.push(
      rule(
        `${lex.lang}.event.verb-name`,
        `${B}(?<cue>${alternation(named.keys())})(?<lead>\\s+(?:(?:${alternation(lex.nameLeads)})\\s+)?)(?=[${LETTERS}])`,
        named.keys(),
        (cue) => {
          const kind = named.get(key(cue));
          return kind ? { kind, needs: "name" } : null;
        },
        blockers,
      ),
    );
  // the name after the verb must be capitalised: checked outside the case-insensitive pattern
  const verbName = rules.at(-1)!;
  if (named.size) {
    const normalize = verbName.normalize;
    verbName.normalize = (g, ctx, m) => (rx.u`^\p{Lu}`.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 1)) ? normalize(g, ctx, m) : null);
    verbName.spanGroup = "cue";
  }
  return rules;
}
