// Examples and negatives of the English people rules, run by tests/rules.test.ts.
import type { RuleExample } from "../../../rules.js";
import type { PersonCandidate } from "../../../entities/people.js";

export const PEOPLE_EXAMPLES: Record<string, RuleExample<PersonCandidate>[]> = {
  byline: [
    { text: "Kazakh wheat finds a new route\n\nBy Aigul Tursynova\n\nASTANA – Exports grew.", expect: { name: "Aigul Tursynova", role: null } },
    { text: "Interview | By Anna Berg | 4 March 2025", expect: { name: "Anna Berg", role: null } },
  ],
  "age-before-name": [
    { text: "The 47-year-old M.J. van der Berg from Zwolle was acquitted.", expect: { name: "M.J. van der Berg", role: null } },
    { text: "A 62-year-old Ruslan Temirkhanov is suspected of smuggling.", expect: { name: "Ruslan Temirkhanov", role: null } },
  ],
  "kin-apposition": [
    { text: "\"My father, Willem Dekeyser, met a port director in Hamburg in 2007.\"", expect: { name: "Willem Dekeyser", role: null } },
  ],
  "title-before-name": [
    { text: "Minister of Economy and Climate Yeldos Peeters received the delegation.", expect: { name: "Yeldos Peeters", role: "Minister of Economy and Climate" } },
    { text: "It is led by Director-General Foreign Economic Relations of the Ministry of Foreign Affairs, Maarten de Vries.", expect: { name: "Maarten de Vries", role: "Director-General Foreign Economic Relations of the Ministry of Foreign Affairs" } },
    { text: "It was attended by Vice Minister of Agriculture of the Republic of Kazakhstan Dana Tulegenova, Chairman of the Board of Delta JSC Nurlan Abenov.", expect: { name: "Dana Tulegenova", role: "Vice Minister of Agriculture of the Republic of Kazakhstan" } },
    { text: "Ambassador of Belgium to Kazakhstan Pieter Janssens opened the forum.", expect: { name: "Pieter Janssens", role: "Ambassador of Belgium to Kazakhstan" } },
    { text: "The orchestra is led by chief conductor Madina Yessenova, who joined in 2024.", expect: { name: "Madina Yessenova", role: "chief conductor" } },
    { text: "Clerk Joost Hermans keeps the minutes of the committee.", expect: { name: "Joost Hermans", role: "Clerk" } },
    { text: "Public Prosecutor Marieke Dekker asked for two years in prison.", expect: { name: "Marieke Dekker", role: "Public Prosecutor" } },
    { text: "Flemish Vice-Minister-President Ruben Goossens will lead the mission.", expect: { name: "Ruben Goossens", role: "Flemish Vice-Minister-President" } },
    { text: "He met the Governor of the province Anna De Smet on Monday.", expect: { name: "Anna De Smet", role: "Governor of the province" } },
    { text: "Minister Peeters welcomed the guests.", expect: { name: "Peeters", role: "Minister" } },
    { text: "Justice Anna Whitfield dismissed the counterclaim.", expect: { name: "Anna Whitfield", role: "Justice" } },
    { text: "Deputy Chairman of Aral Capital Dauren Saparov presented the projects.", expect: { name: "Dauren Saparov", role: "Deputy Chairman of Aral Capital" } },
    { text: "It was signed by Chairman of the Management Board of Irtysh Metals Gulnara Bekova.", expect: { name: "Gulnara Bekova", role: "Chairman of the Management Board of Irtysh Metals" } },
    { text: "He was welcomed by the Ambassador of Uzbekistan to Austria, H.E. Arman Tulegenov.", expect: { name: "Arman Tulegenov", role: "Ambassador of Uzbekistan to Austria" } },
    { text: "They met the Mayor of Zwolle Mrs. Ineke van der Meer on Friday.", expect: { name: "Ineke van der Meer", role: "Mayor of Zwolle" } },
    { text: "He met director John van Dam.", expect: { name: "John van Dam" } },
    { text: "The investors met the akim of Pavlodar region, Yerlan Dossayev, on Monday.", expect: { name: "Yerlan Dossayev", role: "akim of Pavlodar region" } },
    { text: "The dispute went to the Austrian arbitrator Hélène Vandersmissen in Vienna.", expect: { name: "Hélène Vandersmissen", role: "Austrian arbitrator" } },
    { text: "\"The data are clear,\" said researcher Tomas Wielemans.", expect: { name: "Tomas Wielemans", role: "researcher" } },
    { text: "It was signed by the Rector Magnificus of the university, Prof. Anna Smit.", expect: { name: "Anna Smit", role: "Rector Magnificus of the university" } },
  ],
  "apposition-role": [
    { text: "The guests were Anna Berg, Director of the Port of Aktau Jan Peeters and two bankers.", expect: { name: "Anna Berg", role: null } },
    { text: "The study appears next month, says Dr. Lotte Vanwalleghem, a postdoctoral researcher at the Department of Soil Science.", expect: { name: "Lotte Vanwalleghem", role: "postdoctoral researcher at the Department of Soil Science" } },
    { text: "Tom Verhoeven, CEO of Delta Logistics NV, presented the plans.", expect: { name: "Tom Verhoeven", role: "CEO of Delta Logistics NV" } },
    { text: "\"We lend in tenge,\" said Karin Holm, EBRD Director for Central Asia.", expect: { name: "Karin Holm", role: "EBRD Director for Central Asia" } },
    { text: "For bookings please call us.\n\nPieter Smolders\nHead of Sales, Central Asia", expect: { name: "Pieter Smolders", role: "Head of Sales, Central Asia" } },
    { text: "With Sarah Claes, the owner of the family business, the delegation toured the site.", expect: { name: "Sarah Claes", role: "owner of the family business" } },
    { text: "Maren Holt, senior economic adviser at Delta Logistics NV, led the talks.", expect: { name: "Maren Holt", role: "senior economic adviser at Delta Logistics NV" } },
    // an appointment's verb, after an apposition of its own, and an adverb of time before the role
    { text: "Arman Yeleussizov has been appointed Managing Director of Delta Logistics NV.", expect: { name: "Arman Yeleussizov", role: "Managing Director of Delta Logistics NV" } },
    { text: "Petra Vos, who joined the firm in 2019, will become Chief Operating Officer.", expect: { name: "Petra Vos", role: "Chief Operating Officer" } },
    { text: "The talks were led by Petra Vos, currently Sales Director at the group.", expect: { name: "Petra Vos", role: "Sales Director at the group" } },
    { text: "Queries go to Lieve Wouters, Corporate Communications Manager, by e-mail.", expect: { name: "Lieve Wouters", role: "Corporate Communications Manager" } },
  ],
  salutation: [{ text: "Thank you, dear Arman Yeleussizov, for your support.", expect: { name: "Arman Yeleussizov", role: null } }],
  "plural-apposition": [
    { text: "Present: Els Maes, Tom Wouters and Lieve Verstappen, aldermen", expect: { name: "Els Maes", role: "Alderman" } },
    { text: "Present: Els Maes, Tom Wouters and Lieve Verstappen, aldermen", expect: { name: "Lieve Verstappen", role: "Alderman" } },
  ],
  "role-line": [{ text: "For further information:\nInvestor Relations Manager\nSaule Dzhunusova\n+7 727 000 00 00", expect: { name: "Saule Dzhunusova", role: "Investor Relations Manager" } }],
  "role-list-first": [
    { text: "He met the mayors of Ypres and Tielt, Lucas Maes and Eva Wouters respectively.", expect: { name: "Lucas Maes", role: "Mayor of Ypres" } },
  ],
  honorific: [{ text: "Mr. Daniyar Sadykov thanked the hosts.", expect: { name: "Daniyar Sadykov" } }],
  "speech-verb": [{ text: "Erik Lambrechts said the port would grow.", expect: { name: "Erik Lambrechts" } }],
  "speech-before": [
    { text: "The market is growing fast, according to Maria Jacobs.", expect: { name: "Maria Jacobs" } },
    { text: "According to Nurzhan Temirbekova, the plant will employ 400 people.", expect: { name: "Nurzhan Temirbekova" } },
  ],
  "first-name": [
    { text: "The delegation included Thomas Willems and others.", expect: { name: "Thomas Willems" } },
    { text: "The delegation included Marie-Claire Dumont and others.", expect: { name: "Marie-Claire Dumont" } },
  ],
};

