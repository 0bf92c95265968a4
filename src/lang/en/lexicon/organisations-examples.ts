// Examples and negatives of the English organisation rules, run by tests/rules.test.ts.
import type { RuleExample } from "../../../rules.js";
import type { OrganisationCandidate } from "../../../entities/organisations.js";

export const ORGANISATION_EXAMPLES: Record<string, RuleExample<OrganisationCandidate>[]> = {
  "legal-form": [
    { text: "Investor Steppe Wind Partners LLP (SWP) signed the contract on Monday.", expect: { name: "Steppe Wind Partners LLP", kind: "company", alias: "SWP" } },
    { text: "The contract went to Delta Marine Logistics NV last year.", expect: { name: "Delta Marine Logistics NV", kind: "company" } },
    { text: "The pumps come from Van den Bosch Pompen BV in Zwolle.", expect: { name: "Van den Bosch Pompen BV" } },
    { text: "Exhibitors include The Steppe Bakery LLP and Delta Foods NV.", expect: { name: "The Steppe Bakery LLP" } },
    { text: "Booth 12: De Korenmolen NV (Tielt)", expect: { name: "De Korenmolen NV" } },
    { text: "The milk comes from the Dutch dairy cooperative Veenweide Zuivel U.A. in Gouda.", expect: { name: "Veenweide Zuivel U.A.", kind: "company" } },
    { text: "Also the Polder Pumps BV plant will close.", expect: { name: "Polder Pumps BV" } },
    { text: "On Monday Delta Marine NV signed the deal.", expect: { name: "Delta Marine NV" } },
    { text: "Steelmaker Irtysh Stal JSC raised output. Irtysh Stal now employs 900 people.", expect: { name: "Irtysh Stal JSC" } },
  ],
  cued: [
    { text: "The trials run with the research institute Polder Agronomics since March.", expect: { name: "Polder Agronomics" } },
    { text: "The contract went to the Antwerp logistics group Katoen Natie last year.", expect: { name: "Katoen Natie", kind: "company" } },
    { text: "The steel producer ArcelorMittal Temirtau will build a warehouse.", expect: { name: "ArcelorMittal Temirtau" } },
    { text: "It signed a letter of intent with the Uzbek supermarket chain Saryarka Market.", expect: { name: "Saryarka Market", kind: "company" } },
  ],
  apposition: [
    { text: "Exporters rely on Vexalis, the Belgian export credit insurer, for cover.", expect: { name: "Vexalis", kind: "company" } },
    { text: "Aktobe Rail Cargo, the regional freight operator, added two trains.", expect: { name: "Aktobe Rail Cargo" } },
    { text: "Irtysh Cargo Lines, a Kazakh logistics company based in Almaty, will run the trains.", expect: { name: "Irtysh Cargo Lines", kind: "company" } },
    { text: "Ferro Aktobe, an agro-holding from the north, bought the plant.", expect: { name: "Ferro Aktobe" } },
  ],
  "company-role": [
    { text: "Koen Maes, CEO of Delta Feed Solutions, presented the plans.", expect: { name: "Delta Feed Solutions", kind: "company" } },
    { text: "She is Chairman of the Management Board of Aral Cargo.", expect: { name: "Aral Cargo" } },
    { text: "Chairman of the Management Board of Irtysh Metals Nurlan Bekov signed it.", expect: { name: "Irtysh Metals" } },
    { text: "Deputy Chairman of Aral Capital Aigerim Tulegenova spoke.", expect: { name: "Aral Capital" } },
  ],
  ampersand: [
    { text: "Altyn Investment & Trade opened an office.", expect: { name: "Altyn Investment & Trade" } },
  ],
  "camel-case": [
    { text: "KazMunayGas will supply the refinery from next year.", expect: { name: "KazMunayGas", kind: "company" } },
    { text: "Shares of SteppeTel rose after the results.", expect: { name: "SteppeTel" } },
    { text: "The parcels are delivered by PostNL.", expect: { name: "PostNL" } },
  ],
  quoted: [
    { text: "He visited the «Agrotech» plant near the port.", expect: { name: "Agrotech", kind: "company" } },
    { text: "a large textile enterprise “Verhelst” in the region", expect: { name: "Verhelst" } },
  ],
  "lower-head": [
    { text: "The delegation was received by the akimat of the city of Taraz.", expect: { name: "akimat of the city of Taraz", kind: "government" } },
    { text: "funding from the akimat of Mangystau region", expect: { name: "akimat of Mangystau region" } },
  ],
  "party-after-name": [
    { text: "The delegation includes Senators Ann Ross (Labour) and Peter Hale (LibDem).", expect: { name: "LibDem", kind: "party" } },
    { text: "Questions came from Maria Jansen (SP) and others.", expect: { name: "SP", kind: "party" } },
  ],
  "portfolio-list": [
    { text: "a memorandum with the Ministry of Agriculture, Fisheries, Food Security and Nature of the Netherlands on food", expect: { name: "Ministry of Agriculture, Fisheries, Food Security and Nature of the Netherlands", kind: "government" } },
    { text: "The Ministry of Health, Welfare and Sport said so.", expect: { name: "Ministry of Health, Welfare and Sport" } },
  ],
  institution: [
    { text: "attended by Chairman of the Management Board of Delta Export Insurance Company JSC Nurlan Abenov", expect: { name: "Delta Export Insurance Company JSC", kind: "company" } },
    // a firm by the trade its name ends in
    { text: "Engineers from Nordwind Hydro Consult inspected the dam.", expect: { name: "Nordwind Hydro Consult", kind: "company" } },
    // (another head gives the kind)
    { text: "The Caspian Trading Council met in Aktau.", expect: { name: "Caspian Trading Council", kind: "government" } },
    { text: "Delegates met at the Benelux–Central Asia Business Forum in Almaty.", expect: { name: "Benelux–Central Asia Business Forum" } },
    { text: "The report went to the Ministry of Ecology and Natural Resources.", expect: { name: "Ministry of Ecology and Natural Resources", kind: "government" } },
    { text: "Almaty, 4 May 2027 – The Aral Philharmonic Orchestra opens its season in Ostend.", expect: { name: "Aral Philharmonic Orchestra", kind: "other" } },
    { text: "Six students of the Royal Conservatory of Liège will join the tour.", expect: { name: "Royal Conservatory of Liège", kind: "education" } },
    { text: "The Department of Customs and Excise inspected the two containers.", expect: { name: "Department of Customs and Excise", kind: "government" } },
    { text: "Partners are the Polytechnic of Aktobe and Ostend University of Applied Sciences.", expect: { name: "Polytechnic of Aktobe" } },
    { text: "Decree of the Akimat of Pavlodar Region No. 88 of 2 March 2026", expect: { name: "Akimat of Pavlodar Region", kind: "government" } },
    { text: "The Supreme Court of the Republic of Kazakhstan upheld the ruling.", expect: { name: "Supreme Court of the Republic of Kazakhstan", kind: "government" } },
    { text: "Having heard the report, the Cabinet of Ministers of Kyrgyzstan DECIDES:", expect: { name: "Cabinet of Ministers of Kyrgyzstan", kind: "government" } },
    { text: "The Joint Committee on Energy and Water Resources met in Aktobe.", expect: { name: "Joint Committee on Energy and Water Resources", kind: "government" } },
    { text: "The Regional Council on Tuesday approved the plan.", expect: { name: "Regional Council", kind: "government" } },
    { text: "The Ministry of Trade and Integration of Kazakhstan hosted the forum.", expect: { name: "Ministry of Trade and Integration of Kazakhstan", kind: "government" } },
    { text: "a meeting at the Embassy of Belgium in Astana", expect: { name: "Embassy of Belgium in Astana", kind: "diplomatic" } },

    { text: "DELFT, 3 May 2023 – Polder University of Applied Sciences signed it.", expect: { name: "Polder University of Applied Sciences" } },
    { text: "About Steppe Agrarian University\n\nFounded in 1957, it has 9,000 students.", expect: { name: "Steppe Agrarian University" } },
    { text: "The report appeared in the Steppe Business Journal on Monday.", expect: { name: "Steppe Business Journal", kind: "media" } },
    { text: "Exporters can get a certificate of origin from the Chamber of Commerce.", expect: { name: "Chamber of Commerce", kind: "chamber" } },
    { text: "The Municipality of Lommelveen approved a new business park.", expect: { name: "Municipality of Lommelveen", kind: "government" } },
    { text: "Some 200 firms attend the Kazakhstan–Netherlands Business Council in May.", expect: { name: "Kazakhstan–Netherlands Business Council" } },
    { text: "figures of the Bureau of Statistics of the Ministry of Economy of the Republic of Uzbekistan show", expect: { name: "Bureau of Statistics of the Ministry of Economy of the Republic of Uzbekistan" } },
  ],
  "acronym-pair": [
    { text: "The Association of Dutch Seed Growers (ADUSEG) welcomed the deal.", expect: { name: "Association of Dutch Seed Growers", alias: "ADUSEG" } },
    { text: "The Netherlands Enterprise Agency (NEA) supports exporters.", expect: { name: "Netherlands Enterprise Agency", alias: "NEA" } },
    // a letter from inside a compound word (`Eur-asian`, `Water-board`)
    { text: "members of the Transcaspian Freight Alliance (TCFA) met in Baku", expect: { name: "Transcaspian Freight Alliance", alias: "TCFA" } },
  ],
  listing: [{ text: "Steppe Copper Mining JSC (KASE: SCMX) published its results.", expect: { name: "KASE" } }, { text: "Lysbrook Holding NV (Nasdaq Helsinki: LYS) rose.", expect: { name: "Nasdaq Helsinki" } }],
  acronym: [{ text: "The OSCE welcomed the vote.", expect: { name: "OSCE" } }],
  "copyright-holder": [
    { text: "© 2031 Caspian Freight Review. All rights reserved.", expect: { name: "Caspian Freight Review" } },
    { text: "Copyright 2030-2031 Port of Temirbay | Privacy", expect: { name: "Port of Temirbay", kind: "port" } },
  ],
  "dateline-agency": [
    { text: "ASTANA. KAZPRESS – The President met the delegation.", expect: { name: "KAZPRESS", kind: "media" } },
    { text: "AKTAU. STEPPEWIRE – A Belgian dredging firm won the tender.", expect: { name: "STEPPEWIRE", kind: "media" } },
  ],
  "cited-source": [
    { text: "The talks went well, Trend reports.", expect: { name: "Trend", kind: "media" } },
    { text: "The plant will open in May, Steppewire correspondent reports.", expect: { name: "Steppewire", kind: "media" } },
  ],
};

