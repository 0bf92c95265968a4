// Dutch words around place names: data only.
import type { PlaceLexicon } from "../../common/places.js";

export const PLACES: PlaceLexicon = {
  lang: "nl",
  connectors: ["op", "aan", "den", "de", "der", "en", "van", "la", "le", "sur"],
  locativeCues: ["in", "te", "uit", "naar", "bij", "nabij", "van", "tussen", "tot", "en", "rond", "om", "vanuit", "via", "bezocht", "bezoekt", ","],
  classNouns: {
    haven: "port", zeehaven: "port", stad: "city", gemeente: "city", dorp: "city", deelgemeente: "city", provincie: "region", regio: "region", deelstaat: "region",
  },
  classLinks: ["van"],
  classLinkRequired: false,
  joins: ["en"],
  notPlaces: [
    "De", "Het", "Een", "Dit", "Deze", "Die", "Dat", "Zijn", "Haar", "Hun", "In", "Op", "Voor", "En", "Maar", "Burgemeester", "Gouverneur", "Minister",
    "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli",
    "Augustus", "September", "Oktober", "November", "December", "NV", "BV", "Groep",
  ],
  placeHeads: { Zee: "other", Oceaan: "other", Gewest: "region" },
  // Dutch says where a firm sits with a participle before it (`het in Antwerpen gevestigde bedrijf`), read by the locative cues
  seatSuffixes: [],
  townCues: ["geboren in", "geboren te", "overleden in", "overleden te", "overleed in", "overleed te", "opgegroeid in"],
  missionHeads: ["ambassade", "consulaat", "consulaat-generaal", "ereconsulaat"],
  missionLinks: ["van"],
  townCueExamples: [
    { text: "Geboren in Kentau in 1948, studeerde ze in Moskou.", expect: { name: "Kentau", kind: "city" } },
    { text: "Hij was eerste secretaris bij de ambassade van België in Bisjkek.", expect: { country: "KG" } },
  ],
  townCueNegatives: ["Ze werd geboren in maart 1951.", "Hij werkte bij de ambassade van zijn land in Europese dienst."],
  routePairs: [["tussen", "en"], ["van", "tot"], ["van", "naar"]],
  articles: ["de", "het"],
  portfolioHeads: ["minister", "viceminister", "vice-minister", "ministerie", "staatssecretaris", "departement", "schepen", "gedeputeerde", "commissaris", "commissie", "dienst"],
  examples: [
    { text: "Deelnemers waren onder meer Delta Pompen nv (Lommel) en Aral Zaden bv.", expect: { name: "Lommel", country: "BE" } },
    { text: "De missie trekt naar Oezbekistan.", expect: { name: "Oezbekistan", kind: "country", country: "UZ" } },
    { text: "bedrijven uit West-Vlaanderen", expect: { name: "West-Vlaanderen", kind: "region", country: "BE" } },
    { text: "De beurs vindt plaats in Astana.", expect: { name: "Astana", country: "KZ" } },
    { text: "de burgemeester van Lichtervelde", expect: { name: "Lichtervelde", country: "BE" } },
    { text: "de handel tussen Centraal-Azië en Europa", expect: { name: "Centraal-Azië", kind: "region" } },
    { text: "Nederland en België werken samen.", expect: { name: "België", country: "BE" } },
  ],
  negatives: ["De vraag (Boom of niet) bleef groot.", "De Oezbeekse en Vlaamse bedrijven", "Boom van de export.", "Mol was de eerste"],
};
