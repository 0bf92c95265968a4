// Organisation rule builders: legal-form suffixes, quoted names, institutional
// patterns (`Ministry of …`, `Kamer van Koophandel …`), long forms paired with an
// acronym (`Rijksdienst voor Ondernemend Nederland (RVO)`), acronyms, and news
// agencies cited as a source (a dateline's agency, `X reports`).
import { alternation, startsOf, type Rule, type RuleExample } from "../../rules.js";
import type { OrganisationCandidate } from "../../entities/organisations.js";
import { gazetteer, isFirstName, placeKey } from "./data.js";
import { trieAlternation } from "./trie.js";
import { endingTest } from "./endings.js";
import { caselessWords } from "./numbers-words.js";
import { isDatelinePlace } from "./places.js";
import { CAP_START, endsLikeSurname, LINE_SPACE as SP } from "./names.js";
import { wordStartBefore } from "../../text/sentences.js";
import { LEGAL_FORMS, acronymOf, definesTerm, isNotAcronym } from "./organisations-forms.js";
import { allMatches, regex, rx, compactSource } from "../../text/classes.js";
import { foldKey } from "../../entities/fold.js";

/** a name's words, for allMatches */
const WORDS = /\S+/g;
// a capitalised word after another word of its sentence (not its first), right before a position
const CAP_WORD_BEFORE = /[\p{L}\d,;:][^\S\n]+\p{Lu}[\p{L}\d&-]*[^\S\n]$/u;

type Kind = OrganisationCandidate["kind"];

export interface OrganisationLexicon {
  lang: string;
  /** institution heads with the kind they give: `Ministry` → government */
  heads: Record<string, Kind>;
  /** words joining a head to its complement: `of`, `van`, `voor` */
  links: string[];
  /** words joining a head to a place, never with an article (`Embassy of X in Brussels`, not `in the region`) */
  placeLinks: string[];
  /** `and`, `en`: join two capitalised parts of one name (`Trade and Integration`) */
  joins: string[];
  determiners: string[];
  /** capitalised words that start a sentence, never a name (`The`, `During`, `De`) */
  leading: string[];
  /** endings of a compound adjective before a name, never part of it (`Almaty-based`, `Dutch-owned`) */
  leadingEndings: string[];
  /** lower-case words before a quoted name that make it an organisation (`company`, `bedrijf`) */
  quoteCues: string[];
  /** the kind a cue gives where it is not a head's (`het adviesbureau X`: a firm, while `het Bureau voor de Statistiek` is a public body) */
  cueKinds?: Record<string, Kind>;
  /** words between a class noun and a list of names it classes (`such as`, `including`, `zoals`, `onder wie`) */
  listIntros: string[];
  /** cues that can also name a person (`partner`, `investor`): a first name after one is a person's */
  personCues: string[];
  /** articles of an apposition that classes the name before it (`Delta, a Kazakh logistics company`) */
  appositionArticles: string[];
  /** possessives before a class noun whose name follows in apposition (`its trade promotion agency, Delta Export,`) */
  possessives: string[];
  /** company roles whose object is the company (`CEO of X`, `topman van X`) */
  companyRoles: string[];
  /** words joining such a role to the company (`of`, `at`, `van`, `bij`), or the board between (`of the Board of`) */
  companyRoleLinks: string[];
  /** roles whose company follows only a locative link (`head of exports at X`, `woordvoerder bij X`) */
  atRoles: string[];
  atRoleLinks: string[];
  /** government roles and heads whose object is a portfolio, not a company (`Minister of Trade & Investment`) */
  portfolioHeads: string[];
  /** capitalised heads of a body whose object is a list of portfolios (`Ministry`, `Department`), where the lower-case heads do not read one */
  portfolioBodies?: string[];
  /** the first words of a government's portfolios (`Agriculture`, `Food` of `Food Security`), which a comma list of them is made of */
  portfolioWords?: string[];
  /** heads the language writes in lower case before a capitalised portfolio (`het ministerie van Landbouw`) */
  lowerHeads: string[];
  /** lower-case heads of a body named right after them, which is never the place (`het waterschap Rivierenland`); none in English */
  namedBodies?: string[];
  /** the kind of place a lower-case head's link may name before the place (`het akimat van de stad Aktau`, `the akimat of the city of Aktau`) */
  placeClasses: string[];
  /** the kind of place written after the place's name, where the language does (`the akimat of Pavlodar region`) */
  placeClassesAfter: string[];
  /** lower-case heads that a capitalised adjective of nationality names (`de Nederlandse ambassade`), with their kind; none in English,
   *  where `the Belgian embassy` mostly refers back to an embassy named in full */
  adjectiveHeads: Record<string, Kind>;
  /** endings of those adjectives (`Nederlandse`, `Belgische`) */
  nationalityEndings: string[];
  /** adjectives of origin where the language gives them no ending (`Kazakh`, `Dutch`): after an article, before a company's
   *  name and legal form, they say where it is from (`the Kazakh Steppe Solar LLP`), as the endings above do (`het Goudse X BV`) */
  originAdjectives: string[];
  /** the forms a state's name takes in a mission's name (`the Kingdom of`, `het Koninkrijk`) */
  stateForms: string[];
  /** heads that only close a name, after the words they qualify (`Van Dijk Advocaten`, not `Lawyers for X said`) */
  closingHeads: string[];
  /** heads that close a name of their own (`Amnesty International`) and are a mere word of one another head makes (`International Monetary Fund`) */
  modifierHeads: string[];
  /** endings of compound words that are institution heads (`Exportvereniging`, `Telersfederatie`), with their kind */
  headEndings: Record<string, Kind>;
  /** heads of bodies that meet on a subject (`Commission`, `Commissie`), and the links that name the subject after them
   *  (`Commission on Trade and Economic Cooperation`, `Commissie inzake Handel`); no time word is a subject (`the Council on Monday`) */
  topicHeads: string[];
  /** labels before an act's or a file's number (`No. 512`, `nr. 28417`), never a name's last word */
  numberLabels: string[];
  topicLinks: string[];
  notTopics: string[];
  /** links of names the language keeps in another (`of` in `Institute of Soil Science`): after one, the language's own links
   *  belong to the sentence (`het Institute of Soil Science van de universiteit`) */
  foreignLinks: string[];
  /** verbs after or before a news agency cited as a source (`reports`, `meldt`) */
  sourceAfter: string[];
  sourceBefore: string[];
  /** all-caps words that are no organisation (`GDP`, `BBP`, `CEO`) */
  notAcronyms: string[];
  /** labels of a stock's ticker (`Ticker: ARBT`): the code after one is the listed company's, no organisation of its own */
  tickerLabels: string[];
  /** words in brackets before a quoted term a text defines (`(the "Company")`, `(hierna "de Vennootschap")`): a term, no name */
  definitionIntros: string[];
  examples: Partial<Record<string, RuleExample<OrganisationCandidate>[]>>;
  negatives: Partial<Record<string, string[]>>;
}

/** Prefixes that open a surname with a capital inside it (`McLean`, `MacArthur`, `DeVries`, `LaGuardia`, `VanDam`). */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Vander|Ter|Ten|St)$/;
/** The name starts a sentence: only spaces, a dateline's dash or nothing since the last sentence end or line break. */
function sentenceOpensAt(text: string, at: number): boolean {
  // (after a dateline's dash, an en dash or a hyphen between spaces: `LOMMEL - Kabelfabrikant …`)
  return /(?:^|[.!?:\n][^\S\n]*|[^\S\n][–—][^\S\n]*|[^\S\n]-[^\S\n]+)$/u.test(text.slice(Math.max(0, at - 4), at));
}

/** `word` stands in the text without `head` before it, as a name of its own. */
function calledAlone(text: string, head: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    if (/[\p{L}\d]/u.test(text[at + word.length] ?? "") || /[\p{L}\d]/u.test(text[at - 1] ?? "")) continue;
    if (!text.slice(Math.max(0, at - head.length - 2), at).trimEnd().endsWith(head)) return true;
  }
  return false;
}

