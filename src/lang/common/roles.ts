// Reading a role phrase word by word after its head (`Governor` → `Governor of the
// province`, `minister van Werk, Economie en Sport`, `Chairman of the Board of «X NV»`)
// and finding the name that closes it, if any. A scanner, not a regex, so that
// the split between the role's object and the name can use the name lexicons.
import { isGivenName as isFirstName, nameAfterConjunct, nameAtEnd, type NameSpan, type NameWords } from "./names.js";
import { LEGAL_FORMS } from "./organisations-forms.js";
import { allMatches, rx } from "../../text/classes.js";

export interface RoleWords extends NameWords {
  links: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  joins: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  objectNouns: ReadonlySet<string>;
  adjectiveEndings: readonly string[];
  /** a person's age as an adjective (`54-jarige`, `54-year-old`), between a role's comma and the name */
  ageAdjective?: RegExp;
}

interface Token {
  text: string;
  at: number;
  end: number;
}

// an apostrophe inside a word (`O'Brien`) or closing a quote, but not a possessive's (`Omarbekov's visit`: the name ends before it)
const TOKEN = rx.gu`[«“"‘]?[\p{L}\p{M}\d](?:[\p{L}\p{M}\d&.-]|['’](?=[\p{L}\p{M}\d])(?!s(?![\p{L}\p{M}\d])))*(?:[»”"’](?!s(?![\p{L}\p{M}\d])))?|,|[–-]`;
const isCap = (t: string) => rx.u`^[«“"‘]?[\p{Lu}\d]`.test(t);
const isLower = (t: string) => rx.u`^\p{Ll}`.test(t);

function tokens(text: string): Token[] {
  return allMatches(TOKEN, text).map((m) => ({ text: m[0], at: m.index, end: m.index + m[0].length }));
}

export interface RoleScan {
  /** end of the role phrase inside the scanned text */
  roleEnd: number;
  /** the name closing the phrase, with its offset inside the scanned text */
  name: NameSpan | null;
  /** how the name follows the role: right after the head, after a comma, a lower-case object or a link */
  via?: "direct" | "comma" | "lower" | "link";
}

/**
 * Scans `after` (the text right after a role head). With `wantName`, the phrase must
 * end in a name: directly after the head (`Minister Jan Peeters`), after a comma or
 * a lower-case object (`Governor of the province Anna Peeters`), or at the end of
 * the object (`Ambassador of Kazakhstan to Belgium Anna Peeters`).
 */
