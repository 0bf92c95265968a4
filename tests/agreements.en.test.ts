// English agreements on sentences written in the style of embassy and ministry
// press releases: cues in active and passive voice, kind and status from the cue,
// subject, parties, date; and the statements that are not agreements.
import { describe, expect, it } from "vitest";
import { cpuMs } from "./helpers.js";
import { extract } from "../src/pipeline.js";
import { LANGUAGE_PACKS } from "../src/lang/index.js";
import { runRule } from "../src/rules.js";

const agreementsOf = (text: string, published = "2023-05-10") =>
  extract(text, { lang: "en", published, types: ["agreements"], explain: true }).agreements;

type Want = { kind?: string; status?: string; subject?: string };
const POSITIVE: [string, Want][] = [
  ["An agreement was reached to develop interregional cooperation between the two provinces.", { kind: "agreement", status: "reached", subject: "develop interregional cooperation between the two provinces" }],
  ["Following the talks, agreements were also reached on the opening of a direct flight.", { status: "reached", subject: "the opening of a direct flight" }],
  ["The parties agreed to hold the next session of the intergovernmental commission in Astana.", { status: "agreed", subject: "hold the next session of the intergovernmental commission in Astana" }],
  ["The ministers agreed on a timetable for the joint working group.", { status: "agreed" }],
  ["It was agreed that the business council will meet twice a year.", { status: "agreed", subject: "the business council will meet twice a year" }],
  ["The two ports signed a memorandum of understanding on cooperation in container logistics.", { kind: "memorandum", status: "signed", subject: "cooperation in container logistics" }],
  ["A memorandum of understanding between the chambers of commerce was signed in Brussels.", { kind: "memorandum", status: "signed" }],
  ["The companies signed an MoU on the construction of a grain terminal.", { kind: "memorandum", status: "signed", subject: "the construction of a grain terminal" }],
  ["The Belgian firm concluded a contract with a Kazakh railway operator for the supply of 40 locomotives.", { kind: "contract", status: "signed" }],
  ["Contracts worth 200 million euros were concluded during the business forum.", { kind: "contract", status: "signed" }],
  ["The foreign ministers signed a joint declaration on strategic partnership.", { kind: "declaration", status: "signed", subject: "strategic partnership" }],
  ["A joint declaration was adopted at the end of the summit.", { kind: "declaration" }],
  ["The university signed a letter of intent with the Flemish research institute.", { kind: "intent", status: "signed" }],
  ["A roadmap was signed to expand trade in agricultural products.", { kind: "agreement", status: "signed", subject: "expand trade in agricultural products" }],
  ["The sides will sign an agreement on the avoidance of double taxation in June.", { kind: "agreement", status: "planned" }],
  ["A cooperation agreement between the two regions is expected to be signed next month.", { kind: "agreement", status: "planned" }],
  ["The Ambassador proposed signing a memorandum on cooperation in education.", { kind: "memorandum", status: "proposed" }],
  ["The Governor suggested concluding an agreement on twin-city relations.", { status: "proposed" }],
  ["The delegations reached an agreement on the supply of wheat.", { kind: "agreement", status: "reached", subject: "the supply of wheat" }],
  ["Both sides came to an agreement to simplify visa procedures for business travellers.", { status: "reached" }],
  ["On 12 March 2023, the Ministry of Energy and the company signed an investment agreement.", { kind: "agreement", status: "signed" }],
  ["During the visit, a package of documents was signed in the presence of the two presidents.", { status: "signed" }],
  ["The energy companies struck a deal to build a wind farm near Zhanatas.", { kind: "contract", status: "signed" }],
  ["The terminal operator and the railway entered into a long-term agreement.", { status: "signed" }],
  ["The parties also agreed to continue consultations on transit through the Middle Corridor.", { status: "agreed" }],
  ["Three commercial contracts were signed at the end of the business mission.", { kind: "contract", status: "signed" }],
  ["The town of Lommel and the Kazakh city of Ekibastuz entered into a twinning last week.", { kind: "agreement", status: "signed" }],
];

