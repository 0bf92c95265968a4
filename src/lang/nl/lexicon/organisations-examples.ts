// Examples and negatives of the Dutch organisation rules, run by tests/rules.test.ts.
import type { RuleExample } from "../../../rules.js";
import type { OrganisationCandidate } from "../../../entities/organisations.js";

export const ORGANISATION_EXAMPLES: Record<string, RuleExample<OrganisationCandidate>[]> = {
  "legal-form": [{ text: "Het contract ging naar Delta Marine Logistics NV vorig jaar.", expect: { name: "Delta Marine Logistics NV", kind: "company" } }],
  cued: [
    { text: "Het Antwerpse logistieke bedrijf Katoen Natie sloot een contract.", expect: { name: "Katoen Natie", kind: "company" } },
    { text: "Ook de bouwgroep Besix was aanwezig.", expect: true },
  ],
  quoted: [{ text: "Hij bezocht het bedrijf «Agrotech» in de haven.", expect: { name: "Agrotech", kind: "company" } }],
  institution: [
    { text: "Het Ministerie van Buitenlandse Zaken organiseerde de missie.", expect: { name: "Ministerie van Buitenlandse Zaken", kind: "government" } },
    { text: "met steun van de Ambassade van Nederland in Astana", expect: { name: "Ambassade van Nederland in Astana", kind: "diplomatic" } },
  ],
  "acronym-pair": [
    { text: "Rijksdienst voor Internationaal Ondernemen (RIO) steunt exporteurs.", expect: { name: "Rijksdienst voor Internationaal Ondernemen", alias: "RIO" } },
  ],
  acronym: [{ text: "De OVSE verwelkomde de stemming.", expect: { name: "OVSE" } }],
  "dateline-agency": [{ text: "ASTANA. KAZPRESS – De president ontving de delegatie.", expect: { name: "KAZPRESS", kind: "media" } }],
  "cited-source": [{ text: "De gesprekken verliepen goed, meldt Belga.", expect: { name: "Belga", kind: "media" } }],
};

export const ORGANISATION_NEGATIVES: Record<string, string[]> = {
  cued: ["Het bedrijf wil meer investeren.", "Partner Oezbekistan groeit snel.", "De bank Astana opende een kantoor.", "Het bedrijf van Jan Peeters groeit."],
  quoted: ["Hij zei “we zijn klaar om te investeren”.", "Het thema is ‘Future Energy’."],
  acronym: ["Het BBP groeide met 5%.", "De prijs is 20 EUR.", "in de IT-sector", "WEST-VLAANDEREN, BELGIË"],
  "cited-source": ["volgens Oezbekistan groeit de economie."],
};
