// English words around place names: data only.
import type { PlaceLexicon } from "../../common/places.js";

/** Words that end a street's name (`Harbour Road`): the number before or after it is a house number. */
export const PLACES: PlaceLexicon = {
  lang: "en",
  connectors: ["of", "and", "the", "upon", "on", "de", "la", "le", "sur", "am"],
  locativeCues: ["in", "of", "from", "to", "near", "at", "and", "around", "outside", "between", "visited", "visiting", "towards", "via", "into", "across", ","],
  classNouns: {
    port: "port", seaport: "port", city: "city", town: "city", village: "city", municipality: "city", region: "region", province: "region", district: "region",
  },
  classLinks: ["of"],
  classLinkRequired: true,
  joins: ["and"],
  notPlaces: [
    "The", "A", "An", "This", "That", "These", "Its", "Their", "In", "On", "At", "For", "And", "But", "Mayor", "Governor", "Minister", "President",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Ltd", "Inc", "NV", "BV", "LLP", "JSC", "Group",
  ],
  placeHeads: { Sea: "other", Ocean: "other" },
  seatSuffixes: ["-based", "-headquartered"],
  townCues: ["born in", "died in", "passed away in", "grew up in"],
  missionHeads: ["Embassy", "Consulate", "Consulate General", "Consulate-General", "Honorary Consulate"],
  missionLinks: ["of"],
  townCueExamples: [
    { text: "Born in Kentau in 1948, she studied in Moscow.", expect: { name: "Kentau", kind: "city" } },
    { text: "He was first secretary at the Embassy of Belgium in Bishkek.", expect: { name: "Bishkek", country: "KG" } },
  ],
  townCueNegatives: ["She was born in March 1951.", "He died in January after a long illness."],
  routePairs: [["between", "and"], ["from", "to"]],
  articles: ["the"],
  portfolioHeads: ["minister", "deputy minister", "vice minister", "vice-minister", "ministry", "secretary", "department", "commissioner", "committee"],
  examples: [
    { text: "Participants included Delta Pompen NV (Lommel) and Aral Seeds BV (Antwerp).", expect: { name: "Lommel", country: "BE" } },
    { text: "The delegation travelled to Kazakhstan last week.", expect: { name: "Kazakhstan", kind: "country", country: "KZ" } },
    { text: "WEST FLANDERS, BELGIUM. The governor opened the fair.", expect: { name: "West Flanders", kind: "region", country: "BE" } },
    { text: "Talks were held in Almaty on Monday.", expect: { name: "Almaty", country: "KZ" } },
    { text: "a new terminal in Zeebrugge", expect: { name: "Zeebrugge", kind: "city", country: "BE" } },
    { text: "trade between Central Asia and Europe", expect: { name: "Central Asia", kind: "region" } },
    { text: "The Netherlands remains a key investor.", expect: { country: "NL" } },
  ],
  negatives: ["Demand (Boom and bust) shaped the year.", "Kazakh exporters met Belgian buyers.", "Boom in exports of grain.", "the mayor said"],
};
