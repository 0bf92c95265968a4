// Dutch press-release sentences: which organisations are named, of which kind, with which aliases.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

type Want = { name: string; kind?: string; alias?: string; mentions?: number };
const CASES: [string, Want[]][] = [
  // een acroniem met de stad of de provincie waarvan het is
  ["Onderzoekers van de KU Leuven en POM West-Vlaanderen werken samen.", [{ name: "KU Leuven" }, { name: "POM West-Vlaanderen" }]],
  ["Het contract ging naar Vanhoutte Machinebouw nv uit Kortrijk.", [{ name: "Vanhoutte Machinebouw nv", kind: "company" }]],
  // een bedrijf dat met zijn rechtsvorm genoemd is, later zonder (en die naam is dan geen plaats)
  ["Op de beurs stonden Zeeland Kassenbouw BV en Schelde Kleppen SA. Later tekende Zeeland Kassenbouw een contract.", [{ name: "Zeeland Kassenbouw BV", mentions: 2 }, { name: "Schelde Kleppen SA", mentions: 1 }]],
  ["De FOD Economie publiceerde de cijfers.", [{ name: "FOD Economie", kind: "government" }]],
  ["Van den Bosch Pompen BV levert de pompen.", [{ name: "Van den Bosch Pompen BV" }]],
  // een samenstelling met een beroepsnaam vooraan de zin, ook na het streepje van een dateline, zegt wat het bedrijf doet
  // wanneer de tekst het bedrijf ook zonder noemt
  ["GENT - Pompenbouwer Hydrolux NV uit Gent levert veertig pompen. Hydrolux groeit.", [{ name: "Hydrolux NV", kind: "company", mentions: 2 }]],
  ["LEUVEN – Veevoederproducent Lindehof Mengvoer B.V. volgt. Lindehof Mengvoer bouwt.", [{ name: "Lindehof Mengvoer B.V.", mentions: 2 }]],
  // het jaartal en het streepje van de dateline horen niet bij de naam; `en` voor een bedrijf met rechtsvorm sluit de naam af
  [
    "ANTWERPEN, 3 april 2024 – Het Havenbedrijf Antwerpen-Brugge en KTZ Express JSC ondertekenden een overeenkomst.",
    [{ name: "Havenbedrijf Antwerpen-Brugge", kind: "port" }, { name: "KTZ Express JSC", kind: "company" }],
  ],
  ["Het Ministerie van Handel en Integratie van Kazachstan organiseerde het forum.", [{ name: "Ministerie van Handel en Integratie van Kazachstan", kind: "government" }]],
  ["De Ambassade van Kazachstan in België organiseerde een seminarie voor exporteurs.", [{ name: "Ambassade van Kazachstan in België", kind: "diplomatic" }]],
  ["Het contract ging vorig jaar naar Delta Marine Logistics NV.", [{ name: "Delta Marine Logistics NV", kind: "company" }]],
  ["Kazakh Invest JSC en het Vlaamse agentschap ondertekenden een memorandum.", [{ name: "Kazakh Invest JSC", kind: "company" }]],
  ["Hij bezocht de fabriek «Agrotech» voor de verwerking van oliezaden.", [{ name: "Agrotech", kind: "company" }]],
  ["Hij bezocht ook het textielbedrijf “Verhelst” in Kortrijk.", [{ name: "Verhelst", kind: "company" }]],
  ["Rijksdienst voor Ondernemend Nederland (RVO) ondersteunt exporteurs. RVO opent een loket in Almaty.", [{ name: "Rijksdienst voor Ondernemend Nederland", alias: "RVO", mentions: 3 }]],
  ["De Haven van Antwerpen-Brugge is een van de grootste havens van Europa.", [{ name: "Haven van Antwerpen-Brugge", kind: "port" }]],
  ["Een delegatie van de Kamer van Koophandel en Industrie van Kazachstan bezocht Brussel.", [{ name: "Kamer van Koophandel en Industrie van Kazachstan", kind: "chamber" }]],
  ["Studenten van de Universiteit Antwerpen stelden hun onderzoek voor.", [{ name: "Universiteit Antwerpen", kind: "education" }]],
  ["De Vlaamse Regering keurde de handelsmissie goed.", [{ name: "Vlaamse Regering", kind: "government" }]],
  ["De OVSE verwelkomde de hervormingen in Kazachstan.", [{ name: "OVSE" }]],
  ["ASTANA. KAZPRESS – De president ontving de Belgische delegatie.", [{ name: "KAZPRESS", kind: "media" }]],
  ["De gesprekken waren constructief, meldt Belga.", [{ name: "Belga", kind: "media" }]],
  ["Flanders Investment & Trade (FIT) opende een kantoor in Almaty.", [{ name: "Flanders Investment & Trade", alias: "FIT" }]],
  // een rol is geen bron die de tekst aanhaalt
  ["De handel groeit, aldus Minister Zhakupova. Ook volgens Vicepremier Bektenov stijgt de uitvoer, meldt Steppe Wire.", [{ name: "Steppe Wire", kind: "media" }]],
  // een bureau voor de statistiek is een overheidsdienst, een adviesbureau een firma
  ["Volgens het Centraal Bureau voor de Statistiek groeide de uitvoer naar Kazachstan.", [{ name: "Centraal Bureau voor de Statistiek", kind: "government" }]],
  ["Het ingenieursbureau Steppe Engineering tekende het contract.", [{ name: "Steppe Engineering", kind: "company" }]],
  // een acroniem tussen haakjes na een naam is van die naam, ook als het een vertaalde naam is en de letters niet kloppen
  ["De Belgisch-Luxemburgse Kamer van Koophandel in Kazachstan (BLCCK) vergaderde. Volgens de BLCCK groeit de handel.", [{ name: "Belgisch-Luxemburgse Kamer van Koophandel in Kazachstan", alias: "BLCCK", mentions: 3 }]],
  // een vervoerder die naar zijn dienst heet; wat erna met `en` volgt, is een andere naam
  ["KTZ Express en PSA Antwerp sloten maandag een akkoord.", [{ name: "KTZ Express", kind: "company" }, { name: "PSA Antwerp" }]],
  // één voegwoord per naam: wat een tweede `en` aanvoegt, is een andere naam
  ["Het Agentschap Innoveren & Ondernemen en Steppe Invest organiseren de missie.", [{ name: "Agentschap Innoveren & Ondernemen", kind: "government" }]],
  ["Het Ministerie van Economische Zaken en Klimaat en Invest International tekenden.", [{ name: "Ministerie van Economische Zaken en Klimaat", kind: "government" }, { name: "Invest International" }]],
  ["Het Ministerie van Buitenlandse Zaken verwelkomde het bezoek. Ook het MBZ publiceerde een verklaring.", [{ name: "Ministerie van Buitenlandse Zaken", alias: "MBZ", mentions: 2 }]],
  ["Polymar Groep wil een fabriek bouwen in de regio Mangystau.", [{ name: "Polymar Groep", kind: "company" }]],
  ["De Groen Partij hield haar congres in Gent.", [{ name: "Groen Partij", kind: "party" }]],
  ["Het Agentschap Innoveren en Ondernemen steunt kmo's.", [{ name: "Agentschap Innoveren en Ondernemen", kind: "government" }]],
  ["Halyk Bank opende een rekening bij een Belgische bank.", [{ name: "Halyk Bank", kind: "company" }]],
  ["Baltic Grain Terminal BV verwerkt tarwe uit Kazachstan.", [{ name: "Baltic Grain Terminal BV", kind: "company" }]],
  ["Euro Seeds GmbH en Agro Partners BV ondertekenden een leveringscontract.", [{ name: "Euro Seeds GmbH" }, { name: "Agro Partners BV" }]],
  ["Het Consulaat-generaal van Kazachstan in Antwerpen reikte de visa uit.", [{ name: "Consulaat-generaal van Kazachstan in Antwerpen", kind: "diplomatic" }]],
  ["Het Ereconsulaat van Kazachstan in Gent ging in mei opnieuw open.", [{ name: "Ereconsulaat van Kazachstan in Gent", kind: "diplomatic" }]],
  ["KazMunayGas JSC sloot een contract met Havenbedrijf Rotterdam.", [{ name: "KazMunayGas JSC" }, { name: "Havenbedrijf Rotterdam", kind: "port" }]],
  ["Vertegenwoordigers van het Kazachse Instituut voor Strategische Studies waren aanwezig.", [{ name: "Kazachse Instituut voor Strategische Studies", kind: "education" }]],
  ["De Europese Bank voor Wederopbouw en Ontwikkeling (EBWO) financiert het project.", [{ name: "Europese Bank voor Wederopbouw en Ontwikkeling", alias: "EBWO" }]],
  ["Het Verbond van Belgische Ondernemingen steunt de missie.", [{ name: "Verbond van Belgische Ondernemingen" }]],
  ["Voka – Kamer van Koophandel Oost-Vlaanderen verenigt duizenden ondernemers.", [{ name: "Voka – Kamer van Koophandel Oost-Vlaanderen", kind: "chamber" }]],
  ["De Vereniging van Vlaamse Steden en Gemeenten nam deel aan de missie.", [{ name: "Vereniging van Vlaamse Steden en Gemeenten" }]],
  // een bedrijf zonder rechtsvorm of kernwoord: herkend aan een bijstelling, een soortnaam of een bedrijfsrol, en dan overal waar het terugkomt
  [
    "Steppe Cargo Lines, een Kazachs logistiek bedrijf, rijdt de treinen. Steppe Cargo Lines rijdt ook naar Duisburg.",
    [{ name: "Steppe Cargo Lines", kind: "company", mentions: 2 }],
  ],
  ["Deelnemers zijn zuivelcoöperatie Frisia Melk en machinebouwer Dijkman Melktechniek.", [{ name: "Frisia Melk", kind: "company" }, { name: "Dijkman Melktechniek", kind: "company" }]],
  ["De studie wordt gefinancierd door de hogeschool Thomas More. Thomas More levert ook stagiairs.", [{ name: "Thomas More", kind: "education", mentions: 2 }]],
  ["Rustem Akhmetov, voorzitter van de raad van bestuur van KTZ Express, tekende mee.", [{ name: "KTZ Express", kind: "company" }]],
  ["Volgens het ministerie van Landbouw van Kazachstan moet de serreteelt groeien.", [{ name: "ministerie van Landbouw van Kazachstan", kind: "government" }]],
  ["Volgens het Kazachse ministerie van Landbouw groeide de export, aldus het ministerie van Buitenlandse Zaken.", [{ name: "ministerie van Landbouw", kind: "government" }, { name: "ministerie van Buitenlandse Zaken", kind: "government" }]],
  // `in 2023` en `en Kazachse` horen niet bij de naam
  ["De export naar de Europese Unie in 2023 steeg.", [{ name: "Europese Unie" }]],
  ["Haven van Rotterdam en Kazachse exporteur werken samen", [{ name: "Haven van Rotterdam", kind: "port" }]],
  // een opsomming na een soortnaam en `zoals`, `waaronder`: elke naam ervan is een bedrijf, ook een die met een plaats begint
  [
    "Ook Vlaamse bedrijven zoals Oostendse Touwslagerij, Velden Pompen en Carlo Vermeer Hydrauliek namen deel.",
    [{ name: "Oostendse Touwslagerij", kind: "company" }, { name: "Velden Pompen", kind: "company" }, { name: "Carlo Vermeer Hydrauliek", kind: "company" }],
  ],
  // een plaats kan een naam openen die het soortnaamwoord ervoor als bedrijf aanwijst; ook een bureau is een bedrijf
  ["Het Kazachse staatsbedrijf Atyrau Petrochemie tekende een akkoord.", [{ name: "Atyrau Petrochemie", kind: "company" }]],
  ["Het Antwerpse ingenieursbureau Scheldeplan werkt mee aan het project.", [{ name: "Scheldeplan", kind: "company" }]],
  // een kleine stad in hoofdletters vooraan een dateline is een plaats, geen acroniem
  ["LICHTERVELDE - Het familiebedrijf Vlasco levert vlas aan Kazachstan.", [{ name: "Vlasco" }]],
  // het persagentschap tussen haakjes na de dateline
  ["GENT (Scheldepost) - Het bedrijf opent een kantoor in Almaty.", [{ name: "Scheldepost", kind: "media" }]],
  // de naam als bijstelling na het soortnaamwoord, tussen komma's
  ["De partners richten het nieuwe bedrijf, Irtysh Agro Services, op in Pavlodar.", [{ name: "Irtysh Agro Services", kind: "company" }]],
  // Engelse namen die een Nederlandse tekst onvertaald laat
  ["De bedrijven bezochten de Almaty Management University en de Netherlands-Kazakhstan Business Council.", [{ name: "Almaty Management University", kind: "education" }, { name: "Netherlands-Kazakhstan Business Council", kind: "other" }]],
  // één `en` sluit de opsomming van een ministerie: een tweede voegt een andere organisatie toe
  ["Er komt een intentieverklaring tussen het ministerie van Waterhulpbronnen en Irrigatie en Wageningen University & Research.", [{ name: "ministerie van Waterhulpbronnen en Irrigatie", kind: "government" }, { name: "Wageningen University & Research", kind: "education" }]],
  // een centrum en een vzw bij hun soortnaam of rechtsvorm voor de naam
  ["In Astana bezochten ze het innovatiecentrum Astana Hub.", [{ name: "Astana Hub" }]],
  ["Ook de vzw Brussels Food Collective sloot een akkoord.", [{ name: "Brussels Food Collective" }]],
  // een naam van één woord, gevonden aan zijn rechtsvorm, staat er later zonder, tenzij het een plaats of voornaam is
  ["Ook de Deinzese machinebouwer Leiemach bv deelde haar ervaringen. Leiemach voert sinds 2019 machines uit.", [{ name: "Leiemach bv", mentions: 2 }]],
  // vier woorden voor het hoofdwoord
  ["De delegatie bezocht de Kazakh National Agrarian Research University in Almaty.", [{ name: "Kazakh National Agrarian Research University", kind: "education" }]],
  // een bijvoeglijk naamwoord van herkomst na een lidwoord hoort niet bij de naam; een familienaam midden in de naam;
  // een acroniem dat de hele naam spelt; een kantoor met zijn beroep als laatste woord; een samenstelling op -vereniging;
  // een Engelse naam eindigt voor het Nederlandse `van`; `International` als laatste woord
  ["Het Goudse Polder Pumps BV en het Kazachse Steppe Solar LLP werken samen.", [{ name: "Polder Pumps BV" }, { name: "Steppe Solar LLP" }]],
  ["Kijk naar Kassenbouw Van der Meer BV uit Naaldwijk.", [{ name: "Kassenbouw Van der Meer BV", kind: "company" }]],
  ["Lekhaven Bulk Terminals BV (LBT) breidt uit; LBT investeert 8 miljoen euro.", [{ name: "Lekhaven Bulk Terminals BV", alias: "LBT", mentions: 3 }]],
  ["De fusie werd begeleid door Smits Jansen Advocaten uit Utrecht en de Nederlands-Oezbeekse Exportvereniging.", [{ name: "Smits Jansen Advocaten", kind: "company" }, { name: "Nederlands-Oezbeekse Exportvereniging" }]],
  ["Zij werkt aan het Institute of Water and Soil Engineering van de universiteit.", [{ name: "Institute of Water and Soil Engineering", kind: "education" }]],
  ["Het contract werd getekend door Delta Invest International en de bank.", [{ name: "Delta Invest International" }]],
  // een klassewoord na een bezittelijk voornaamwoord, de naam als bijstelling erna
  ["De provincie helpt exporteurs via haar promotiebureau, Delta Export Loket, dat een kantoor in Almaty opende.", [{ name: "Delta Export Loket" }]],
  // een merknaam met hoofdletters binnen één woord is een bedrijf, alleen en bij elke vermelding; twee namen die door een
  // verloren spatie aan elkaar staan niet
  ["QazaqGaz bouwt de pijpleiding en QazaqGaz verwacht het eerste gas in 2028. SteppeLink en PostNL vervoeren de pakketten.", [{ name: "QazaqGaz", kind: "company", mentions: 2 }, { name: "SteppeLink" }, { name: "PostNL" }]],
  // een school en een gerechtshof bij hun soortnaam; een achternaam na `aldus` is geen bron
  ["Leerlingen van het Stedelijk Lyceum Zwolle reizen in april naar Almaty.", [{ name: "Stedelijk Lyceum Zwolle", kind: "education" }]],
  ["De verdachte gaat in hoger beroep bij het Gerechtshof Arnhem-Leeuwarden.", [{ name: "Gerechtshof Arnhem-Leeuwarden", kind: "government" }]],
  ["Directeur Joost Bakker van Maas Freight BV sprak. \"We groeien,\" aldus Bakker.", [{ name: "Maas Freight BV" }]],
  // een bepaalde bijstelling met een bijvoeglijk naamwoord in kleine letters, na een naam die met een plaats begint
  ["De treinen worden gereden door Kostanay Grain Rail, de regionale goederenvervoerder, sinds mei.", [{ name: "Kostanay Grain Rail" }]],
  // een naam met een gedachtestreepje, en later zijn laatste woorden alleen als dezelfde organisatie
  ["De bedrijven troffen elkaar op het Vlaams–Kazachs Economisch Forum in Gent. Het volgende Economisch Forum vindt plaats in Almaty.", [{ name: "Vlaams–Kazachs Economisch Forum", mentions: 2 }]],
];
const NONE: string[] = [
  "Het BBP groeide met 4,8% in 2023.",
  "De prijs bereikte 300 USD per ton.",
  "Hij zei “we zijn klaar om meer te investeren”.",
  "WEST-VLAANDEREN, BELGIË",
  "De IT-sector groeit snel, zei de CEO.",
  "De missie bezocht steden zoals Antwerpen, Gent en Brugge.",
  // een postcode, een dollarteken en een kenmerk zijn geen organisaties
  "> Retouradres Postbus 12345 3000 AB Rotterdam",
  "De bank leende US$ 40 miljoen.",
  "Ons kenmerk ABC-2026/0147",
  "Tijdens het bezoek stelde ArmanBekov het plan voor en beantwoordde dr. McLean vragen.",
];

