// People rule builders: a role or title before the name (`Governor of the province
// Anna Peeters`), a role in apposition after it (`Jan Peeters, CEO of …`), an
// honorific (`Mr.`, `dhr.`), a speech verb (`said`, `zei`), a list of roles paired with
// names (`the mayors of A and B, X and Y respectively`) and a known first name.
// Each language gives its words; the name shape is shared (names.ts).
import { alternation, startsOf, type Rule, type RuleExample } from "../../rules.js";
import type { PersonCandidate } from "../../entities/people.js";
import { isGivenName as isFirstName, CAP_START, NAME_RUN, NAME_WORD, PARTICLE, endsLikeSurname, fullNameAtStart, nameAfterConjunct, nameAtEnd, wordCount, LINE_SPACE as SPACE } from "./names.js";
import { firstNamesLowerCase } from "./data.js";
import { cleanRole, scanRole, type RoleWords } from "./roles.js";
import { trieAlternation } from "./trie.js";
import { endingTest } from "./endings.js";
import { regex, rx, compactSource } from "../../text/classes.js";

export interface PeopleLexicon {
  lang: string;
  /** role heads that stand before or after a name (`Ambassador`, `burgemeester`); both cases are generated */
  titles: string[];
  /** plural role heads with their singular, for lists (`mayors` → `Mayor`) */
  plurals: Record<string, string>;
  /** honorifics that stand before a name but are not roles (`Mr.`, `dhr.`, `Z.E.`) */
  honorifics: string[];
  /** words that join a role to what it governs (`of`, `to`, `van`) */
  roleLinks: string[];
  determiners: string[];
  /** words that put a role after a name as a comma does (`appointed Anna Berg as CEO`, `benoemt Anna Berg als directeur`), and the
   *  verbs of an appointment (`Anna Berg has been appointed CEO`, `Anna Berg, now CFO, will become CEO`, `Anna Berg wordt benoemd tot directeur`) */
  appositionLinks: string[];
  /** adverbs of time between an apposition's comma and its role (`Anna Berg, currently finance manager`, `Anna Berg, momenteel directeur`) */
  appositionAdverbs: string[];
  /** words that address a person in a speech or letter (`dear Anna Berg`, `beste Anna Berg`): the name after one is a person's */
  salutations: string[];
  /** lower-case adjectives that may stand between an apposition's comma and its role head (`senior`, `economisch`), or before a role head before a name (`its commercial director, X`) */
  roleModifiers: string[];
  /** role heads that close a compound written as one word (`themaspecialist`, `accountmanager`): Dutch only, English writes them apart */
  compoundHeads: string[];
  /** `and`, `en` */
  joins: string[];
  /** `respectively`, `respectievelijk` */
  respectively: string[];
  /** verbs of speech after a name (`said`, `zei`) */
  speechVerbs: string[];
  /** verbs of speech or citing before a name (`said`, `according to`, `aldus`) */
  speechBefore: string[];
  /** words that open a byline on its own line (`By`, `Door`, `Door onze redacteur`) */
  bylines: string[];
  /** the adjective of a person's age written with a number (`54-jarige`, `54-year-old`): the name after it is a person's */
  ageWords: string[];
  /** nouns of kinship that a name in apposition follows (`my father, Willem Dekeyser,`, `zijn dochter, Anna Peeters,`) */
  kinNouns: string[];
  /** capitalised words that never belong to a name (`The`, `During`, `Ministry`) */
  notNames: string[];
  /** how words end that never belong to a name (`Stationsstraat`, `Kerkplein`) */
  notNameEndings: string[];
  /** lower-case nouns that may close a role's object (`of Mangystau region`) */
  objectNouns: string[];
  /** endings of capitalised adjectives of nationality or region inside a role's object (`van de Nederlandse ambassade`) */
  adjectiveEndings: string[];
  examples: Partial<Record<string, RuleExample<PersonCandidate>[]>>;
  negatives: Partial<Record<string, string[]>>;
}

/** `eerste secretaris`, `Eerste secretaris`, `Eerste Secretaris` (acronyms like `CEO` stay as they are) */
const bothCases = (words: string[]) =>
  words.flatMap((w) => [
    w,
    w.charAt(0).toUpperCase() + w.slice(1),
    w.charAt(0).toLowerCase() + w.slice(1),
    w.replace(rx.gu`(^|[\s-])(\p{Ll})`, (_m, sep: string, c: string) => sep + c.toUpperCase()),
    rx.u`^\p{Lu}\p{Ll}`.test(w) ? w.toLowerCase() : w,
  ]).filter((w) => !rx.u`^\p{Ll}\p{Lu}`.test(w));
