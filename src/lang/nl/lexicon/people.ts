// Dutch titles, honorifics and speech verbs: data only.
import type { PeopleLexicon } from "../../common/people.js";

export const PEOPLE: PeopleLexicon = {
  lang: "nl",
  titles: [
    "Ambassadeur", "ambassadeur", "Minister", "minister", "Minister-President", "minister-president", "Premier", "premier", "Eerste Minister",
    "President", "president", "Gouverneur", "gouverneur", "Burgemeester", "burgemeester", "Schepen", "schepen", "Gedeputeerde", "gedeputeerde",
    "Voorzitter", "voorzitter", "Directeur", "directeur", "Algemeen Directeur", "algemeen directeur", "Gedelegeerd Bestuurder", "gedelegeerd bestuurder",
    "CEO", "Consul", "consul", "Consul-generaal", "Eerste Secretaris", "Secretaris", "secretaris", "Staatssecretaris", "staatssecretaris",
    "Koning", "Koningin", "Prins", "Prinses", "Senator", "Commissaris", "Woordvoerder", "woordvoerder", "Oprichter", "oprichter", "Zaakvoerder",
    "zaakvoerder", "Eigenaar", "eigenaar", "Vertegenwoordiger", "vertegenwoordiger", "Professor", "Rector", "Vlaams minister", "Vlaamse minister",
    "Federaal minister", "Consul en Eerste Secretaris",
  ],
  honorifics: ["dhr.", "Dhr.", "mevr.", "Mevr.", "mevrouw", "Mevrouw", "meneer", "de heer", "De heer", "Z.E.", "H.E.", "dr.", "Dr.", "prof.", "Prof.", "mr.", "ir."],
  roleLinks: ["van", "voor", "in", "bij"],
  speechVerbs: ["zei", "zegt", "verklaarde", "benadrukte", "stelde", "merkte op", "voegde toe", "vertelde", "onderstreepte", "aldus"],
};
