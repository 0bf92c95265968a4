// English titles, honorifics and speech verbs: data only.
import type { PeopleLexicon } from "../../common/people.js";

export const PEOPLE: PeopleLexicon = {
  lang: "en",
  titles: [
    "Ambassador", "ambassador", "Minister", "minister", "Minister-President", "Prime Minister", "Deputy Prime Minister", "President", "Vice President",
    "Governor", "governor", "Mayor", "mayor", "mayors", "Deputy", "Chairman", "chairman", "Chairman of the Board", "Chairwoman", "Chair",
    "Managing Director", "managing director", "Director", "director", "Director General", "Director-General", "CEO", "Chief Executive Officer",
    "Consul", "consul", "Consul General", "Honorary Consul", "Counsellor", "First Secretary", "Secretary", "Secretary General", "Deputy Minister",
    "Vice Minister", "Head", "head", "King", "Queen", "Prince", "Princess", "Senator", "Akim", "akim", "Chancellor", "Commissioner", "Spokesperson",
    "Founder", "founder", "owner", "Owner", "representative", "Representative", "Chief", "Professor", "Rector", "Chargé d'Affaires",
  ],
  honorifics: ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "H.E.", "His Excellency", "Her Excellency", "Sir", "Madam"],
  roleLinks: ["of", "to", "for", "at"],
  speechVerbs: ["said", "noted", "stated", "stressed", "emphasized", "emphasised", "added", "told", "explained", "says", "highlighted", "underlined", "announced"],
};