// a period inside a role or name: after an initial or a short lower-case abbreviation (`M.`, `Z.E.`, `ing.`,
// `dhr.`), or a language's honorific (below); after a short capitalised word it ends the sentence (`Tom van de Berg.`,
// `CEO of KPT.`). An acronym in brackets after the organisation of a role (`Director of the Enterprise Agency (RVO) Anna Berg`)
const PHRASE = compactSource("(?:[^.;:!?()\\n]|(?<=(?<![\\p{L}])(?:[\\p{L}]|\\p{Ll}{2,3}|Co|Ltd|Inc|Corp|Bros))\\.|\\((?=\\p{Lu}[\\p{Lu}&]{1,7}\\))|(?<=\\(\\p{Lu}[\\p{Lu}&]{1,7})\\))");

/** The rules of a language's people; `origins` are its capitalised adjectives of origin (organisations' lexicon). */
export function peopleRules(lex: PeopleLexicon, origins: readonly string[] = []): Rule<PersonCandidate>[] {
  const titleForms = bothCases(lex.titles);
  const titles = trieAlternation(titleForms);
  const honorifics = alternation(lex.honorifics);
  const notNames = new Set([...lex.notNames, ...titleForms.filter((t) => rx.u`^\p{Lu}\S*$`.test(t)), ...lex.honorifics, ...lex.salutations]);
  const words: RoleWords = {
    lang: lex.lang,
    notNames,
    notNameEndings: lex.notNameEndings,
    origins: new Set(origins),
    links: new Set(lex.roleLinks),
    determiners: new Set(lex.determiners),
    joins: new Set(lex.joins),
    // a salutation after a role's comma opens the name as an honorific does (`Mevrouw de ambassadeur, beste Anna Berg`)
    honorifics: new Set([...lex.honorifics, ...lex.salutations]),
    objectNouns: new Set(lex.objectNouns),
    adjectiveEndings: lex.adjectiveEndings,
    ageAdjective: regex(`^\\d{1,3}-(?:${alternation(lex.ageWords)})$`, "u"),
  };
  const id = (s: string) => `${lex.lang}.person.${s}`;
  const ex = (s: string) => ({ examples: lex.examples[s] ?? [], negatives: lex.negatives[s] ?? [] });
  // the head of a role, with adjectives or an organisation before it (`Kazakh Ambassador`, `Vlaams minister`)
  const HEAD = `(?<title>(?:${titles})(?:${SPACE}(?:${alternation(lex.joins)})${SPACE}(?:${titles}))?)(?![\\p{L}-])`;
  /** adjectives and organisation words before the head, without sentence-initial function words */
  // read backwards from the head, so that the pattern itself starts at the head
  const modifiersBefore = regex(`(?:^|[^\\p{L}])((?:(?:${alternation(bothCases(lex.roleModifiers))})[^\\S\\n]+){1,2})$`, "u");
  const prefix = (text: string, at: number) => {
    // `its commercial director, Jan Maes`: lower-case adjectives before the head are part of the role
    const mods = modifiersBefore.exec(text.slice(Math.max(0, at - 40), at));
    if (mods) return mods[1].trim();
    const before = rx.u`(?:\p{Lu}\p{Ll}[\p{L}-]*[^\S\n]+){1,3}$`.exec(text.slice(Math.max(0, at - 60), at));
    const ws = before ? before[0].split(/\s+/).filter(Boolean) : [];
    while (ws.length && notNames.has(ws[0])) ws.shift();
    return ws.join(" ");
  };

  // a person's name after a comma: `, Jan Peeters`
  const nameAfterComma = rx.u`^[^\S\n]*,[^\S\n]*(\p{Lu}[\p{Ll}\p{M}-]+)`;
  // a full name and a comma right before a role: the role is that name's apposition
  const appositionBefore = regex(`(?<![\\p{L}])${NAME_RUN},${SPACE}$`, "u");
  // a role phrase runs over an abbreviation's period: a short word's (`Z.E.`, `dhr.`) or an honorific's (`Mr.`, `mevr.`, `Prof.`)
  const longAbbreviations = lex.honorifics.filter((h) => rx.u`^\p{L}{2,}\.$`.test(h)).map((h) => h.slice(0, -1));
  const phrase = longAbbreviations.length ? `(?:${PHRASE.slice(3, -1)}|(?<=(?<![\\p{L}])(?:${alternation(longAbbreviations)}))\\.)` : PHRASE;
  const titleBefore = regex(`(?<![\\p{L}\\p{N}])${HEAD}(?=(?<after>${phrase}{1,160}))`, "gu");
  // one or two adjectives before the head of an apposition: `Anna Berg, senior economic adviser at …`
  const modifiers = `(?:${alternation(bothCases(lex.roleModifiers))})`;
  // a verb of appointment may follow an apposition of its own (`Anna Berg, now finance manager, will become CFO`);
  // an organisation's acronym may stand before the role's head (`Ingrid Berg, EBRD Director for Central Asia`)
  const links = `(?:,[^,;:.!?\\n]{1,60},)?${SPACE}(?:${alternation(lex.appositionLinks)})`;
  const adverbs = lex.appositionAdverbs.length ? `(?:(?:${alternation(lex.appositionAdverbs)})${SPACE})?` : "";
  // a compound role head written as one word (`themaspecialist`), after a name and its comma only: before a name it would make every word a start
  const compoundHead = lex.compoundHeads.length ? `(?<title>\\p{Ll}{3,}-?(?:${alternation(lex.compoundHeads)}))(?![\\p{L}-])` : null;
  // (`douane-expert` is read as two words, its head alone)
  const compoundEnding = endingTest(lex.compoundHeads, 3);
  const compoundHeads = new Set(lex.compoundHeads);
  const isCompoundRole = (w: string) => compoundHeads.has(w) || compoundEnding(w) !== undefined;
  const apposition = regex(
    `${CAP_START}(?<![\\p{L}\\p{N}])(?<run>${NAME_RUN})(?:(?:,|${links})${SPACE}|(?<nl>[^\\S\\n]*\\n[^\\S\\n]*))${adverbs}(?:(?:${alternation(lex.determiners)})${SPACE})?(?<acro>\\p{Lu}{2,6}(?:${SPACE}|-))?(?:(?<mods>${modifiers}(?:${SPACE}${modifiers})?)(?:${SPACE}|-))?${compoundHead ? `(?:${HEAD}|${compoundHead.replace("<title>", "<compound>")})` : HEAD}(?=(?<after>${phrase}{0,160}))`,
    "gu",
  );
  const pluralList = regex(
    `(?<![\\p{L}])(?<title>${alternation(bothCases(Object.keys(lex.plurals)))})(?<tail>${SPACE}(?:${alternation(lex.roleLinks)})${SPACE}[^.;:!?\\n]{1,100}?),${SPACE}(?<n1>${NAME_RUN}),?${SPACE}(?:${alternation(lex.joins)})${SPACE}(?<n2>${NAME_RUN}),?${SPACE}(?:${alternation(lex.respectively)})(?![\\p{L}])`,
    "gu",
  );

  const joins = alternation(lex.joins);
  const pluralApposition = regex(
    `${CAP_START}(?<![\\p{L}\\p{N}])(?<run>${NAME_RUN})(?=(?:(?:,${SPACE}${NAME_RUN})*,?${SPACE}(?:${joins})${SPACE}${NAME_RUN})?,${SPACE}(?<plural>${alternation(bothCases(Object.keys(lex.plurals)))})(?![\\p{L}]))`,
    "gu",
  );
  const wholeName = regex(`^${NAME_RUN}$`, "u");
  const pluralNext = regex(`^,${SPACE}(?:${alternation(bothCases(Object.keys(lex.plurals)))})(?![\\p{L}])`, "u");
  const listJoinBefore = regex(`(?<![\\p{L}])(?:${joins})${SPACE}$`, "u");
  // a capitalised word and `en`/`and` before a run: the run may open with the list's last object (`van Economie en Klimaat …`)
  const objectListBefore = regex(`\\p{Lu}[\\p{L}-]*,?${SPACE}(?:${joins})${SPACE}$`, "u");
  const listRule = (which: "n1" | "n2"): Rule<PersonCandidate> => ({
    id: id(which === "n1" ? "role-list-first" : "role-list-second"),
    pattern: pluralList,
    // every match ends in `respectively`; the names before it have no bound
    starts: { near: { words: lex.respectively, reach: Infinity } },
    spanGroup: which,
    normalize: (g) => {
      const name = nameAtEnd(g[which]!, words);
      if (!name || name.offset !== 0) return null;
      const singular = lex.plurals[g.title!.toLowerCase()] ?? g.title!;
      // the objects, in order: `of the cities of A and B` → A, B
      const objects = rx.u`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s*(?:,\s*)?(?:\S+)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s*$`.exec(g.tail!);
      const link = g.tail!.trim().split(/\s+/)[0];
      const object = objects ? objects[which === "n1" ? 1 : 2] : null;
      return { name: name.name, role: object ? `${singular} ${link} ${object}` : singular };
    },
    priority: 3,
    ...ex(which === "n1" ? "role-list-first" : "role-list-second"),
  });

  /**
   * A full name right after a cue word (`dear`, `beste`; `according to`, `aldus`): a person, without a role.
   * A cue that may open a sentence is capitalised there (`According to Yeldos Temirbekov, …`, `Volgens …`), and only there.
   */
  const nameAfterCue = (rule: string, cues: string[], priority: number, opensSentence = false): Rule<PersonCandidate> => {
    const capitalised = cues.map((c) => c.charAt(0).toUpperCase() + c.slice(1)).filter((c) => !cues.includes(c));
    const opening = opensSentence && capitalised.length ? `|(?<=(?:^|[.!?:"“„«(\\n])[^\\S\\n]{0,3})(?:${alternation(capitalised)})` : "";
    return {
      id: id(rule),
      pattern: regex(`(?:(?<![\\p{L}])(?:${alternation(cues)})${opening})${SPACE}(?<run>${NAME_RUN})`, "gu"),
      spanGroup: "name",
      priority,
      normalize: (g) => {
        const name = fullNameAtStart(g.run!, words);
        if (!name) return null;
        g.name = name.text;
        return { name: name.name, role: null };
      },
      ...ex(rule),
    };
  };

  /** A role before a name (`Ambassador of Belgium to Kazakhstan Pieter Janssens`); with `directOnly`, the name right after the head. */
  const titleBeforeValue = (g: Record<string, string | undefined>, ctx: { text: string }, m: RegExpExecArray, directOnly = false): PersonCandidate | null => {
    // the acronym in brackets after the role's organisation is no word of the name after it: blanked, offsets kept
    g.after = g.after!.replace(rx.gu`\(\p{Lu}[\p{Lu}&]{1,7}\)`, (a) => " ".repeat(a.length));
    const scan = scanRole(g.after!, words, true);
    if (!scan.name || (directOnly && scan.via !== "direct")) return null;
    const pre = prefix(ctx.text, m.index);
    // `Anna Berg, Managing Director of Delta NV, Jan Peeters, CEO of …`: the role is Anna Berg's apposition,
    // and the name after the comma begins the next pair
    if (scan.via === "comma" && appositionBefore.test(ctx.text.slice(Math.max(0, m.index - pre.length - 80), m.index - pre.length))) return null;
    const head = [pre, g.title!].filter(Boolean).join(" ");
    const role = cleanRole(`${head}${g.after!.slice(0, scan.roleEnd)}`);
    // the name lies after the match (the role's words are only looked at), so its span is given
    const start = m.index + m[0].length + scan.name.offset;
    return { name: scan.name.name, role, at: { start, end: start + scan.name.text.length } };
  };
  // a compound role head written as one word right before a name (`zegt productiemanager Sarah Vos`): its starts are the
  // words that end in such a head, tested one by one
  const compoundTitleRules: Rule<PersonCandidate>[] = compoundHead
    ? [
        {
          id: id("compound-title-before-name"),
          pattern: regex(`(?<![\\p{L}\\p{N}-])${compoundHead}(?=(?<after>${phrase}{1,160}))`, "gu"),
          starts: { wordTest: (w) => isCompoundRole(w) && !compoundHeads.has(w) },
          priority: 3,
          normalize: (g, ctx, m) => titleBeforeValue(g, ctx, m, true),
          ...ex("compound-title-before-name"),
        },
      ]
    : [];

  return [
    ...compoundTitleRules,
    {
      id: id("title-before-name"),
      pattern: titleBefore,
      priority: 3,
      normalize: (g, ctx, m) => titleBeforeValue(g, ctx, m),
      ...ex("title-before-name"),
    },
    {
      id: id("apposition-role"),
      pattern: apposition,
      starts: { near: { ...startsOf(bothCases(lex.titles)), ...(lex.compoundHeads.length ? { lookup: () => ({ has: isCompoundRole }) } : {}), reach: 250 } },
      spanGroup: "name",
      priority: 3,
      normalize: (g, _ctx, m) => {
        g.title ??= g.compound;
        const name = nameAtEnd(g.run!, words);
        if (!name || name.words < 2) return null;
        // a signature: the name alone on its line, the role on the next (`Anna Berg` / `Head of Sales, Europe`)
        if (g.nl !== undefined) {
          const at = m.index + m[0].indexOf(g.run!) + name.offset;
          if (!/(?:^|\n)[^\S\n]*$/u.test(_ctx.text.slice(Math.max(0, at - 40), at)) || name.offset + name.text.length !== g.run!.length) return null;
        }
        const scan = scanRole(g.after!, words, false);
        // `Vice Minister X Dana Berg, Chairman of the Board of Delta JSC Nurlan Abenov and …`: a role whose object runs into
        // a full name is that name's title, the next pair of a list, not an apposition of the name before the comma
        // (the name before the comma is still a person's, a pair's whose role the text gave before it)
        const own = scanRole(g.after!, words, true);
        if (own.name && own.via !== "comma" && own.name.words >= 2 && isFirstName(own.name.text.split(/\s+/u)[0])) {
          g.name = g.run!.slice(name.offset, name.offset + name.text.length);
          return { name: name.name, role: null };
        }
        // `the Governor of X, Anna Berg, the Deputy Minister of Y, Jan Peeters`: a name in apposition to a role before it,
        // and a role paired with the name after it, are two role-name pairs
        const nameAt = m.index + m[0].indexOf(g.run!) + name.offset;
        const roleEnd = m.index + m[0].length + scan.roleEnd;
        const next = nameAfterComma.exec(_ctx.text.slice(roleEnd, roleEnd + 60));
        if (next && isFirstName(next[1]) && /,[^\S\n]*$/u.test(_ctx.text.slice(Math.max(0, nameAt - 3), nameAt))) return null;
        // `Ingrid Berg, EBRD Director for Central Asia`: the acronym of whom the role is of, before its head
        const head = `${g.acro ? g.acro.replace(/\s+/u, " ") : ""}${g.mods ? `${g.mods} ` : ""}${g.title!}`;
        g.name = name.text;
        return { name: name.name, role: cleanRole(`${head}${g.after!.slice(0, scan.roleEnd)}`) };
      },
      ...ex("apposition-role"),
    },
    listRule("n1"),
    listRule("n2"),
    {
      id: id("role-colon"),
      // a contact line: `Woordvoerder: Lotte Geerts`, `Spokesperson: Anna Berg`
      pattern: regex(`(?<![\\p{L}\\p{N}])${HEAD}[^\\S\\n]*:[^\\S\\n]*(?<run>${NAME_RUN})`, "gu"),
      // the colon follows the role: a text, or a part of it, without one is not tried
      starts: { near: { symbols: [":"], reach: 150 } },
      spanGroup: "name",
      priority: 2,
      normalize: (g) => {
        const name = fullNameAtStart(g.run!, words);
        if (!name) return null;
        g.name = name.text;
        return { name: name.name, role: g.title! };
      },
      ...ex("role-colon"),
    },
    // `beste Anna Berg`, `dear Anna Berg`: a person addressed in a speech or letter, by a full name
    nameAfterCue("salutation", lex.salutations, 2),
    {
      id: id("plural-apposition"),
      // a list of names and one plural role after it: `Anna Berg, Jan Peeters en Els Maes, schepenen`, `A and B, aldermen`
      pattern: pluralApposition,
      starts: { near: { ...startsOf(bothCases(Object.keys(lex.plurals))), reach: 250 } },
      spanGroup: "run",
      priority: 2,
      normalize: (g, ctx, m) => {
        const name = fullNameAtStart(g.run!, words);
        if (!name) return null;
        // a name right before the plural closes a list only after `and`: alone it is no list
        const end = m.index + m[0].length;
        if (pluralNext.test(ctx.text.slice(end, end + 40)) && !listJoinBefore.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
        g.run = name.text;
        return { name: name.name, role: lex.plurals[g.plural!.toLowerCase()] ?? g.plural! };
      },
      ...ex("plural-apposition"),
    },
    {
      id: id("role-line"),
      // a signature or contact block: the role alone on its line, the full name alone on the next (`Corporate Secretary\nAnna Berg`)
      pattern: regex(`(?<![\\p{L}\\p{N}])${HEAD}(?<after>[^.;:!?\\n]{0,60})\\n[^\\S\\n]*(?<run>[^\\n]{3,60}?)[^\\S\\n]*(?=\\n|$)`, "gu"),
      spanGroup: "run",
      priority: 2,
      normalize: (g, ctx, m) => {
        const lineStart = ctx.text.lastIndexOf("\n", m.index - 1) + 1;
        const before = ctx.text.slice(lineStart, m.index);
        const mods = prefix(ctx.text, m.index);
        if (before.trim() !== mods) return null;
        // the line holds a name and nothing else, with a first name or a family name's ending in it (`-ova`, `-uly`)
        const ws = g.run!.trim().split(/\s+/);
        if (!wholeName.test(g.run!.trim()) || !(ws.some((w) => isFirstName(w)) || endsLikeSurname(ws[ws.length - 1]))) return null;
        const name = fullNameAtStart(g.run!, words);
        if (!name || name.text !== g.run!.trim()) return null;
        return { name: name.name, role: cleanRole([mods, `${g.title!}${g.after!}`].filter(Boolean).join(" ")) };
      },
      ...ex("role-line"),
    },
    {
      id: id("signature"),
      // a letter's signature: the role on its line, closed by a comma, and the name alone on the next
      // (`De Staatssecretaris van Economische Zaken,` / `mr. drs. B.C. de Vries`)
      pattern: regex(
        `(?<=(?:^|\\n)[^\\S\\n]*)(?:(?:${alternation(bothCases(lex.determiners))})${SPACE})?${HEAD}(?<obj>[^\\n,.;:!?]{0,120}),[^\\S\\n]*\\n(?:[^\\S\\n]*\\n)?[^\\S\\n]*(?:(?:${honorifics})${SPACE})*(?<run>${NAME_RUN})[^\\S\\n]*(?=\\n|$)`,
        "gu",
      ),
      // it begins at a determiner or a role's head (its lookbehind leaves the pattern's own start unread)
      starts: startsOf([...bothCases(lex.determiners), ...titleForms]),
      spanGroup: "run",
      priority: 3,
      normalize: (g) => {
        const name = fullNameAtStart(g.run!, words);
        if (!name || name.text !== g.run) return null;
        return { name: name.name, role: cleanRole(`${g.title!}${g.obj!}`) };
      },
      ...ex("signature"),
    },
    {
      id: id("honorific"),
      pattern: regex(`(?<![\\p{L}])(?:${honorifics})${SPACE}(?<run>${NAME_RUN})`, "gu"),
      spanGroup: "name",
      priority: 2,
      normalize: (g) => {
        const name = nameAtEnd(g.run!, words);
        if (!name || name.offset !== 0) return null;
        g.name = name.text;
        return { name: name.name, role: null };
      },
      ...ex("honorific"),
    },
    {
      id: id("speech-verb"),
      starts: { near: { ...startsOf(lex.speechVerbs), reach: 250 } },
      pattern: regex(`${CAP_START}(?<![\\p{L}])(?<run>${NAME_RUN})${SPACE}(?:${alternation(lex.speechVerbs)})(?![\\p{L}])`, "gu"),
      spanGroup: "name",
      priority: 1,
      normalize: (g, ctx, m) => {
        let name = nameAtEnd(g.run!, words);
        if (!name) return null;
        // `minister van Economie en Klimaat Yeldos Peeters ontving`: after a list's `en`, the run's first word is its last object
        if (name.offset === 0 && objectListBefore.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) name = nameAfterConjunct(g.run!, words) ?? name;
        g.name = name.text;
        // a surname alone is kept only when it joins a full name found elsewhere
        return { name: name.name, role: null, weak: name.words < 2 };
      },
      ...ex("speech-verb"),
    },
    {
      id: id("byline"),
      // `By Aigul Tursynova` alone on its line, or a field of a meta line (`Interview | Door Sara Goossens | 4 maart 2025`):
      // the line's shape makes the name, whatever its words are elsewhere (a first name that is also a city)
      pattern: regex(`(?<=(?:^|\\n|\\|)[^\\S\\n]*)(?:${alternation(bothCases(lex.bylines))})${SPACE}(?<run>${NAME_WORD}(?:${SPACE}(?:${PARTICLE}${SPACE}){0,2}${NAME_WORD}){1,3})[^\\S\\n]*(?=$|\\n|\\|)`, "gu"),
      starts: { words: lex.bylines.map((w) => w.split(/\s+/)[0].toLowerCase()) },
      spanGroup: "run",
      priority: 3,
      normalize: (g) => {
        if (g.run!.split(/\s+/).some((w) => notNames.has(w))) return null;
        return { name: g.run!.replace(/\s+/g, " "), role: null };
      },
      ...ex("byline"),
    },
    {
      id: id("kin-apposition"),
      pattern: regex(`(?<![\\p{L}])(?:${alternation(lex.kinNouns)}),${SPACE}(?<run>${NAME_RUN}),`, "gu"),
      starts: { words: lex.kinNouns },
      spanGroup: "name",
      priority: 2,
      normalize: (g) => {
        const name = fullNameAtStart(g.run!, words);
        if (!name || name.text.length !== g.run!.length) return null;
        g.name = name.text;
        return { name: name.name, role: null };
      },
      ...ex("kin-apposition"),
    },
    nameAfterCue("speech-before", lex.speechBefore, 1, true),
    {
      id: id("age-before-name"),
      // `de 54-jarige R.J. de Wit`, `the 41-year-old Anna Berg`: an age before a name says it is a person's, whatever its first word
      // (initials before a particle, which a name run does not open with, are read here too)
      pattern: regex(`(?<![\\p{L}\\p{N}])\\d{1,3}-(?:${alternation(lex.ageWords)})${SPACE}(?<run>(?:\\p{Lu}\\.[^\\S\\n]?){1,3}(?:${PARTICLE}${SPACE}){1,2}${NAME_WORD}|${NAME_RUN})`, "gu"),
      starts: { digits: true, near: { words: lex.ageWords.map((w) => w.split(/[\s-]/)[0].toLowerCase()), reach: 6 } },
      spanGroup: "name",
      priority: 2,
      normalize: (g, ctx, m) => {
        const name = fullNameAtStart(g.run!, words);
        if (!name) return null;
        // `a 8-year-old Fort Worth girl`, `the 45-year-old Goldman Sachs banker`: capitals before a noun are its adjective; a name
        // that is neither opened by initials or a first name nor closed by a surname's ending must end its phrase
        const opened = rx.u`^\p{Lu}\.`.test(name.text) || isFirstName(name.name.split(" ")[0]) || endsLikeSurname(name.name.split(" ").at(-1)!);
        const end = m.index + m[0].indexOf(g.run!) + name.text.length;
        if (!opened && rx.u`^[^\S\n]+\p{Ll}`.test(ctx.text.slice(end, end + 3))) return null;
        g.name = name.text;
        return { name: name.name, role: null };
      },
      ...ex("age-before-name"),
    },
    {
      id: id("first-name"),
      // a run is looked at only when a first name is near
      starts: { near: { lookup: firstNamesLowerCase, reach: 150, glued: true } },
      pattern: regex(`${CAP_START}(?<![\\p{L}\\p{N}.])(?<run>${NAME_RUN})`, "gu"),
      spanGroup: "name",
      priority: 0,
      normalize: (g) => {
        // most capitalised runs hold no first name: look before doing anything else
        if (!g.run!.split(/[\s]+/).some((w) => isFirstName(w) || isFirstName(w.replace(rx.u`\p{Ll}\p{Lu}.*$`, (x) => x[0])))) return null;
        // a name is written on one line: capitals across a line break are a heading and the line after it
        g.run = g.run!.split("\n")[0].trimEnd();
        const name = nameAtEnd(g.run!, words);
        if (!name) return null;
        const first = name.name.split(" ")[0];
        if (!isFirstName(first) || wordCount(name.name) < 2) return null;
        g.name = name.text;
        return { name: name.name, role: null };
      },
      ...ex("first-name"),
    },
  ];
}