const NEGATIVE = [
  "The mayors expressed interest in enhancing cultural ties with Kazakhstan.",
  "The parties discussed prospects for cooperation in transport and logistics.",
  "The Minister expressed hope that an agreement would be reached soon.",
  "The Ambassador invited the Governor to visit Kazakhstan.",
  "The sides discussed the possibility of signing a memorandum on tourism.",
  "The Belgian side expressed readiness to conclude a contract in the future.",
  "Companies of the region expressed interest in cooperation with Kazakh enterprises.",
  "The mayors proposed a number of joint activities.",
  "The Ambassador proposed to discuss a draft agreement on cultural exchange.",
  "The parties failed to reach an agreement on the price of gas.",
  "No agreement was reached on the tariffs.",
  "The agreed schedule will be published on the website.",
  "Under the agreement, exports reached 500 thousand tons in 2021.",
  "The negotiators hope to sign a contract by the end of the year.",
  "The company is considering concluding a contract with a Kazakh supplier.",
  "Kazakhstan is interested in signing a memorandum with the port.",
  "He noted her readiness to facilitate the exchange of experience.",
  "The Minister-President highlighted the strong potential for cooperation.",
  "The draft Constitution aims to improve public governance.",
  "The company cooperates with the ports of Aktau and Kuryk.",
  "The results of the year met the expectations of the board.",
  "The Embassy will organize B2B meetings between the business communities.",
  "The sides could not agree on the terms of the loan.",
  "The parties confirmed their mutual interest in further strengthening cooperation.",
  "The delegation would like to sign an agreement with the chamber of commerce.",
  "The Ambassador briefed his counterpart on the reforms underway in Kazakhstan.",
  "Many exporters agree that the Middle Corridor is an important route.",
  "Analysts say the producers are unlikely to agree to cut output further.",
  "Tariffs will fall only if the government agrees to the new terms.",
  "It is past time to come to terms and deal with the backlog at the border.",
  "Both towns want to enter into a twinning next year.",
];

describe("English agreements: what is one", () => {
  it("reads no party in the witnesses that open the sentence", () => {
    const [a] = agreementsOf("In the presence of Minister Anna Peeters, Delta Port NV and Aktau Rail JSC signed a memorandum on rail freight.");
    expect(a.parties).toEqual(["Delta Port NV", "Aktau Rail JSC"]);
  });

  it("reads a signing in a relative clause after the noun's comma, and says no subject from it", () => {
    const [a] = agreementsOf("The contract, which was signed in Aktau last month, runs for five years.");
    expect([a.kind, a.status, a.subject]).toEqual(["contract", "signed", null]);
    expect(agreementsOf("The contract, which was never signed, has lapsed.")).toEqual([]);
  });

  for (const [text, want] of POSITIVE) {
    it(text, () => {
      const found = agreementsOf(text);
      expect(found, "one agreement per sentence").toHaveLength(1);
      expect(found[0]).toMatchObject(want);
      expect(found[0].text).toBe(text);
      expect(found[0].rule).toMatch(/^en\.agreement\./);
      expect(text).toContain(found[0].cue);
    });
  }
});

describe("English agreements: interest, hope, invitations and discussions are not", () => {
  for (const text of NEGATIVE) it(text, () => expect(agreementsOf(text)).toEqual([]));
});

