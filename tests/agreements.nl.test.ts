// Dutch agreements on sentences written in the style of Flemish and Dutch
// government and chamber press releases: cues in both word orders, compounds,
// split verbs (`kwamen ... overeen`), kind and status, and what is not an agreement.
import { describe, expect, it } from "vitest";
import { cpuMs } from "./helpers.js";
import { extract } from "../src/pipeline.js";
import { LANGUAGE_PACKS } from "../src/lang/index.js";
import { runRule } from "../src/rules.js";

const agreementsOf = (text: string, published = "2023-05-10") =>
  extract(text, { lang: "nl", published, types: ["agreements"], explain: true }).agreements;

type Want = { kind?: string; status?: string; subject?: string };
const POSITIVE: [string, Want][] = [
  ["Er werd een akkoord bereikt over de uitbreiding van de containerterminal.", { kind: "agreement", status: "reached", subject: "de uitbreiding van de containerterminal" }],
  ["Na afloop van het gesprek hebben beide partijen een akkoord bereikt.", { kind: "agreement", status: "reached" }],
  ["De ministers kwamen overeen om de handel in landbouwproducten te verdubbelen.", { status: "agreed", subject: "de handel in landbouwproducten te verdubbelen" }],
  ["Daarnaast kwamen de twee regio's ook overeen dat er jaarlijks een forum komt.", { status: "agreed", subject: "er jaarlijks een forum komt" }],
  ["De delegaties spraken af om in het najaar opnieuw samen te komen.", { status: "agreed" }],
  ["Er werd afgesproken dat de werkgroep tegen het einde van het jaar een plan voorlegt.", { status: "agreed" }],
  ["Beide partijen zijn overeengekomen de samenwerking in het onderwijs te versterken.", { status: "agreed" }],
  ["De havenbedrijven ondertekenden een samenwerkingsakkoord over digitale logistiek.", { kind: "agreement", status: "signed", subject: "digitale logistiek" }],
  ["In Astana werd een samenwerkingsovereenkomst ondertekend tussen de twee kamers van koophandel.", { kind: "agreement", status: "signed" }],
  ["De universiteit en het onderzoeksinstituut tekenden een intentieverklaring.", { kind: "intent", status: "signed" }],
  ["Er werd een intentieverklaring ondertekend voor de bouw van een graanterminal.", { kind: "intent", status: "signed", subject: "de bouw van een graanterminal" }],
  ["De ministeries ondertekenden een memorandum van overeenstemming inzake toerisme.", { kind: "memorandum", status: "signed", subject: "toerisme" }],
  ["Gisteren werd in Brussel een MoU ondertekend over groene waterstof.", { kind: "memorandum", status: "signed" }],
  ["Het Vlaamse bedrijf sloot een contract met een Kazachse spoorwegmaatschappij.", { kind: "contract", status: "signed" }],
  ["Tijdens de missie werden drie leveringscontracten gesloten.", { kind: "contract", status: "signed" }],
  ["De ministers ondertekenden een gezamenlijke verklaring over strategisch partnerschap.", { kind: "declaration", status: "signed" }],
  ["Er werd een routekaart getekend om de handel in graan uit te breiden.", { kind: "agreement", status: "signed" }],
  ["De minister zal volgende maand een overeenkomst over dubbele belasting ondertekenen.", { kind: "agreement", status: "planned" }],
  ["Beide landen zullen in juni een investeringsakkoord ondertekenen.", { kind: "agreement", status: "planned" }],
  ["De ambassadeur stelde voor om een memorandum over onderwijs te ondertekenen.", { kind: "memorandum", status: "proposed" }],
  ["De gouverneur stelde voor een vriendschapsverdrag te sluiten met de regio Aktobe.", { kind: "agreement", status: "proposed" }],
  ["Op 12 maart 2023 ondertekenden de twee provincies een samenwerkingsprotocol.", { kind: "agreement", status: "signed" }],
  ["De delegaties bereikten overeenstemming over de nieuwe tarieven.", { kind: "agreement", status: "reached" }],
  ["Er werden afspraken gemaakt over de opleiding van Kazachse ingenieurs.", { status: "agreed", subject: "de opleiding van Kazachse ingenieurs" }],
  ["De twee bedrijven kwamen tot een akkoord over de prijs van het vlaszaad.", { kind: "agreement", status: "reached" }],
  ["Beide partijen hebben een raamovereenkomst afgesloten voor vijf jaar.", { kind: "agreement", status: "signed" }],
  ["De gemeente Lommel en de Kazachse stad Ekibastuz zijn vorige week een stedenband aangegaan.", { kind: "agreement", status: "signed" }],
  ["In 2021 gingen de twee havens een samenwerkingsovereenkomst aan voor tien jaar.", { kind: "agreement", status: "signed" }],
];

