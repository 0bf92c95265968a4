// People rule builders: a title or role before the name, a role in apposition
// after it, a speech verb after it. Each language gives its words.
import { alternation, type Rule } from "../../rules.js";
import type { PersonCandidate } from "../../entities/people.js";
import { PERSON_NAME } from "./names.js";

export interface PeopleLexicon {
  lang: string;
  /** role words that stand before a name (`Ambassador`, `burgemeester`) */
  titles: string[];
  /** honorifics that stand before a name but are not roles (`Mr.`, `dhr.`, `Z.E.`) */
  honorifics: string[];
  /** words that join a role to what it governs (`of`, `to`, `van`) */
  roleLinks: string[];
  /** verbs of speech after a name (`said`, `zei`) */
  speechVerbs: string[];
}

const ROLE_TAIL = "(?:\\s+(?:LINK)\\s+(?:the\\s+|de\\s+|het\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)*";

export function peopleRules(lex: PeopleLexicon): Rule<PersonCandidate>[] {
  const titles = alternation(lex.titles);
  const honorifics = alternation(lex.honorifics);
  const tail = ROLE_TAIL.replace("LINK", alternation(lex.roleLinks));
  const cleanRole = (r: string | undefined) => (r ? r.replace(/\s+/g, " ").replace(/,$/, "").trim() : null);
  return [
    {
      id: `${lex.lang}.person.title-before-name`,
      pattern: new RegExp(
        `(?<![\\p{L}])(?:(?:${honorifics})\\s+)?(?<role>(?:${titles})${tail})(?:,)?\\s+(?:(?:${honorifics})\\s+)?(?<name>${PERSON_NAME})`,
        "gu",
      ),
      spanGroup: "name",
      normalize: (g) => ({ name: g.name!, role: cleanRole(g.role) }),
      examples: [],
      negatives: [],
    },
    {
      id: `${lex.lang}.person.honorific`,
      pattern: new RegExp(`(?<![\\p{L}])(?:${honorifics})\\s+(?<name>${PERSON_NAME})`, "gu"),
      spanGroup: "name",
      normalize: (g) => ({ name: g.name!, role: null }),
      examples: [],
      negatives: [],
    },
    {
      id: `${lex.lang}.person.apposition-role`,
      pattern: new RegExp(
        `(?<![\\p{L}])(?<name>${PERSON_NAME}),\\s+(?:the\\s+|de\\s+|het\\s+)?(?<role>(?:${titles})${tail})`,
        "gu",
      ),
      spanGroup: "name",
      normalize: (g) => (g.name!.includes(" ") ? { name: g.name!, role: cleanRole(g.role) } : null),
      examples: [],
      negatives: [],
    },
    {
      id: `${lex.lang}.person.speech-verb`,
      pattern: new RegExp(`(?<![\\p{L}])(?<name>${PERSON_NAME})\\s+(?:${alternation(lex.speechVerbs)})(?![\\p{L}])`, "gu"),
      spanGroup: "name",
      normalize: (g) => (g.name!.includes(" ") ? { name: g.name!, role: null } : null),
      examples: [],
      negatives: [],
    },
  ];
}
