// Dutch role heads, honorifics, speech verbs and words that never start a name: data only.
import type { PeopleLexicon } from "../../common/people.js";
import { PEOPLE_EXAMPLES, PEOPLE_NEGATIVES } from "./people-examples.js";

export const PEOPLE: PeopleLexicon = {
  lang: "nl",
  titles: [
    "analist", "analiste", "econoom",
    "ambassadeur", "buitengewoon en gevolmachtigd ambassadeur", "minister", "minister-president", "premier", "eerste minister", "vicepremier",
    "viceminister", "vice-minister", "staatssecretaris", "president", "vicepresident", "gouverneur", "burgemeester", "schepen", "gedeputeerde",
    "wethouder", "commissaris van de Koning", "voorzitter", "ondervoorzitter", "vicevoorzitter", "directeur", "algemeen directeur", "directeur-generaal",
    "gedelegeerd bestuurder", "bestuurder", "zaakvoerder", "bedrijfsleider", "manager", "algemeen manager", "exportmanager", "CEO", "CFO", "COO", "CTO",
    // English titles as Dutch releases write them (`chief executive van X`), and roles of research and courts
    "chief executive", "chief executive officer", "managing director", "country manager", "sales manager", "onderzoeker", "arbiter", "rechter",
    "topman", "topvrouw", "oprichter", "medeoprichter", "stichter", "eigenaar", "mede-eigenaar", "partner", "consul", "consul-generaal", "ereconsul",
    "eerste secretaris", "tweede secretaris", "derde secretaris", "secretaris", "secretaris-generaal", "attaché", "handelsattaché", "economisch attaché",
    "raadgever", "adviseur", "zaakgelastigde", "gezant", "afgevaardigde", "koning", "koningin", "prins", "prinses", "senator", "parlementslid", "raadslid", "gemeenteraadslid", "provincieraadslid", "fractieleider", "fractievoorzitter", "lid",
    "Kamerlid", "volksvertegenwoordiger", "commissaris", "Europees commissaris", "woordvoerder", "woordvoerster", "vertegenwoordiger",
    "vertegenwoordigster", "professor", "hoogleraar", "rector", "rector magnificus", "Rector Magnificus", "decaan", "hoofd", "diensthoofd", "akim", "kanselier",
    "adjunct-directeur", "adjunct-directeur-generaal", "administrateur-generaal", "adjunct-secretaris", "plaatsvervangend directeur", "financieel directeur", "commercieel directeur",
    "operationeel directeur", "technisch directeur", "landbouwraad", "handelsraad", "handelscommissaris", "hoofdingenieur", "ingenieur", "economisch raad", "ambassaderaad", "landbouwattaché",
    "eerste viceminister", "vice-eerste minister", "vicegouverneur", "adjunct-akim", "vice-akim", "viceakim", "eerste vice-akim",
    "bestuursvoorzitter", "directievoorzitter", "communicatiemanager", "communicatieverantwoordelijke", "persverantwoordelijke", "perswoordvoerder",
    "marketingmanager", "salesmanager", "verkoopdirecteur", "projectleider", "projectmanager", "fabrieksdirecteur", "operationeel manager",
    // university and the professions
    "hoofddocent", "docent", "lector", "promotor", "copromotor", "beleidsmedewerker", "advocaat", "notaris",
    // the head of a water board and its members, a parliament's or council's clerk, and an orchestra's conductor
    "dijkgraaf", "heemraad", "hoogheemraad", "griffier", "Kamergriffier", "dirigent", "chef-dirigent",
    // the prosecution in a Dutch or Belgian court, and a Flemish government's deputy head
    "officier van justitie", "openbaar aanklager", "aanklager", "procureur", "viceminister-president", "vice-minister-president",
  ],
  plurals: {
    burgemeesters: "burgemeester", gouverneurs: "gouverneur", ministers: "minister", ambassadeurs: "ambassadeur", directeurs: "directeur",
    voorzitters: "voorzitter", schepenen: "schepen", raadsleden: "raadslid", gemeenteraadsleden: "gemeenteraadslid", gedeputeerden: "gedeputeerde", wethouders: "wethouder", bestuurders: "bestuurder",
    zaakvoerders: "zaakvoerder", consuls: "consul", vertegenwoordigers: "vertegenwoordiger", rectoren: "rector",
  },
  honorifics: [
    "dhr.", "Dhr.", "de heer", "De heer", "mevr.", "Mevr.", "mevrouw", "Mevrouw", "meneer", "Meneer", "Z.E.", "H.E.", "Zijne Excellentie",
    "Hare Excellentie", "dr.", "Dr.", "prof.", "Prof.", "mr.", "Mr.", "ir.", "Ir.", "ing.", "Ing.", "drs.", "Drs.", "baron", "barones", "graaf", "jonkheer",
  ],
  roleLinks: ["van", "voor", "bij", "in", "te", "aan"],
  determiners: ["de", "het", "een", "haar", "zijn", "hun", "onze", "ons"],
  appositionLinks: ["als", "is benoemd tot", "is benoemd als", "wordt benoemd tot", "wordt benoemd als", "werd benoemd tot", "werd benoemd als", "is aangesteld als", "wordt aangesteld als", "werd aangesteld als", "wordt", "werd", "wordt de nieuwe", "is de nieuwe", "is"],
  appositionAdverbs: ["momenteel", "thans", "nu", "voorheen", "tot voor kort", "tot nu toe"],
  salutations: ["beste", "Beste", "geachte", "Geachte"],
  roleModifiers: [
    "corporate", "senior", "junior", "economisch", "commercieel", "politiek", "financieel", "juridisch", "technisch", "regionaal", "waarnemend", "interim",
    "voormalig", "wetenschappelijk", "postdoctoraal", "universitair", "diplomatiek", "strategisch", "internationaal", "nationaal", "plaatsvervangend", "permanent",
    // the same adjectives inflected, as they stand after `de`, `het` or `een` (`de economische vertegenwoordiger`)
    "economische", "commerciële", "politieke", "financiële", "juridische", "technische", "regionale", "waarnemende", "voormalige", "wetenschappelijke",
    "postdoctorale", "universitaire", "diplomatieke", "strategische", "internationale", "nationale", "plaatsvervangende", "permanente",
  ],
  compoundHeads: ["specialist", "manager", "adviseur", "adviseuse", "directeur", "directrice", "coördinator", "analist", "woordvoerder", "verantwoordelijke", "consulent", "deskundige", "expert", "attaché"],
  joins: ["en", "&"],
  respectively: ["respectievelijk"],
  adjectiveEndings: ["se", "sche"],
  objectNouns: ["regio", "provincie", "stad", "gemeente", "district", "oblast", "haven"],
  speechVerbs: [
    "zei", "zegt", "verklaarde", "verklaart", "benadrukte", "benadrukt", "stelde", "stelt", "merkte op", "voegde toe", "vertelde", "onderstreepte",
    "aldus", "sprak", "legde uit", "wees op", "kondigde aan", "bevestigde", "verwelkomde", "bedankte", "nodigde", "bezocht", "ontving", "opende",
    "ondertekende", "vindt", "meent", "reageerde", "lichtte toe",
  ],
  bylines: ["door", "tekst"],
  ageWords: ["jarige"],
  kinNouns: ["vader", "moeder", "broer", "zus", "zuster", "zoon", "dochter", "grootvader", "grootmoeder", "opa", "oma", "oom", "tante", "neef", "nicht"],
  speechBefore: ["zei", "zegt", "aldus", "volgens", "verklaarde", "vertelt", "vertelde"],
  notNames: [
    // zalen en plekken na een woord dat ook een voornaam is (`het Victoria Theater`): een plaats, geen familienaam
    "Theater", "Schouwburg", "Stadion", "Museum", "Hotel", "Luchthaven", "Kathedraal", "Paviljoen", "Auditorium", "Arena", "Expo", "Paleis", "Kasteel", "Gevangenis",
    "De", "Het", "Een", "Dit", "Deze", "Die", "Dat", "Op", "Met", "Bij", "Tijdens", "Volgens", "En", "Ook", "Na", "Voor", "Van", "In", "Aan", "Om",
    "Uit", "Naar", "Over", "Onder", "Tussen", "Door", "Als", "Toen", "Sinds", "Vandaag", "Gisteren", "Morgen", "Hij", "Zij", "Ze", "Wij", "We", "Ik",
    "Jij", "U", "Hun", "Zijn", "Haar", "Onze", "Ons", "Er", "Daarnaast", "Verder", "Eveneens", "Nadien", "Daarom", "Dankzij", "Bovendien", "Ondertussen",
    "Intussen", "Zo", "Nu", "Dan", "Maar", "Want", "Of", "Wat", "Wie", "Waar", "Hoe", "Alle", "Elke", "Iedere", "Veel", "Meer", "Andere", "Beide", "Geen",
    "Niet", "Ja", "Nee", "Onder", "Binnen", "Buiten", "Zonder", "Via", "Per", "Foto", "Bron", "Lees", "Nieuws",
    "Januari", "Februari", "Maart", "April", "Mei", "Juni", "Juli", "Augustus", "September", "Oktober", "November", "December",
    "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag",
    "Ministerie", "Ambassade", "Regering", "Overheid", "Parlement", "Senaat", "Agentschap", "Commissie", "Raad", "Kamer", "Koophandel", "Haven",
    "Universiteit", "Hogeschool", "Instituut", "Bedrijf", "Groep", "Bank", "Fonds", "Partij", "Bestuur", "Comité", "Departement", "Dienst", "Vereniging",
    "Federatie", "Confederatie", "Unie", "Republiek", "Koninkrijk", "Regio", "Provincie", "Stad", "Gemeente", "Staat", "Buitenlandse", "Zaken",
    "Internationale", "Nationale", "Centraal", "Noord", "Zuid", "Oost", "West", "Middelste", "Corridor", "Route", "Expo", "Forum", "Top",
    "Economie", "Economische", "Handel", "Ontwikkeling", "Investeringen", "Industrie", "Transport", "Logistiek", "Energie", "Innovatie", "Samenwerking",
    "Akkoord", "Overeenkomst", "Grondwet", "Straat", "Plein", "Laan", "Centrum", "Dag", "Week", "Jaar", "Werk", "Sport", "Onderwijs", "Landbouw",
    "Havenbedrijf", "Zeehaven", "Holding", "Maatschappij", "Onderneming", "Commercie", "Verkoop", "Financiën", "Marketing",
  ],
  // a street's name, not a surname (`Koningin Astridstraat`): only endings no Dutch surname has (`Van der Laan`, `Zuiderdijk` are names)
  notNameEndings: ["straat", "plein", "gracht", "singel", "steenweg"],
  examples: PEOPLE_EXAMPLES,
  negatives: PEOPLE_NEGATIVES,
};
