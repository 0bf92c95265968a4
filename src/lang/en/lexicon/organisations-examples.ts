// Examples and negatives of the English organisation rules, run by tests/rules.test.ts.
import type { RuleExample } from "../../../rules.js";
import type { OrganisationCandidate } from "../../../entities/organisations.js";

export const ORGANISATION_EXAMPLES: Record<string, RuleExample<OrganisationCandidate>[]> = {
  "legal-form": [{ text: "The contract went to Delta Marine Logistics NV last year.", expect: { name: "Delta Marine Logistics NV", kind: "company" } }],
  cued: [
    { text: "The contract went to the Antwerp logistics group Katoen Natie last year.", expect: { name: "Katoen Natie", kind: "company" } },
    { text: "The steel producer ArcelorMittal Temirtau will build a warehouse.", expect: { name: "ArcelorMittal Temirtau" } },
  ],
  quoted: [
    { text: "He visited the «Agrotech» plant near the port.", expect: { name: "Agrotech", kind: "company" } },
    { text: "a large textile enterprise “Verhelst” in the region", expect: { name: "Verhelst" } },
  ],
  institution: [
    { text: "The Ministry of Trade and Integration of Kazakhstan hosted the forum.", expect: { name: "Ministry of Trade and Integration of Kazakhstan", kind: "government" } },
    { text: "a meeting at the Embassy of Belgium in Astana", expect: { name: "Embassy of Belgium in Astana", kind: "diplomatic" } },
  ],
  "acronym-pair": [
    { text: "The Netherlands Enterprise Agency (NEA) supports exporters.", expect: { name: "Netherlands Enterprise Agency", alias: "NEA" } },
  ],
  acronym: [{ text: "The OSCE welcomed the vote.", expect: { name: "OSCE" } }],
  "dateline-agency": [{ text: "ASTANA. KAZPRESS – The President met the delegation.", expect: { name: "KAZPRESS", kind: "media" } }],
  "cited-source": [{ text: "The talks went well, Trend reports.", expect: { name: "Trend", kind: "media" } }],
};

export const ORGANISATION_NEGATIVES: Record<string, string[]> = {
  cued: ["The company plans to invest more.", "Its partner Uzbekistan grew fast.", "The fund manager Anna Peeters spoke.", "The group In 2020 grew."],
  quoted: ["He said “we are ready to invest more”.", "The theme is ‘Future Mobility’."],
  acronym: ["GDP grew by 5%.", "The price is 20 EUR.", "Chapter IV of the plan", "WEST FLANDERS, BELGIUM"],
  "cited-source": ["Kazakhstan reports strong growth."],
};