/** the prepositions that open a Dutch surname before its article (`Van de Velde`, `In 't Veld`, `Op de Beeck`, `Uit den Bogaard`) */
const SURNAME_PREPOSITION = /^(?:Van|In|Op|Uit|Aan|Onder|Bij|Voor|Over|Ter|Ten|Te)$/u;
// a name may join two capitalised words by an en dash, as a forum of two countries does (`Kazakhstan–Netherlands Business Council`)
/** Whether text[start..end] is all its line holds, but for a list's bullet before it. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const to = text.indexOf("\n", end);
  return /^[^\S\n]*(?:[•·*>›»|–-][^\S\n]*)?$/u.test(text.slice(from, start)) && /^[^\S\n]*$/.test(text.slice(end, to < 0 ? text.length : to));
}
const CW = compactSource("[\\p{Lu}\\d][\\p{L}\\d&'’]*(?:[.-][\\p{L}\\d]+|(?<=\\p{L})–\\p{Lu}[\\p{L}\\d]*)*");
/** A family name's particles in a firm's name, the second one in lower case (`Van den Berg Pompen BV`, `Kassenbouw Van der Meer BV`). */
const FAMILY_NAME_START = /^(?:Van|Vande|Vanden|Vander|Von|De|Ter|Ten)$/u;
const FAMILY_PARTICLE = "(?:Van|Von|Vande)[^\\S\\n]+(?:de[nr]?|het|'t)";

/**
 * The rules of a language's organisations. `titles` are the people's titles (people.ts): a role is no body's name
 * (`the press service of the Prime Minister reported`, `aldus minister Zhakupova`).
 */
