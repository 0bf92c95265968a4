// Examples and negatives of the Dutch people rules, run by tests/rules.test.ts.
import type { RuleExample } from "../../../rules.js";
import type { PersonCandidate } from "../../../entities/people.js";

export const PEOPLE_EXAMPLES: Record<string, RuleExample<PersonCandidate>[]> = {
  "compound-title-before-name": [
    { text: "\"Dat is de grootste uitdaging\", zegt productiemanager Sarah Vos.", expect: { name: "Sarah Vos", role: "productiemanager" } },
    { text: "Volgens exportmanager Jan Peeters groeit de vraag.", expect: { name: "Jan Peeters", role: "exportmanager" } },
  ],
  byline: [
    { text: "De markt groeit snel\n\nDoor Aigul Tursynova\n\nASTANA – De uitvoer groeide.", expect: { name: "Aigul Tursynova", role: null } },
    { text: "Interview | Door Sara Goossens | 4 maart 2025", expect: { name: "Sara Goossens", role: null } },
  ],
  "age-before-name": [
    { text: "De 47-jarige M.J. van der Berg uit Zwolle werd vrijgesproken.", expect: { name: "M.J. van der Berg", role: null } },
    { text: "Een 62-jarige Ruslan Temirkhanov wordt verdacht van smokkel.", expect: { name: "Ruslan Temirkhanov", role: null } },
  ],
  "kin-apposition": [
    { text: "‘Mijn vader, Willem Dekeyser, ontmoette in 2007 op een beurs een havendirecteur uit Mangystau.’", expect: { name: "Willem Dekeyser", role: null } },
  ],
  "title-before-name": [
    { text: "Minister van Economie en Klimaat Yeldos Peeters ontving de delegatie.", expect: { name: "Yeldos Peeters", role: "Minister van Economie en Klimaat" } },
    { text: "Onder leiding van de directeur-generaal Buitenlandse Economische Betrekkingen van het ministerie van Buitenlandse Zaken, Maarten de Vries.", expect: { name: "Maarten de Vries", role: "directeur-generaal Buitenlandse Economische Betrekkingen van het ministerie van Buitenlandse Zaken" } },
    { text: "Aanwezig waren minister van Landbouw van Oezbekistan Dana Tulegenova, voorzitter van de raad van bestuur van Delta NV Nurlan Abenov.", expect: { name: "Dana Tulegenova", role: "minister van Landbouw van Oezbekistan" } },
    { text: "Ambassadeur van België in Oezbekistan Pieter Janssens opende het forum.", expect: { name: "Pieter Janssens", role: "Ambassadeur van België in Oezbekistan" } },
    { text: "Volgens dijkgraaf Geert Wiersma van het waterschap is het project uniek.", expect: { name: "Geert Wiersma", role: "dijkgraaf" } },
    { text: "Griffier Ilse Verhoeven begeleidt de commissie naar Almaty.", expect: { name: "Ilse Verhoeven", role: "Griffier" } },
    { text: "Officier van justitie Marieke Dekker eiste twee jaar cel.", expect: { name: "Marieke Dekker", role: "Officier van justitie" } },
    { text: "Volgens viceminister-president Ruben Goossens groeit de export.", expect: { name: "Ruben Goossens", role: "viceminister-president" } },
    { text: "De handelsmissie staat onder leiding van algemeen directeur Koen Maes van AWEX.", expect: { name: "Koen Maes", role: "algemeen directeur" } },
    { text: "De economische vertegenwoordiger van Vlaanderen in Almaty, Sofie Wouters, begeleidt de bedrijven.", expect: { name: "Sofie Wouters", role: "economische vertegenwoordiger van Vlaanderen in Almaty" } },
    { text: "Het orkest speelt onder leiding van chef-dirigent Madina Yessenova.", expect: { name: "Madina Yessenova", role: "chef-dirigent" } },
    { text: "Hij ontmoette gouverneur Anna De Smet in Brugge.", expect: { name: "Anna De Smet", role: "gouverneur" } },
    { text: "De akim van Pavlodar oblast, Yerlan Dossayev, ontving de investeerders.", expect: { name: "Yerlan Dossayev", role: "akim van Pavlodar oblast" } },
    { text: "Het geschil ging naar de Oostenrijkse arbiter Hélène Vandersmissen in Wenen.", expect: { name: "Hélène Vandersmissen", role: "Oostenrijkse arbiter" } },
    { text: "Volgens onderzoeker Tomas Wielemans is de studie uniek.", expect: { name: "Tomas Wielemans", role: "onderzoeker" } },
    { text: "Directeur-generaal Natuur en Visserij Anne-Marie van Loon opende de dag.", expect: { name: "Anne-Marie van Loon", role: "Directeur-generaal Natuur en Visserij" } },
    { text: "Vlaams minister van Economie Tom Peeters: \"We zijn klaar.\"", expect: { name: "Tom Peeters", role: "Vlaams minister van Economie" } },
    { text: "Vicevoorzitter van Aral Capital Dauren Saparov stelde de projecten voor.", expect: { name: "Dauren Saparov", role: "Vicevoorzitter van Aral Capital" } },
    { text: "Hij werd rondgeleid door directeur dhr. Kees van der Wal en zijn zoon.", expect: { name: "Kees van der Wal", role: "directeur" } },
    { text: "Ook wethouder van Cultuur mevr. Ineke de Graaf was aanwezig.", expect: { name: "Ineke de Graaf", role: "wethouder van Cultuur" } },
    { text: "De ambassadeur van Oezbekistan in Nederland, Z.E. Rustam Karimov, bracht een bezoek.", expect: { name: "Rustam Karimov", role: "ambassadeur van Oezbekistan in Nederland" } },
    { text: "Het akkoord werd ondertekend door CEO Luc Maes van Kempen Cargo Terminal.", expect: { name: "Luc Maes", role: "CEO" } },
    { text: "Hij sprak met directeur Johan van Dam.", expect: { name: "Johan van Dam" } },
  ],
  "apposition-role": [
    { text: "Met Lotte Maes, douane-expert bij Norrland Consult BV, en andere sprekers.", expect: { name: "Lotte Maes", role: "douane-expert bij Norrland Consult BV" } },
    { text: "\"We lenen in tenge\", zei Karin Holm, EBRD-directeur voor Centraal-Azië.", expect: { name: "Karin Holm", role: "EBRD-directeur voor Centraal-Azië" } },
    { text: "Met vriendelijke groet,\n\nPieter Smolders\nHoofd Verkoop Centraal-Azië", expect: { name: "Pieter Smolders" } },
    { text: "De studie verschijnt volgende maand, zegt Lotte Vanwalleghem, postdoctoraal onderzoeker aan de Universiteit Gent.", expect: { name: "Lotte Vanwalleghem", role: "postdoctoraal onderzoeker aan de Universiteit Gent" } },
    { text: "\"The market is ready,\" aldus Dauren Nurov, chief executive van Delta Wind, bij de opening.", expect: { name: "Dauren Nurov", role: "chief executive van Delta Wind" } },
    { text: "Tom Verhoeven, gedelegeerd bestuurder van Delta Logistics NV, stelde de plannen voor.", expect: { name: "Tom Verhoeven", role: "gedelegeerd bestuurder van Delta Logistics NV" } },
    { text: "Ineke Vos, economisch vertegenwoordiger van Delta Logistics NV, leidde de gesprekken.", expect: { name: "Ineke Vos", role: "economisch vertegenwoordiger van Delta Logistics NV" } },
    // het werkwoord van een benoeming, en een bijwoord van tijd voor de rol
    { text: "Arman Yeleussizov wordt benoemd tot algemeen directeur van de vestiging in Almaty.", expect: { name: "Arman Yeleussizov", role: "algemeen directeur van de vestiging in Almaty" } },
    { text: "Petra Vos, momenteel financieel directeur van de groep, leidt de gesprekken.", expect: { name: "Petra Vos", role: "financieel directeur van de groep" } },
  ],
  "role-list-second": [
    { text: "Hij sprak met de burgemeesters van Ieper en Tielt, Lucas Maes en Eva Wouters respectievelijk.", expect: { name: "Eva Wouters", role: "burgemeester van Tielt" } },
  ],
  honorific: [{ text: "Dhr. Daniyar Sadykov bedankte de gastheren.", expect: { name: "Daniyar Sadykov" } }],
  salutation: [{ text: "Dank u, beste Arman Yeleussizov, voor uw steun.", expect: { name: "Arman Yeleussizov", role: null } }],
  "plural-apposition": [
    { text: "Aanwezig: Els Maes, Tom Wouters en Lieve Verstappen, schepenen", expect: { name: "Els Maes", role: "schepen" } },
    { text: "Aanwezig: Els Maes, Tom Wouters en Lieve Verstappen, schepenen", expect: { name: "Tom Wouters", role: "schepen" } },
  ],
  "role-line": [{ text: "Meer informatie:\nWoordvoerder\nSaule Dzhunusova\n+32 2 000 00 00", expect: { name: "Saule Dzhunusova", role: "Woordvoerder" } }],
  "speech-verb": [
    { text: "Erik Lambrechts verklaarde dat de haven groeit.", expect: { name: "Erik Lambrechts" } },
    { text: "De minister van Economie en Klimaat Yeldos Peeters ontving de delegatie.", expect: { name: "Yeldos Peeters" } },
  ],
  "speech-before": [
    { text: "De markt groeit snel, volgens Maria Jacobs.", expect: { name: "Maria Jacobs" } },
    { text: "Volgens Nurzhan Temirbekova telt de fabriek 400 werknemers.", expect: { name: "Nurzhan Temirbekova" } },
  ],
  "first-name": [
    { text: "De delegatie bestond onder meer uit Thomas Willems en anderen.", expect: { name: "Thomas Willems" } },
    { text: "De delegatie bestond onder meer uit Pieter-Bas Kramer en anderen.", expect: { name: "Pieter-Bas Kramer" } },
  ],
};

