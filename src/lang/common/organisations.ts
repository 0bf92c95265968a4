// Organisation rule builders: legal-form suffixes, quoted names, institutional
// patterns (`Ministry of …`, `Kamer van Koophandel …`), long forms paired with an
// acronym (`Rijksdienst voor Ondernemend Nederland (RVO)`), acronyms, and news
// agencies cited as a source (a dateline's agency, `X reports`).
import { alternation, startsOf, type Rule, type RuleExample } from "../../rules.js";
import type { OrganisationCandidate } from "../../entities/organisations.js";
import { gazetteer, isFirstName, placeKey } from "./data.js";
import { trieAlternation } from "./trie.js";
import { CAP_START } from "./names.js";
import { wordStartBefore } from "../../text/sentences.js";
import { LEGAL_FORMS, acronymOf, isNotAcronym } from "./organisations-forms.js";

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
  /** lower-case words before a quoted name that make it an organisation (`company`, `bedrijf`) */
  quoteCues: string[];
  /** verbs after or before a news agency cited as a source (`reports`, `meldt`) */
  sourceAfter: string[];
  sourceBefore: string[];
  /** all-caps words that are no organisation (`GDP`, `BBP`, `CEO`) */
  notAcronyms: string[];
  examples: Partial<Record<string, RuleExample<OrganisationCandidate>[]>>;
  negatives: Partial<Record<string, string[]>>;
}

const CW = "[\\p{Lu}\\d][\\p{L}\\d&'’]*(?:[.-][\\p{L}\\d]+)*";
const SP = "[^\\S\\n]+";