export function scanRole(after: string, words: RoleWords, wantName: boolean): RoleScan {
  const ts = tokens(after);
  // only what follows the head without a gap counts
  let i = 0;
  if (ts.length && /\S/.test(after.slice(0, ts[0].at).replace(/[\s,]/g, ""))) return { roleEnd: 0, name: null };
  let roleEnd = 0;
  // where the role ended before the last capitalised run began
  let prevEnd = 0;
  let sawLink = false;
  let runStart = -1;
  let runSep: "direct" | "comma" | "lower" | "link" = "direct";
  // a capitalised run; inside an object also `of`, `and`, `en` between capitals (`Chamber of Commerce`)
  const capRun = (from: number, nameOnly = false) => {
    const inner = nameOnly ? /^(?:[Vv]an|[Dd]e[nr]?|[Tt]e[nr]|von|[Ll]e|[Ll]a|[Dd]u)$/ : /^(?:[Vv]an|[Dd]e[nr]?|[Tt]e[nr]|von|[Ll]e|[Ll]a|[Dd]u|of|and|for|the|&|en|voor|het)$/;
    let j = from;
    // a particle, or two (`van der`), before a capital
    const particleRun = (k: number) => inner.test(ts[k].text) && k + 1 < ts.length && (isCap(ts[k + 1].text) || (inner.test(ts[k + 1].text) && k + 2 < ts.length && isCap(ts[k + 2].text)));
    // `CEO Wim Cuypers van Limburg Rail Terminal`: after a full name, `van` before two or more capitals is the role's link
    const linkAfterName = (k: number) => {
      if (!nameOnly || k - from < 2 || !/^[Vv]an$/.test(ts[k].text)) return false;
      const c = k + 1 < ts.length && inner.test(ts[k + 1].text) ? k + 2 : k + 1;
      // or before an acronym (`gedelegeerd bestuurder Koen Baeyens van FIT`): no surname is written in capitals
      return c < ts.length && (rx.u`^\p{Lu}{2,}$`.test(ts[c].text) || (c + 1 < ts.length && isCap(ts[c].text) && isCap(ts[c + 1].text)));
    };
    while (j < ts.length && (isCap(ts[j].text) || (j > from && particleRun(j) && !linkAfterName(j)) || (j > from && !nameOnly && Object.hasOwn(LEGAL_FORMS, ts[j].text)))) {
      // `of Enschede Mr Jan Peeters`: an honorific ends the object and opens the name
      if (j > from && !nameOnly && words.honorifics.has(ts[j].text)) break;
      // `of Energy Anna Berg and Jan Peeters`: `and` after a full name joins two people, not two words of an object
      if (!nameOnly && words.joins.has(ts[j].text) && endsInFullName(after.slice(ts[from].at, ts[j - 1].end), words)) break;
      j++;
    }
    return j;
  };
  const lower = (t: string) => t.toLowerCase();
  while (i < ts.length) {
    const t = ts[i].text;
    if (words.links.has(lower(t)) && isLower(t)) {
      // `Minister of Trade Anna Berg at the Akorda`: an object that already ends in a full name ends the role
      if (wantName && runStart >= 0 && runStart < i && runSep === "link") {
        const name = nameAtEnd(after.slice(ts[runStart].at, ts[i - 1].end), words);
        if (name && name.offset > 0 && name.words >= 2) break;
      }
      sawLink = true;
      i++;
      let det = false;
      if (i < ts.length && words.determiners.has(lower(ts[i].text))) {
        i++;
        det = true;
      }
      // `of the province`, `of the family enterprise`, `voor economie`: a lower-case object
      let lowered = 0;
      // a capitalised adjective before a lower-case noun belongs to that object: `van de Nederlandse ambassade`, `of the Flemish government`
      const adjective = (k: number) =>
        isCap(ts[k].text) && words.adjectiveEndings.some((e) => ts[k].text.length > e.length + 2 && ts[k].text.endsWith(e)) &&
        k + 1 < ts.length && isLower(ts[k + 1].text) && !words.links.has(ts[k + 1].text) && !words.joins.has(ts[k + 1].text);
      while (i < ts.length && lowered < (det ? 3 : 2) && (isLower(ts[i].text) || adjective(i)) && !words.links.has(ts[i].text) && !words.joins.has(ts[i].text)) {
        i++;
        lowered++;
      }
      if (lowered) roleEnd = ts[i - 1].end;
      if (i < ts.length && isCap(ts[i].text)) {
        runStart = i;
        prevEnd = roleEnd;
        runSep = lowered ? "lower" : "link";
        i = capRun(i);
        roleEnd = ts[i - 1].end;
        // `of Mangystau region Anna Peeters`: a generic noun closes the object
        if (i < ts.length && words.objectNouns.has(ts[i].text)) {
          roleEnd = ts[i].end;
          i++;
          if (i < ts.length && isCap(ts[i].text)) {
            runStart = i;
            prevEnd = roleEnd;
            runSep = "lower";
            i = capRun(i, true);
            break;
          }
          // `the akim of Karaganda region, Serik Nurov,`: the comma opens the name, as after any object
          if (i < ts.length && ts[i].text === ",") continue;
          break;
        }
        // a list of objects: `van Werk, Economie, Innovatie en Sport`
        let named = false;
        while (i + 1 < ts.length && (ts[i].text === "," || words.joins.has(ts[i].text)) && isCap(ts[i + 1].text)) {
          // `of Energy Anna Berg and Jan Peeters`: an object that ends in a full name ends the role
          if (endsInFullName(after.slice(ts[runStart].at, ts[i - 1].end), words)) {
            // (a name that opens with a known first name, not a capitalised object read as one: `of Trade and Integration of Kazakhstan`)
            named = isFirstName(nameAtEnd(after.slice(ts[runStart].at, ts[i - 1].end), words)!.text.split(/\s+/u)[0]);
            break;
          }
          // `of Delta NV, Jan Peeters, CEO of …`: a person's name after a comma is no object of the role
          if (ts[i].text === "," && (isFirstName(ts[i + 1].text) || words.honorifics.has(ts[i + 1].text))) break;
          runSep = ts[i].text === "," ? "comma" : "link";
          prevEnd = roleEnd;
          runStart = i + 1;
          i = capRun(i + 1);
          roleEnd = ts[i - 1].end;
        }
        // `of Kazakhstan Dana Berg, Chairman of …`: the name closes the role; what follows the comma is the next pair's
        if (named && wantName && runSep === "link") break;
        continue;
      }
      if (lowered) {
        runStart = -1;
        continue;
      }
      break;
    }
    // `Wethouder Economie van de gemeente Zele, Jan Peeters,`: one capitalised word that is no first name, right after the
    // head, then a link, an object and a comma before a capital, is the role's portfolio; the name follows the comma
    // (or up to three such words, when a first name opens what follows the comma: `directeur-generaal Buitenlandse Economische
    // Betrekkingen van het ministerie van Buitenlandse Zaken, Maarten de Vries`)
    let k = i;
    while (k < i + 3 && k < ts.length && isCap(ts[k].text) && !isFirstName(ts[k].text) && !words.honorifics.has(ts[k].text)) k++;
    if (!sawLink && i === 0 && wantName && k > i && k < ts.length && words.links.has(ts[k].text)) {
      const rest = after.slice(ts[k].at, ts[k].at + 100);
      const comma = rest.indexOf(",");
      // (the object a lower-case noun of place: `van de gemeente Epe`, `of the city of Aktau`; `Peeters van Lommel, …` is a name)
      const object = rest.slice(0, comma).split(/\s+/u);
      const next = rx.u`^,[^\S\n]+(\p{Lu}[\p{L}'’-]*)`.exec(rest.slice(comma));
      // (two words or more: one is a surname, `Burgemeester Peeters van Lommel, Jan Jansen en …`; no particle: `De Smet`)
      const portfolio = k >= i + 2 && !ts.slice(i, k).some((x) => /^(?:Van|De[nr]?|Ter|Te[nr]|Von|Le|La|Du|Di|Da)$/u.test(x.text));
      if (comma > 0 && !/[.;:!?]/u.test(rest.slice(0, comma)) && next && ((k === i + 1 && object.some((w) => words.objectNouns.has(w))) || (portfolio && isFirstName(next[1])))) {
        roleEnd = ts[k - 1].end;
        i = k;
        continue;
      }
    }
    if (!sawLink && i === 0 && wantName && (isCap(t) || words.honorifics.has(t))) {
      // the name right after the head
      let j = i;
      while (j < ts.length && words.honorifics.has(ts[j].text)) j++;
      runStart = j;
      runSep = "direct";
      i = capRun(j, true);
      // `directeur-generaal Water en Bodem Pieter-Jan de Wolff`, `directeur Water, Verkeer en Leefomgeving Marloes Bakker-Terpstra`:
      // an object of words joined by commas and `en`, then a full name
      let join = i;
      while (join + 2 < ts.length && ts[join].text === "," && isCap(ts[join + 1].text) && capRun(join + 1, true) === join + 2) join += 2;
      if (join + 1 < ts.length && words.joins.has(ts[join].text) && isCap(ts[join + 1].text) && (nameAtEnd(after.slice(ts[j].at, ts[i - 1].end), words)?.words ?? 0) < 2) {
        const k = capRun(join + 1, true);
        const last = after.slice(ts[join + 1].at, ts[k - 1].end);
        if (endsInFullName(last, words) || nameAfterConjunct(last, words)) {
          prevEnd = ts[join - 1].end;
          runStart = join + 1;
          runSep = "link";
          i = k;
        }
      }
      break;
    }
    // `wethouder van Economie mevr. Esther de Boer`: an honorific after the object opens the name, as a comma does
    const honorificAt = (k: number) => (k < ts.length && words.honorifics.has(ts[k].text) ? 1 : k + 1 < ts.length && words.honorifics.has(`${ts[k].text} ${ts[k + 1].text}`) ? 2 : 0);
    if (wantName && sawLink && honorificAt(i) && i + honorificAt(i) < ts.length && isCap(ts[i + honorificAt(i)].text)) {
      runStart = i + honorificAt(i);
      prevEnd = roleEnd;
      runSep = "comma";
      i = capRun(runStart, true);
      break;
    }
    if (t === "," && wantName && i + 1 < ts.length) {
      let j = i + 1;
      // `De directeur, de 54-jarige R.J. de Wit`: an article and an age before the name
      if (words.ageAdjective && j + 1 < ts.length && words.determiners.has(lower(ts[j].text)) && words.ageAdjective.test(ts[j + 1].text)) j += 2;
      // honorifics of one or two words: `, Mr.`, `, de heer`
      for (;;) {
        if (j < ts.length && words.honorifics.has(ts[j].text)) j++;
        else if (j + 1 < ts.length && words.honorifics.has(`${ts[j].text} ${ts[j + 1].text}`)) j += 2;
        else break;
      }
      if (j < ts.length && isCap(ts[j].text)) {
        runStart = j;
        prevEnd = roleEnd;
        runSep = "comma";
        i = capRun(j, true);
      }
    }
    break;
  }
  if (!wantName) return { roleEnd, name: null };
  if (runStart < 0 || runStart >= i) return { roleEnd, name: null };
  const runFrom = ts[runStart].at;
  // without closing quotes, nor the sentence's period after a word (`van Dam.`; an initial's stays)
  const run = after.slice(runFrom, ts[i - 1].end).replace(/[»”"’]+$/u, "").replace(rx.u`(?<=\p{Ll}{2})\.$`, "");
  let name = nameAtEnd(run, words);
  // `minister van Economie en Klimaat Yeldos Peeters`, `van Landbouw, Natuur en Voedselkwaliteit Yeldos van Dam`: a list of
  // objects closes with one word, and the full name after it is the person's, whatever the first name (names.ts)
  const joinBefore = runStart > 0 && words.joins.has(ts[runStart - 1].text);
  const afterConjunct = runSep === "link" || runSep === "comma" ? (nameAfterLastJoin(run, words) ?? (joinBefore ? nameAfterConjunct(run, words) : null)) : null;
  if (afterConjunct && (!name || name.offset < afterConjunct.offset)) name = afterConjunct;
  if (!name) return { roleEnd, name: null };
  const inObject = runSep === "link";
  // the name closes the object: something must be left of the object, and a name of one word is too weak
  if (inObject && (name.offset === 0 || name.words < 2)) return { roleEnd, name: null };
  if ((runSep === "comma" || runSep === "lower") && name.words < 2) return { roleEnd, name: null };
  // `directeur-generaal Buitenlandse Economische Betrekkingen`: one word left of a run of non-names is no name either
  if (runSep === "direct" && name.offset > 0 && name.words < 2) return { roleEnd, name: null };
  // `hoogleraar Analytische Scheikunde`: an adjective that opens the run names the chair's subject, no person
  const firstWord = name.text.split(/\s+/)[0];
  if (runSep === "direct" && name.words >= 2 && !isFirstName(firstWord) && words.adjectiveEndings.some((e) => firstWord.length > e.length + 3 && firstWord.endsWith(e))) return { roleEnd, name: null };
  const at = runFrom + name.offset;
  // `minister van Landbouw, Visserij, Voedselzekerheid en Natuur Anna Berg`: the run's words before the name close the role,
  // after a lower-case object too (`akim van de regio Mangystau Nurlybek Nalibayev`)
  const end = runSep === "direct" ? 0 : inObject || ((runSep === "comma" || runSep === "lower") && name.offset > 0) ? at : prevEnd;
  return { roleEnd: end, name: { ...name, offset: at }, via: runSep };
}

/** The name after the last `and`/`en` of a run and the object of one word after it (`Economy and Climate Yeldos Peeters`). */
function nameAfterLastJoin(run: string, words: RoleWords): NameSpan | null {
  const ts = allMatches(/\S+/g, run);
  let join = ts.length - 1;
  while (join >= 0 && !words.joins.has(ts[join][0])) join--;
  if (join < 0 || join + 1 >= ts.length) return null;
  const from = ts[join + 1].index;
  const name = nameAfterConjunct(run.slice(from), words);
  return name && { ...name, offset: from + name.offset };
}

/** `Energy Anna Berg`: an object followed by a person's full name (the words before it are no name's). */
function endsInFullName(run: string, words: RoleWords): boolean {
  const name = nameAtEnd(run, words);
  return name !== null && name.offset > 0 && name.words >= 2;
}

/** A role phrase as written, without quotes, trailing commas or spacing variants. */
export function cleanRole(role: string): string {
  return role
    .replace(/[«»“”"‘’]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s,–-]+$/u, "")
    // the sentence's period, not an abbreviation's (`of KTZ.`, but `of Delta Co.`)
    .replace(rx.u`(?<=[\p{L}]{3,}|\p{Lu}{2,})\.$`, (dot, at: number, s: string) => (/(?:^|\s)(?:Co|Ltd|Inc|Corp|Bros)\.$/.test(s) ? dot : ""))
    .trim();
}
