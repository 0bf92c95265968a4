// Nederlandse webpagina's als tekst: menu's, deelregels, lijsten van andere berichten en de voettekst van de site
// geven niets; het bericht ertussen geeft alles wat het voordien gaf.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

const PAGE = [
  "Ga naar de inhoud",
  "NL | FR | EN",
  "Over ons   Diensten   Agenda   Nieuws   Contact",
  "Deze website gebruikt cookies om het gebruik te analyseren. Alle cookies aanvaarden",
  "Home > Nieuws > Internationaal",
  "",
  "Leuvense pompenbouwer levert aan Pavlodar",
  "",
  "Gepubliceerd op 3 juni 2031",
  "Industrie · Centraal-Azië · Export",
  "",
  "Pompenbouwer Hydrolux NV uit Leuven levert 40 pompen aan Ertis Water TOO in Pavlodar. Het contract werd vorige week ondertekend door zaakvoerder Griet Wouters en heeft een waarde van 2,1 miljoen euro.",
  "",
  "Deel dit artikel   Facebook   LinkedIn   X",
  "",
  "Lees ook",
  "› Exportdag op 22 oktober in Mechelen",
  "› Haven van Antwerpen ondertekent akkoord met Bakoe",
  "",
  "Meest gelezen",
  "1 Nieuwe sporthal in Tienen",
  "2 Reacties (12)",
  "",
  "Exportkamer Brabant vzw | Markt 5, 3000 Leuven | T +32 16 00 00 00 | Ondernemingsnummer 0456.789.123",
  "© 2031 Exportkamer Brabant – Privacyverklaring – Cookiebeleid",
].join("\n");

describe("paginameubilair (nl)", () => {
  const r = extract(PAGE);
  it("leest de personen, organisaties, plaatsen, cijfers en het akkoord van het bericht", () => {
    expect(r.published).toBe("2031-06-03");
    expect(r.people.map((p) => p.name)).toEqual(["Griet Wouters"]);
    expect(r.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(["Pompenbouwer Hydrolux NV", "Ertis Water TOO"]));
    expect(r.places.map((p) => p.name)).toEqual(["Pavlodar", "Leuven"]);
    expect(r.figures.map((f) => f.value)).toEqual([40, 2100000]);
    expect(r.agreements).toHaveLength(1);
  });
  it("leest niets in de menu's, de taalkeuze, de cookiemelding, de trefwoorden en de deelregel", () => {
    expect(r.organisations.map((o) => o.name)).toEqual(expect.not.arrayContaining(["NL", "FR", "EN", "LinkedIn", "Facebook"]));
    expect(r.places.map((p) => p.name)).not.toContain("Centraal-Azië");
  });
  it("leest niets in de lijsten van andere berichten en in de voettekst", () => {
    expect(r.dates.map((d) => d.text)).not.toContain("op 22 oktober");
    expect(r.places.map((p) => p.name)).toEqual(expect.not.arrayContaining(["Mechelen", "Antwerpen", "Bakoe", "Tienen"]));
    expect(r.agreements.map((a) => a.text).join(" ")).not.toContain("akkoord met Bakoe");
    expect(r.figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([1, 2, 5, 12, 3000, 456]));
    expect(r.organisations.map((o) => o.name)).not.toContain("Exportkamer Brabant vzw");
  });
  it("houdt een regel van het bericht die met een woord van de site begint", () => {
    const body = extract("Deel 2: de haven van Zeebrugge\n\nDe terminal in Zeebrugge verwerkte 30.000 ton graan.");
    expect(body.places.map((p) => p.name)).toEqual(["Zeebrugge"]);
    expect(body.figures.map((f) => f.value)).toContain(30000);
  });
});

describe("kop en datum van een webpagina (nl)", () => {
  const page = (meta: string) =>
    ["Het Kempisch Dagblad", "Abonneren   Inloggen", "Nieuws   Regio   Economie   Sport", "Geel   Mol   Herentals   Turnhout   Meer gemeenten", "", "Economie", "", "Molse vatenfabrikant sluit deal in Atyrau", "", "PREMIUM", meta, "", "MOL - Vatenfabrikant Kempvat NV uit Mol levert 2.000 vaten aan een olieterminal in Atyrau. Het contract heeft een waarde van 1,2 miljoen euro, zegt zaakvoerder Bram Luyten."].join("\n");
  it("neemt de kop onder de menu's en de datum van de byline, ook met een uur, een leestijd of een update erachter", () => {
    for (const meta of ["Door Evi Wouters\n12 jan. 2031 om 06:00   Laatste update: 12 jan. 2031 om 08:14", "Gepubliceerd op 12 januari 2031 | Leestijd: 3 minuten", "Datum: 12-01-2031 | Reacties (4)"]) {
      const r = extract(page(meta));
      expect(r.title, meta).toBe("Molse vatenfabrikant sluit deal in Atyrau");
      expect(r.published, meta).toBe("2031-01-12");
    }
  });
  it("leest geen gemeenten uit de regiokeuze boven de kop", () => {
    const r = extract(page("Gepubliceerd op 12 januari 2031"));
    expect(r.places.map((p) => p.name)).toEqual(expect.not.arrayContaining(["Geel", "Herentals", "Turnhout"]));
    expect(r.places.map((p) => p.name)).toEqual(expect.arrayContaining(["Mol", "Atyrau"]));
  });
});