describe("organisations in Dutch press releases", () => {
  for (const [text, wants] of CASES) {
    it(text, () => {
      const orgs = extract(text, { lang: "nl", types: ["organisations"] }).organisations;
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
  for (const text of NONE) it(`no organisation in: ${text}`, () => expect(extract(text, { lang: "nl", types: ["organisations"] }).organisations).toEqual([]));
  it("leest `A en de B (X)` als twee organisaties, het acroniem van B, als de beginletters geen van beide spellen", () => {
    const orgs = extract("Het Ministerie van Industrie van Oezbekistan en het Vlaams Agentschap voor Export (VLEXO) tekenden een memorandum.", { lang: "nl", types: ["organisations"] }).organisations;
    const b = orgs.find((o) => o.aliases.includes("VLEXO"));
    expect(b?.name).toBe("Vlaams Agentschap voor Export");
    expect(orgs.map((o) => o.name)).toContain("Ministerie van Industrie van Oezbekistan");
  });
  it("neemt de organisatie van een rol voor een naam, niet de rol (`Waarnemend directeur van het X (Y) Naam`), en een persconferentie is geen organisatie", () => {
    const orgs = extract("Waarnemend directeur van het Agentschap Ondernemen (VLAIO) Lotte van Houten lichtte de plannen toe.", { lang: "nl", types: ["organisations"] }).organisations;
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([["Agentschap Ondernemen", ["VLAIO"]]]);
    const pc = extract("Persconferentie Vlaamse Regering – vrijdag 16 januari 2026\n\nDe Vlaamse Regering keurt een subsidie goed.", { lang: "nl", types: ["organisations"] }).organisations;
    expect(pc.map((o) => o.name)).toEqual(["Vlaamse Regering"]);
  });
});

describe("Dutch organisations as news sites write them", () => {
  it("voegt een bedrijf met zijn rechtsvorm samen met hetzelfde bedrijf in één woord zonder", () => {
    const all = extract("Volgens de coöperatie PolderGraan groeit de export. PolderGraan U.A. opende een kantoor in Almaty.", { lang: "nl", types: ["organisations"] }).organisations;
    expect(all.map((o) => [o.name, o.aliases])).toEqual([["PolderGraan U.A.", ["PolderGraan"]]]);
  });
  const orgs = (text: string) => extract(text, { lang: "nl", types: ["organisations"] }).organisations.map((o) => o.name);
  it("leest de rechtsvorm U.A. van een coöperatie, en een samengesteld soortwoord vooraan de zin als geen deel van de naam", () => {
    expect(orgs("Akkerbouwcoöperatie Veldwerk U.A. heeft een goed jaar. Veldwerk levert aardappelen aan Kazachstan.")).toEqual(["Veldwerk U.A."]);
    expect(orgs("Rabomelk Holland U.A. heeft een goed jaar.")).toEqual(["Rabomelk Holland U.A."]);
  });
  it("laat een bijwoord en het lidwoord na het eerste woord van de zin weg, en leest een tijdzone als geen organisatie", () => {
    expect(orgs("Ook het Vlaams Agentschap voor Handel sprak.")).toEqual(["Vlaams Agentschap voor Handel"]);
    expect(orgs("Van de Velde Logistiek NV groeit.")).toEqual(["Van de Velde Logistiek NV"]);
    expect(orgs("De persconferentie begint om 10.30 CET.")).toEqual([]);
    expect(orgs("De terminal opent in juni, meldt de correspondent van Steppewire.")).toEqual(["Steppewire"]);
  });
});