describe("English agreement details", () => {
  it("dates an agreement by the day in its sentence, else by the publication date", () => {
    expect(agreementsOf("On 12 March 2023, the two ministries signed an agreement on tourism.")[0].date).toBe("2023-03-12");
    expect(agreementsOf("The two ministries signed an agreement on tourism.", "2023-05-10")[0].date).toBe("2023-05-10");
  });

  it("resolves a class noun that refers back to the organisations of its kind named before", () => {
    const pair = agreementsOf("Delta Grain NV met Tobol Agro LLP in Kostanay. The two companies signed a supply contract.");
    expect(pair[0].parties).toEqual(["Delta Grain NV", "Tobol Agro LLP"]);
    const chamber = agreementsOf("The Flemish-Kazakh Chamber of Commerce hosted Irtysh Cargo JSC. The chamber and KazExport Partners LLP signed a cooperation agreement.");
    expect(chamber[0].parties).toEqual(["Flemish-Kazakh Chamber of Commerce", "KazExport Partners LLP"]);
    const object = agreementsOf("Brabant Pumps BV will supply the pumps. Aral Water LLP signed the contract with the Dutch firm on Monday.");
    expect(object[0].parties).toEqual(expect.arrayContaining(["Aral Water LLP", "Brabant Pumps BV"]));
  });

  it("reads `both countries` as the two countries named last", () => {
    expect(agreementsOf("The ministers of Kazakhstan and the Netherlands met in Astana. Both countries signed an agreement on air services.")[0].parties).toEqual(["Kazakhstan", "Netherlands"]);
  });

  it("reads a passive signing after an apposition of the noun's value between commas", () => {
    const [a] = agreementsOf("The contract, worth EUR 62 million, was signed in Kostanay at the end of May.");
    expect([a.kind, a.status]).toEqual(["contract", "signed"]);
  });

  it("reads each document of a list the line before says were signed, with the sides of its own `between`", () => {
    const list = agreementsOf("5. At the talks, the following documents were signed:\n- Agreement between the Government of Kazakhstan and the Government of Belgium on air services;\n- Memorandum of Understanding between Brabant Pumps BV and Aral Water LLP on irrigation.");
    expect(list.map((a) => [a.kind, a.status])).toEqual([["agreement", "signed"], ["agreement", "signed"], ["memorandum", "signed"]]);
    expect(list[2].parties).toEqual(["Brabant Pumps BV", "Aral Water LLP"]);
    expect(agreementsOf("Agenda:\n- Agreement of the minutes\n- Memorandum drafts")).toEqual([]);
  });

  it("reads a news report's list of deals in running words, a blank line after its intro, each with its own sides", () => {
    const list = agreementsOf("Following the talks, the companies signed six deals worth USD 300 million, including:\n\n- a supply contract between Irtysh Copper LLP and Meuse Cathodes SA (USD 40 million);\n\n- an agreement between Aral Logistics JSC and Zeebrugge Cold Store NV on frozen fish.");
    expect(list.slice(1).map((a) => [a.kind, a.status, a.parties])).toEqual([["contract", "signed", ["Irtysh Copper LLP", "Meuse Cathodes SA"]], ["agreement", "signed", ["Aral Logistics JSC", "Zeebrugge Cold Store NV"]]]);
    expect(agreementsOf("The ministers reviewed two options:\n\n- a supply contract between the two ports;")).toEqual([]);
  });

  it("reads `agreed with` a body named at length `to`, the body a party, but not agreeing with a finding", () => {
    const [a] = agreementsOf("Irtysh Zinc JSC extended its licence. The company agreed with the Committee for Geology of the Ministry of Industry to drill 40 more wells.");
    expect([a.status, a.subject, a.parties]).toEqual(["agreed", "drill 40 more wells", ["Irtysh Zinc JSC", "Committee for Geology of the Ministry of Industry"]]);
    expect(agreementsOf("The minister agreed with the conclusions of the report on the whole.")).toEqual([]);
  });

  it("reads `he`, `she` at the signing as the person named last before it, but not a speaker after a quote", () => {
    const [a] = agreementsOf("Minister Aigerim Bekova toured the terminal. Together with Scheldt Port NV she signed a memorandum on hydrogen.");
    expect(a.parties).toEqual(["Scheldt Port NV", "Aigerim Bekova"]);
    const [b] = agreementsOf("Anna Peeters spoke first. \"We signed a contract with Scheldt Port NV last year,\" he said.");
    expect(b.parties).toEqual(["Scheldt Port NV"]);
  });

  it("reads `the company` as a company named before, over a body of no known kind named since", () => {
    const [a] = agreementsOf("Tobol Gold plc (LSE: TBG) raised output. In March the company signed an offtake agreement with Meuse Refining NV.");
    expect(a.parties).toEqual(["Tobol Gold plc", "Meuse Refining NV"]);
  });

  it("reads `the cooperative` as the company named before, not a body of another kind", () => {
    const [a] = agreementsOf("Veenland Dairy U.A. grew. Its results were presented at the WTC. In May the cooperative signed a supply contract with Almaty Retail LLP.");
    expect(a.parties).toEqual(["Veenland Dairy U.A.", "Almaty Retail LLP"]);
  });

  it("reads a council's approval of an agreement, with the towns it is between, and `the group` as the company named before", () => {
    const [a] = agreementsOf("The city council approved the twinning agreement between the city of Lommelveen and the city of Aktobe.");
    expect([a.status, a.parties]).toEqual(["agreed", ["Lommelveen", "Aktobe"]]);
    const [b] = agreementsOf("Scheldemond Pumps NV (Euronext Brussels: SMP) grew. In October the group signed a framework agreement with Atyrau Refining LLP.");
    expect(b.parties).toEqual(["Scheldemond Pumps NV", "Atyrau Refining LLP"]);
    const [c] = agreementsOf("Aral Bulk JSC signed a share purchase agreement with Delta Terminals NV (Antwerp, Belgium).");
    expect(c.parties).toEqual(["Aral Bulk JSC", "Delta Terminals NV"]);
  });

  it("names the parties the sentence gives", () => {
    const [a] = agreementsOf("Kazakhstan and Belgium signed an agreement on the avoidance of double taxation.");
    expect(a.parties).toEqual(expect.arrayContaining(["Kazakhstan", "Belgium"]));
  });

  it("names a country by its form of state (`the Republic of X`) as a party, not as a place after `of`", () => {
    const [a] = agreementsOf("An agreement on visa facilitation was reached between the European Union and the Republic of Kazakhstan.");
    expect(a.parties).toEqual(["European Union", "Kazakhstan"]);
  });

  it("reads `the consortium` as the companies named after `a consortium of`, and `the ministry` as the ministry named before", () => {
    const [a] = agreementsOf("The Ministry of Energy awarded the tender to a consortium of Delta Wind NV and Steppe Power LLP. The bank Eurasia Capital will lend USD 90 million.\n\nOn Friday the consortium and the ministry signed a power purchase agreement.");
    expect(a.parties).toEqual(["Delta Wind NV", "Steppe Power LLP", "Ministry of Energy"]);
  });

  it("reads `the port authority` beside a named party as the port named before", () => {
    const [a] = agreementsOf("The Aktau Sea Port Authority handled more cargo.\n\nIn May the port authority and the Dutch operator Delta Terminals BV signed a concession agreement.");
    expect(a.parties).toEqual(["Aktau Sea Port Authority", "Delta Terminals BV"]);
  });

  it("names a party between the signing verb and a noun far after it", () => {
    const [a] = agreementsOf("Brightfield Energy NV signed with the Kazakh rail operator Temir Cargo JSC a framework agreement.");
    expect(a.parties).toEqual(expect.arrayContaining(["Brightfield Energy NV", "Temir Cargo JSC"]));
  });

  it("resolves `the parties` to those of the meeting the paragraph is about", () => {
    const text = [
      "The Ambassador of Kazakhstan to Belgium held a meeting with the Governor of Limburg, Jan Peeters.",
      "",
      "At the end of the meeting, the parties agreed to organise a joint business forum in Hasselt.",
    ].join("\n");
    const r = extract(text, { lang: "en", published: "2023-05-10" });
    const [a] = r.agreements;
    expect(a.status).toBe("agreed");
    const met = r.events.find((e) => e.kind === "meeting");
    expect(met).toBeDefined();
    expect(a.parties.length).toBeGreaterThan(0);
    expect(a.parties).toEqual(expect.arrayContaining(met!.participants));
  });

  it("takes no party from a dateline, nor a witness of the signing", () => {
    const [a] = agreementsOf("BRUSSELS, 3 April 2024 – The Flanders Investment and Trade Agency and KazakhInvest JSC signed a memorandum in the presence of Prime Minister Anna Berg.");
    expect(a.parties).toEqual(expect.arrayContaining(["KazakhInvest JSC"]));
    expect(a.parties).not.toContain("Brussels");
    expect(a.parties).not.toContain("BRUSSELS");
    expect(a.parties).not.toContain("Anna Berg");
  });

  it("names a passive signing's agents, not the words before the cue nor the witnesses", () => {
    const [a] = agreementsOf(
      "A memorandum of understanding on the development of container traffic along the Trans-Caspian International Transport Route was signed on Tuesday by Port of Rotterdam and Caspian Gateway Terminal JSC.",
    );
    expect(a).toMatchObject({ kind: "memorandum", status: "signed" });
    expect(a.parties).toEqual(["Port of Rotterdam", "Caspian Gateway Terminal JSC"]);
    const [b] = agreementsOf("The document was signed by Anna Berg, CEO of Delta Feed Solutions, and Sergey Ospanov in the presence of Minister Dana Seitova.");
    expect(b.parties).toEqual(expect.arrayContaining(["Anna Berg", "Sergey Ospanov"]));
    expect(b.parties).not.toContain("Dana Seitova");
    // what follows the agents (`the Ambassador to the Netherlands`) is not what was agreed
    const [c] = agreementsOf("The document was signed by Anna Berg and Sergey Ospanov, in the presence of the Ambassador to the Netherlands.");
    expect(c.subject).toBeNull();
    expect(agreementsOf("A memorandum was signed by the two ports on cooperation in logistics.")[0].subject).toBe("cooperation in logistics");
  });

  it("names the sides of every `between A and B` in the sentence", () => {
    const [a] = agreementsOf(
      "Two documents were signed at the forum: a supply contract between the textile machinery maker Loomtex and Shymkent Cotton Cluster LLP, and a letter of intent between Ghent University and Al-Farabi Kazakh National University.",
    );
    expect(a.parties).toEqual(["Loomtex", "Shymkent Cotton Cluster LLP", "Ghent University", "Al-Farabi Kazakh National University"]);
    const [b] = agreementsOf("The investment agreement between the Government of Kazakhstan and Delta Wind Group was signed in Astana.");
    expect(b.parties).toEqual(["Government of Kazakhstan", "Delta Wind Group"]);
  });

  it("resolves `both sides` to the parties of a signing just before, and `the company` to the organisation named before", () => {
    const text = [
      "The Ambassador met the Governor of Limburg, Jan Peeters, in Hasselt.",
      "",
      "A contract was signed by Irtysh Cargo Lines LLP and Delta Rail NV. Both sides also agreed to train drivers together.",
      "",
      "Port of Rotterdam welcomed the contract. The company signed a memorandum with the port of Aktau in 2023.",
    ].join("\n");
    const [signed, agreed, memo] = extract(text, { lang: "en", published: "2023-05-10" }).agreements;
    expect(signed.parties).toEqual(["Irtysh Cargo Lines LLP", "Delta Rail NV"]);
    expect(agreed.parties).toEqual(["Irtysh Cargo Lines LLP", "Delta Rail NV"]);
    expect(memo.parties).toEqual(["Port of Rotterdam"]);
  });

  it("reads a headline's present tense as a signing, but not its `to sign`", () => {
    const r = (t: string) => extract(t, { lang: "en", published: "2023-05-10" }).agreements[0].status;
    expect(r("Port of Rotterdam and terminal operator sign memorandum on cargo\n\nThe memorandum covers grain.")).toBe("signed");
    expect(r("Kazakhstan and Belgium to sign memorandum on cargo\n\nThe memorandum covers grain.")).toBe("planned");
    expect(r("The memorandum covers grain. The ports will sign a memorandum on cargo.")).toBe("planned");
  });

  it("gives one agreement for a sentence with two cues", () => {
    expect(agreementsOf("The parties agreed to sign a memorandum on logistics in autumn.")).toHaveLength(1);
  });

  it("reads `both partners` as the two companies named before", () => {
    const both = extract("Scheldt Zinc NV runs a smelter with Altyn Metals LLP. In May both partners signed an offtake contract.", { lang: "en", published: "2023-05-10" }).agreements;
    expect(both[0].parties).toEqual(["Scheldt Zinc NV", "Altyn Metals LLP"]);
  });

  it("reads `both companies` without an article, and takes no seat in a compound adjective for a party", () => {
    const both = extract("Delta Grain NV received Tobol Agro LLP in Ghent. Last summer both companies signed a supply contract.", { lang: "en", published: "2023-05-10" }).agreements;
    expect(both[0].parties).toEqual(["Delta Grain NV", "Tobol Agro LLP"]);
    const seat = extract("Last month Irtysh River Cargo JSC and the Ghent-based broker Leie Chartering NV signed a three-year brokerage agreement.", { lang: "en", published: "2023-10-10" }).agreements;
    expect(seat[0].parties).toEqual(["Irtysh River Cargo JSC", "Leie Chartering NV"]);
  });

  it("stays linear on adversarial input", () => {
    const t0 = process.cpuUsage();
    for (const text of ["signed the ".repeat(50_000) + "agreement was " .repeat(20_000), "Agreement ".repeat(60_000)])
      for (const rule of LANGUAGE_PACKS.en.rules.agreements) runRule(rule, { lang: "en", text, anchor: null });
    expect(cpuMs(t0)).toBeLessThan(4000);
  });
});