const NEGATIVE = [
  "De burgemeesters toonden interesse in het versterken van de culturele banden met Kazachstan.",
  "De partijen bespraken de vooruitzichten voor samenwerking in transport en logistiek.",
  "De minister hoopt dat er snel een akkoord wordt bereikt.",
  "Ik hoop dat de missie voor veel bedrijven uitmondt in een vruchtbare samenwerking met Kazachstan.",
  "De ambassadeur nodigde de gouverneur uit om Kazachstan te bezoeken.",
  "De partijen bespraken de mogelijkheid om een memorandum over toerisme te ondertekenen.",
  "Het bedrijf is bereid om in de toekomst een contract te sluiten.",
  "De burgemeesters stelden een aantal gezamenlijke activiteiten voor.",
  "Er werd geen akkoord bereikt over de tarieven.",
  "De onderhandelaars willen tegen het einde van het jaar een contract sluiten.",
  "Het bedrijf overweegt een contract te sluiten met een Kazachse leverancier.",
  "Kazachstan heeft belangstelling voor een akkoord met de haven.",
  "Het overeengekomen bedrag werd in twee schijven betaald.",
  "Zoals afgesproken stuurde de ambassade de documenten door.",
  "De cijfers komen overeen met die van vorig jaar.",
  "De ambassadeur sprak af met de burgemeester van Gent.",
  "De uitvoer bereikte vorig jaar een recordhoogte.",
  "Onze bedrijven hebben zeer veel knowhow en technologie in huis.",
  "Op die manier kan de samenwerking tussen ondernemers en sectoren verbeteren.",
  "Verder vinden er meetings plaats om de economische spelers dichter bij mekaar te brengen.",
  "De minister las een verklaring voor aan de pers.",
  "De partijen konden het niet eens worden over de prijs.",
  "Het akkoord van Parijs blijft een belangrijk kader voor het energiebeleid.",
  "De regering bespreekt volgende week een ontwerp van overeenkomst.",
  "De bedrijven verkennen de mogelijkheden van een samenwerkingsakkoord.",
  "De Kazachse economie kende een sterke groei tussen 2000 en 2007.",
  "De tarieven dalen pas indien de regering een akkoord bereikt.",
  "Het is onwaarschijnlijk dat de producenten een akkoord sluiten.",
  "De stad heeft al stedenbanden met Sibiu in Roemenië en Tartu in Estland.",
  "Beide steden willen volgend jaar een stedenband aangaan.",
];

describe("Dutch agreements: what is one", () => {
  for (const [text, want] of POSITIVE) {
    it(text, () => {
      const found = agreementsOf(text);
      expect(found, "one agreement per sentence").toHaveLength(1);
      expect(found[0]).toMatchObject(want);
      expect(found[0].text).toBe(text);
      expect(found[0].rule).toMatch(/^nl\.agreement\./);
      expect(text).toContain(found[0].cue);
    });
  }
});