export const ORGANISATION_NEGATIVES: Record<string, string[]> = {
  // a credit to a person, one word, or a place is no holder of a site
  "copyright-holder": ["© Anna Peeters", "© Reuters", "© 2031 Antwerp"],
  "lower-head": ["The akimat of the city said nothing.", "a new akimat building"],
  "party-after-name": ["The fund is run by Steppe Capital Partners (SCP).", "the Scottish hero William Wallace (Mel Gibson) is stretched", "said Rep. Brian Babin (R-TX), ranking member", "He met Anna Peeters (49) in Ghent.", "The office of Kaspi Bank (Almaty) is new."],
  "portfolio-list": ["It was signed by the Ministry of Energy, Kazatomprom and Samruk-Energy.", "the Ministry of Trade and Integration"],
  institution: ["Trading Floors opened late on Monday.", "The Court found for the claimant.", "a max FPS of 147.4 in the benchmark", "use a sunscreen with SPF 50", "The Chamber welcomed the minister.", "the municipality of Lommelveen"],
  apposition: ["The deal was praised by Jan Peeters, the Belgian company's chief executive.", "On Tuesday, the company said it would grow.", "Aktobe, the regional capital, hosted the forum.", "Almaty, a city of two million, hosted the forum.", "Anna Peeters, a partner at the firm, spoke.", "The mayor, a former company director, spoke.", "Dr. Luz Arroyo, a member of the group, spoke.", "In 2012, a research group found it."],
  "acronym-pair": ["Korea's Kospi Index (KOSPI) fell 1%.", "the Shanghai Composite (SHCOMP) rose"],
  "company-role": ["He was CEO of Kazakhstan until 2019.", "Chairman of the Board Anna Peeters spoke.", "The CEO of the company spoke."],
  "camel-case": ["During the talks, SofieLambrechts presented the plan.", "She holds a PhD in economics.", "The McLean report was read.", "Follow #InvestInKazakhstan and @KazEmbassy for news.", "The DeVries family farm grew.", "Open www.KazExport.kz for details.", "Kazakhstan's exports grew.", "It was signed by Sambre BioPharma’s chief executive."],
  ampersand: ["The Minister of Trade & Investment spoke.", "Flights between Antwerp & Brussels resumed.", "Anna & Peter founded it.", "The novel War & Peace was read."],
  cued: ["The company plans to invest more.", "Its partner Uzbekistan grew fast.", "The fund manager Anna Peeters spoke.", "The group In 2020 grew."],
  quoted: ["He said “we are ready to invest more”.", "The theme is ‘Future Mobility’.", "Steppe Copper JSC (the “Company”) informs its shareholders", "(hereinafter the \"Issuer\")"],
  acronym: ["GDP grew by 5%.", "The price is 20 EUR.", "Chapter IV of the plan", "WEST FLANDERS, BELGIUM", "Ticker: SCMX", "Lysbrook NV (Nasdaq Helsinki: LYS)", "REBITDA rose by 8%.", "RESOLVED:\nThe board approves", "The results call starts at 10:00 CEST.", "The total cash cost (TCC) fell; TCC will rise in 2028."],
  "cited-source": ["The plant, according to Nurzhan Temirbekova, will employ 400 people.", "Kazakhstan reports strong growth.", "Alderman Marleen Dierickx opened the square. \"It is finally done,\" according to Dierickx.", "The plant will open in May, our Brussels correspondent reports."],
  // an all-caps heading that goes on in capitals is no dateline
  "dateline-agency": ["DOES SHE HAVE A PLAN FOR THAT?\n\nNo single issue dominated."],
};
