// Examples and negatives of the Dutch people rules, run by tests/rules.test.ts.
import type { RuleExample } from "../../../rules.js";
import type { PersonCandidate } from "../../../entities/people.js";

export const PEOPLE_EXAMPLES: Record<string, RuleExample<PersonCandidate>[]> = {
  "title-before-name": [
    { text: "Ambassadeur van België in Oezbekistan Pieter Janssens opende het forum.", expect: { name: "Pieter Janssens", role: "Ambassadeur van België in Oezbekistan" } },
    { text: "Hij ontmoette gouverneur Anna De Smet in Brugge.", expect: { name: "Anna De Smet", role: "gouverneur" } },
    { text: "Vlaams minister van Economie Tom Peeters: \"We zijn klaar.\"", expect: { name: "Tom Peeters", role: "Vlaams minister van Economie" } },
    { text: "Vicevoorzitter van Kazakh Invest Serik Omarov stelde de projecten voor.", expect: { name: "Serik Omarov", role: "Vicevoorzitter van Kazakh Invest" } },
    { text: "Hij werd rondgeleid door directeur dhr. Johan van der Veen en zijn dochter.", expect: { name: "Johan van der Veen", role: "directeur" } },
    { text: "Ook wethouder van Economie mevr. Esther de Boer was aanwezig.", expect: { name: "Esther de Boer", role: "wethouder van Economie" } },
    { text: "De ambassadeur van Kazachstan in Nederland, Z.E. Aidar Seitkali, bracht een bezoek.", expect: { name: "Aidar Seitkali", role: "ambassadeur van Kazachstan in Nederland" } },
    { text: "Het akkoord werd ondertekend door CEO Wim Cuypers van Limburg Rail Terminal.", expect: { name: "Wim Cuypers", role: "CEO" } },
    { text: "Hij sprak met directeur Johan van Dam.", expect: { name: "Johan van Dam" } },
  ],
  "apposition-role": [
    { text: "Tom Verhoeven, gedelegeerd bestuurder van Delta Logistics NV, stelde de plannen voor.", expect: { name: "Tom Verhoeven", role: "gedelegeerd bestuurder van Delta Logistics NV" } },
  ],
  "role-list-second": [
    { text: "Hij sprak met de burgemeesters van Ieper en Tielt, Lucas Maes en Eva Wouters respectievelijk.", expect: { name: "Eva Wouters", role: "burgemeester van Tielt" } },
  ],
  honorific: [{ text: "Dhr. Daniyar Sadykov bedankte de gastheren.", expect: { name: "Daniyar Sadykov" } }],
  "speech-verb": [{ text: "Erik Lambrechts verklaarde dat de haven groeit.", expect: { name: "Erik Lambrechts" } }],
  "speech-before": [{ text: "De markt groeit snel, volgens Maria Jacobs.", expect: { name: "Maria Jacobs" } }],
  "first-name": [{ text: "De delegatie bestond onder meer uit Thomas Willems en anderen.", expect: { name: "Thomas Willems" } }],
};

export const PEOPLE_NEGATIVES: Record<string, string[]> = {
  "title-before-name": ["De ambassadeur besprak de samenwerking.", "de minister van Buitenlandse Zaken van Oezbekistan"],
  "apposition-role": ["In Oezbekistan, de president kondigde hervormingen aan."],
  "speech-verb": ["De ambassadeur zei dat de handel groeide.", "Oezbekistan verklaarde dat"],
  "first-name": ["De Middelste Corridor verbindt Centraal-Azië en Europa."],
};
PEOPLE_EXAMPLES["role-list-first"] = [
  { text: "Hij sprak met de burgemeesters van Ieper en Tielt, Lucas Maes en Eva Wouters respectievelijk.", expect: { name: "Lucas Maes", role: "burgemeester van Ieper" } },
];
