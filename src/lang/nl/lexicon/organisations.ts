// Dutch institution heads with the kind they give, and the words around organisation names: data only.
import type { OrganisationLexicon } from "../../common/organisations.js";
import { MONTHS } from "./time.js";
import { ORGANISATION_EXAMPLES, ORGANISATION_NEGATIVES } from "./organisations-examples.js";

export const ORGANISATIONS: OrganisationLexicon = {
  lang: "nl",
  heads: {
    Ministerie: "government", Regering: "government", Overheid: "government", Agentschap: "government", Parlement: "government", Senaat: "government",
    // the lower house of Kazakhstan's parliament, by its own name as English writes it (`de Mazhilis`)
    Mazhilis: "government",
    Commissie: "government", Raad: "government", Rijksdienst: "government", Dienst: "government", Departement: "government", Overheidsdienst: "government",
    "Federale Overheidsdienst": "government", Akimat: "government", Kabinet: "government",
    // a town or province as the body that governs it, written capitalised as its own name (`Gemeente Lommelveen`, `Provincie Oostmark`);
    // lower case (`in de gemeente X`) it is the place
    Gemeente: "government", Provincie: "government",
    // Belgium's federal and programming public services by their abbreviations (`FOD Economie`, `POD Wetenschapsbeleid`);
    // not the French `SPF`, which is also a sun protection factor (`SPF 50`)
    FOD: "government", POD: "government",
    // the assemblies of a Dutch province and of the realm (`Gedeputeerde Staten van Drenthe`, `Provinciale Staten`, `de Staten-Generaal`)
    "Gedeputeerde Staten": "government", "Provinciale Staten": "government", "Staten-Generaal": "government",
    // a statistics or planning office (`het Centraal Bureau voor de Statistiek`, `het Bureau voor Nationale Statistiek`), as English `Bureau`
    Bureau: "government",
    Administratie: "government", Rechtbank: "government", Gerechtshof: "government", "Hof van Beroep": "government", "Hof van Cassatie": "government",
    Ambassade: "diplomatic", Consulaat: "diplomatic", "Consulaat-generaal": "diplomatic", Ereconsulaat: "diplomatic", "Permanente Vertegenwoordiging": "diplomatic",
    "Kamer van Koophandel": "chamber", Kamer: "chamber",
    Haven: "port", Havenbedrijf: "port", Port: "port", Zeehaven: "port",
    Universiteit: "education", Hogeschool: "education", Instituut: "education", Academie: "education", School: "education",
    // secondary schools by their class (`het Sallands Lyceum`, `Stedelijk Gymnasium Leiden`, `Koninklijk Atheneum Antwerpen`)
    Lyceum: "education", Gymnasium: "education", Atheneum: "education",
    // muziekscholen en orkesten bij hun kernwoord (`het Koninklijk Conservatorium van Luik`, `het Aral Symfonieorkest` niet: een samenstelling)
    Conservatorium: "education", Orkest: "other", Filharmonie: "other", Philharmonie: "other",
    Partij: "party",
    Persagentschap: "media", Nieuwsagentschap: "media", Omroep: "media", Krant: "media", Dagblad: "media", Courant: "media",
    Bank: "company", Groep: "company", Group: "company", Holding: "company", Fonds: "company", Maatschappij: "company", Onderneming: "company",
    Confederatie: "other", Federatie: "other", Vereniging: "other", Stichting: "other", Verbond: "other", Organisatie: "other", Unie: "other",
    Centrum: "other", Netwerk: "other", Cluster: "other", Forum: "other", Alliantie: "other",
    // English names that Dutch texts keep as they are (`de Steppe Business University`, `de Benelux-Central Asia Trade Council`)
    University: "education", Institute: "education", Council: "other", "Business Council": "other", Association: "other", Foundation: "other",
    Centre: "other", Center: "other",
    // a firm of the professions by its plural (`Van Dijk Advocaten`, `Peeters Accountants`)
    Advocaten: "company", Notarissen: "company", Accountants: "company", Architecten: "company",
    // a firm by the trade its name ends in (`Delta Hydro Consult`, `Steppe Grain Trading`), as a modifier head: last in the
    // name, unless another head gives the kind (`Caspian Trading Council`); not a field of study (`Mechanical Engineering`, `Logistics`)
    Consult: "company", Consulting: "company", Consultancy: "company", Trading: "company", Solutions: "company", Technologies: "company", Shipping: "company", Ventures: "company", Express: "company",
    // a company or body by the reach its name claims, after its own words (`Amnesty International`, `Delta Global`)
    International: "other", Global: "company",
  },
  links: ["van", "voor", "of"],
  placeLinks: ["in"],
  // `and` in the English names Dutch texts keep (`het Institute of Water and Soil Engineering`)
  joins: ["en", "&", "and"],
  determiners: ["de", "het"],
  leading: [
    "De", "Het", "Een", "Dit", "Deze", "Die", "Dat", "Op", "Met", "Bij", "Tijdens", "Volgens", "En", "Ook", "Na", "Voor", "Van", "In", "Aan", "Om",
    "Uit", "Naar", "Over", "Tussen", "Door", "Als", "Toen", "Sinds", "Zijn", "Haar", "Hun", "Onze", "Beide", "Elke", "Daarnaast", "Verder",
    "Eveneens", "Nadien", "Intussen", "Bovendien", "Vandaag", "Gisteren", "Neem", "Kijk", "Zie", "Denk", "Persdienst", "Persbericht", "Nieuwsbericht", "Persconferentie", "Persmededeling",
    // een dag vooraan de zin (`Maandag tekende Delta Marine NV`)
    "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag",
  ],
  leadingEndings: [],
  quoteCues: [
    "bedrijf", "bedrijven", "onderneming", "ondernemingen", "firma", "fabriek", "groep", "merk", "holding", "bank", "organisatie", "vereniging", "agentschap", "fonds",
    "producent", "fabrikant", "uitbater", "partner", "investeerder", "coöperatie", "cooperatie", "bouwer", "ontwikkelaar", "exporteur", "importeur",
    "leverancier", "verdeler", "handelaar", "verwerker", "rederij", "vervoerder", "expediteur", "dochter", "dochterbedrijf", "multinational",
    "universiteit", "hogeschool", "school", "concern", "maatschappij", "keten", "verzekeraar", "operator", "bureau",
    // a centre and a non-profit by its legal form written before the name (`het innovatiecentrum X`, `de vzw X`)
    "centrum", "vzw",
    // a research body by its class (`de kennisinstelling X`, `het onderzoeksinstituut X`)
    "instelling", "instituut",
    // a railway or a network's operator by its class (`de staatsspoorwegen X`, `de netbeheerder X`, `de waterbeheerder X`)
    "spoorwegen", "beheerder",
  ],
  // (een adviesbureau, een ingenieursbureau is een firma)
  cueKinds: { bureau: "company" },
  listIntros: ["zoals", "waaronder", "onder wie", "onder meer", "onder andere"],
  personCues: ["partner", "beheerder", "investeerder", "producent", "uitbater", "bouwer", "ontwikkelaar", "exporteur", "importeur", "leverancier", "verdeler", "handelaar", "verwerker", "vervoerder", "expediteur", "dochter"],
  appositionArticles: ["een"],
  possessives: ["zijn", "haar", "hun", "onze", "ons"],
  companyRoles: [
    "CEO", "CFO", "COO", "CTO", "topman", "topvrouw", "gedelegeerd bestuurder", "algemeen directeur", "zaakvoerder", "bedrijfsleider", "oprichter",
    "medeoprichter", "eigenaar", "mede-eigenaar", "voorzitter", "ondervoorzitter", "vicevoorzitter", "managing director",
  ],
  companyRoleLinks: ["van", "bij", "van de raad van bestuur van", "van de raad van toezicht van", "van de directie van"],
  atRoles: ["hoofd", "directeur", "manager", "partner", "ingenieur", "analist", "econoom", "woordvoerder", "woordvoerster", "medewerker", "vertegenwoordiger", "adviseur", "onderzoeker"],
  atRoleLinks: ["bij"],
  lowerHeads: ["ministerie", "departement", "agentschap", "akimat", "ambassade"],
  // a water board is a body, never a place (`het waterschap Drents Overijsselse Delta`); `de gemeente X` is the place
  namedBodies: ["waterschap", "hoogheemraadschap"],
  // `het akimat van de stad Taraz`: the kind of place between a lower-case head's link and the place's name
  placeClasses: ["de stad", "de regio", "het district", "de provincie", "de oblast"],
  placeClassesAfter: [],
  portfolioHeads: ["minister", "ministerie", "viceminister", "staatssecretaris", "departement", "commissaris", "commissie", "schepen", "gedeputeerde"],
  adjectiveHeads: { ambassade: "diplomatic", consulaat: "diplomatic", ereconsulaat: "diplomatic", "consulaat-generaal": "diplomatic" },
  nationalityEndings: ["se", "sche"],
  originAdjectives: [],
  foreignLinks: ["of"],
  topicHeads: ["Commissie", "Comité", "Raad", "Conferentie", "Werkgroep"],
  numberLabels: ["Nr", "nr", "No"],
  topicLinks: ["inzake"],
  notTopics: [...Object.keys(MONTHS).map((m) => m[0].toUpperCase() + m.slice(1)), "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag"],
  stateForms: ["het Koninkrijk", "de Republiek", "het Groothertogdom", "de Bondsrepubliek"],
  closingHeads: ["Advocaten", "Notarissen", "Accountants", "Architecten"],
  modifierHeads: ["International", "Global", "Consult", "Consulting", "Consultancy", "Trading", "Solutions", "Technologies", "Shipping", "Ventures", "Express"],
  headEndings: {
    vereniging: "other", organisatie: "other", federatie: "other", stichting: "other",
    // `Investeringsmaatschappij`, `Kenniscentrum`, `Handelskamer`: Dutch writes a body's class as the end of one word
    maatschappij: "company", centrum: "other", kamer: "chamber",
    // `Rijksuniversiteit`, `Hanzehogeschool`, `Rijksinstituut`, `Wereldbank`, `Belastingdienst`
    universiteit: "education", hogeschool: "education", instituut: "education", bank: "company", dienst: "government",
    // `Landbouwministerie`, `Exportagentschap`, `Handelscommissie`, `Volkspartij`, `Klimaatfonds` (not `-raad`, which ends first names:
    // `Koenraad`; not `-unie`, whose names a place often follows: `de Graanunie Nederland bezoeken`)
    ministerie: "government", agentschap: "government", commissie: "government", partij: "party", fonds: "company",
  },
  sourceAfter: ["meldt", "meldde", "bericht", "berichtte", "schrijft", "schreef"],
  // (de verslaggever van een persbureau: `meldt de correspondent van Belga`)
  sourceBefore: ["meldt", "volgens", "bericht", "aldus", "correspondent van", "de correspondent van"],
  notAcronyms: [
    "BBP", "BNP", "BTW", "CEO", "CFO", "COO", "CTO", "IT", "ICT", "AI", "CO", "CO2", "KMO", "KMO's", "MKB", "B2B", "B2C", "R&D", "HR", "PR", "QR", "TV",
    "PC", "USB", "LNG", "LPG", "OK", "CET", "UTC", "DNA", "ID", "MW", "GW", "KW", "KWH", "MWH", "HA", "PDF", "URL", "NB", "PS", "ETA", "ETD", "Q&A", "ESG", "TEU", "MOU",
    "BV", "NV", "VZW", "EUR", "USD", "KZT",
    // maatstaven van resultatenberichten
    "EBITDA", "REBITDA", "EBIT", "REBIT", "WPA", "CAPEX", "OPEX", "ISIN", "CPV",
  ],
  tickerLabels: ["ticker", "tickersymbool", "beurssymbool", "beurscode", "symbool"],
  definitionIntros: ["de", "het", "hierna", "hierna de", "hierna het", "hierna te noemen", "hierna genoemd"],
  examples: ORGANISATION_EXAMPLES,
  negatives: ORGANISATION_NEGATIVES,
};
