// English institution heads with the kind they give: data only.
import type { OrganisationLexicon } from "../../common/organisations.js";

export const ORGANISATIONS: OrganisationLexicon = {
  lang: "en",
  heads: {
    Ministry: "government", Government: "government", Parliament: "government", Senate: "government", Agency: "government", Commission: "government", Council: "government", Akimat: "government",
    Embassy: "diplomatic", "Honorary Consulate": "diplomatic", Consulate: "diplomatic", "Consulate General": "diplomatic", Mission: "diplomatic",
    "Chamber of Commerce": "chamber", "Chamber of Commerce and Industry": "chamber", Chamber: "chamber",
    "Port of": "port", "Port Authority": "port", Port: "port",
    University: "education", College: "education", Institute: "education", School: "education", Academy: "education",
    Party: "party", Bank: "company", Group: "company", Company: "company", Corporation: "company", Holding: "company", Fund: "company",
    "News Agency": "media", Agency_: "media",
  },
  links: ["of", "for", "and", "in"],
};