export const PEOPLE_NEGATIVES: Record<string, string[]> = {
  "compound-title-before-name": ["De projectmanager van het bedrijf sprak.", "De accountmanager Export Oost belt terug.", "Het team telt een exportmanager."],
  byline: ["Door de Kamer goedgekeurd\n", "De wet werd door Kamer Vandaag goedgekeurd."],
  "age-before-name": ["De 47-jarige Zwollenaar werd vrijgesproken.", "Het 25-jarige Bedrijf viert feest."],
  "kin-apposition": ["Zijn vader, de ambassadeur, ontving de minister."],
  "title-before-name": ["De ambassadeur besprak de samenwerking.", "de minister van Buitenlandse Zaken van Oezbekistan"],
  salutation: ["Beste collega's,", "de beste Vlaamse bedrijven"],
  "plural-apposition": ["We danken Anna Berg, ministers en ambassadeurs voor hun komst."],
  "role-line": ["Algemeen directeur\nHet bedrijf groeide."],
  "apposition-role": ["In Oezbekistan, de president kondigde hervormingen aan.", "In Oezbekistan, economisch beleid staat voorop."],
  "speech-verb": ["De ambassadeur zei dat de handel groeide.", "Oezbekistan verklaarde dat"],
  "first-name": ["De Middelste Corridor verbindt Centraal-Azië en Europa."],
};
PEOPLE_EXAMPLES["role-list-first"] = [
  { text: "Hij sprak met de burgemeesters van Ieper en Tielt, Lucas Maes en Eva Wouters respectievelijk.", expect: { name: "Lucas Maes", role: "burgemeester van Ieper" } },
];
