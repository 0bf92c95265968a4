// English press-release sentences: who is named, with which role and organisation.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

type Want = { name: string; role?: string; organisation?: string; mentions?: number };
const CASES: [string, Want[]][] = [
  // a portfolio right after the title, then the town and the name after the comma
  ["Councillor Finance of the city of Mechelen, Sofie Claes, opened the fair.", [{ name: "Sofie Claes", role: "Councillor Finance of the city of Mechelen" }]],
  // an akim's deputy
  ["The mission was received in Pavlodar by Vice-Akim Daulet Nurlanov.", [{ name: "Daulet Nurlanov", role: "Vice-Akim" }]],
  // an acronym in brackets after the role's organisation; a role after `as` or `our`
  ["Acting Director of the Regional Export Agency (REA) Lotte van Houten briefed the delegation.", [{ name: "Lotte van Houten", role: "Acting Director of the Regional Export Agency" }]],
  ["The board appointed Anna Berg as Chief Executive Officer of the company.", [{ name: "Anna Berg", role: "Chief Executive Officer" }]],
  ["Many thanks to Tomas Verhulst, our Sales Director, who travelled to Almaty six times.", [{ name: "Tomas Verhulst", role: "Sales Director" }]],
  ["Ambassador of Kazakhstan to the Netherlands Daniyar Sadykov met business leaders in Rotterdam.", [{ name: "Daniyar Sadykov", role: "Ambassador of Kazakhstan to the Netherlands" }]],
  ["The Belgian Ambassador to Kazakhstan, Pieter Janssens, opened the trade fair in Almaty.", [{ name: "Pieter Janssens", role: "Ambassador" }]],
  ["Minister of Trade and Integration Arman Shakkaliyev received the delegation.", [{ name: "Arman Shakkaliyev", role: "Minister of Trade and Integration" }]],
  ["Deputy Foreign Minister Roman Vasilenko held consultations in Brussels.", [{ name: "Roman Vasilenko", role: "Deputy Foreign Minister" }]],
  ["The Governor of Antwerp Cathy Berx welcomed the guests at the provincial house.", [{ name: "Cathy Berx", role: "Governor of Antwerp" }]],
  ["At the meeting with the Governor of Limburg, Jos Lantmeeters, the parties discussed logistics.", [{ name: "Jos Lantmeeters", role: "Governor of Limburg" }]],
  ["Mayor of Ghent Mathias De Clercq showed the delegation the new harbour district.", [{ name: "Mathias De Clercq", role: "Mayor" }]],
  ["Jacques Vandermeiren, CEO of the Port of Antwerp-Bruges, presented the expansion plans.", [{ name: "Jacques Vandermeiren", role: "CEO of the Port of Antwerp-Bruges", organisation: "Port of Antwerp-Bruges" }]],
  ["Sofie Maes, managing director of Nova Textiles NV, signed the contract.", [{ name: "Sofie Maes", role: "managing director of Nova Textiles NV", organisation: "Nova Textiles NV" }]],
  ["With Pieter Claes, the founder of the family company, the ambassador discussed exports.", [{ name: "Pieter Claes", role: "founder of the family company" }]],
  ["Chairman of the Board of Delta Marine Logistics NV Karel Wouters introduced the company.", [{ name: "Karel Wouters", role: "Chairman of the Board of Delta Marine Logistics NV", organisation: "Delta Marine Logistics NV" }]],
  ["The Managing Director of Polymar, Lucas Peeters, described the export markets.", [{ name: "Lucas Peeters", role: "Managing Director of Polymar" }]],
  ["President Kassym-Jomart Tokayev signed the decree on Monday.", [{ name: "Kassym-Jomart Tokayev", role: "President" }]],
  ["Prime Minister Olzhas Bektenov chaired the meeting of the government.", [{ name: "Olzhas Bektenov", role: "Prime Minister" }]],
  ["Mr. Yerlan Karin noted the importance of the dialogue.", [{ name: "Yerlan Karin" }]],
  ["H.E. Aigul Kuspan thanked the Belgian side for its hospitality.", [{ name: "Aigul Kuspan" }]],
  ["Tom Verhoeven said the company would open an office in Astana next year.", [{ name: "Tom Verhoeven" }]],
  // Central Asian first names without a title or verb (Uzbek and Azerbaijani lists: there is no Kazakh one)
  ["The delegation included Azamat Nurgaliyev and Dilnoza Karimova from the regional administration.", [{ name: "Azamat Nurgaliyev" }, { name: "Dilnoza Karimova" }]],
  ["\"We are ready to invest,\" said Eva Wouters, head of export at the firm.", [{ name: "Eva Wouters" }]],
  ["According to Marc Lambrechts, the grain terminal can handle five million tonnes.", [{ name: "Marc Lambrechts" }]],
  ["He met the mayors of Ypres and Tielt, Emmily Talpe and Luc Vannieuwenhuyze respectively.", [{ name: "Emmily Talpe", role: "Mayor of Ypres" }, { name: "Luc Vannieuwenhuyze", role: "Mayor of Tielt" }]],
  ["Ambassador Margulan Sadvakasov visited the plant. Later, M. Sadvakasov met students.", [{ name: "Margulan Sadvakasov", mentions: 2 }]],
  ["Ambassador Askar Zhumagaliyev opened the exhibition. Ambassador Zhumagaliyev then answered questions.", [{ name: "Askar Zhumagaliyev", mentions: 2 }]],
  ["Governor of West Flanders Carl Decaluwé spoke first. Decaluwé highlighted the port of Zeebrugge.", [{ name: "Carl Decaluwé", mentions: 2 }]],
  ["During the meeting with the mayor, SofieLambrechts presented the town's plans.", [{ name: "Sofie Lambrechts" }]],
  ["Consul General Nurlan Abenov and First Secretary Dina Ospanova attended the reception.", [{ name: "Nurlan Abenov", role: "Consul General" }, { name: "Dina Ospanova", role: "First Secretary" }]],
  ["Honorary Consul of Kazakhstan in Antwerp Johan Peeters hosted the event.", [{ name: "Johan Peeters", role: "Honorary Consul of Kazakhstan in Antwerp" }]],
  ["The delegation was led by Minister-President Jan Jambon.", [{ name: "Jan Jambon", role: "Minister-President" }]],
  ["Akim of Mangystau region Nurlan Nogayev informed the guests about the port of Aktau.", [{ name: "Nurlan Nogayev", role: "Akim" }]],
  ["Professor Marleen Janssens of Ghent University presented the joint research programme.", [{ name: "Marleen Janssens", role: "Professor" }]],
  ["Wim De Baets, Director of the chamber, noted growing interest in Central Asia.", [{ name: "Wim De Baets", role: "Director" }]],
  ["Dr. Olga Ivanova explained the new visa rules.", [{ name: "Olga Ivanova" }]],
  ["Spokesperson Aibek Smadiyarov briefed journalists on the visit.", [{ name: "Aibek Smadiyarov", role: "Spokesperson" }]],
  // a place phrase after the name is no part of the role
  ["The President received Prime Minister of Belgium Alexander De Croo at the Akorda on Monday.", [{ name: "Alexander De Croo", role: "Prime Minister of Belgium" }]],
  // a list of name-role pairs: each role goes to the name before it, and no company becomes a person
  [
    "The meeting was attended by Els Wachters, Managing Director of Verhoeven Agro NV, Koen Dammers, CEO of Polder Feed Solutions, and Sofie Lemmens, head of exports at Delta Seeds.",
    [
      { name: "Els Wachters", role: "Managing Director of Verhoeven Agro NV" },
      { name: "Koen Dammers", role: "CEO of Polder Feed Solutions" },
      { name: "Sofie Lemmens", role: "head of exports at Delta Seeds" },
    ],
  ],
  // a list of role-name pairs: each role goes to the name after it
  [
    "The forum was opened by the Governor of East Flanders, Hilde Peeters, the Deputy Minister of Trade of Kazakhstan, Arman Seitov, and the chairman of the chamber, Luc Van Acker.",
    [
      { name: "Hilde Peeters", role: "Governor of East Flanders" },
      { name: "Arman Seitov", role: "Deputy Minister of Trade of Kazakhstan" },
      { name: "Luc Van Acker", role: "chairman of the chamber" },
    ],
  ],
  // two people joined by `and` after a role's object
  [
    "The agreement was signed by First Vice Minister of Energy Saule Abenova and Pieter Claeys, CEO of WindKracht Energy Group.",
    [{ name: "Saule Abenova", role: "First Vice Minister of Energy" }, { name: "Pieter Claeys", role: "CEO of WindKracht Energy Group" }],
  ],
  [
    "The document was signed by Hans Meulemans, Chief Commercial Officer of the port, and Nurlan Tulegenov, Chairman of the Management Board of the terminal.",
    [{ name: "Hans Meulemans", role: "Chief Commercial Officer of the port" }, { name: "Nurlan Tulegenov", role: "Chairman of the Management Board of the terminal" }],
  ],
  ["Gulnara Bekova, Deputy Chairperson of the Board of Kazakh Invest, presented the projects.", [{ name: "Gulnara Bekova", role: "Deputy Chairperson of the Board of Kazakh Invest" }]],
  // a contact line with a colon, and the roles of company newsrooms
  ["Spokesperson: Anna Berg", [{ name: "Anna Berg", role: "spokesperson" }]],
  ["Press contact: Pieter Goossens, communications manager", [{ name: "Pieter Goossens", role: "communications manager" }]],
  // an adjective of origin inside the object of the role
  ["The commercial attaché of the Flemish representation in Almaty, Nele Martens, welcomed the delegation.", [{ name: "Nele Martens", role: "attaché of the Flemish representation" }]],
  // a lower-case adjective before the role head is part of the role; analysts and economists are quoted by role
  ["Its commercial director, Wouter Claeys, visited Kostanai in February.", [{ name: "Wouter Claeys", role: "commercial director" }]],
  ["Analyst Marloes Verbeek of Hofplein Capital called the price high.", [{ name: "Marloes Verbeek", role: "analyst" }]],
  // a byline, and a name in apposition to a noun of kinship
  ["Kazakh wheat finds a new route\n\nBy Madina Serikbayeva\n\nExports grew.", [{ name: "Madina Serikbayeva" }]],
  ["\"My father, Jozef Hermans, met a port director in Hamburg.\"", [{ name: "Jozef Hermans" }]],
  // an appointment release: the verb of the appointment, an apposition before it, an adverb of time, a modifier in capitals
  ["Kanat Seitov has been appointed Chief Operating Officer with effect from 1 May.", [{ name: "Kanat Seitov", role: "Chief Operating Officer" }]],
  ["Lise Vermaut, who led the Almaty office since 2021, will become Managing Director of the group.", [{ name: "Lise Vermaut", role: "Managing Director" }]],
  ["The list was compiled by Aidana Kemelova, currently Export Manager at the firm.", [{ name: "Aidana Kemelova", role: "Export Manager" }]],
  // a signature block, a list with one plural role, a legal form with the sentence's period after a role's object
  ["Head of Investor Relations\nZarina Omarova\n+7 727 000 00 00", [{ name: "Zarina Omarova", role: "Head of Investor Relations" }]],
  ["The council met with Wim Claes, Els Goossens and Bert Maes, aldermen, on Monday.", [{ name: "Wim Claes", role: "Alderman" }, { name: "Els Goossens", role: "Alderman" }, { name: "Bert Maes", role: "Alderman" }]],
  ["\"We grow,\" said Olzhas Nurpeisov, Chairman of the Board of Irtysh Copper JSC.\n\nIn 2025 output rose.", [{ name: "Olzhas Nurpeisov", role: "Chairman of the Board of Irtysh Copper JSC" }]],
  // a surname with two particles stands for the full name; a role ends at the sentence's period after an acronym; a letter's signature;
  // roles of the university and the professions, and a role stated with `is`
  ["Pieter Van den Abeele, CEO of Delta Feed NV, signed the deal. \"The market is ready,\" said Mr Van den Abeele.", [{ name: "Pieter Van den Abeele", role: "CEO of Delta Feed NV", mentions: 2 }]],
  ["The State Secretary for Economic Affairs,\n\nJ.K. Hartman", [{ name: "J.K. Hartman", role: "State Secretary for Economic Affairs" }]],
  ["Dr Aigul Omarova, Associate Professor at the university, leads the project.", [{ name: "Aigul Omarova", role: "Associate Professor" }]],
  ["Anna Berg-van Dijk is a lawyer at a Rotterdam firm.", [{ name: "Anna Berg-van Dijk", role: "lawyer" }]],
  // a possessive's `'s` is no part of the name, and the name is the same person as without it; an apostrophe inside a
  // surname is (`O’Sullivan`, `D'Souza`)
  ["Ambassador Nurlan Omarbekov's visit to Antwerp ended with a business forum. Omarbekov thanked the hosts.", [{ name: "Nurlan Omarbekov", role: "Ambassador", mentions: 2 }]],
  ["Minister Erlan Karin’s speech opened the forum, and Karin’s team answered questions.", [{ name: "Erlan Karin", role: "Minister", mentions: 2 }]],
  ["The programme follows Anna Berg’s visit to Almaty in May.", [{ name: "Anna Berg", mentions: 1 }]],
  ["Shaun O’Sullivan, CEO of Delta Shipping NV, signed the charter.", [{ name: "Shaun O’Sullivan", role: "CEO of Delta Shipping NV" }]],
  ["The delegation met Jessica D'Souza, head of trade at the chamber.", [{ name: "Jessica D'Souza", role: "head of trade" }]],
  // a prosecutor and a Vice-Minister-President before the name, an acronym after it, an age before initials with a particle,
  // a surname after `according to`
  ["Public Prosecutor Sanne Kuipers asked for a community service order.", [{ name: "Sanne Kuipers", role: "Public Prosecutor" }]],
  ["Flemish Vice-Minister-President Bart Claeys opened the fair in Almaty.", [{ name: "Bart Claeys", role: "Vice-Minister-President" }]],
  ["The 61-year-old H.W. van den Broek from Zwolle was acquitted.", [{ name: "H.W. van den Broek" }]],
  ["Alderman Marieke Jonkman signed for the city. The day went well, according to Jonkman.", [{ name: "Marieke Jonkman", role: "Alderman", mentions: 2 }]],
  // first names faker has no list for, from gender.c's dictionary: Kazakh, Dutch and Flemish names of every generation
  ["The delegation included Yerlan Dzhaksybekov, Gulnara Seitkali and Henk Oosterbroek.", [{ name: "Yerlan Dzhaksybekov" }, { name: "Gulnara Seitkali" }, { name: "Henk Oosterbroek" }]],
  ["Talks with Aigerim Tleuova and Geert Vandewalle continued in the afternoon.", [{ name: "Aigerim Tleuova" }, { name: "Geert Vandewalle" }]],
  // a role of two objects joined by `and`: the name starts after the last object, whatever the first name
  ["Minister of Economy and Climate Ruud Verschoor received the delegation.", [{ name: "Ruud Verschoor", role: "Minister of Economy and Climate" }]],
  ["Minister of Energy, Trade and Industry Yeldos Peeters opened the forum.", [{ name: "Yeldos Peeters", role: "Minister of Energy, Trade and Industry" }]],
  // an English word as first name, after a role
  ["Minister of Economy and Climate Frank Vermeulen visited the plant.", [{ name: "Frank Vermeulen", role: "Minister of Economy and Climate" }]],
  // a first name in no list, and a family name's ending: a person after `according to`, not a cited source
  ["According to Nurzhigit Temirbekov, the plant will employ 400 people.", [{ name: "Nurzhigit Temirbekov" }]],
  ["The terminal, according to Symbat Kenzhebekova, handles grain only.", [{ name: "Symbat Kenzhebekova" }]],
  ["Akim of the region Mangystau Nurlybek Zhaksylykov visited the port of Aktau.", [{ name: "Nurlybek Zhaksylykov", role: "Akim of the region Mangystau" }]],
  // a portfolio of objects joined by commas and `and` right after the head
  ["On behalf of the ministry, director Water, Transport and Environment Yeldos Peeters signed the memorandum.", [{ name: "Yeldos Peeters", role: "director Water, Transport and Environment" }]],
  // a venue after a word that is also a first name
  ["The forum was held at the Egmont Palace in Brussels.", []],
];
const NOT_PEOPLE: string[] = [
  // an adjective of origin opens no name: a body named after its country
  "Kazakh Invest said the deal was signed, and Belgian Steel said it would invest.",
  // capitals after an age that are an adjective of the noun after them
  "A 12-year-old Fort Worth student won the prize.",
  // a venue after a word that is also a first name
  "The closing concert takes place at the River Amphitheatre in the evening.",
  "The delegation stayed at the Grace Hotel near the Victoria Theatre.",
  "The Ambassador discussed cooperation in transport and logistics.",
  "Kazakhstan exported grain to Belgium and the Netherlands.",
  "The Middle Corridor connects Central Asia and Europe.",
  "The Ministry of Foreign Affairs of Kazakhstan reports that trade grew.",
  // a company named after its founder is the company: `Jan De Nul` beside `Jan De Nul Group`
  "Dredging firm Jan De Nul won the tender, and Jan De Nul Group will start in May.",
  // a heading with a company name and the line under it are no person
  "About Maas Agritech\nMaas Agritech B.V. was founded in 2001 in Venlo.",
  // a street, towns and a company named like people
  "The office on Kasymov Street in Ekibastuz is close to the Kazakhtelecom building in Pavlodar.",
  "San Diego and Hong Kong host the largest terminals of the group.",
];