describe("Dutch agreements: interest, hope, invitations and discussions are not", () => {
  for (const text of NEGATIVE) it(text, () => expect(agreementsOf(text)).toEqual([]));
});

describe("Dutch agreement details", () => {
  it("leest de lijst van een nieuwsbericht in lopende woorden, met een witregel na de inleiding, elk met zijn eigen partijen", () => {
    const list = agreementsOf("Tijdens de missie werden onder meer deze contracten getekend:\n\n- een leveringscontract tussen Irtysh Koper TOO en Maas Kathodes NV (12 miljoen euro);\n\n- een overeenkomst tussen Aral Logistiek JSC en Zeebrugge Koelhuis NV over diepvriesvis.");
    expect(list.map((a) => [a.kind, a.status, a.parties])).toEqual([["contract", "signed", []], ["contract", "signed", ["Irtysh Koper TOO", "Maas Kathodes NV"]], ["agreement", "signed", ["Aral Logistiek JSC", "Zeebrugge Koelhuis NV"]]]);
    expect(agreementsOf("De ministers bekeken twee pistes:\n\n- een leveringscontract tussen de twee havens;")).toEqual([]);
  });

  it("leest `kwam met` een lang genoemd orgaan `overeen`, met dat orgaan als partij, maar niet wat met cijfers overeenkomt", () => {
    const [a] = agreementsOf("Irtysh Zink JSC verlengde zijn vergunning. Het bedrijf kwam met het Ministerie van Industrie en Bouw van Kazachstan overeen om 40 putten te boren.");
    expect([a.status, a.subject, a.parties]).toEqual(["agreed", "40 putten te boren", ["Irtysh Zink JSC", "Ministerie van Industrie en Bouw van Kazachstan"]]);
    expect(agreementsOf("De uitkomst kwam met de ramingen van het bureau van vorig jaar overeen.")).toEqual([]);
  });

  it("leest `beide landen` als de twee landen die het laatst genoemd zijn", () => {
    expect(agreementsOf("Kazachstan en België bespraken de handel. Beide landen ondertekenden een verdrag over dubbele belasting.")[0].parties).toEqual(["Kazachstan", "België"]);
  });

  it("leest een passief akkoord na een bijstelling van zijn waarde tussen komma's, maar niet na een andere bijzin", () => {
    const [a] = agreementsOf("Het contract, goed voor 6,2 miljoen euro, werd eind mei in Kostanay ondertekend.");
    expect([a.kind, a.status]).toEqual(["contract", "signed"]);
    expect(agreementsOf("Het contract, goed voor 62 miljoen euro, zo zegt de directeur, werd vorig jaar ondertekend.")).toEqual([]);
  });

  it("leest een akkoord in een bijzin na de komma van het zelfstandig naamwoord, en een bedrag met een decimale komma ertussen", () => {
    const [a] = agreementsOf("De overeenkomst, die vorige maand in Aktau werd ondertekend, loopt vijf jaar.");
    expect([a.kind, a.status, a.subject]).toEqual(["agreement", "signed", null]);
    expect(agreementsOf("Het contract, dat volgende week wordt ondertekend, loopt vijf jaar.")[0].status).toBe("planned");
    expect(agreementsOf("Het contract, dat nooit werd ondertekend, is vervallen.")).toEqual([]);
    // een komma van een andere bijzin blijft de zin scheiden
    expect(agreementsOf("Het contract, zo zegt de directeur, werd vorig jaar ondertekend.")).toEqual([]);
    const [b] = agreementsOf("De order ging naar Kempvat NV, die met Aral Oil TOO een contract van 1,8 miljoen euro tekende.");
    expect([b.kind, b.status, b.parties]).toEqual(["contract", "signed", ["Kempvat NV", "Aral Oil TOO"]]);
  });

  it("leest getuigen vooraan de zin niet als partij, en een samenstelling op -bedrijf als het bedrijf dat eerder genoemd werd", () => {
    const [a] = agreementsOf("In aanwezigheid van minister Anna Peeters ondertekenden Delta Haven NV en Aktau Rail JSC een memorandum.");
    expect(a.parties).toEqual(["Delta Haven NV", "Aktau Rail JSC"]);
    const [b] = agreementsOf("Lindehof Mengvoer B.V. bouwt een fabriek. Het familiebedrijf tekende een overeenkomst met Ertis Melk TOO.");
    expect(b.parties).toEqual(["Lindehof Mengvoer B.V.", "Ertis Melk TOO"]);
    // een samenstelling voor een naam beschrijft die naam en verwijst niet terug
    const [c] = agreementsOf("Groeifonds Oost BV investeerde mee. Later sloot Velddata BV een contract met het Kazachse landbouwbedrijf Zhas Dala TOO.");
    expect(c.parties).toEqual(["Velddata BV", "Zhas Dala TOO"]);
  });

  it("leest `hij` bij de ondertekening als de persoon die laatst genoemd werd, maar niet een spreker na een citaat", () => {
    const [a] = agreementsOf("Minister Yerlan Bekov bezocht de terminal. Samen met Schelde Haven NV ondertekende hij een memorandum over waterstof.");
    expect(a.parties).toEqual(["Schelde Haven NV", "Yerlan Bekov"]);
    const [b] = agreementsOf("Anna Peeters sprak eerst. \"We tekenden vorig jaar een contract met Schelde Haven NV\", zei hij.");
    expect(b.parties).toEqual(["Schelde Haven NV"]);
  });

  it("leest `het bedrijf` als een bedrijf dat eerder genoemd werd, boven een orgaan van onbekende soort dat later kwam", () => {
    const [a] = agreementsOf("Tobol Goud plc (LSE: TBG) produceerde meer. In maart sloot het bedrijf een afnamecontract met Maas Raffinage NV.");
    expect(a.parties).toEqual(["Tobol Goud plc", "Maas Raffinage NV"]);
  });

  it("leest `de coöperatie` als het bedrijf dat eerder genoemd werd, niet als een orgaan van een andere soort", () => {
    const [a] = agreementsOf("Veenland Zuivel U.A. groeide. De cijfers werden in het WTC voorgesteld. In mei sloot de coöperatie een leveringscontract met Almaty Retail TOO.");
    expect(a.parties).toEqual(["Veenland Zuivel U.A.", "Almaty Retail TOO"]);
  });

  it("leest elk document van een lijst die de regel ervoor ondertekend noemt, en de goedkeuring van een akkoord door een raad", () => {
    const list = agreementsOf("De volgende documenten werden ondertekend:\n- Overeenkomst tussen Brabant Pompen BV en Aral Water TOO over irrigatie;\n- Protocol over douanesamenwerking.");
    expect(list.map((a) => [a.kind, a.status])).toEqual([["agreement", "signed"], ["agreement", "signed"], ["agreement", "signed"]]);
    expect(list[1].parties).toEqual(["Brabant Pompen BV", "Aral Water TOO"]);
    const [raad] = agreementsOf("Artikel 1. De gemeenteraad keurt de samenwerkingsovereenkomst tussen de gemeente Lommel en de stad Aktobe goed.");
    expect([raad.status, raad.parties]).toEqual(["agreed", ["Lommel", "Aktobe"]]);
    expect(agreementsOf("De gemeenteraad keurt de begroting goed.")).toEqual([]);
    const [groep] = agreementsOf("Scheldemond Pompen NV (Euronext Brussel: SMP) groeide. In oktober sloot de groep een raamovereenkomst met Atyrau Raffinage TOO.");
    expect(groep.parties).toEqual(["Scheldemond Pompen NV", "Atyrau Raffinage TOO"]);
  });

  it("dates an agreement by the day in its sentence, else by the publication date", () => {
    expect(agreementsOf("Op 12 maart 2023 ondertekenden de provincies een samenwerkingsakkoord.")[0].date).toBe("2023-03-12");
    expect(agreementsOf("De provincies ondertekenden een samenwerkingsakkoord.", "2023-05-10")[0].date).toBe("2023-05-10");
  });

  it("neemt geen partij uit de dateline, noch een getuige van de ondertekening", () => {
    const [a] = agreementsOf("ANTWERPEN, 3 april 2024 – Het Havenbedrijf Antwerpen-Brugge en KTZ Express JSC ondertekenden een overeenkomst in aanwezigheid van minister Anna Berg.");
    expect(a.parties).toEqual(expect.arrayContaining(["KTZ Express JSC"]));
    expect(a.parties.map((p) => p.toLowerCase())).not.toContain("antwerpen");
    expect(a.parties).not.toContain("Anna Berg");
  });

  it("leest een soortnaamwoord dat terugverwijst als de organisaties van die soort die eerder genoemd zijn", () => {
    const pair = agreementsOf("Delta Graan NV ontving Tobol Agro TOO in Gent. De twee bedrijven ondertekenden een leveringscontract.");
    expect(pair[0].parties).toEqual(["Delta Graan NV", "Tobol Agro TOO"]);
    // zonder lidwoord: `beide bedrijven`
    expect(agreementsOf("Delta Graan NV ontving Tobol Agro TOO in Gent. In maart tekenden beide bedrijven een leveringscontract.")[0].parties).toEqual(["Delta Graan NV", "Tobol Agro TOO"]);
    // `beide partners`: de twee die een gezamenlijke onderneming hebben
    expect(agreementsOf("Kempen Zink NV bezit samen met Altyn Metals TOO een smelterij. Beide partners tekenden in mei een afnamecontract.")[0].parties).toEqual(["Kempen Zink NV", "Altyn Metals TOO"]);
    const subject = agreementsOf("Venlo Rail BV start een nieuwe dienst. Het bedrijf heeft daarvoor een raamovereenkomst gesloten met Irtysh Cargo TOO.");
    expect(subject[0].parties).toEqual(["Venlo Rail BV", "Irtysh Cargo TOO"]);
  });

  it("leest `het consortium` als de bedrijven die na `een consortium van` genoemd zijn", () => {
    const [a] = agreementsOf("De opdracht gaat naar een consortium van Delta Wind NV en Steppe Power TOO.\n\nVrijdag ondertekenden het consortium en Samruk Energy JSC een stroomafnamecontract.");
    expect(a.parties).toEqual(["Delta Wind NV", "Steppe Power TOO", "Samruk Energy JSC"]);
  });

  it("leest `het havenbedrijf` naast een genoemde partij als de haven die eerder genoemd is", () => {
    const [a] = agreementsOf("Havenbedrijf Oostende meldt een groei.\n\nIn mei ondertekenden het havenbedrijf en de Kazachse rederij Caspian Lines TOO een contract.");
    expect(a.parties).toEqual(["Havenbedrijf Oostende", "Caspian Lines TOO"]);
  });

  it("names the parties the sentence gives", () => {
    const [a] = agreementsOf("Kazachstan en België ondertekenden een akkoord over dubbele belasting.");
    expect(a.parties).toEqual(expect.arrayContaining(["Kazachstan", "België"]));
  });

  it("names the parties between a signing verb and a noun far after it (inverted word order)", () => {
    const [a] = agreementsOf("Daarnaast ondertekenden de zaadveredelaar Korenbloem Zaden nv en het Kazachse landbouwbedrijf Stepnoy Holding een samenwerkingsovereenkomst.");
    expect(a.parties).toEqual(expect.arrayContaining(["Korenbloem Zaden nv", "Stepnoy Holding"]));
  });

  it("resolves `beide partijen` to those of the meeting the paragraph is about", () => {
    const text = [
      "De Kazachse ambassadeur had een ontmoeting met de gouverneur van Limburg, Jan Peeters.",
      "",
      "Na afloop kwamen beide partijen overeen om een gezamenlijk forum te organiseren.",
    ].join("\n");
    const r = extract(text, { lang: "nl", published: "2023-05-10" });
    const met = r.events.find((e) => e.kind === "meeting");
    expect(met).toBeDefined();
    expect(r.agreements[0].parties).toEqual(expect.arrayContaining(met!.participants));
  });

  it("noemt wie een passieve ondertekening uitvoerde, niet de getuigen", () => {
    const [a] = agreementsOf("De samenwerkingsovereenkomst werd ondertekend door Bart Wouters en Ruslan Akhmetov, in aanwezigheid van minister Anna Berg.");
    expect(a).toMatchObject({ status: "signed" });
    expect(a.parties).toEqual(["Bart Wouters", "Ruslan Akhmetov"]);
    const [b] = agreementsOf("Het akkoord werd door CEO Wouter De Smet van HydroGent en Ruslan Nurpeisov ondertekend.");
    expect(b.parties).toEqual(expect.arrayContaining(["Wouter De Smet", "Ruslan Nurpeisov"]));
  });

  it("noemt de partijen van elke `tussen A en B`", () => {
    const [a] = agreementsOf("Er werd een leveringscontract getekend tussen machinebouwer Loomtex en Shymkent Cotton Cluster TOO.");
    expect(a.parties).toEqual(["Loomtex", "Shymkent Cotton Cluster TOO"]);
  });

  it("resolves `beide partijen` to the parties of a signing just before, and `het havenbedrijf` to the organisation named before", () => {
    const text = [
      "De Kazachse ambassadeur had een ontmoeting met de gouverneur van Limburg, Jan Peeters.",
      "",
      "Het contract werd ondertekend door Irtysh Cargo Lines TOO en Delta Rail NV. Beide partijen kwamen ook overeen om samen chauffeurs op te leiden.",
      "",
      "Ook Port of Antwerp-Bruges steunt het project. Het havenbedrijf sloot in 2023 al een memorandum van overeenstemming met de haven van Aktau.",
    ].join("\n");
    const [signed, agreed, memo] = extract(text, { lang: "nl", published: "2023-05-10" }).agreements;
    expect(signed.parties).toEqual(["Irtysh Cargo Lines TOO", "Delta Rail NV"]);
    expect(agreed.parties).toEqual(["Irtysh Cargo Lines TOO", "Delta Rail NV"]);
    expect(memo.parties).toEqual(["Port of Antwerp-Bruges"]);
  });

  it("ends a sentence at a legal form (`BV.`), not at `bv.` (bijvoorbeeld)", () => {
    const text = "Deelnemers zijn onder meer Westland Melk en Noordoost Pootgoed BV. De machinebouwer Dijkman Melktechniek tekende een contract.";
    const [a] = extract(text, { lang: "nl", published: "2023-05-10" }).agreements;
    expect(a.parties).toEqual(["Dijkman Melktechniek"]);
  });

  it("leest de tegenwoordige tijd van een kop als een ondertekening", () => {
    const r = (t: string) => extract(t, { lang: "nl", published: "2023-05-10" }).agreements[0].status;
    expect(r("Havenbedrijf en exporteur ondertekenen intentieverklaring\n\nDe verklaring gaat over graan.")).toBe("signed");
    expect(r("De verklaring gaat over graan. Ze zullen een intentieverklaring ondertekenen.")).toBe("planned");
  });

  it("stays linear on adversarial input", () => {
    const t0 = process.cpuUsage();
    for (const text of ["ondertekenden de ".repeat(50_000) + "akkoord werd ".repeat(20_000), "Samenwerkingsakkoord".repeat(30_000)])
      for (const rule of LANGUAGE_PACKS.nl.rules.agreements) runRule(rule, { lang: "nl", text, anchor: null });
    expect(cpuMs(t0)).toBeLessThan(4000);
  });
});
