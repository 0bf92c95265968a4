// Organisation rule builders: legal-form suffixes, quoted names, institutional
// patterns (`Ministry of …`, `Kamer van Koophandel`) and acronyms paired with a long form.
import { alternation, type Rule } from "../../rules.js";
import type { OrganisationCandidate } from "../../entities/organisations.js";

type Kind = OrganisationCandidate["kind"];

export interface OrganisationLexicon {
  lang: string;
  /** institution heads with the kind they give: `Ministry` → government */
  heads: Record<string, Kind>;
  /** words joining a head to its complement: `of`, `van`, `voor` */
  links: string[];
}

export const LEGAL_FORMS: Record<string, Kind> = {
  NV: "company", BV: "company", vzw: "other", VZW: "other", asbl: "other", SA: "company", SRL: "company", BVBA: "company", CV: "company",
  LLP: "company", JSC: "company", LLC: "company", Ltd: "company", "Ltd.": "company", GmbH: "company", AG: "company", plc: "company", PLC: "company",
  "Inc.": "company", Inc: "company", Corp: "company", "Corp.": "company", JSCo: "company", TOO: "company", AO: "company", AB: "company", NV_SA: "company",
};

const CAPWORD = "[\\p{Lu}\\d][\\p{L}\\d&'’.-]*";

export function organisationRules(lex: OrganisationLexicon): Rule<OrganisationCandidate>[] {
  const heads = alternation(Object.keys(lex.heads));
  const links = alternation(lex.links);
  const complement = `(?:\\s+(?:${links})\\s+(?:the\\s+|de\\s+|het\\s+)?${CAPWORD}(?:\\s+${CAPWORD})*)*`;
  const kindOf = (name: string): Kind => {
    const found = Object.entries(lex.heads).find(([h]) => new RegExp(`(?<![\\p{L}])${h}(?![\\p{L}])`, "iu").test(name));
    return found ? found[1] : "other";
  };
  return [
    {
      id: `${lex.lang}.org.legal-form`,
      pattern: new RegExp(
        `(?<![\\p{L}])(?<name>(?:${CAPWORD}\\s+){0,4}${CAPWORD}\\s+(?<form>${alternation(Object.keys(LEGAL_FORMS))}))(?![\\p{L}])`,
        "gu",
      ),
      normalize: (g) => ({ name: g.name!, kind: LEGAL_FORMS[g.form!] ?? "company" }),
      examples: [],
      negatives: [],
    },
    {
      id: `${lex.lang}.org.quoted`,
      pattern: /[«“„"](?<name>\p{Lu}[\p{L}\d&'’ .-]{1,60}?)[»”"]/gu,
      spanGroup: "name",
      normalize: (g) => {
        const words = g.name!.trim().split(/\s+/);
        // a quoted name is short and capitalised; a quoted sentence is not a name
        if (words.length > 5 || words.some((w) => /^\p{Ll}/u.test(w) && w.length > 3)) return null;
        return { name: g.name!.trim(), kind: kindOf(g.name!) === "other" ? "company" : kindOf(g.name!) };
      },
      examples: [],
      negatives: [],
    },
    {
      id: `${lex.lang}.org.institution`,
      pattern: new RegExp(
        `(?<![\\p{L}])(?<name>(?:${CAPWORD}\\s+){0,3}(?:${heads})${complement}(?:\\s+\\p{Lu}[\\p{Ll}]+)?)(?![\\p{L}])`,
        "gu",
      ),
      normalize: (g) => ({ name: g.name!, kind: kindOf(g.name!) }),
      examples: [],
      negatives: [],
    },
    {
      id: `${lex.lang}.org.acronym`,
      pattern: /(?<![\p{L}\d])(?<name>\p{Lu}{2,6})(?![\p{L}\d])/gu,
      priority: -1,
      normalize: (g, ctx, m) => {
        // words of an all-caps line (`WEST FLANDERS, BELGIUM`) are not acronyms
        const around = ctx.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20);
        if (/\p{Lu}{2,}[\s,]+\p{Lu}{2,}/u.test(around)) return null;
        return { name: g.name!, kind: "other" };
      },
      examples: [],
      negatives: [],
    },
  ];
}
