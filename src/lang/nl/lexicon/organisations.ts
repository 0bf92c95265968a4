// Dutch institution heads with the kind they give: data only.
import type { OrganisationLexicon } from "../../common/organisations.js";

export const ORGANISATIONS: OrganisationLexicon = {
  lang: "nl",
  heads: {
    Ministerie: "government", Regering: "government", Overheid: "government", Agentschap: "government", Parlement: "government", Commissie: "government", Raad: "government", Provincie: "government", Gemeente: "government", Rijksdienst: "government",
    Ambassade: "diplomatic", Consulaat: "diplomatic", "Consulaat-generaal": "diplomatic", Ereconsulaat: "diplomatic",
    "Kamer van Koophandel": "chamber", Kamer: "chamber",
    Haven: "port", Havenbedrijf: "port",
    Universiteit: "education", Hogeschool: "education", Instituut: "education", Academie: "education",
    Partij: "party", Bank: "company", Groep: "company", Confederatie: "other", Federatie: "other", Vereniging: "other",
  },
  links: ["van", "voor", "en", "in"],
};
