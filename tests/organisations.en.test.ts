// English press-release sentences: which organisations are named, of which kind, with which aliases.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

type Want = { name: string; kind?: string; alias?: string; mentions?: number };
const CASES: [string, Want[]][] = [
  ["Researchers from KU Leuven and the EU met in Astana.", [{ name: "KU Leuven" }, { name: "EU" }]],
  // `and` takes a word or two of the same name, never another organisation, nor a dateline's place
  [
    "Rotterdam – Port of Rotterdam and Kazakhstan Temir Zholy (KTZ) signed a memorandum with the Chamber of Commerce and Industry of Kazakhstan.",
    [{ name: "Port of Rotterdam" }, { name: "Kazakhstan Temir Zholy", alias: "KTZ" }, { name: "Chamber of Commerce and Industry of Kazakhstan" }],
  ],
  // `&` inside an agency's name; `and` before another company with its own legal form ends the name
  [
    "The Flanders Investment & Trade Agency and KazakhInvest JSC signed a memorandum.",
    [{ name: "Flanders Investment & Trade Agency" }, { name: "KazakhInvest JSC", kind: "company" }],
  ],
  // `and` between a person and an institution joins nothing
  ["The roadmap was signed by Deputy Prime Minister Roman Sklyar and European Commission officials.", [{ name: "European Commission" }]],
  ["The Ministry of Trade and Integration of Kazakhstan hosted the business forum.", [{ name: "Ministry of Trade and Integration of Kazakhstan", kind: "government" }]],
  ["The Embassy of Kazakhstan in Belgium organised a seminar for exporters.", [{ name: "Embassy of Kazakhstan in Belgium", kind: "diplomatic" }]],
  ["The contract was awarded to Delta Marine Logistics NV last year.", [{ name: "Delta Marine Logistics NV", kind: "company" }]],
  // a company named with its legal form, later without it (and that name is then no place)
  ["Exhibitors included Brabant Greenhouse BV and Karaganda Steel Works JSC. Later Karaganda Steel Works signed a contract.", [{ name: "Karaganda Steel Works JSC", mentions: 2 }, { name: "Brabant Greenhouse BV", mentions: 1 }]],
  // a one-word name found by its legal form is written without it later, unless it is a place or a first name
  ["Ghent-based grain trader Scheldegraan NV is a large buyer. On 12 March, Scheldegraan signed a supply contract.", [{ name: "Scheldegraan NV", mentions: 2 }]],
  ["Almaty LLP opened an office. Almaty is the largest city of Kazakhstan.", [{ name: "Almaty LLP", mentions: 1 }]],
  ["Kazakh Invest JSC and the Flemish agency signed a memorandum.", [{ name: "Kazakh Invest JSC", kind: "company" }]],
  ["He visited the «Agrotech» plant for the processing of oilseeds.", [{ name: "Agrotech", kind: "company" }]],
  ["He also visited a large textile enterprise “Verhelst” near Kortrijk.", [{ name: "Verhelst", kind: "company" }]],
  ["Netherlands Enterprise Agency (RVO) supports Dutch exporters. RVO will open a desk in Almaty.", [{ name: "Netherlands Enterprise Agency", alias: "RVO", mentions: 3 }]],
  ["The Port of Antwerp-Bruges is one of the largest ports in Europe.", [{ name: "Port of Antwerp-Bruges", kind: "port" }]],
  ["A delegation of the Chamber of Commerce and Industry of Kazakhstan visited Brussels.", [{ name: "Chamber of Commerce and Industry of Kazakhstan", kind: "chamber" }]],
  ["Students of the University of Antwerp presented their research.", [{ name: "University of Antwerp", kind: "education" }]],
  ["The Government of Flanders approved the trade mission.", [{ name: "Government of Flanders", kind: "government" }]],
  ["The OSCE welcomed the reforms in Kazakhstan.", [{ name: "OSCE" }]],
  ["ASTANA. KAZPRESS – The President received the Belgian delegation.", [{ name: "KAZPRESS", kind: "media" }]],
  ["The talks were constructive, Trend reports.", [{ name: "Trend", kind: "media" }]],
  ["Flanders Investment and Trade (FIT) opened an office in Almaty.", [{ name: "Flanders Investment and Trade", alias: "FIT" }]],
  ["The Ministry of Foreign Affairs welcomed the visit. The MFA also published a statement.", [{ name: "Ministry of Foreign Affairs", alias: "MFA", mentions: 2 }]],
  ["Polymar Group plans to build a plant in the Mangystau region.", [{ name: "Polymar Group", kind: "company" }]],
  ["The Nur Otan Party held its congress in Astana.", [{ name: "Nur Otan Party", kind: "party" }]],
  ["The Astana International Financial Centre attracts foreign investors.", [{ name: "Astana International Financial Centre" }]],
  ["Halyk Bank opened a correspondent account with a Belgian bank.", [{ name: "Halyk Bank", kind: "company" }]],
  ["Baltic Grain Terminal Ltd handles wheat from Kazakhstan.", [{ name: "Baltic Grain Terminal Ltd", kind: "company" }]],
  ["Euro Seeds GmbH and Agro Partners BV signed a supply agreement.", [{ name: "Euro Seeds GmbH" }, { name: "Agro Partners BV" }]],
  ["The Consulate General of Kazakhstan in Antwerp issued the visas.", [{ name: "Consulate General of Kazakhstan in Antwerp", kind: "diplomatic" }]],
  ["The Honorary Consulate of Kazakhstan in Ghent reopened in May.", [{ name: "Honorary Consulate of Kazakhstan in Ghent", kind: "diplomatic" }]],
  ["KazMunayGas JSC signed a contract with the Port of Rotterdam.", [{ name: "KazMunayGas JSC" }, { name: "Port of Rotterdam", kind: "port" }]],
  ["The Agency for Foreign Trade presented export statistics.", [{ name: "Agency for Foreign Trade", kind: "government" }]],
  ["Representatives of the Kazakh Institute of Strategic Studies attended.", [{ name: "Kazakh Institute of Strategic Studies", kind: "education" }]],
  ["The European Bank for Reconstruction and Development (EBRD) will finance the project.", [{ name: "European Bank for Reconstruction and Development", alias: "EBRD" }]],
  ["The Federation of Enterprises in Belgium supports the mission.", [{ name: "Federation of Enterprises in Belgium" }]],
  ["Voka East Flanders Chamber of Commerce unites thousands of entrepreneurs.", [{ name: "Voka East Flanders Chamber of Commerce", kind: "chamber" }]],
  // a company with neither a legal form nor a head word: classed by an apposition, a class noun or a company role, then found wherever it recurs
  [
    "Steppe Cargo Lines, a Kazakh logistics company based in Almaty, will run the trains. Steppe Cargo Lines already serves Duisburg.",
    [{ name: "Steppe Cargo Lines", kind: "company", mentions: 2 }],
  ],
  ["The dairy cooperative Frisia Melk and the textile machinery maker Loomtex signed contracts.", [{ name: "Frisia Melk", kind: "company" }, { name: "Loomtex", kind: "company" }]],
  ["Koen Maes, CEO of Polder Feed Solutions, spoke first. Polder Feed Solutions exports to 14 countries.", [{ name: "Polder Feed Solutions", kind: "company", mentions: 2 }]],
  ["Gulnara Ospanova, Chairperson of the Management Board of Aral Cargo, met the delegation.", [{ name: "Aral Cargo", kind: "company" }]],
  // capitalised words joined by `&`
  ["Flanders Investment & Trade and Altyn Investment & Trade agreed to share data.", [{ name: "Flanders Investment & Trade" }, { name: "Altyn Investment & Trade" }]],
  ["The law firm Maes & Declercq advised the buyer.", [{ name: "Maes & Declercq", kind: "company" }]],
  // `in Antwerp` is where a forum met, not part of its name; `and Aktau` is another place
  ["The signing took place at the Central Asia Logistics Forum in Antwerp.", [{ name: "Central Asia Logistics Forum" }]],
  ["Port of Antwerp-Bruges and Aktau terminal operator sign memorandum", [{ name: "Port of Antwerp-Bruges", kind: "port" }]],
  // a list after a class noun and `such as`, `including`: every name of it is a company, a place opening one too
  [
    "Belgian firms such as Ostend Rope Works, Velden Pumps and Carlo Vermeer Hydraulics joined the mission.",
    [{ name: "Ostend Rope Works", kind: "company" }, { name: "Velden Pumps", kind: "company" }, { name: "Carlo Vermeer Hydraulics", kind: "company" }],
  ],
  // a compound adjective before the name says where the company sits, it is not part of the name
  ["The plant is run by Shymkent-based Turan Cement Partners LLP.", [{ name: "Turan Cement Partners LLP", kind: "company" }]],
  // a place may open a name the class noun classes
  ["The logistics company Almaty Cargo Lines opened a depot.", [{ name: "Almaty Cargo Lines", kind: "company" }]],
  // the agency in brackets between a dateline and its dash
  ["ASTANA, March 3, 2025 (Steppe Business Wire) - A Dutch dairy group opened a plant.", [{ name: "Steppe Business Wire", kind: "media" }]],
  // the name in apposition after its class noun, between commas
  ["The partners will set up a joint company, Irtysh Agro Services, in Pavlodar.", [{ name: "Irtysh Agro Services", kind: "company" }]],
  // a newspaper by its masthead's head word
  ["Vice Minister Aidos Kenzhebekov told The Astana Times that exports would grow.", [{ name: "Astana Times", kind: "media" }]],
  ["The Financial Tribune and the Chicago Herald reported the deal.", [{ name: "Financial Tribune", kind: "media" }, { name: "Chicago Herald", kind: "media" }]],
  // four words before the head; an owner before a possessive is another name when it is an acronym, a place or an institution
  ["The memorandum was signed by the Chairman of Aktau International Sea Commercial Port.", [{ name: "Aktau International Sea Commercial Port", kind: "port" }]],
  ["Researchers at NASA's Goddard Space Flight Center led the study.", [{ name: "NASA" }, { name: "Goddard Space Flight Center" }]],
  ["Students of Tufts University’s Feinstein International Center joined.", [{ name: "Tufts University", kind: "education" }, { name: "Feinstein International Center" }]],
  ["Deputies of the Bartholomew County Sheriff’s Department arrested six people.", [{ name: "Bartholomew County Sheriff’s Department", kind: "government" }]],
  // an adjective of origin after an article is no word of the name; an acronym that spells the whole name; a mission known by
  // its state's two forms and the country it is in; `International` and `Global` closing a name, not opening one
  ["The Kazakh Steppe Solar LLP and the Dutch Polder Pumps BV signed.", [{ name: "Steppe Solar LLP" }, { name: "Polder Pumps BV" }]],
  ["Caspian Sea Terminal JSC (CST) handled more cargo; CST expects growth.", [{ name: "Caspian Sea Terminal JSC", alias: "CST", mentions: 3 }]],
  ["The Embassy of Luxembourg in Belgium is moving. The Embassy of the Grand Duchy of Luxembourg in Brussels opens on Monday.", [{ name: "Embassy of the Grand Duchy of Luxembourg in Brussels", kind: "diplomatic", mentions: 2 }]],
  ["Bookings go through Delta Travel Global, and Steppe Invest International pays for the study.", [{ name: "Delta Travel Global" }, { name: "Steppe Invest International" }]],
  ["The International Monetary Fund published its outlook.", [{ name: "International Monetary Fund", kind: "company" }]],
  // a year before an acronym is no postcode
  ["The 2010 NASA authorization act set the budget.", [{ name: "NASA" }]],
  // a class noun after a possessive, the name in apposition after it
  ["The province supports exporters through its trade promotion agency, Delta Export Hub, which opened an office in Almaty.", [{ name: "Delta Export Hub", kind: "government" }]],
  // a brand written with capitals inside one word is a company, on its own and in every mention; a name glued to the
  // next by a lost space is not
  ["QazaqGaz will build the pipeline, and QazaqGaz expects first gas in 2028. SteppeLink and PostNL will carry the parcels.", [{ name: "QazaqGaz", kind: "company", mentions: 2 }, { name: "SteppeLink" }, { name: "PostNL" }]],
  // a school by its class noun; a surname after `according to` is no source
  ["Pupils of the Erasmus Lyceum will visit Almaty in April.", [{ name: "Erasmus Lyceum", kind: "education" }]],
  ["Director Joost Bakker of Maas Freight BV spoke. Growth is strong, according to Bakker.", [{ name: "Maas Freight BV" }]],
  // a definite apposition with a lower-case adjective classes a name a place opens
  ["Trains are run by Kostanay Grain Rail, the regional freight operator, since May.", [{ name: "Kostanay Grain Rail" }]],
  // a name joined by an en dash, and its head words alone later as the same organisation
  ["Delegates met at the Benelux–Central Asia Business Forum in Almaty. The next Business Forum will be held in Ghent.", [{ name: "Benelux–Central Asia Business Forum", mentions: 2 }]],
];
const NONE: string[] = [
  "GDP grew by 4.8% in 2023.",
  "The price reached 300 USD per tonne.",
  "He said “we are ready to invest more”.",
  "WEST FLANDERS, BELGIUM",
  "The IT sector is growing, said the CEO.",
  "Almaty, a city of two million people, hosted the forum.",
  "In 2012, a research group found the same effect.",
  "The Minister of Trade & Investment opened the fair.",
  "Dr. Aigul Nurova, a member of the group, spoke.",
  "The mission visited cities such as Antwerp, Ghent and Bruges.",
  // a profession's plural opening a sentence, a currency's country
  "Lawyers for the union said the ruling was fair.",
  "The bank lent US$ 40 million.",
  "During the visit, ArmanBekov presented the plan and Dr. McLean answered questions.",
];

