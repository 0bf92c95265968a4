// English press-release sentences: which places are named, of which kind and country.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

type Want = { name: string; kind?: string; country?: string | null; mentions?: number };
const CASES: [string, Want[]][] = [
  ["The delegation travelled from Belgium to Kazakhstan.", [{ name: "Belgium", kind: "country", country: "BE" }, { name: "Kazakhstan", kind: "country", country: "KZ" }]],
  ["Talks were held in Almaty on Monday.", [{ name: "Almaty", country: "KZ" }]],
  ["The new ferry line links Aktau with Baku.", [{ name: "Aktau", kind: "city", country: "KZ" }, { name: "Baku", kind: "city", country: "AZ" }]],
  ["Exports from East Flanders grew by ten percent.", [{ name: "East Flanders", kind: "region", country: "BE" }]],
  ["WEST FLANDERS, BELGIUM. Companies from West Flanders met the delegation.", [{ name: "West Flanders", mentions: 2 }, { name: "Belgium" }]],
  ["The grain is shipped through the port of Zeebrugge.", [{ name: "Zeebrugge", country: "BE" }]],
  ["The ambassador visited companies in Staden and Lichtervelde.", [{ name: "Staden", country: "BE" }, { name: "Lichtervelde", country: "BE" }]],
  ["The Middle Corridor connects Central Asia and Europe.", [{ name: "Central Asia", kind: "region" }, { name: "Europe", kind: "region" }]],
  ["Rotterdam and Amsterdam are the main Dutch gateways.", [{ name: "Rotterdam", country: "NL" }, { name: "Amsterdam", country: "NL" }]],
  ["The forum took place in Astana, the capital of Kazakhstan.", [{ name: "Astana", country: "KZ" }, { name: "Kazakhstan" }]],
  ["Kazakh exporters delivered flax to Flemish processors.", []],
  ["The company has offices in Shymkent and Karaganda.", [{ name: "Shymkent", country: "KZ" }, { name: "Karaganda", country: "KZ" }]],
  ["Investors from the Netherlands showed interest.", [{ name: "Netherlands", country: "NL" }]],
  ["Flanders is one of the most dynamic regions in Europe.", [{ name: "Flanders", kind: "region", country: "BE" }, { name: "Europe" }]],
  ["A trade office will open in Brussels next year.", [{ name: "Brussels", country: "BE" }]],
  ["The plant near Leuven employs 300 people.", [{ name: "Leuven", country: "BE" }]],
  ["Wheat from Kostanay reaches Antwerp by rail.", [{ name: "Kostanay", country: "KZ" }, { name: "Antwerp", country: "BE" }]],
  ["The pipeline runs from Atyrau to the Black Sea coast.", [{ name: "Atyrau", country: "KZ" }, { name: "Black Sea", kind: "other", country: null }]],
  ["The mission continued to Tashkent and Bishkek.", [{ name: "Tashkent", country: "UZ" }, { name: "Bishkek", country: "KG" }]],
  // the cities of the corridors, from GeoNames at 100,000 people, after a locative cue; not a name that is also a word (`Van`)
  ["Containers go by rail to Constanța and by ship from Batumi to Samsun.", [{ name: "Constanța", country: "RO" }, { name: "Batumi", country: "GE" }, { name: "Samsun", country: "TR" }]],
  ["Van Hool built the buses. Ordu is a word here only after a cue.", []],
  ["Kazakhstan exported flax mainly to China, Belgium and Poland.", [{ name: "Kazakhstan" }, { name: "China", country: "CN" }, { name: "Belgium" }, { name: "Poland", country: "PL" }]],
  ["Delegates from Limburg attended the fair.", [{ name: "Limburg", kind: "region" }]],
  ["Farmers in North Kazakhstan harvested a record crop.", [{ name: "North Kazakhstan", kind: "region", country: "KZ" }]],
  ["The firm is based in Ghent, Belgium.", [{ name: "Ghent", country: "BE" }, { name: "Belgium" }]],
  ["Containers leave Rotterdam for Aktau every week.", [{ name: "Rotterdam" }, { name: "Aktau" }]],
  ["The Republic of Kazakhstan and the Kingdom of Belgium signed the treaty.", [{ name: "Kazakhstan" }, { name: "Belgium" }]],
  ["He visited Turkistan and Shymkent during the trip.", [{ name: "Turkistan", country: "KZ" }, { name: "Shymkent" }]],
  ["Logistics companies in Liège handle air cargo from Asia.", [{ name: "Liège", country: "BE" }, { name: "Asia", kind: "region" }]],
  ["The Ambassador met students in Utrecht.", [{ name: "Utrecht", country: "NL" }]],
  ["Boom in exports of grain surprised analysts.", []],
  ["The delegation arrived in Moscow before flying to Astana.", [{ name: "Moscow", country: "RU" }, { name: "Astana" }]],
  ["Investment from Germany and France also grew.", [{ name: "Germany", country: "DE" }, { name: "France", country: "FR" }]],
  // the common names CLDR lacks (it has `Syrian Arab Republic`, `Republic of Moldova`), from countrystatecity
  ["Transit cargo to Syria and Moldova fell, while shipments to Laos rose.", [{ name: "Syria", kind: "country", country: "SY" }, { name: "Moldova", kind: "country", country: "MD" }, { name: "Laos", kind: "country", country: "LA" }]],
  ["The Syrian Arab Republic sent an observer.", [{ name: "Syria", kind: "country", country: "SY" }]],
  // English exonyms from GeoNames' alternate names, clustered with the local name
  ["The delegation visited Ghent and Bruges before flying to Karaganda.", [{ name: "Ghent", country: "BE" }, { name: "Bruges", country: "BE" }, { name: "Karaganda", country: "KZ" }]],
  ["The forum moved from Gent to Ghent.", [{ name: "Gent", country: "BE", mentions: 2 }]],
  // a currency named after a country is no place
  ["Trade with the Netherlands amounted to 3.4 billion US dollars.", [{ name: "Netherlands", country: "NL" }]],
  // a possessive is no part of the place
  ["In the presence of Kazakhstan's Minister of Transport, the ports signed a memorandum.", [{ name: "Kazakhstan", kind: "country", country: "KZ" }]],
  // a company's name is no place (`Flanders` in `Flanders Investment & Trade`, `Aral` in `Aral Investment & Trade`)
  ["Flanders Investment & Trade and Aral Investment & Trade met in Almaty.", [{ name: "Almaty" }]],
  // a Limburg village named America is not what `in America` means
  ["Exports to customers in America doubled.", []],
  // a far-away city named like a person is a place only after a locative cue
  ["Victoria Peeters met the delegation in Victoria.", [{ name: "Victoria", country: "SC" }]],
  // a small town written as a name opens a dateline when its date and dash follow, in any of the ways dates are written
  ["Terneuzen, 12 May 2031 – The terminal loaded its first vessel.", [{ name: "Terneuzen", country: "NL" }]],
  ["Ranst, May 12, 2031 - The firm opened a plant.", [{ name: "Ranst", country: "BE" }]],
  // without the date it may be anything: a word, a name
  ["Terneuzen, the firm said, grew.", []],
  // a small town written in capitals opening a dateline is where the story was filed
  ["STADEN, 4 March 2025 - A Flemish flax processor signed a contract in Astana.", [{ name: "Staden", country: "BE" }, { name: "Astana" }]],
  // a class noun names a place the gazetteer lacks; a possessive after it is no place
  ["The grain is shipped through the Georgian port of Kulevi.", [{ name: "Kulevi", kind: "port", country: null }]],
  ["The console port of Rockstar’s new game runs smoothly.", []],
  // a name between the places of a list is one too
  ["The group has offices in Antwerp, Hamburg, Wroclaw and Istanbul.", [{ name: "Antwerp" }, { name: "Hamburg" }, { name: "Wroclaw", kind: "city" }, { name: "Istanbul" }]],
  // a sea by its head, but not inside a longer name
  ["The grain crosses the Caspian Sea to Baku.", [{ name: "Caspian Sea", kind: "other" }, { name: "Baku" }]],
  ["Grain is transhipped at North Sea Port in Ghent.", [{ name: "Ghent" }]],
  ["Patrols in the South China Sea worried China.", [{ name: "South China Sea", kind: "other" }, { name: "China", mentions: 1 }]],
  // the last name of a list whose two names before it are known places
  ["The company runs terminals in Rotterdam, Antwerp and Gdańsk.", [{ name: "Rotterdam" }, { name: "Antwerp" }, { name: "Gdańsk", country: null }]],
  ["Exhibitors came from Astana, Almaty and Kaspi Bank.", [{ name: "Astana" }, { name: "Almaty" }]],
  // the other end of a route or span whose one end is known
  ["The operator runs a weekly block train between Zeebrugge and Altynkol.", [{ name: "Zeebrugge" }, { name: "Altynkol", kind: "city", country: null }]],
  ["The first train from Altynkol to Duisburg took 18 days.", [{ name: "Altynkol", kind: "city" }, { name: "Duisburg" }]],
  ["Trade between Belgium and Kazakh Invest grew.", [{ name: "Belgium" }]],
  // the seat closing an organisation's name is a place of the text too
  ["The Embassy of the Netherlands in Astana brought 14 companies to the fair.", [{ name: "Astana", country: "KZ" }]],
  // a region named with its article at a route's end; a minister's portfolio is no small town
  ["The study looks at a rail link between the Balkans and Kazakhstan.", [{ name: "Balkans", kind: "region" }, { name: "Kazakhstan" }]],
  ["He met the vice-minister of Handel and Integration about a plant in Handel.", [{ name: "Handel", mentions: 1 }]],
  ["A feeder service will run between Aktau and the Azerbaijani port of Alat.", [{ name: "Aktau" }, { name: "Alat" }]],
  // the seat in a compound adjective is a place of the text; a word the gazetteer lacks stays none
  ["The Rotterdam-based forwarder and the Almaty-headquartered bank signed.", [{ name: "Rotterdam", country: "NL" }, { name: "Almaty", country: "KZ" }]],
  ["The Steppeville-based forwarder signed.", []],
];

describe("places in English press releases", () => {
  for (const [text, wants] of CASES) {
    it(text, () => {
      const places = extract(text, { lang: "en", types: ["people", "organisations", "places"] }).places;
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