describe("people in English press releases", () => {
  for (const [text, wants] of CASES) {
    it(text, () => {
      const people = extract(text, { lang: "en", types: ["people", "organisations"] }).people;
      for (const want of wants) {
        const p = people.find((x) => x.name === want.name);
        expect(p, `${want.name} in ${JSON.stringify(people.map((x) => x.name))}`).toBeDefined();
        if (want.role) expect(p!.roles.join(" | ").toLowerCase()).toContain(want.role.toLowerCase());
        if (want.organisation) expect(p!.organisation).toBe(want.organisation);
        if (want.mentions) expect(p!.mentions).toHaveLength(want.mentions);
        for (const m of p!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        // titles are never part of a name
        expect(p!.name).not.toMatch(/^(?:Mr|Dr|H\.E|Ambassador|Minister|Governor|Mayor)\b/);
      }
      expect(people).toHaveLength(wants.length);
    });
  }
  for (const text of NOT_PEOPLE) it(`no person in: ${text}`, () => expect(extract(text, { lang: "en" }).people).toEqual([]));
});

describe("English roles that end at a sentence's period", () => {
  it("ends a role at an acronym's period before the next sentence", () => {
    const p = extract("\"Orders doubled,\" said Aidos Serikov, Managing Director of KPT. \"We hired forty people.\"", { lang: "en" }).people;
    expect(p.find((x) => x.name === "Aidos Serikov")?.roles).toEqual(["Managing Director of KPT"]);
  });
});