describe("organisations in English press releases", () => {
  for (const [text, wants] of CASES) {
    it(text, () => {
      const orgs = extract(text, { lang: "en", types: ["organisations"] }).organisations;
      for (const want of wants) {
        const o = orgs.find((x) => x.name === want.name);
        expect(o, `${want.name} in ${JSON.stringify(orgs.map((x) => x.name))}`).toBeDefined();
        if (want.kind) expect(o!.kind).toBe(want.kind);
        if (want.alias) expect(o!.aliases).toContain(want.alias);
        if (want.mentions) expect(o!.mentions).toHaveLength(want.mentions);
        for (const m of o!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      expect(orgs).toHaveLength(wants.length);
    });
  }
  for (const text of NONE) it(`no organisation in: ${text}`, () => expect(extract(text, { lang: "en", types: ["organisations"] }).organisations).toEqual([]));
  it("takes the organisation of a role before a name, not the role (`Acting Director of the X (Y) Name`)", () => {
    const orgs = extract("Acting Director of the Regional Export Agency (REA) Lotte van Houten briefed the delegation.", { lang: "en", types: ["organisations"] }).organisations;
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([["Regional Export Agency", ["REA"]]]);
  });
  it("reads `A and the B (X)` as two organisations, the acronym B's, when the initials spell neither", () => {
    const orgs = extract("The Ministry of Industry of Uzbekistan and the Flemish Export Office (VLEXO) signed a memorandum.", { lang: "en", types: ["organisations"] }).organisations;
    const b = orgs.find((o) => o.aliases.includes("VLEXO"));
    expect(b?.name).toBe("Flemish Export Office");
    expect(orgs.map((o) => o.name)).toContain("Ministry of Industry of Uzbekistan");
  });
});

describe("English organisations as news sites write them", () => {
  it("joins a company named once with its legal form and elsewhere by one word without it", () => {
    const all = extract("Analysts like the cooperative SteppeAgro. On Monday SteppeAgro U.A. opened an office in Almaty.", { lang: "en", types: ["organisations"] }).organisations;
    expect(all.map((o) => [o.name, o.aliases])).toEqual([["SteppeAgro U.A.", ["SteppeAgro"]]]);
  });
  const orgs = (text: string) => extract(text, { lang: "en", types: ["organisations"] }).organisations.map((o) => o.name);
  it("takes the wire's name after a capitals dateline, and no heading that goes on in capitals", () => {
    expect(orgs("Grain exports rise\n\nKOSTANAY. STEPPEWIRE – A Belgian miller opened a plant on Monday.")).toContain("STEPPEWIRE");
    expect(orgs("WHAT HAPPENS NEXT?\n\nIS THERE A DEAL ON THE TABLE?")).toEqual([]);
    expect(orgs("The terminal opens in June, Steppewire correspondent reports. Our Almaty correspondent reports delays.")).toEqual(["Steppewire"]);
  });
  it("reads a time zone and a term defined in lower-case words as no organisation, but a name's acronym still", () => {
    expect(orgs("The all-in sustaining cost (AISC) was lower; the call starts at 14:00 CET and AISC guidance holds.")).toEqual([]);
    expect(orgs("The Flemish Agency for Trade (FAT) hosted them.")).toEqual(["Flemish Agency for Trade"]);
  });
  it("drops a sentence's first adverb and its article, and keeps a forum of two countries joined by an en dash", () => {
    expect(orgs("Also the Irtysh Logistics Council joined the talks.")).toEqual(["Irtysh Logistics Council"]);
    expect(orgs("The Belgium–Kazakhstan Business Council met in Ghent.")).toEqual(["Belgium–Kazakhstan Business Council"]);
  });
  it("reads a Dutch cooperative's U.A. as its legal form", () => {
    expect(orgs("The cheese is made by Noordkaas U.A. in Friesland.")).toEqual(["Noordkaas U.A."]);
  });
  it("ends a body's name at a second conjunction: the words it joins are another name", () => {
    expect(orgs("The Ministry of Trade and Integration and Steppe Invest signed a memorandum.")[0]).toBe("Ministry of Trade and Integration");
    expect(orgs("The Department of Trade & Industry and Irtysh Ventures met in Ghent.")[0]).toBe("Department of Trade & Industry");
    expect(orgs("The Ministry of Science and Higher Education signed.")).toEqual(["Ministry of Science and Higher Education"]);
  });
  it("takes an acronym in brackets after a name as that body's, whatever its initials spell (a translated name)", () => {
    const [agency, ...others] = extract("The Belgian Foreign Trade Agency (ABH) organised the mission. ABH said forty firms took part.", { lang: "en", types: ["organisations"] }).organisations;
    expect([agency.name, agency.aliases, agency.mentions.length, others.length]).toEqual(["Belgian Foreign Trade Agency", ["ABH"], 3, 0]);
  });
  it("reads no role as the source a text cites", () => {
    expect(orgs("Trade will grow, the press service of the Prime Minister reported.")).toEqual([]);
    expect(orgs("Trade will grow, according to Deputy Minister Aliya Zhakupova.")).toEqual([]);
    expect(orgs("Trade will grow, Steppe Wire reports.")).toEqual(["Steppe Wire"]);
  });
  it("reads a carrier named by its service as a company, and what is joined after it as another name", () => {
    expect(orgs("Officials of Irtysh Express visited Ghent.")).toEqual(["Irtysh Express"]);
    expect(orgs("KTZ Express and PSA Antwerp inked a deal on Monday.")).toEqual(["KTZ Express", "PSA Antwerp"]);
  });
});
