// Legal forms of companies and associations, and what an acronym can and cannot be.
import { rx } from "../../text/classes.js";

type Kind = "company" | "government" | "diplomatic" | "chamber" | "port" | "media" | "party" | "education" | "other";

/** Legal-form suffixes of the domain's countries and of international business (ТОО/АО written in Latin). */
export const LEGAL_FORMS: Record<string, Kind> = {
  NV: "company", "N.V.": "company", BV: "company", "B.V.": "company", BVBA: "company", CommV: "company", CV: "company", VOF: "company",
  vzw: "other", VZW: "other", asbl: "other", ASBL: "other", SA: "company", "S.A.": "company", SRL: "company", SPRL: "company", SE: "company",
  LLP: "company", JSC: "company", LLC: "company", Ltd: "company", "Ltd.": "company", GmbH: "company", AG: "company", plc: "company", PLC: "company",
  "Inc.": "company", Inc: "company", Corp: "company", "Corp.": "company", TOO: "company", AO: "company", AB: "company", Oy: "company", SpA: "company",
  "S.p.A.": "company", KG: "company", Co: "company", "Co.": "company", "& Co": "company",
  // a Dutch cooperative's liability (`FrieslandCampina U.A.`: uitgesloten, beperkte, wettelijke aansprakelijkheid)
  "U.A.": "company", "B.A.": "company", "W.A.": "company",
  // Belgian and Dutch usage writes them in lower case too (`Vanhoutte Machinebouw nv`)
  nv: "company", bv: "company", bvba: "company", cvba: "company", vof: "company",
};

// Roman numerals and letters of lists are not organisations either
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
let currencies: Set<string> | undefined;

/** Currency codes (ISO 4217, from the runtime's Intl data), roman numerals, legal forms. */
export function isNotAcronym(word: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(word) || ROMAN.test(word) || word in LEGAL_FORMS;
}

/** The capitalised words of a long form spell the acronym (`Rijksdienst voor Ondernemend Nederland` → RVO). */
export function acronymOf(longForm: string, acronym: string): boolean {
  const initials = longForm
    .split(/[\s-]+/)
    .filter((w) => rx.u`^\p{Lu}`.test(w))
    .map((w) => w[0])
    .join("");
  const all = longForm
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join("");
  const a = acronym.replace(/&/g, "");
  if (initials === a || all === a) return true;
  // `Association of Dutch Seed Growers (ADUSEG)`: a short beginning (one to three letters) of each capitalised word, in order;
  // not a ticker that spells a whole word (`Kospi Index (KOSPI)`, `Shanghai Composite (SHCOMP)`)
  const words = longForm.split(/[\s-]+/).filter((w) => rx.u`^\p{Lu}`.test(w)).map((w) => w.toUpperCase());
  if (a.length < 4 || words.length < 2 || words.length >= a.length) return false;
  return spelledByBeginnings(a.toUpperCase(), words) || spelledByInitialsAndParts(a.toUpperCase(), words);
}

/**
 * `TCFA` from `TRANSCASPIAN`, `FREIGHT`, `ALLIANCE`, `ISVD` from `INTERGEMEENTELIJKE`, `SAMENWERKING`, `VLIETDAL`:
 * each word's initial, and at most one more letter from inside the word, where a compound's second part begins.
 */
function spelledByInitialsAndParts(acronym: string, words: string[]): boolean {
  if (words.length === 0) return acronym === "";
  const [word, ...rest] = words;
  if (word[0] !== acronym[0]) return false;
  if (spelledByInitialsAndParts(acronym.slice(1), rest)) return true;
  return acronym.length > rest.length + 1 && word.indexOf(acronym[1], 2) > 0 && spelledByInitialsAndParts(acronym.slice(2), rest);
}

/** `ADUSEG` from `ASSOCIATION`, `DUTCH`, `SEED`, `GROWERS`: the acronym cut into one beginning of one to three letters of each word. */
function spelledByBeginnings(acronym: string, words: string[]): boolean {
  if (words.length === 0) return acronym === "";
  const [word, ...rest] = words;
  for (let n = 1; n <= Math.min(3, word.length, acronym.length - rest.length); n++) {
    if (word[n - 1] !== acronym[n - 1]) break;
    if (spelledByBeginnings(acronym.slice(n), rest)) return true;
  }
  return false;
}

/**
 * `total cash cost (TCC)`, `kasstroom uit bedrijfsactiviteiten (KUB)`: the text defines the acronym by the initials of words of which
 * some are in lower case, not by its capitalised words (`Rijksdienst voor Ondernemend Nederland (RVO)`), so it names a term, no body.
 */
export function definesTerm(text: string, acronym: string): boolean {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return false;
  const words = text.slice(Math.max(0, at - 80), at).trim().split(/[\s-]+/).slice(-8);
  const capitalInitials = (phrase: string[]) => phrase.filter((w) => rx.u`^\p{Lu}`.test(w)).map((w) => w[0]).join("");
  // (the capitalised words spell it: a name, with its links in lower case: `Verbond van Belgische Ondernemingen (VBO)`)
  for (let n = 2; n <= words.length; n++) if (capitalInitials(words.slice(-n)) === acronym) return false;
  for (let n = 2; n <= words.length; n++) {
    const phrase = words.slice(-n);
    const initials = phrase.map((w) => w[0] ?? "").join("");
    if (initials.toUpperCase() !== acronym) continue;
    return phrase.some((w) => rx.u`^\p{Ll}`.test(w));
  }
  return false;
}