export function organisationRules(lex: OrganisationLexicon, titles: readonly string[] = []): Rule<OrganisationCandidate>[] {
  // (the titles of one word: a longer one's last word may be a name's, `State` of `Secretary of State`)
  const titleHeads = new Set(titles.filter((t) => !/\s/u.test(t)).map((t) => t.toLowerCase()));
  // an article or a family particle written in capitals as the first word of a company's name (`De Korenmolen nv`, `Van Dijk Silo's BV`)
  const nameOpeners = new Set([...lex.determiners, "van", "von", "vande", "den", "ter", "le", "la"].map((w) => w[0].toUpperCase() + w.slice(1)));
  /** the end of the text before a word that the sentence goes on to: a colon, semicolon or comma, or a word in lower case */
  const sentenceGoesOn = rx.u`(?:[,;:]|\p{Ll})[^\S\n]+$`;
  const heads = trieAlternation(Object.keys(lex.heads));
  const links = alternation(lex.links);
  const joins = alternation(lex.joins);
  const dets = alternation(lex.determiners);
  const lowerDeterminers = new Set(lex.determiners);
  const quoteCue = regex(`(?<![\\p{L}])[\\p{L}-]{0,20}?(?:${alternation(lex.quoteCues)})${SP}(?:(?:${dets})${SP})?$`, "u");
  const leading = new Set(lex.leading);
  const joinWords = new Set(lex.joins);
  const linkedHead = regex(`^\\p{Lu}\\p{Ll}+${SP}(?:${alternation(lex.links)})${SP}\\p{Lu}`, "u");
  const headIndex = new Map(Object.entries(lex.heads).map(([h, k]) => [h.toLowerCase(), k]));
  const notAcronyms = new Set(lex.notAcronyms);
  const definition = regex(`\\([^\\S\\n]*(?:(?:${caselessWords(lex.definitionIntros)})[^\\S\\n]+)?$`, "u");
  // a ticker after its label (`Ticker: ARBT`) or after its exchange in brackets behind the company (`NV (Nasdaq Tallinn: LYS)`)
  const tickerBefore = regex(`(?:(?<![\\p{L}])(?:${caselessWords(lex.tickerLabels)})[^\\S\\n]*:?|\\([^\\S\\n]*\\p{Lu}[\\p{L}-]*(?:[^\\S\\n]\\p{Lu}[\\p{L}-]*){0,2}[^\\S\\n]*:)[^\\S\\n]*$`, "u");
  const id = (s: string) => `${lex.lang}.org.${s}`;
  const ex = (s: string) => ({ examples: lex.examples[s] ?? [], negatives: lex.negatives[s] ?? [] });
  const isPlace = (s: string) => gazetteer(lex.lang).get(placeKey(s))?.rank === 0;
  // the longest head inside a name gives its kind (`Chamber of Commerce` over `Chamber`)
  const headRe = regex(`(?<![\\p{L}])(?:${alternation(Object.keys(lex.heads))})(?![\\p{L}])`, "giu");
  const ownerIsName = (owner: string) => {
    const words = owner.split(/\s+/u).filter(Boolean);
    const last = words[words.length - 1] ?? "";
    return rx.u`^\p{Lu}{2,}$`.test(last) || [1, 2, 3].some((n) => n <= words.length && isPlace(words.slice(-n).join(" "))) || firstHead.test(owner);
  };
  const firstHead = regex(headRe.source, "iu");
  const numberLabelLast = regex(`[^\\S\\n]+(?:${alternation(lex.numberLabels)})$`, "u");
  const acronymAfter = rx.u`^[^\S\n]*\((\p{Lu}[\p{Lu}&]{1,7})\)`;
  // a possessive with a head after it: the last one before the name's own head
  const ownerBefore = regex(`^([\\s\\S]*)['’]s\\s+(?=[\\s\\S]*?(?<![\\p{L}])(?:${alternation(Object.keys(lex.heads))})(?![\\p{L}]))`, "u");
  const modifierKeys = new Set(lex.modifierHeads.map((h) => h.toLowerCase()));
  const kindOf = (name: string): Kind => {
    // the longest head, a modifier head only where no other head is (`International Monetary Fund` is a fund)
    const weight = (h: string) => (modifierKeys.has(h.toLowerCase()) ? 0 : 1000) + h.length;
    let best = "";
    for (const m of allMatches(headRe, name)) if (!best || weight(m[0]) > weight(best)) best = m[0];
    const byHead = headIndex.get(best.toLowerCase().replace(/\s+/g, " "));
    if (byHead) return byHead;
    const ending = Object.keys(lex.headEndings).find((e) => name.split(/\s+/u).some((w) => w.length > e.length + 2 && w.endsWith(e)));
    return ending ? lex.headEndings[ending] : "other";
  };
  const roleLead = regex(
    `^(?:[\\p{L}-]+${SP}){0,2}?(?:${caselessWords([...lex.companyRoles, ...lex.atRoles])})${SP}(?:${caselessWords([...lex.companyRoleLinks, ...lex.atRoleLinks, ...lex.links])})${SP}(?:(?:${dets})${SP})?`,
    "u",
  );
  /** Narrows a name: sentence-initial words fall away, and a person's name after it is cut off. */
  // `and the`, `en de` between two capitalised runs: the join of two names, not a word of one
  const pairJoin = regex(`${SP}(?:${joins})${SP}(?:${dets})${SP}`, "gu");
  const trim = (name: string): { offset: number; text: string } | null => {
    // a person's role and its link before the name (`Acting Director of the Netherlands Enterprise Agency`,
    // `waarnemend directeur van het Agentschap X`): the organisation is what the role is of
    const role = roleLead.exec(name);
    if (role && rx.u`^\p{Lu}`.test(name.slice(role[0].length))) {
      const rest = trim(name.slice(role[0].length));
      return rest && { offset: rest.offset + role[0].length, text: rest.text };
    }
    const words = allMatches(WORDS, name);
    let first = 0;
    // sentence-initial words, and a dateline's year and dash (`2023 – Het Havenbedrijf …`)
    const skipLeading = () => {
      // (a preposition that opens a Dutch surname before its article stays: `Van de Velde`, `In 't Veld`, `Op de Beeck`; an adverb does
      // not: `Ook de Rijksdienst …`)
      while (first < words.length - 1 && (leading.has(words[first][0]) || /^(?:\d{1,4}|[–—-])$/u.test(words[first][0])) && !(SURNAME_PREPOSITION.test(words[first][0]) && /^(?:de[nr]?|het|'t)$/u.test(words[first + 1][0]))) first++;
    };
    skipLeading();
    // the article after a sentence's first word (`Ook de Rijksdienst …`, `Also the Agency …`) is the sentence's
    if (first > 0 && first < words.length - 1 && lowerDeterminers.has(words[first][0])) first++;
    // `Almaty-based Zhel Energy Partners LLP`: where the company sits or who owns it is said of the name, not in it
    while (first < words.length - 1 && lex.leadingEndings.some((e) => words[first][0].endsWith(e) && words[first][0].length > e.length)) first++;
    const beforeDateline = first;
    // a dateline's month before its year and dash (`7 October 2024 – Maasland University`)
    if (first < words.length - 3 && /^\d{4}$/u.test(words[first + 1][0]) && /^[–—-]$/u.test(words[first + 2][0])) first += 3;
    // a dateline's place and dash (`Rotterdam – Port of Rotterdam`)
    if (first < words.length - 2 && /^[–—]$/u.test(words[first + 1][0]) && isPlace(words[first][0])) first += 2;
    // the sentence opens after the dateline's dash, and its first word is the sentence's (`8 September 2026 – The Center for …`)
    if (first !== beforeDateline) skipLeading();
    let last = words.length;
    // `Government of Flanders Anna Peeters`, `Kazakh Invest Serik Omarov`: a first name and a surname closing the match
    const i = words.length - 2;
    if (i > first && rx.u`^\p{Lu}\p{Ll}`.test(words[i + 1][0]) && (isFirstName(words[i][0]) || (rx.u`^\p{Lu}\p{Ll}+$`.test(words[i][0]) && endsLikeSurname(words[i + 1][0])))) last = i;
    // `Chairman of the Board of Delta JSC Nurlan Abenov`, `het ministerie van Buitenlandse Zaken, Maarten de Vries`: a first name
    // after a legal form, which closes a name, or after a comma opens the person the name is the role's object of (the
    // surname left outside the match)
    const k = last - 1;
    if (k > first && isFirstName(words[k][0]) && (LEGAL_FORMS[words[k - 1][0]] !== undefined || words[k - 1][0].endsWith(","))) last = k;
    if (first >= last) return null;
    const offset = words[first].index!;
    const end = words[last - 1].index! + words[last - 1][0].length;
    return { offset, text: name.slice(offset, end).replace(/[\s,–-]+$/u, "") };
  };
  /** `Trade Agency and Delta JSC`: the institution ends before the last `and` when a legal form closes the match. */
  const cutBeforeCompany = (g: Record<string, string | undefined>) => {
    // words and the spaces between them, so that the name is cut as written
    const parts = g.name!.split(/(\s+)/);
    if (!LEGAL_FORMS[parts[parts.length - 1]]) return;
    for (let j = parts.length - 3; j > 0; j -= 2) {
      if (!joinWords.has(parts[j])) continue;
      g.name = parts.slice(0, j - 1).join("");
      return;
    }
  };
  const narrow = (g: Record<string, string | undefined>, group: string) => {
    const t = trim(g[group]!);
    if (!t) return null;
    g[group] = t.text;
    return t.text;
  };

  const originAdjectives = new Set(lex.originAdjectives);
  const closingHeads = new Set(lex.closingHeads);
  const modifierHeads = new Set(lex.modifierHeads);
  const isOriginAdjective = (w: string) =>
    originAdjectives.has(w) || (rx.u`^\p{Lu}\p{Ll}`.test(w) && lex.nationalityEndings.some((e) => w.length > e.length + 3 && w.endsWith(e)));
  const articleBefore = regex(`(?<![\\p{L}])(?:${caselessWords([...lex.determiners, ...lex.appositionArticles])})${SP}$`, "u");
  const personCues = new Set(lex.personCues);
  // a word that ends in a class noun (`bouwgroep`), tested once per word of the text: a look-up per cue length
  const cueEnding = endingTest(lex.quoteCues.map((c) => c.toLowerCase()));
  const endsInCue = (w: string) => cueEnding(w) !== undefined;
  const cueOf = (cue: string) => lex.quoteCues.find((c) => cue.toLowerCase().endsWith(c)) ?? cue;
  /** the kind a class noun gives a name without a head of its own (`hogeschool Karel de Grote` → education) */
  const cueKind = (cue: string): Kind => {
    const c = cueOf(cue);
    return lex.cueKinds?.[c] ?? headIndex.get(c) ?? "company";
  };
  /** a name that is a sentence-initial word, a person's (after a cue that can name one), a place, or an acronym of another kind;
   *  the object of a company role (`CEO of X`) is a company whatever its words (`Jan De Nul`) */
  // in a list the cue has classed (`companies such as Kortrijk Weaving`), a place may open a longer name
  const notCompanyName = (name: string, cue: string | null, listed = false) => {
    const words = name.split(/\s+/).filter((w) => w !== "&");
    // (a family name's particle opens a classed name of several words: `het baggerbedrijf Van Laere Dredging`)
    const particle = listed && words.length > 1 && FAMILY_NAME_START.test(words[0]);
    if (!rx.u`^\p{L}`.test(name) || (leading.has(words[0]) && !particle) || notAcronyms.has(words[0]) || (isPlace(words[0]) && !(listed && words.length > 1)) || isPlace(name)) return true;
    return cue !== null && personCues.has(cueOf(cue)) && words.some((w) => isFirstName(w));
  };
  // the next names of a list: `, B`, `, and C`, ` en C`, each one to four capitalised words, at most six
  const listItem = regex(`(?:,${SP}(?:(?:${alternation(lex.joins)})${SP})?|${SP}(?:${alternation(lex.joins)})${SP})(?<name>${CW}(?:${SP}(?:&${SP})?${CW}){0,3})(?![\\p{L}\\d])`, "yu");
  const listAfter = (text: string, from: number, cue: string) => {
    const out: { name: string; start: number; end: number }[] = [];
    listItem.lastIndex = from;
    for (let m: RegExpExecArray | null; out.length < 6 && (m = listItem.exec(text)); ) {
      const name = m.groups!.name;
      if (notCompanyName(name, cue, true)) break;
      const start = m.index + m[0].length - name.length;
      out.push({ name, start, end: start + name.length });
    }
    return out;
  };
  // `CEO`, `founder`, `Founder`: as written and with the first letter in either case (the name after it must be capitalised)
  const companyRoles = [...new Set(lex.companyRoles.flatMap((r) => [r, r[0].toUpperCase() + r.slice(1), r[0].toLowerCase() + r.slice(1)]))].filter((r) => !rx.u`^\p{Ll}\p{Lu}`.test(r));
  const notBetween = regex(`(?<![\\p{L}])(?:${alternation([...lex.links, ...lex.placeLinks, ...lex.determiners, ...lex.appositionArticles])})(?![\\p{L}])`, "iu");
  const atRoles = [...new Set(lex.atRoles.flatMap((r) => [r, r[0].toUpperCase() + r.slice(1)]))];
  // a lower-case object of the role before the company: `head of exports at X`, `CEO of the board of X`
  const roleObject = `${SP}(?:${links})${SP}\\p{Ll}[\\p{L}-]{0,25}(?:${SP}\\p{Ll}[\\p{L}-]{0,25}){0,2}`;
  // the capitalised words that end right before an apposition's comma
  const nameBefore = regex(`(?<![\\p{L}\\d&'’.-])(?<name>\\p{Lu}[\\p{L}\\d&'’]*(?:[.-][\\p{L}\\d]+)*(?:${SP}(?:&${SP})?${CW}){0,3})$`, "u");
  const placeSuffix = regex(`${SP}(?:${alternation(lex.placeLinks)})${SP}(\\S.*)$`, "u");
  const stateForms = lex.stateForms.length ? regex(`(?<![\\p{L}])(?:${caselessWords(lex.stateForms)})(?![\\p{L}])`, "gu") : /(?!)/g;
  const ownLinks = lex.links.filter((l) => !lex.foreignLinks.includes(l));
  const foreignThenOwn = lex.foreignLinks.length
    ? regex(`^(.*?${SP}(?:${alternation(lex.foreignLinks)})${SP}.*?)${SP}(?:${alternation(ownLinks)})${SP}`, "u")
    : /(?!)/;
  const joinedTail = regex(`${SP}(?:${joins})${SP}(\\p{Lu}[^\\s]*(?:${SP}\\p{Lu}[^\\s]*)?)$`, "u");
  const conjoined = regex(`${SP}(?:&|${joins})${SP}`, "u");
  // a person's name right before a bracket: a first name, then capitalised words and lower-case particles (`Sanne de Groot `)
  const personBeforeBracket = regex(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)(?:[^\\S\\n]+(?:\\p{Lu}[\\p{L}'’-]+|\\p{Ll}{1,3}))*?[^\\S\\n]+\\p{Lu}[\\p{L}'’-]+[^\\S\\n]*$`, "u");
  const portfolio = regex(`(?<![\\p{L}])(?:${alternation(lex.portfolioHeads)})${SP}(?:${links})${SP}(?:(?:${dets})${SP})?$`, "iu");

  // `and Industry`, `en Ondernemen`: at most two words, never another name's own (`and Kazakhstan's KTZ`,
  // `and Kazakhstan Temir Zholy (KTZ)`, `and Delta Logistics Group`)
  // nor a name with a head of its own (`Delft University of Technology and Wageningen University`: two institutions)
  const joined = `${SP}(?:${joins})${SP}(?!(?:${CW}${SP})?(?:${heads})(?![\\p{L}]))(?![^\\s]*['’]s(?![\\p{L}]))${CW}(?:${SP}${CW})?(?![\\p{L}\\d'’&-]|\\.(?=\\S)|${SP}(?:${CW}|\\())`;
  const complement = `(?:${SP}(?:${links})${SP}(?:(?:${dets})${SP})?(?!\\d)${CW}(?:${SP}${CW}){0,3}|${SP}(?:${alternation(lex.placeLinks)})${SP}${CW}(?:${SP}${CW}){0,2}|${joined}){0,5}`;
  // a head written as the end of a compound (`Exportvereniging`), where the language writes them so
  const headEnding = endingTest(Object.keys(lex.headEndings), 3);
  const endsInHeadEnding = (w: string) => headEnding(w) !== undefined;
  const headEndings = Object.keys(lex.headEndings).length ? `|\\p{Lu}\\p{Ll}{2,}(?:${alternation(Object.keys(lex.headEndings))})` : "";
  const topic = lex.topicLinks.length
    ? `(?:(?<=(?<![\\p{L}])(?:${alternation(lex.topicHeads)}))${SP}(?:${alternation(lex.topicLinks)})${SP}(?!(?:${alternation(lex.notTopics)})(?![\\p{L}]))${CW}(?:${SP}${CW}){0,3})?`
    : "";
  // (a compound's first part may stand for a second one, its head left to the last: `Fiscale Inlichtingen- en Opsporingsdienst`;
  // a number before a lower-case word is a figure after the name, not a word of it: `de Wereldbank 26 miljoen`)
  const institution = regex(
    `${CAP_START}(?<![\\p{L}\\d])(?<name>(?:${CW}(?:${SP}(?:[–&-]${SP})?|-${SP}(?:${joins})${SP})){0,4}(?:${heads}${headEndings})(?![\\p{L}])${topic}(?:${SP}(?:&${SP})?(?!\\d[\\d.,]*${SP}\\p{Ll})${CW}){0,2}${complement})`,
    "gu",
  );
  /** lower-case heads, where the language writes them so (none in English) */
  const placeClassAfter = lex.placeClassesAfter.length ? `(?:${SP}(?:${alternation(lex.placeClassesAfter)}))?` : "";
  const placeClass = lex.placeClasses.length ? `(?:(?:${alternation(lex.placeClasses)})${SP})?` : "";
  const lowerHeadRules = (): Rule<OrganisationCandidate>[] =>
    lex.lowerHeads.length
      ? [
          {
            id: id("lower-head"),
            // `het ministerie van Buitenlandse Zaken`, `het ministerie van Landbouw, Natuur en Voedselkwaliteit`
            pattern: regex(
              // one `en` closes the portfolio list: a second one joins another organisation (`… en Klimaat en Oostland University`)
              `(?<![\\p{L}])(?<name>(?:${alternation(lex.lowerHeads)})${SP}(?:${links})${SP}${placeClass}${CW}(?:(?:,${SP}|${SP})${CW}){0,4}(?:${SP}(?:${joins})${SP}${CW}(?:${SP}${CW})?)?(?:${SP}(?:${links})${SP}${CW})?${placeClassAfter})(?![\\p{L}\\d])`,
              "gu",
            ),
            spanGroup: "name",
            priority: 0,
            normalize: (g) => {
              const name = narrow(g, "name");
              return name ? { name, kind: kindOf(name.charAt(0).toUpperCase() + name.slice(1)) } : null;
            },
            ...ex("lower-head"),
          },
        ]
      : [];
  /** `het waterschap Rivierenland`: a body named right after its lower-case head, where the language has such heads */
  const namedBodyRules = (heads: string[] = []): Rule<OrganisationCandidate>[] =>
    heads.length
      ? [
          {
            id: id("named-body"),
            pattern: regex(`(?<![\\p{L}])(?<head>${alternation(heads)})${SP}(?<name>${CW}(?:${SP}${CW}){0,2})(?![\\p{L}\\d-])`, "gu"),
            starts: { words: heads },
            priority: 0,
            normalize: (g) => (notAcronyms.has(g.name!) || leading.has(g.name!) ? null : { name: `${g.head} ${g.name}`, kind: "government" }),
            ...ex("named-body"),
          },
        ]
      : [];

  /** `Ministry of Agriculture, Fisheries, Food Security and Nature of the Netherlands`: a list of portfolios closed by `and`,
   *  each opening with a portfolio's word, so that a list of bodies (`the Ministry of Energy, Kazatomprom and X`) is not one */
  const portfolioListRules = (): Rule<OrganisationCandidate>[] => {
    if (!lex.portfolioBodies?.length || !lex.portfolioWords?.length) return [];
    const item = `(?:${alternation(lex.portfolioWords)})(?:${SP}(?!(?:${joins}|${links})(?![\\p{L}]))[\\p{Lu}][\\p{Ll}]+)?`;
    return [
      {
        id: id("portfolio-list"),
        pattern: regex(
          `(?<![\\p{L}])(?<name>(?:${alternation(lex.portfolioBodies)})${SP}(?:${links})${SP}(?:(?:${dets})${SP})?${item}(?:,${SP}${item}){1,5},?${SP}(?:${joins})${SP}${item}(?:${SP}(?:${links})${SP}(?:(?:${dets})${SP})?${CW}(?:${SP}${CW}){0,3})?)(?![\\p{L}\\d])`,
          "gu",
        ),
        starts: startsOf(lex.portfolioBodies),
        spanGroup: "name",
        priority: 1,
        normalize: (g) => ({ name: g.name!.replace(/\s+/gu, " "), kind: "government" }),
        ...ex("portfolio-list"),
      },
    ];
  };

  const adjectiveHeadRules = (): Rule<OrganisationCandidate>[] =>
    Object.keys(lex.adjectiveHeads).length
      ? [
          {
            id: id("nationality-head"),
            // `de Nederlandse ambassade`, `het Belgische consulaat`: the country's mission, named by its adjective
            pattern: regex(`(?<![\\p{L}])(?:${alternation(lex.determiners.flatMap((d) => [d, d[0].toUpperCase() + d.slice(1)]))})${SP}(?<name>\\p{Lu}\\p{Ll}+(?:${alternation(lex.nationalityEndings)})${SP}(?<head>${alternation(Object.keys(lex.adjectiveHeads))}))(?![\\p{L}])`, "gu"),
            starts: { near: { words: Object.keys(lex.adjectiveHeads), reach: 40 } },
            spanGroup: "name",
            priority: 0,
            normalize: (g) => ({ name: g.name!.replace(/\s+/gu, " "), kind: lex.adjectiveHeads[g.head!] ?? "other" }),
            ...ex("nationality-head"),
          },
        ]
      : [];

  /** An institution's name and kind, and the institution that owns it when the text names one before a possessive. */
  const institutionValue = (g: Record<string, string | undefined>, m: RegExpExecArray): OrganisationCandidate | null => {
    let owned: NonNullable<OrganisationCandidate["listed"]>[number] | null = null;
    const matched = g.name!;
    // one compound alone on its line is a site's menu item or a heading (`Kennisbank`, `Klantendienst`), not a body the text names
    if (!/\s/.test(matched) && aloneOnLine(m.input, m.index, m.index + m[0].length)) return null;
    // a heading's words after the body's name: the label of the act's number (`Resolution of the Government … No. 512`) and
    // a verb in capitals (`the Government … RESOLVES:`, `de Raad BESLUIT:`); a name in mixed case takes no capitals word last
    const rest = m.input.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (numberLabelLast.test(g.name!) && /^\.?[^\S\n]?\d/.test(rest)) g.name = g.name!.replace(numberLabelLast, "");
    if (rx.u`\p{Ll}`.test(g.name!)) g.name = g.name!.replace(rx.u`[^\S\n]+\p{Lu}{4,}$`, "");
    cutBeforeCompany(g);
    // `NASA's Goddard Space Flight Center`, `San Francisco's Moscone Center`, `Tufts University’s Feinstein International
    // Center`: an owner that is an acronym, a place or an institution is another name; a common noun's possessive is part
    // of the name (`Sheriff’s Department`, `Attorney’s Office`)
    const owner = ownerBefore.exec(g.name!);
    if (owner && ownerIsName(owner[1])) {
      g.name = g.name!.slice(owner[0].length);
      const t = firstHead.test(owner[1]) ? trim(owner[1]) : null;
      const at = m.index + m[0].indexOf(matched);
      if (t && !headIndex.has(t.text.toLowerCase())) owned = { name: t.text, start: at + t.offset, end: at + t.offset + t.text.length, kind: kindOf(t.text) };
    }
    const value = ownedValue(g);
    return value && owned ? { ...value, listed: [owned] } : value;
  };
  // a head that only closes a name (`Van Dijk Advocaten`, `Amnesty International`) opens none and stands last, unless the
  // name has another head that makes it one (`International Monetary Fund`, `Peterson Institute for International Economics`)
  const closesName = (name: string) => {
    const last = name.slice(name.lastIndexOf(" ") + 1);
    return closingHeads.has(last) || modifierHeads.has(last);
  };
  const misplacedClosingHead = (name: string) => {
    const ws = name.split(/\s+/u);
    const misplaced = (i: number) => i === 0 || i < ws.length - 1;
    if (ws.some((w, i) => closingHeads.has(w) && misplaced(i))) return true;
    if (ws.some((w) => headIndex.has(w.toLowerCase()) && !modifierHeads.has(w))) return false;
    return ws.some((w, i) => modifierHeads.has(w) && misplaced(i));
  };
  const ownedValue = (g: Record<string, string | undefined>): OrganisationCandidate | null => {
    const value = locatedValue(g);
    return value && misplacedClosingHead(value.name) ? null : value;
  };
  const locatedValue = (g: Record<string, string | undefined>): OrganisationCandidate | null => {
    const name = narrow(g, "name");
    if (!name) return null;
    // a head alone (`the Embassy`) names no one in particular; a head that is a name of its own, its words joined by a
    // link (`de Kamer van Koophandel`, `the Chamber of Commerce`), names the one the reader knows
    if (headIndex.has(name.toLowerCase()) && !linkedHead.test(name)) return null;
    const kind = kindOf(name);
    // `in Astana` belongs to an embassy's name, `in Belgium` to a national body's (`Federation of Enterprises in Belgium`),
    // not to a forum's town, nor is a year any place (`Europese Unie in 2023`)
    const located = placeSuffix.exec(name);
    const where = located ? gazetteer(lex.lang).get(placeKey(located[1])) : undefined;
    // `Embassy of Belgium in Kazakhstan` and `Embassy of the Kingdom of Belgium in Astana`: one mission, known by its
    // sending state without the state's form and by the country it is in
    if (located && where?.rank === 0 && where.country && kind === "diplomatic") {
      const sender = name.slice(0, located.index).replace(stateForms, " ");
      return { name, kind, key: `${foldKey(sender)}@${where.country}` };
    }
    if (located && !(where?.rank === 0 && (kind === "diplomatic" || where.kind === "country"))) {
      g.name = name.slice(0, located.index);
      return headIndex.has(g.name.toLowerCase()) ? null : { name: g.name, kind: kindOf(g.name) };
    }
    // `Institute of Soil Science van de universiteit`: a name written in another language ends before the language's own link
    const foreign = foreignThenOwn.exec(name);
    if (foreign) {
      g.name = name.slice(0, foreign.index + foreign[1].length);
      return headIndex.has(g.name.toLowerCase()) ? null : { name: g.name, kind: kindOf(g.name) };
    }
    // `Port of Antwerp and Aktau`, `Haven van Rotterdam en Vlaamse`: a place or an adjective joined at the end is no part of the name
    // (an adjective by the language's own endings: English `Excise`, `Defense` end as Dutch adjectives do); nor are the words
    // joined to a name that has joined its own already (`Agentschap Innoveren & Ondernemen en Voka`, `Ministry of Trade and
    // Integration and Kazakh Invest`): a name has one conjunction, as a lower-case head's portfolio list has one; nor are those
    // joined to a head that closes a name (`KTZ Express and PSA Antwerp`)
    const tail = joinedTail.exec(name);
    if (tail && (isPlace(tail[1]) || isOriginAdjective(tail[1]) || conjoined.test(name.slice(0, tail.index)) || closesName(name.slice(0, tail.index)))) {
      g.name = name.slice(0, tail.index);
      return headIndex.has(g.name.toLowerCase()) ? null : { name: g.name, kind: kindOf(g.name) };
    }
    return { name, kind };
  };

  return [
    ...adjectiveHeadRules(),
    {
      id: id("legal-form"),
      // the form closes the name: only capitals a few words before one are tried
      starts: { near: { ...startsOf(Object.keys(LEGAL_FORMS)), reach: 300 } },
      pattern: regex(
        `${CAP_START}(?<![\\p{L}\\d])(?<name>(?:(?:${FAMILY_PARTICLE}|${CW})${SP}(?:&${SP})?){0,4}${CW},?${SP}(?<form>${alternation(Object.keys(LEGAL_FORMS))}))(?![\\p{L}\\d])`,
        "gu",
      ),
      spanGroup: "name",
      priority: 2,
      normalize: (g, ctx, m) => {
        const raw = g.name!;
        const rawAt = m.index + m[0].indexOf(raw);
        let name = narrow(g, "name");
        if (!name) return null;
        // `Stand B21: De Korenmolen nv`, `…; Van Dijk Silo's BV`: an article or a family particle in capitals where the
        // sentence goes on (after a colon, a semicolon, a comma or a word) opens the name, for the language writes it in
        // lower case there; only a sentence's first word is the sentence's
        const opener = raw.split(/\s+/u)[0];
        if (name !== raw && raw.endsWith(name) && raw.slice(opener.length).trimStart() === name && nameOpeners.has(opener) && sentenceGoesOn.test(ctx.text.slice(Math.max(0, rawAt - 3), rawAt)))
          name = g.name = raw;
        if (name.split(/\s+/).length < 2) return null;
        // a Dutch postcode whose letters spell a legal form (`3011 AB Rotterdam`) is an address
        if (/(?:^|\s)[1-9]\d{3}\s+\p{Lu}{2}$/u.test(name)) return null;
        // `het Goudse Polder Pumps BV`, `the Kazakh Steppe Solar LLP`: an adjective of origin after an article says where the company is from
        const first = name.split(/\s+/u)[0];
        if (name.split(/\s+/u).length > 2 && isOriginAdjective(first) && articleBefore.test(ctx.text.slice(Math.max(0, m.index + m[0].indexOf(name) - 8), m.index + m[0].indexOf(name)))) {
          name = g.name = name.slice(first.length).trimStart();
        }
        // `Akkerbouwcoöperatie Veldwerk U.A. heeft …`: a compound class noun opening a sentence, which mid-sentence the language
        // writes in lower case (`de akkerbouwcoöperatie Veldwerk`), classes the name after it, when the text calls it by that name
        // elsewhere too (`Veldwerk levert …`), not by the compound (`Rabobank`, `Eurobank` name their bank)
        if (name.split(/\s+/u).length > 2 && sentenceOpensAt(ctx.text, m.index + m[0].indexOf(name))) {
          const [head, rest] = name.split(/\s+/u);
          const cue = lex.quoteCues.find((c) => head.toLowerCase().endsWith(c));
          if (cue && head.length >= cue.length + 3 && !isPlace(rest) && calledAlone(ctx.text, head, rest)) name = g.name = name.slice(head.length).trimStart();
        }
        // `Opslagbedrijf Lekhaven Bulk Services BV (LBS)`: the acronym after it spells where the name begins
        const acronym = acronymAfter.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[1];
        if (acronym) {
          const words = name.split(/\s+/u);
          const core = words.slice(0, -1);
          // the whole name spells it (`Caspian Sea Terminal JSC (CST)`)
          if (acronymOf(core.join(" "), acronym)) return { name, kind: LEGAL_FORMS[g.form!] ?? "company", alias: acronym };
          for (let from = 1; from < core.length && !acronymOf(core.join(" "), acronym); from++)
            if (acronymOf(core.slice(from).join(" "), acronym)) {
              g.name = words.slice(from).join(" ");
              return { name: g.name, kind: LEGAL_FORMS[g.form!] ?? "company", alias: acronym };
            }
        }
        return { name, kind: LEGAL_FORMS[g.form!] ?? "company" };
      },
      ...ex("legal-form"),
    },
    {
      id: id("quoted"),
      pattern: regex(
        `[«“„"‘](?<name>[\\p{Lu}\\d][\\p{L}\\d&'’ .-]{0,60}?)[»”"’](?![\\p{L}])`,
        "gu",
      ),
      spanGroup: "name",
      priority: 1,
      normalize: (g, ctx, m) => {
        const name = g.name!.trim();
        const words = name.split(/\s+/);
        // a quoted name is short and capitalised; a quoted sentence or slogan is not a name
        if (words.length > 5 || words.some((w) => rx.u`^\p{Ll}`.test(w) && w.length > 3)) return null;
        // a term the text defines in brackets (`(the "Company")`) names nothing
        if (definition.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
        const guillemets = m[0].includes("«");
        // a cue right before the quote (`the company “Delta”`), read backwards so that the pattern starts at the quote
        const cued = () => quoteCue.test(ctx.text.slice(wordStartBefore(ctx.text, m.index, 80), m.index));
        if (!guillemets && !LEGAL_FORMS[words[words.length - 1]] && kindOf(name) === "other" && !cued()) return null;
        g.name = name;
        return { name, kind: kindOf(name) === "other" ? "company" : kindOf(name) };
      },
      ...ex("quoted"),
    },
    {
      id: id("cued"),
      // a class noun in apposition before an unquoted name: `the logistics group Katoen Natie`, `het bedrijf Besix`
      // (a compound counts: `bouwgroep`, `staalproducent`)
      // `companies such as A, B and C`, `bedrijven zoals A en B`: a list after the cue, each name classed by it
      pattern: regex(`(?<![\\p{L}])(?<cue>[\\p{L}-]{0,20}?(?:${alternation(lex.quoteCues)}))(?:,?${SP}(?<intro>${alternation(lex.listIntros)}))?${SP}(?<name>${CW}(?:${SP}(?:&${SP})?${CW}){0,3})(?![\\p{L}\\d])`, "gu"),
      starts: { wordTest: endsInCue },
      spanGroup: "name",
      priority: 0,
      normalize: (g, ctx, m) => {
        // a person (`partner Jan Peeters`), a place (`investor Belgium`) or a sentence-initial word is no company name;
        // after a cue no person is called by (`hogeschool Karel de Grote`), a first name is part of the name
        // a place may open a longer name the class noun classes (`het staatsbedrijf Pavlodar Petrochem`), as in a list
        if (notCompanyName(g.name!, g.cue!, true)) return null;
        // a file's reference after a compound that ends like a class noun (`Ons kenmerk ABC-2026/0147`) is no name
        if (/[-/]\d/u.test(g.name!)) return null;
        const kind = kindOf(g.name!);
        // the class noun gives the kind when the name has no head (`hogeschool Karel de Grote` → education)
        const value = { name: g.name!, kind: kind === "other" ? cueKind(g.cue!) : kind };
        return g.intro ? { ...value, listed: listAfter(ctx.text, m.index + m[0].length, g.cue!) } : value;
      },
      ...ex("cued"),
    },
    {
      id: id("cued-apposition"),
      // the name in apposition after its class noun, between commas: `the new company, Scheldt Altyn Logistics, will …`
      pattern: regex(
        `(?<![\\p{L}])(?:${alternation([...lex.determiners, ...lex.appositionArticles, ...lex.possessives])})${SP}(?:\\p{Ll}[\\p{L}-]*${SP}){0,2}?(?<cue>[\\p{L}-]{0,20}?(?:${alternation(lex.quoteCues)})),${SP}(?<name>${CW}(?:${SP}(?:&${SP})?${CW}){0,3}),`,
        "gu",
      ),
      starts: startsOf([...lex.determiners, ...lex.appositionArticles, ...lex.possessives]),
      spanGroup: "name",
      priority: 0,
      normalize: (g) => {
        if (notCompanyName(g.name!, g.cue!) || g.name!.split(/\s+/).length < 2) return null;
        const kind = kindOf(g.name!);
        return { name: g.name!, kind: kind === "other" ? cueKind(g.cue!) : kind };
      },
      ...ex("cued-apposition"),
    },
    {
      id: id("apposition"),
      // the name classed by an apposition after it: `Delta Rail, a Kazakh logistics company`, `Delta, een Kazachs bedrijf`;
      // the pattern starts at the comma (rare before an article), and the name is read backwards from it
      pattern: regex(
        `,${SP}(?:${alternation(lex.appositionArticles)}|(?<definite>${alternation(lex.determiners)})(?=${SP}(?:\\p{Lu}\\p{Ll}|\\p{Ll}+${SP})))${SP}(?<between>(?:[\\p{L}-]{1,25}${SP}){0,3}?)(?<cue>[\\p{L}-]{0,20}?(?:${alternation(lex.quoteCues)}))(?![\\p{L}])`,
        "gu",
      ),
      starts: { symbols: [","] },
      priority: 0,
      normalize: (g, ctx, m) => {
        // `X, a member of the group`: the class noun must be the apposition's own head, not an object inside it
        if (g.between && notBetween.test(g.between)) return null;
        // `Vexalis, the Belgian export credit insurer,`, `Temir Cargo, the national rail operator,`: a definite apposition after an
        // adjective, closed where the class noun ends (not `the Belgian company's CEO`, nor `the company said`)
        if (g.definite && !/^\s*[,.;]/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
        const from = wordStartBefore(ctx.text, m.index, 100);
        const named = nameBefore.exec(ctx.text.slice(from, m.index));
        const t = named ? trim(named.groups!.name) : null;
        // the apposition classes the name as a list's cue does: a place may open a longer one (`Kazakhstan Temir Zholy, the national railway company`)
        if (!t || notCompanyName(t.text, g.cue!, true)) return null;
        if (g.definite && t.text.split(/\s+/u).some((w) => isFirstName(w))) return null;
        const start = from + named!.index + t.offset;
        const kind = kindOf(t.text);
        return { name: t.text, kind: kind === "other" ? cueKind(g.cue!) : kind, at: { start, end: start + t.text.length } };
      },
      ...ex("apposition"),
    },
    {
      id: id("company-role"),
      // the object of a company role: `CEO of Delta Feed Solutions`, `topman van Delta`, `Chairman of the Board of Delta`
      pattern: regex(
        `(?<![\\p{L}])(?:(?:${alternation(companyRoles)})(?:${roleObject})?${SP}(?:${alternation(lex.companyRoleLinks)})|(?:${alternation(atRoles)})(?:${roleObject})?${SP}(?:${alternation(lex.atRoleLinks)}))${SP}(?<name>${CW}(?:${SP}(?:&${SP})?${CW}){0,3})(?![\\p{L}\\d&'’-])`,
        "gu",
      ),
      spanGroup: "name",
      priority: 0,
      normalize: (g) => {
        // `CEO of Disney’s streaming arm`: the company without its possessive
        g.name = g.name!.replace(/['’]s$/u, "");
        const name = narrow(g, "name");
        // `of the Board` names no one
        if (!name || !rx.u`^\p{Lu}`.test(name) || headIndex.has(name.toLowerCase()) || notCompanyName(name, null)) return null;
        const kind = kindOf(name);
        return { name, kind: kind === "other" ? "company" : kind };
      },
      ...ex("company-role"),
    },
    {
      id: id("ampersand"),
      // capitalised words joined by `&` name a firm or an agency (`Peeters & Janssens`, `Flanders Investment & Trade`)
      pattern: regex(`${CAP_START}(?<![\\p{L}\\d&'’.-])(?<name>${CW}(?:${SP}${CW}){0,3}${SP}&${SP}${CW}(?:${SP}${CW}){0,2})(?![\\p{L}\\d&'’-])`, "gu"),
      starts: { near: { symbols: ["&"], reach: 70 } },
      spanGroup: "name",
      priority: 0,
      normalize: (g, ctx, m) => {
        const name = narrow(g, "name");
        if (!name || !name.includes("&")) return null;
        const [left, right] = name.split(/\s*&\s*/);
        // `Sun & Mon`, `War & Peace`: two single words joined are as often a title as a firm; a cue finds the firm (`law firm X & Y`)
        if (!/\s/.test(left)) return null;
        // two places or two first names joined are no firm; a minister's portfolio (`Trade & Investment`) is none either
        if ((isPlace(left) && isPlace(right)) || (isFirstName(left) && isFirstName(right)) || leading.has(right.split(/\s+/)[0])) return null;
        const at = m.index + m[0].indexOf(name);
        if (portfolio.test(ctx.text.slice(Math.max(0, at - 60), at))) return null;
        const kind = kindOf(name);
        return { name, kind: kind === "other" ? "company" : kind };
      },
      ...ex("ampersand"),
    },
    {
      id: id("camel-case"),
      // a brand written as one word with capitals inside it (`KazMunayGas`, `ThyssenKrupp`, `PostNL`): a company, as no
      // word of either language is written so; not a surname with its prefix (`McLean`, `DeVries`), two names a lost space
      // glued (`SofieLambrechts`: a person), a degree or a legal form (`PhD`, `GmbH`), a handle, a tag or a path
      // (its inner capitals are ASCII, each opening a word or an acronym: `Petrović` has none, `OmegA` no word after its capital)
      pattern: rx.gu`(?<![\p{L}\d&'’.@#/_-])(?<name>\p{Lu}\p{Ll}+(?:[A-Z][a-z\d]+|[A-Z]{2,}(?![a-z])){1,3})(?![\p{L}\d&@_-]|['’]\p{L}{2}|\.\p{L})`,
      priority: -1,
      normalize: (g, ctx, m) => {
        const name = g.name!;
        const first = /^\p{Lu}\p{Ll}+/u.exec(name)![0];
        if (name.length < 5 || SURNAME_PREFIX.test(first) || isFirstName(first) || notAcronyms.has(name) || isNotAcronym(name) || isPlace(name)) return null;
        // the last word of a longer name (`Sambre BioPharma’s CEO`, the company `Sambre BioPharma SA`): a capitalised word
        // inside the sentence right before it is the name's too
        if (CAP_WORD_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
        return { name, kind: "company" };
      },
      ...ex("camel-case"),
    },
    ...lowerHeadRules(),
    ...portfolioListRules(),
    ...namedBodyRules(lex.namedBodies),
    {
      id: id("institution"),
      pattern: institution,
      starts: { near: { ...startsOf(Object.keys(lex.heads)), ...(headEndings ? { lookup: () => ({ has: endsInHeadEnding }) } : {}), reach: 250 } },
      spanGroup: "name",
      priority: 1,
      // the institution that owns it is named too (`Tufts University’s Feinstein International Center`)
      normalize: (g, _ctx, m) => institutionValue(g, m),
      ...ex("institution"),
    },
    {
      id: id("acronym-pair"),
      starts: { near: { symbols: ["("], reach: 400 } },
      pattern: regex(
        `${CAP_START}(?<![\\p{L}\\d])(?<name>${CW}(?:(?:${SP}(?:(?:${links}|${joins}|${dets})${SP}){0,2}|-${SP}(?:${joins})${SP})${CW}){1,7})${SP}\\((?<alias>\\p{Lu}[\\p{Lu}&]{1,7})\\)`,
        "gu",
      ),
      spanGroup: "name",
      priority: 3,
      normalize: (g) => {
        // the long form is the run of words whose initials spell the acronym, read from its end
        const words = g.name!.split(/\s+/);
        for (let from = 0; from < words.length - 1; from++) {
          const candidate = words.slice(from).join(" ");
          if (!rx.u`^\p{Lu}`.test(words[from]) || leading.has(words[from])) continue;
          if (acronymOf(candidate, g.alias!)) {
            g.name = candidate;
            return { name: candidate, kind: kindOf(candidate), alias: g.alias! };
          }
        }
        // a translated name with the original acronym (`Netherlands Enterprise Agency (RVO)`); `A and the B (X)` is two
        // organisations, and the acronym is B's
        const pairs = allMatches(pairJoin, g.name!);
        if (pairs.length) {
          const last = pairs[pairs.length - 1];
          g.name = g.name!.slice(last.index! + last[0].length);
        }
        const named = trim(g.name!);
        if (named && kindOf(named.text) !== "other") {
          g.name = named.text;
          return { name: named.text, kind: kindOf(named.text), alias: g.alias! };
        }
        return null;
      },
      ...ex("acronym-pair"),
    },
    {
      id: id("party-after-name"),
      // a member's party in brackets after the name (`Sanne de Groot (VVD)`, `Fatima el Amrani (D66)`, `Senator Ann Ross (Labour Party)`
      // not: the brackets then spell the name's own initials, `Steppe Capital Partners (SCP)`): a person's first name opens the
      // words before the bracket, and the party's name has two capitals or a capital and digits
      pattern: regex(`(?<=\\p{L}[^\\S\\n]\\()(?<name>\\p{Lu}[\\p{L}\\d&-]{1,20}(?:[^\\S\\n]\\p{Lu}\\p{Ll}+)?)(?=\\))`, "gu"),
      spanGroup: "name",
      priority: 1,
      normalize: (g, ctx, m) => {
        const name = g.name!;
        // a word of it with a second capital or a digit (`VVD`, `D66`, `GroenLinks-PvdA`, `CD&V`): not a person in brackets (an actor
        // after a role: `William Wallace (Mel Gibson)`), nor a party's initial with a state's code (`Rep. Brian Babin (R-TX)`)
        if (!rx.u`(?:^|\s)\p{Lu}[\p{L}\d&-]*[\p{Lu}\d]`.test(name) || isPlace(name) || rx.u`^\p{Lu}-\p{Lu}{2}$`.test(name)) return null;
        const run = personBeforeBracket.exec(ctx.text.slice(Math.max(0, m.index - 60), m.index - 1));
        if (!run) return null;
        // the name opens at its first name (`Kamerleden Sanne de Groot`: a title may stand before it)
        const words = run[0].trim().split(/\s+/u);
        const at = words.findIndex((w, i) => i < words.length - 1 && isFirstName(w));
        if (at < 0) return null;
        const initials = words.slice(at).filter((w) => rx.u`^\p{Lu}`.test(w)).map((w) => w[0]).join("");
        if (initials === name.replace(/[^\p{Lu}]/gu, "")) return null;
        return { name, kind: "party" };
      },
      ...ex("party-after-name"),
    },
    {
      id: id("acronym"),
      // with the town or region it is of (`KU Leuven`, `POM West-Vlaanderen`, `UZ Gent`)
      pattern: regex(`${CAP_START}(?<![\\p{L}\\d&.-])(?<name>(?<acronym>\\p{Lu}[\\p{Lu}&]{1,6})(?![\\p{L}\\d&-])(?:[^\\S\\n](?<place>\\p{Lu}\\p{Ll}[\\p{L}-]*)(?![\\p{L}\\d]))?)`, "gu"),
      spanGroup: "name",
      priority: -1,
      normalize: (g, ctx, m) => {
        const name = g.acronym!;
        const town = g.place ? gazetteer(lex.lang).get(placeKey(g.place)) : undefined;
        const ofTown = town !== undefined && town.rank === 0 && (town.kind === "city" || town.kind === "region");
        g.name = ofTown ? `${name} ${g.place}` : name;
        if (notAcronyms.has(name) || isNotAcronym(name) || isPlace(name)) return null;
        if (tickerBefore.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
        // a time zone after a clock time (`at 09:00 BST`, `om 14.00 CET`), and a term the text defines by common nouns
        // (`total cash cost (TCC)`, `kasstroom uit bedrijfsactiviteiten (KUB)`)
        if (/(?<![\d:.])\d{1,2}[:.]\d{2}[^\S\n]*$/u.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) || definesTerm(ctx.text, name)) return null;
        // a heading in capitals alone on its line (`BESLUIT:`, `DECISION`) is a word, no acronym
        if (name.length >= 5 && /(?:^|\n)[^\S\n]*$/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) && /^[^\S\n]*:?[^\S\n]*(?:\n|$)/.test(ctx.text.slice(m.index + name.length, m.index + name.length + 4))) return null;
        // the country of a currency sign (`US$ 40 miljoen`), the letters of a Dutch postcode (`3011 AB Rotterdam`)
        if (/^\p{Sc}/u.test(ctx.text.slice(m.index + name.length, m.index + name.length + 1)) || (name.length === 2 && /(?<![\d])[1-9]\d{3}[^\S\n]$/u.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)) && rx.u`^(?:[^\S\n]+\p{Lu}\p{Ll}|[^\S\n]*(?:\n|$))`.test(ctx.text.slice(m.index + 2, m.index + 6)))) return null;
        // a small town opening a dateline (`DOKKUM – …`) is a place, not an acronym
        if (!g.place && gazetteer(lex.lang).get(placeKey(name)) !== undefined && isDatelinePlace(ctx.text, m.index, name)) return null;
        // words of an all-caps line (`WEST FLANDERS, BELGIUM`) are no acronyms
        const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
        const after = ctx.text.slice(m.index + name.length, m.index + name.length + 30);
        if (rx.u`\p{Lu}{2,}[\s,.:;–-]+$`.test(before) || rx.u`^[\s,.:;–-]+\p{Lu}{2,}(?![\p{Ll}])`.test(after)) return null;
        return { name: g.name, kind: "other" };
      },
      ...ex("acronym"),
    },
    {
      id: id("dateline-agency"),
      // `ASTANA. KAZPRESS – The …`, `– A Dutch firm`: an all-caps word between an all-caps dateline and the body
      pattern: rx.gu`(?=[A-Z])(?<=(?:\p{Lu}{2,}|(?<![\p{L}\d])\d{4})[.,]?[^\S\n]+)(?<name>\p{Lu}{4,}(?:-\p{Lu}+)?)(?=[^\S\n]+(?:[-–—][^\S\n]+)?\p{Lu}(?:\p{Ll}|[^\S\n]\p{L}\p{Ll}))`,
      priority: 2,
      normalize: (g) => (isPlace(g.name!) || notAcronyms.has(g.name!) ? null : { name: g.name!, kind: "media" }),
      ...ex("dateline-agency"),
    },
    {
      id: id("listing"),
      // the exchange a company is listed on, named in brackets with its ticker (`Lysbrook NV (Nasdaq Tallinn: LYS)`, `(KASE: KZTK)`)
      pattern: regex(`(?<=[\\p{L}.][^\\S\\n]?)\\([^\\S\\n]*(?<name>\\p{Lu}[\\p{L}-]*(?:[^\\S\\n]\\p{Lu}[\\p{L}-]*){0,2})(?=[^\\S\\n]*:[^\\S\\n]*\\p{Lu}[\\p{Lu}\\d.]{1,5}[^\\S\\n]*\\))`, "gu"),
      starts: { symbols: ["("] },
      spanGroup: "name",
      priority: 1,
      normalize: (g) => (isPlace(g.name!) || notAcronyms.has(g.name!) || leading.has(g.name!.split(/\s+/)[0]) ? null : { name: g.name!, kind: "other" }),
      ...ex("listing"),
    },
    {
      id: id("copyright-holder"),
      // `© 2031 Caspian Freight Review.`, `Copyright 2030 Port of Temirbay`: who holds the rights of a page is an organisation;
      // its line is the site's footer (text/furniture.ts), so it counts only where the article names it too
      pattern: regex(`(?:©|\\([Cc]\\)|[Cc]opyright)(?:${SP}©)?${SP}(?:\\d{4}(?:[–-]\\d{4})?${SP})?(?<name>\\p{Lu}[\\p{L}\\d&'’-]*(?:(?:${SP}(?:${links}|${joins}|${dets}))?${SP}\\p{Lu}[\\p{L}\\d&'’-]*){1,5})(?=[^\\S\\n]*(?:[.,|·–—-]|\\n|$))`, "gu"),
      spanGroup: "name",
      priority: 1,
      normalize: (g) => {
        const first = g.name!.split(/\s+/u)[0];
        // a photographer's credit (`© Anna Peeters`) is a person's
        // (an article opens a paper's name: `De Kempische Courant`, `The Steppe Times`)
        if (isFirstName(first) || (leading.has(first) && !lowerDeterminers.has(first.toLowerCase())) || isPlace(g.name!)) return null;
        return { name: g.name!, kind: kindOf(g.name!) };
      },
      ...ex("copyright-holder"),
    },
    {
      id: id("dateline-source"),
      // `ALMATY, Sept 23, 2025 (Central Asia Business Wire) -`, `LONDON (Reuters) –`: the agency in brackets between a dateline and its dash
      pattern: regex(`\\((?<name>\\p{Lu}[\\p{L}\\d&'’.-]*(?:${SP}\\p{Lu}[\\p{L}\\d&'’.-]*){0,4})\\)${SP}[-–—]${SP}`, "gu"),
      starts: { symbols: ["("] },
      spanGroup: "name",
      priority: 2,
      normalize: (g, ctx, m) => {
        const lineStart = ctx.text.lastIndexOf("\n", m.index - 1) + 1;
        const line = ctx.text.slice(lineStart, m.index);
        // the line opens with a place in capitals and holds nothing but the dateline
        if (line.length > 60 || !rx.u`^[^\S\n]*\p{Lu}{2,}[\p{Lu}'’ -]*(?:,|[^\S\n]*$)`.test(line)) return null;
        if (isPlace(g.name!) || notAcronyms.has(g.name!)) return null;
        return { name: g.name!, kind: "media" };
      },
      ...ex("dateline-source"),
    },
    {
      id: id("cited-source"),
      starts: { near: { ...startsOf([...lex.sourceAfter, ...lex.sourceBefore]), reach: 150 } },
      pattern: regex(
        `(?<![\\p{L}])(?:(?<name>\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+){0,2})${SP}(?:${alternation(lex.sourceAfter)})(?=[\\s.,])|(?:${alternation(lex.sourceBefore)})${SP}(?<name2>\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+){0,2})(?=[\\s.,)]))`,
        "gu",
      ),
      spanGroup: "name",
      priority: 0,
      normalize: (g, ctx) => {
        const name = (g.name ?? g.name2)!;
        if (g.name2) g.name = g.name2;
        const words = name.split(/\s+/);
        if (words.some((w) => leading.has(w) || isFirstName(w) || titleHeads.has(w.toLowerCase())) || isPlace(name) || isPlace(words[words.length - 1]) || headIndex.has(name.toLowerCase()))
          return null;
        // `according to Yeldos Temirbekov`, `volgens Aigerim Seitkaliyeva`: a family name's ending is a person's, whatever the first name
        if (endsLikeSurname(words[words.length - 1])) return null;
        // `aldus Lankhorst`, `according to Berg`: a word the document writes after a first name is a person's surname, no source
        if (words.length === 1 && isSurnameInText(ctx.text, name, (w) => isFirstName(w) || !(leading.has(w) || isPlace(w) || headIndex.has(w.toLowerCase()) || isOriginAdjective(w))))
          return null;
        if (kindOf(name) !== "other") return null;
        return { name, kind: "media" };
      },
      ...ex("cited-source"),
    },
  ];
}

/**
 * Whether `text` writes `word` right after a word that may be a first name (`Ingrid Lankhorst`, after a role or
 * mid-sentence): the word is that person's surname.
 */
function isSurnameInText(text: string, word: string, mayBeFirstName: (w: string) => boolean): boolean {
  for (let at = text.indexOf(word); at > 0; at = text.indexOf(word, at + word.length)) {
    const after = text.charAt(at + word.length);
    if (!/\s/.test(text.charAt(at - 1)) || rx.u`[\p{L}\p{N}]`.test(after)) continue;
    const before = rx.u`(?<opening>^|[.!?:"“„«(\n][^\S\n]*)?(\p{Lu}[\p{Ll}\p{M}'’-]+)[^\S\n]+$`.exec(text.slice(Math.max(0, at - 30), at));
    // a sentence's first word (`If Google`, `Whatever Apple`) only as a known first name
    if (before && (isFirstName(before[2]) || (before.groups!.opening === undefined && mayBeFirstName(before[2])))) return true;
  }
  return false;
}
