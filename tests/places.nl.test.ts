// Dutch press-release sentences: which places are named, as written in Dutch, of which kind and country.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

type Want = { name: string; kind?: string; country?: string | null; mentions?: number };
const CASES: [string, Want[]][] = [
  // Nederlandse exoniemen uit de alternatieve namen van GeoNames
  ["De delegatie reisde van Luik naar Namen en daarna naar Moskou.", [{ name: "Luik", country: "BE" }, { name: "Namen", country: "BE" }, { name: "Moskou", country: "RU" }]],
  // een munt met de naam van een land is geen plaats
  ["De handel met Nederland bedroeg 3,4 miljard Amerikaanse dollar.", [{ name: "Nederland", country: "NL" }]],
  ["De delegatie reisde van België naar Kazachstan.", [{ name: "België", kind: "country", country: "BE" }, { name: "Kazachstan", kind: "country", country: "KZ" }]],
  ["De gesprekken vonden maandag plaats in Almaty.", [{ name: "Almaty", country: "KZ" }]],
  ["De nieuwe veerdienst verbindt Aktau met Bakoe.", [{ name: "Aktau", kind: "city", country: "KZ" }, { name: "Bakoe", kind: "city", country: "AZ" }]],
  ["De export uit Oost-Vlaanderen groeide met tien procent.", [{ name: "Oost-Vlaanderen", kind: "region", country: "BE" }]],
  ["WEST-VLAANDEREN, BELGIË. Bedrijven uit West-Vlaanderen ontmoetten de delegatie.", [{ name: "West-Vlaanderen", mentions: 2 }, { name: "België" }]],
  ["Het graan wordt verscheept via de haven van Zeebrugge.", [{ name: "Zeebrugge", country: "BE" }]],
  ["De ambassadeur bezocht bedrijven in Staden en Lichtervelde.", [{ name: "Staden", country: "BE" }, { name: "Lichtervelde", country: "BE" }]],
  ["De Middelste Corridor verbindt Centraal-Azië met Europa.", [{ name: "Centraal-Azië", kind: "region" }, { name: "Europa", kind: "region" }]],
  ["Rotterdam en Amsterdam zijn de belangrijkste Nederlandse toegangspoorten.", [{ name: "Rotterdam", country: "NL" }, { name: "Amsterdam", country: "NL" }]],
  ["Het forum vond plaats in Astana, de hoofdstad van Kazachstan.", [{ name: "Astana", country: "KZ" }, { name: "Kazachstan" }]],
  ["Kazachse exporteurs leverden vlas aan Vlaamse verwerkers.", []],
  ["Het bedrijf heeft kantoren in Shymkent en Karaganda.", [{ name: "Shymkent", country: "KZ" }, { name: "Karaganda", country: "KZ" }]],
  ["Investeerders uit Nederland toonden interesse.", [{ name: "Nederland", country: "NL" }]],
  ["Vlaanderen is een van de meest dynamische regio's van Europa.", [{ name: "Vlaanderen", kind: "region", country: "BE" }, { name: "Europa" }]],
  ["Volgend jaar opent een handelskantoor in Antwerpen.", [{ name: "Antwerpen", country: "BE" }]],
  ["De fabriek bij Leuven stelt 300 mensen te werk.", [{ name: "Leuven", country: "BE" }]],
  ["Tarwe uit Kostanay bereikt Gent per spoor.", [{ name: "Kostanay", country: "KZ" }, { name: "Gent", country: "BE" }]],
  ["De pijpleiding loopt van Atyrau naar de kust van de Zwarte Zee.", [{ name: "Atyrau", country: "KZ" }, { name: "Zwarte Zee", kind: "other", country: null }]],
  ["De missie ging verder naar Tasjkent en Bisjkek.", [{ name: "Tasjkent", country: "UZ" }, { name: "Bisjkek", country: "KG" }]],
  // de steden van de corridors, uit GeoNames vanaf 100.000 inwoners, na een plaatswoord; geen naam die ook een woord is (`Van`)
  ["Containers gaan per spoor naar Constanța en per schip van Batumi naar Samsun.", [{ name: "Constanța", country: "RO" }, { name: "Batumi", country: "GE" }, { name: "Samsun", country: "TR" }]],
  ["Van Hool bouwde de bussen. Ordu is hier alleen een woord.", []],
  ["Kazachstan voerde vlas vooral uit naar China, België en Polen.", [{ name: "Kazachstan" }, { name: "China", country: "CN" }, { name: "België" }, { name: "Polen", country: "PL" }]],
  ["Ondernemers uit Limburg namen deel aan de beurs.", [{ name: "Limburg", kind: "region" }]],
  ["Boeren in Noord-Kazachstan haalden een recordoogst binnen.", [{ name: "Noord-Kazachstan", kind: "region", country: "KZ" }]],
  ["Het bedrijf is gevestigd in Brugge, België.", [{ name: "Brugge", country: "BE" }, { name: "België" }]],
  ["Containers vertrekken elke week uit Rotterdam naar Aktau.", [{ name: "Rotterdam" }, { name: "Aktau" }]],
  ["De Republiek Kazachstan en het Koninkrijk België ondertekenden het verdrag.", [{ name: "Kazachstan" }, { name: "België" }]],
  ["Hij bezocht Turkistan en Shymkent tijdens de reis.", [{ name: "Turkistan", country: "KZ" }, { name: "Shymkent" }]],
  ["Logistieke bedrijven in Luik verwerken luchtvracht uit Azië.", [{ name: "Luik", country: "BE" }, { name: "Azië", kind: "region" }]],
  ["De ambassadeur ontmoette studenten in Utrecht.", [{ name: "Utrecht", country: "NL" }]],
  ["Mol was de eerste gemeente die deelnam.", []],
  ["In de Kazachse hoofdstad Astana worden nieuwe technologieën getoond.", [{ name: "Astana", country: "KZ" }]],
  ["Ook de investeringen uit Duitsland en Frankrijk groeiden.", [{ name: "Duitsland", country: "DE" }, { name: "Frankrijk", country: "FR" }]],
  // een klein stadje als naam geschreven opent een dateline als de datum met jaartal en het streepje volgen
  ["Terneuzen, 12 mei 2031 – De terminal laadde het eerste schip.", [{ name: "Terneuzen", country: "NL" }]],
  ["Ranst, 12.05.2031 – Het bedrijf opende een fabriek.", [{ name: "Ranst", country: "BE" }]],
  // een dateline in hoofdletters krijgt de Nederlandse schrijfwijze, niet die van de gazetteer
  ["BRUSSEL, 5 december 2025 – Het bedrijf opende een kantoor in Brussel.", [{ name: "Brussel", country: "BE", mentions: 2 }]],
  ["DEN HAAG, 15 april 2025 – Een handelsmissie vertrekt naar Astana.", [{ name: "Den Haag", country: "NL" }, { name: "Astana" }]],
  // een rechte apostrof is dezelfde naam als de gekrulde van GeoNames
  ["Een container doet er achttien dagen over van Xi'an naar Antwerpen.", [{ name: "Xi'an", country: "CN" }, { name: "Antwerpen" }]],
  ["LICHTERVELDE - Het familiebedrijf Vlasco levert vlas aan Kazachstan.", [{ name: "Lichtervelde", country: "BE" }, { name: "Kazachstan" }]],
  // een soortnaamwoord wijst een plaats aan die het gazetteer niet kent
  ["De fabriek staat in de gemeente Westerkwartier.", [{ name: "Westerkwartier", kind: "city", country: null }]],
  ["Het graan gaat via de haven van Kulevi naar Europa.", [{ name: "Kulevi", kind: "port" }, { name: "Europa" }]],
  // een naam tussen de plaatsen van een opsomming is er ook een
  ["Het bedrijf heeft vestigingen in Venlo, Tilburg, Wroclaw en Istanbul.", [{ name: "Venlo" }, { name: "Tilburg" }, { name: "Wroclaw", kind: "city" }, { name: "Istanbul" }]],
  // een zee bij haar hoofdwoord, maar niet in een langere naam
  ["Een groeiend deel van de olie gaat via de Kaspische Zee naar Europa.", [{ name: "Kaspische Zee", kind: "other" }, { name: "Europa" }]],
  ["Het graan wordt in North Sea Port overgeslagen.", []],
  // de laatste naam van een opsomming waarvan de twee namen ervoor bekende plaatsen zijn
  ["Het bedrijf heeft terminals in Rotterdam, Vlissingen en Gdańsk.", [{ name: "Rotterdam" }, { name: "Vlissingen" }, { name: "Gdańsk", kind: "city" }]],
  ["De missie bezocht Astana, Almaty en Samruk-Kazyna Holding.", [{ name: "Astana" }, { name: "Almaty" }]],
  // een gewest bij zijn hoofdwoord
  ["De vzw vertegenwoordigt 35 voedingsproducenten uit het Brussels Gewest.", [{ name: "Brussels Gewest", kind: "region" }]],
  // het andere eind van een route of traject waarvan één eind bekend is
  ["Sindsdien plaatsten we 38 kranen, van Aktau tot Kuryk.", [{ name: "Aktau" }, { name: "Kuryk", kind: "city" }]],
  ["De blocktrein rijdt wekelijks tussen Genk en Altynkol.", [{ name: "Genk" }, { name: "Altynkol", kind: "city", country: null }]],
  ["De handel tussen België en Kazakh Invest groeide.", [{ name: "België" }]],
  // de zetel die de naam van een organisatie sluit, is ook een plaats van de tekst
  ["De missie wordt georganiseerd met de Nederlandse ambassade in Astana.", [{ name: "Astana", country: "KZ" }]],
  // een streek met lidwoord aan het eind van een route; het werkterrein van een minister is geen dorp
  ["De studie onderzoekt een spoorverbinding tussen de Achterhoek en Kazachstan.", [{ name: "Achterhoek", kind: "region" }, { name: "Kazachstan" }]],
  ["Hij sprak met de minister van Handel en Integratie over een fabriek in Handel.", [{ name: "Handel", mentions: 1 }]],
  ["Een treindienst tussen Venlo en de Kazachse stad Karaganda start in mei.", [{ name: "Venlo" }, { name: "Karaganda" }]],
];

describe("places in Dutch press releases", () => {
  for (const [text, wants] of CASES) {
    it(text, () => {
      const places = extract(text, { lang: "nl", types: ["people", "organisations", "places"] }).places;
      for (const want of wants) {
        const p = places.find((x) => x.name === want.name);
        expect(p, `${want.name} in ${JSON.stringify(places.map((x) => x.name))}`).toBeDefined();
        if (want.kind) expect(p!.kind).toBe(want.kind);
        if (want.country !== undefined) expect(p!.country).toBe(want.country);
        if (want.mentions) expect(p!.mentions).toHaveLength(want.mentions);
        for (const m of p!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      expect(places.map((p) => p.name).sort()).toEqual(wants.map((w) => w.name).sort());
    });
  }
});