export const PEOPLE_NEGATIVES: Record<string, string[]> = {
  byline: ["By Monday the ministry had answered.", "The rule was passed by Parliament Today\n"],
  "age-before-name": ["A 47-year-old Dutch national was acquitted.", "The 25-year-old Company celebrates."],
  "kin-apposition": ["His father, the Ambassador, met the minister."],
  "title-before-name": ["a review by the Justice Department's inspector general", "The Ambassador discussed cooperation.", "the Minister of Foreign Affairs of Kazakhstan"],
  "apposition-role": ["The talks went well with Anna Berg\nDirector of the port spoke.", "In Kazakhstan, the President announced reforms.", "In Kazakhstan, senior officials announced reforms."],
  honorific: ["Mr. and Mrs. attended"],
  salutation: ["Dear Sir or Madam,", "dear friends and partners"],
  "plural-apposition": ["We thank Anna Berg, ministers and ambassadors for coming.", "The mayors, aldermen and councillors met."],
  "role-line": ["Managing Director\nThe company grew.", "Chairman of the Board\nAnnual Report 2024"],
  "speech-verb": ["The Ambassador said that trade grew.", "Kazakhstan noted progress."],
  "first-name": ["The Middle Corridor connects Central Asia and Europe.", "The Smith-Jones Foundation funds it."],
};
PEOPLE_EXAMPLES["role-list-second"] = [
  { text: "He met the mayors of Ypres and Tielt, Lucas Maes and Eva Wouters respectively.", expect: { name: "Eva Wouters", role: "Mayor of Tielt" } },
];