export function organisationRules(lex: OrganisationLexicon): Rule<OrganisationCandidate>[] {
  const heads = trieAlternation(Object.keys(lex.heads));
  const links = alternation(lex.links);
  const joins = alternation(lex.joins);
  const dets = alternation(lex.determiners);
  const quoteCue = new RegExp(`(?<![\\p{L}])[\\p{L}-]{0,20}?(?:${alternation(lex.quoteCues)})${SP}(?:(?:${dets})${SP})?$`, "u");
  const leading = new Set(lex.leading);
  const joinWords = new Set(lex.joins);
  const headIndex = new Map(Object.entries(lex.heads).map(([h, k]) => [h.toLowerCase(), k]));
  const notAcronyms = new Set(lex.notAcronyms);
  const id = (s: string) => `${lex.lang}.org.${s}`;
  const ex = (s: string) => ({ examples: lex.examples[s] ?? [], negatives: lex.negatives[s] ?? [] });
  const isPlace = (s: string) => gazetteer(lex.lang).get(placeKey(s))?.rank === 0;
  // the longest head inside a name gives its kind (`Chamber of Commerce` over `Chamber`)
  const headRe = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(lex.heads))})(?![\\p{L}])`, "giu");
  const kindOf = (name: string): Kind => {
    let best = "";
    for (const m of name.matchAll(headRe)) if (m[0].length > best.length) best = m[0];
    return headIndex.get(best.toLowerCase().replace(/\s+/g, " ")) ?? "other";
  };
  /** Narrows a name: sentence-initial words fall away, and a person's name after it is cut off. */
  const trim = (name: string): { offset: number; text: string } | null => {
    const words = [...name.matchAll(/\S+/g)];
    let first = 0;
    // sentence-initial words, and a dateline's year and dash (`2023 – Het Havenbedrijf …`)
    while (first < words.length - 1 && (leading.has(words[first][0]) || /^(?:\d{1,4}|[–—-])$/u.test(words[first][0]))) first++;
    // a dateline's place and dash (`Rotterdam – Port of Rotterdam`)
    if (first < words.length - 2 && /^[–—]$/u.test(words[first + 1][0]) && isPlace(words[first][0])) first += 2;
    let last = words.length;
    // `Government of Flanders Anna Peeters`: a first name and a surname closing the match
    const i = words.length - 2;
    if (i > first && isFirstName(words[i][0]) && /^\p{Lu}\p{Ll}/u.test(words[i + 1][0])) last = i;
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

  // `and Industry`, `en Ondernemen`: at most two words, never another name's own (`and Kazakhstan's KTZ`,
  // `and Kazakhstan Temir Zholy (KTZ)`, `and Delta Logistics Group`)
  const joined = `${SP}(?:${joins})${SP}(?!(?:${heads})(?![\\p{L}]))(?![^\\s]*['’]s(?![\\p{L}]))${CW}(?:${SP}${CW})?(?![\\p{L}\\d'’&.-]|${SP}(?:${CW}|\\())`;
  const complement = `(?:${SP}(?:${links})${SP}(?:(?:${dets})${SP})?${CW}(?:${SP}${CW}){0,3}|${SP}(?:${alternation(lex.placeLinks)})${SP}${CW}(?:${SP}${CW}){0,2}|${joined}){0,4}`;
  const institution = new RegExp(
    `${CAP_START}(?<![\\p{L}\\d])(?<name>(?:${CW}${SP}(?:[–&-]${SP})?){0,3}(?:${heads})(?![\\p{L}])(?:${SP}(?:&${SP})?${CW}){0,2}${complement})`,
    "gu",
  );
  return [
    {
      id: id("legal-form"),
      // the form closes the name: only capitals a few words before one are tried
      starts: { near: { ...startsOf(Object.keys(LEGAL_FORMS)), reach: 300 } },
      pattern: new RegExp(
        `${CAP_START}(?<![\\p{L}\\d])(?<name>(?:${CW}${SP}(?:&${SP})?){0,4}${CW},?${SP}(?<form>${alternation(Object.keys(LEGAL_FORMS))}))(?![\\p{L}\\d])`,
        "gu",
      ),
      spanGroup: "name",
      priority: 2,
      normalize: (g) => {
        const name = narrow(g, "name");
        if (!name || name.split(/\s+/).length < 2) return null;
        return { name, kind: LEGAL_FORMS[g.form!] ?? "company" };
      },
      ...ex("legal-form"),
    },
    {
      id: id("quoted"),
      pattern: new RegExp(
        `[«“„"‘](?<name>[\\p{Lu}\\d][\\p{L}\\d&'’ .-]{0,60}?)[»”"’](?![\\p{L}])`,
        "gu",
      ),
      spanGroup: "name",
      priority: 1,
      normalize: (g, ctx, m) => {
        const name = g.name!.trim();
        const words = name.split(/\s+/);
        // a quoted name is short and capitalised; a quoted sentence or slogan is not a name
        if (words.length > 5 || words.some((w) => /^\p{Ll}/u.test(w) && w.length > 3)) return null;
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
      pattern: new RegExp(`(?<![\\p{L}])(?<cue>[\\p{L}-]{0,20}?(?:${alternation(lex.quoteCues)}))${SP}(?<name>${CW}(?:${SP}(?:&${SP})?${CW}){0,3})(?![\\p{L}\\d])`, "gu"),
      starts: { wordTest: (w) => lex.quoteCues.some((c) => w.endsWith(c)) },
      spanGroup: "name",
      priority: 0,
      normalize: (g) => {
        const words = g.name!.split(/\s+/).filter((w) => w !== "&");
        // a person (`partner Jan Peeters`), a place (`investor Belgium`) or a sentence-initial word is no company name
        if (leading.has(words[0]) || notAcronyms.has(words[0]) || words.some((w) => isFirstName(w)) || isPlace(words[0]) || isPlace(g.name!)) return null;
        const kind = kindOf(g.name!);
        return { name: g.name!, kind: kind === "other" ? "company" : kind };
      },
      ...ex("cued"),
    },
    {
      id: id("institution"),
      pattern: institution,
      starts: { near: { ...startsOf(Object.keys(lex.heads)), reach: 250 } },
      spanGroup: "name",
      priority: 1,
      normalize: (g) => {
        cutBeforeCompany(g);
        const name = narrow(g, "name");
        if (!name) return null;
        // a head alone (`the Embassy`) names no one in particular
        if (headIndex.has(name.toLowerCase())) return null;
        return { name, kind: kindOf(name) };
      },
      ...ex("institution"),
    },
    {
      id: id("acronym-pair"),
      starts: { near: { symbols: ["("], reach: 400 } },
      pattern: new RegExp(
        `${CAP_START}(?<![\\p{L}\\d])(?<name>${CW}(?:${SP}(?:(?:${links}|${joins}|${dets})${SP}){0,2}${CW}){1,7})${SP}\\((?<alias>\\p{Lu}[\\p{Lu}&]{1,7})\\)`,
        "gu",
      ),
      spanGroup: "name",
      priority: 3,
      normalize: (g) => {
        // the long form is the run of words whose initials spell the acronym, read from its end
        const words = g.name!.split(/\s+/);
        for (let from = 0; from < words.length - 1; from++) {
          const candidate = words.slice(from).join(" ");
          if (!/^\p{Lu}/u.test(words[from]) || leading.has(words[from])) continue;
          if (acronymOf(candidate, g.alias!)) {
            g.name = candidate;
            return { name: candidate, kind: kindOf(candidate), alias: g.alias! };
          }
        }
        // a translated name with the original acronym (`Netherlands Enterprise Agency (RVO)`)
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
      id: id("acronym"),
      // with the town or region it is of (`KU Leuven`, `POM West-Vlaanderen`, `UZ Gent`)
      pattern: new RegExp(`${CAP_START}(?<![\\p{L}\\d&.-])(?<name>(?<acronym>\\p{Lu}[\\p{Lu}&]{1,6})(?![\\p{L}\\d&-])(?:[^\\S\\n](?<place>\\p{Lu}\\p{Ll}[\\p{L}-]*)(?![\\p{L}\\d]))?)`, "gu"),
      spanGroup: "name",
      priority: -1,
      normalize: (g, ctx, m) => {
        const name = g.acronym!;
        const town = g.place ? gazetteer(lex.lang).get(placeKey(g.place)) : undefined;
        const ofTown = town !== undefined && town.rank === 0 && (town.kind === "city" || town.kind === "region");
        g.name = ofTown ? `${name} ${g.place}` : name;
        if (notAcronyms.has(name) || isNotAcronym(name) || isPlace(name)) return null;
        // words of an all-caps line (`WEST FLANDERS, BELGIUM`) are no acronyms
        const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
        const after = ctx.text.slice(m.index + name.length, m.index + name.length + 30);
        if (/\p{Lu}{2,}[\s,.:;–-]+$/u.test(before) || /^[\s,.:;–-]+\p{Lu}{2,}(?![\p{Ll}])/u.test(after)) return null;
        return { name: g.name, kind: "other" };
      },
      ...ex("acronym"),
    },
    {
      id: id("dateline-agency"),
      // `ASTANA. KAZPRESS – The …`: an all-caps word between an all-caps dateline and the body
      pattern: /(?=[A-Z])(?<=(?:\p{Lu}{2,}|(?<![\p{L}\d])\d{4})[.,]?[^\S\n]+)(?<name>\p{Lu}{4,}(?:-\p{Lu}+)?)(?=[^\S\n]+(?:[-–—][^\S\n]+)?\p{Lu}\p{Ll})/gu,
      priority: 2,
      normalize: (g) => (isPlace(g.name!) || notAcronyms.has(g.name!) ? null : { name: g.name!, kind: "media" }),
      ...ex("dateline-agency"),
    },
    {
      id: id("cited-source"),
      starts: { near: { ...startsOf([...lex.sourceAfter, ...lex.sourceBefore]), reach: 150 } },
      pattern: new RegExp(
        `(?<![\\p{L}])(?:(?<name>\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+){0,2})${SP}(?:${alternation(lex.sourceAfter)})(?=[\\s.,])|(?:${alternation(lex.sourceBefore)})${SP}(?<name2>\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+){0,2})(?=[\\s.,)]))`,
        "gu",
      ),
      spanGroup: "name",
      priority: 0,
      normalize: (g) => {
        const name = (g.name ?? g.name2)!;
        if (g.name2) g.name = g.name2;
        const words = name.split(/\s+/);
        if (words.some((w) => leading.has(w) || isFirstName(w)) || isPlace(name) || isPlace(words[words.length - 1]) || headIndex.has(name.toLowerCase()))
          return null;
        if (kindOf(name) !== "other") return null;
        return { name, kind: "media" };
      },
      ...ex("cited-source"),
    },
  ];
}
