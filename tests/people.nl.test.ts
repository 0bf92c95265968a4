// Dutch press-release sentences: who is named, with which role and organisation.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

type Want = { name: string; role?: string; organisation?: string; mentions?: number };
const CASES: [string, Want[]][] = [
  // twee voornamen, dan een achternaam met tussenvoegsel
  ["Premier Anna Smit en staatssecretaris Jan Willem van Dijk bezochten de haven.", [{ name: "Anna Smit", role: "Premier" }, { name: "Jan Willem van Dijk", role: "staatssecretaris" }]],
  // een portefeuille zonder `van` na de titel, dan de gemeente en de naam na de komma; een naam na de titel blijft een naam
  ["Schepen Economie van de stad Zottegem, Sofie Claes, opende de beurs.", [{ name: "Sofie Claes", role: "Schepen Economie van de stad Zottegem" }]],
  ["Burgemeester Peeters van Lommel, Jan Jansen en Piet Smit waren er.", [{ name: "Peeters van Lommel", role: "Burgemeester" }, { name: "Jan Jansen" }, { name: "Piet Smit" }]],
  // de plaatsvervanger van een akim
  ["In Pavlodar ontving vice-akim Daulet Nurlanov de missie.", [{ name: "Daulet Nurlanov", role: "vice-akim" }]],
  // een acroniem tussen haakjes na de organisatie van de rol; een rol na `als` of `onze`; `het lid` in Kamervragen
  ["Waarnemend directeur van het Agentschap Ondernemen (VLAIO) Lotte van Houten lichtte de plannen toe.", [{ name: "Lotte van Houten", role: "directeur van het Agentschap Ondernemen" }]],
  ["De regering benoemt Sarah Wouters als interim-administrateur-generaal van het agentschap.", [{ name: "Sarah Wouters", role: "administrateur-generaal" }]],
  ["Dank aan Tomas Verhulst, onze exportmanager, die zes keer naar Almaty reisde.", [{ name: "Tomas Verhulst", role: "exportmanager" }]],
  ["Vragen van het lid Verhoeven-Smits (CDA) aan de minister over de export.", [{ name: "Verhoeven-Smits", role: "lid" }]],
  // Centraal-Aziatische voornamen zonder titel of werkwoord (de Oezbeekse en Azerbeidzjaanse lijsten: een Kazachse is er niet)
  ["Tot de delegatie behoorden Alisher Tursunov en Gulnora Saidova van de regionale overheid.", [{ name: "Alisher Tursunov" }, { name: "Gulnora Saidova" }]],
  // een aanspreektitel van twee woorden na de komma
  ["De delegatie werd ontvangen door de Kazachse viceminister van Landbouw, de heer Yerbol Taszhurekov.", [{ name: "Yerbol Taszhurekov", role: "viceminister van Landbouw" }]],
  // een plaatsbepaling na de naam hoort niet bij de functie
  ["De president ontving minister van Economie Jan Peeters in het parlement op maandag.", [{ name: "Jan Peeters", role: "minister van Economie" }]],
  ["Ambassadeur van Kazachstan in Nederland Daniyar Sadykov ontmoette ondernemers in Rotterdam.", [{ name: "Daniyar Sadykov", role: "Ambassadeur van Kazachstan in Nederland" }]],
  ["De Belgische ambassadeur in Kazachstan, Pieter Janssens, opende de handelsbeurs in Almaty.", [{ name: "Pieter Janssens", role: "ambassadeur" }]],
  ["Minister van Handel en Integratie Arman Shakkaliyev ontving de delegatie.", [{ name: "Arman Shakkaliyev", role: "Minister van Handel en Integratie" }]],
  ["Vlaams minister van Economie Jo Brouns bezocht de haven van Aktau.", [{ name: "Jo Brouns", role: "Vlaams minister van Economie" }]],
  ["Gouverneur van Antwerpen Cathy Berx verwelkomde de gasten in het provinciehuis.", [{ name: "Cathy Berx", role: "Gouverneur van Antwerpen" }]],
  ["Tijdens de ontmoeting met de gouverneur van Limburg, Jos Lantmeeters, werd over logistiek gesproken.", [{ name: "Jos Lantmeeters", role: "gouverneur van Limburg" }]],
  ["Burgemeester Mathias De Clercq toonde de delegatie de nieuwe havenwijk van Gent.", [{ name: "Mathias De Clercq", role: "Burgemeester" }]],
  ["Jacques Vandermeiren, CEO van Port of Antwerp-Bruges, stelde de uitbreidingsplannen voor.", [{ name: "Jacques Vandermeiren", role: "CEO van Port of Antwerp-Bruges", organisation: "Port of Antwerp-Bruges" }]],
  ["Sofie Maes, zaakvoerder van Nova Textiles NV, ondertekende het contract.", [{ name: "Sofie Maes", role: "zaakvoerder van Nova Textiles NV", organisation: "Nova Textiles NV" }]],
  ["Met Pieter Claes, de oprichter van het familiebedrijf, besprak de ambassadeur de export.", [{ name: "Pieter Claes", role: "oprichter van het familiebedrijf" }]],
  ["Voorzitter van de raad van bestuur Karel Wouters stelde het bedrijf voor.", [{ name: "Karel Wouters", role: "Voorzitter van de raad" }]],
  ["De gedelegeerd bestuurder van Polymar, Lucas Peeters, lichtte de exportmarkten toe.", [{ name: "Lucas Peeters", role: "gedelegeerd bestuurder van Polymar" }]],
  ["President Kassym-Jomart Tokajev ondertekende maandag het decreet.", [{ name: "Kassym-Jomart Tokajev", role: "President" }]],
  ["Premier Olzhas Bektenov zat de vergadering van de regering voor.", [{ name: "Olzhas Bektenov", role: "Premier" }]],
  ["Dhr. Yerlan Karin wees op het belang van de dialoog.", [{ name: "Yerlan Karin" }]],
  ["Z.E. Aigul Kuspan bedankte de Belgische partners voor de gastvrijheid.", [{ name: "Aigul Kuspan" }]],
  ["Mevrouw Anna Willems leidde de handelsmissie.", [{ name: "Anna Willems" }]],
  ["Tom Verhoeven zei dat het bedrijf volgend jaar een kantoor in Astana opent.", [{ name: "Tom Verhoeven" }]],
  ["\"We zijn klaar om te investeren\", aldus Eva Wouters, exportmanager bij het bedrijf.", [{ name: "Eva Wouters" }]],
  ["Volgens Marc Lambrechts kan de graanterminal vijf miljoen ton verwerken.", [{ name: "Marc Lambrechts" }]],
  ["Hij sprak met de burgemeesters van Ieper en Tielt, Emmily Talpe en Luc Vannieuwenhuyze respectievelijk.", [{ name: "Emmily Talpe", role: "burgemeester van Ieper" }, { name: "Luc Vannieuwenhuyze", role: "burgemeester van Tielt" }]],
  ["Ambassadeur Margulan Sadvakasov bezocht de fabriek. Later ontmoette M. Sadvakasov studenten.", [{ name: "Margulan Sadvakasov", mentions: 2 }]],
  ["Minister Hilde Crevits opende de beurs. Minister Crevits beantwoordde daarna vragen.", [{ name: "Hilde Crevits", mentions: 2 }]],
  ["Gouverneur van West-Vlaanderen Carl Decaluwé sprak eerst. Decaluwé benadrukte het belang van Zeebrugge.", [{ name: "Carl Decaluwé", mentions: 2 }]],
  ["Tijdens de ontmoeting met de burgemeester stelde SofieLambrechts de plannen van de stad voor.", [{ name: "Sofie Lambrechts" }]],
  ["Consul-generaal Nurlan Abenov en eerste secretaris Dina Ospanova woonden de receptie bij.", [{ name: "Nurlan Abenov", role: "Consul-generaal" }, { name: "Dina Ospanova", role: "eerste secretaris" }]],
  ["Ereconsul van Kazachstan in Antwerpen Johan Peeters was gastheer van het evenement.", [{ name: "Johan Peeters", role: "Ereconsul van Kazachstan in Antwerpen" }]],
  ["De delegatie werd geleid door minister-president Jan Jambon.", [{ name: "Jan Jambon", role: "minister-president" }]],
  ["Akim van de regio Mangystau Nurlan Nogayev informeerde de gasten over de haven van Aktau.", [{ name: "Nurlan Nogayev", role: "Akim" }]],
  ["Professor Marleen Janssens van de Universiteit Gent stelde het onderzoeksprogramma voor.", [{ name: "Marleen Janssens", role: "Professor" }]],
  ["Wim De Baets, directeur van de kamer, merkte een groeiende interesse in Centraal-Azië op.", [{ name: "Wim De Baets", role: "directeur" }]],
  ["Woordvoerder Aibek Smadiyarov lichtte het bezoek toe aan de pers.", [{ name: "Aibek Smadiyarov", role: "Woordvoerder" }]],
  ["Gedeputeerde voor economie Bart Naeyaert stelde het programma voor.", [{ name: "Bart Naeyaert", role: "Gedeputeerde" }]],
  // een lijst van naam-rolparen: elke rol hoort bij de naam ervoor, en geen bedrijf wordt een persoon
  [
    "Aanwezig waren Els Wachters, zaakvoerder van Verhoeven Agro nv, Koen Dammers, CEO van Polder Feed Solutions, en Sofie Lemmens.",
    [
      { name: "Els Wachters", role: "zaakvoerder van Verhoeven Agro nv" },
      { name: "Koen Dammers", role: "CEO van Polder Feed Solutions" },
      { name: "Sofie Lemmens" },
    ],
  ],
  // plaatsen na een volledige naam zijn het lijdend voorwerp van de zin
  ["Eerder bezocht staatssecretaris Ruud Hoekstra Astana en Almaty.", [{ name: "Ruud Hoekstra", role: "staatssecretaris" }]],
  ["Ze werd ontvangen door landbouwraad Annemiek Smit van de ambassade.", [{ name: "Annemiek Smit", role: "landbouwraad" }]],
  ["Minister van Landbouw, Visserij, Voedselzekerheid en Natuur Femke Jansen sprak van een belangrijke stap.", [{ name: "Femke Jansen", role: "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur" }]],
  ["Het akkoord werd ondertekend door Aidar Nurpeisov, adjunct-directeur van Samruk-Kazyna.", [{ name: "Aidar Nurpeisov", role: "adjunct-directeur van Samruk-Kazyna" }]],
  // een afdeling na de rol is geen naam
  ["Sander de Vries, directeur-generaal Buitenlandse Economische Betrekkingen, leidt de missie.", [{ name: "Sander de Vries", role: "directeur-generaal" }]],
  // een contactregel met een dubbele punt, en functies van de bedrijfswereld
  ["Woordvoerster: Marieke Claes", [{ name: "Marieke Claes", role: "woordvoerster" }]],
  ["Bestuursvoorzitter Arman Tokayev van Steppe Grain noemde het contract een mijlpaal.", [{ name: "Arman Tokayev", role: "bestuursvoorzitter" }]],
  // een bijvoeglijk naamwoord van herkomst binnen het voorwerp van de functie
  ["Ook de handelsattaché van de Vlaamse vertegenwoordiging in Almaty, Pieter Goossens, was aanwezig.", [{ name: "Pieter Goossens", role: "handelsattaché van de Vlaamse vertegenwoordiging" }]],
  // een bijvoeglijk naamwoord voor de functie hoort erbij; een samenstelling op een functiewoord is een functie
  ["Volgens juridisch directeur Jan Peeters loopt het dossier vertraging op.", [{ name: "Jan Peeters", role: "juridisch directeur" }]],
  ["Neem contact op met Jeroen Smits, themaspecialist Centraal-Azië bij RVO.", [{ name: "Jeroen Smits", role: "themaspecialist" }]],
  ["Meer informatie bij Anna Berg, accountmanager bij de Kamer van Koophandel.", [{ name: "Anna Berg", role: "accountmanager" }]],
  ["Analist Marloes Verbeek van zakenbank Hofplein Capital noemt de prijs hoog.", [{ name: "Marloes Verbeek", role: "analist" }]],
  // een naamregel, en een naam als bijstelling bij een verwantschapswoord
  ["De markt groeit snel\n\nDoor Madina Serikbayeva\n\nDe uitvoer groeide.", [{ name: "Madina Serikbayeva" }]],
  ["‘Mijn vader, Jozef Hermans, ontmoette in 2007 een Kazachse havendirecteur.’", [{ name: "Jozef Hermans" }]],
  // een benoeming, een bijwoord van tijd, een aanhef in een toespraak
  ["Kanat Seitov wordt benoemd tot algemeen directeur van de groep.", [{ name: "Kanat Seitov", role: "algemeen directeur" }]],
  ["De gesprekken werden geleid door Aidana Kemelova, momenteel exportmanager bij het bedrijf.", [{ name: "Aidana Kemelova", role: "exportmanager" }]],
  ["Mevrouw de consul, beste Aidana Kemelova, dank voor uw steun.", [{ name: "Aidana Kemelova", role: "consul" }]],
  // een lijst met één meervoudige rol, een raadslid, een handtekeningblok
  ["Aanwezig: Wim Claes, Els Goossens en Bert Maes, schepenen", [{ name: "Wim Claes", role: "schepen" }, { name: "Els Goossens", role: "schepen" }, { name: "Bert Maes", role: "schepen" }]],
  ["Raadslid Lotte Vermeulen vraagt naar de kosten.", [{ name: "Lotte Vermeulen", role: "Raadslid" }]],
  ["Woordvoerder\nLotte Vermeulen\n+32 2 000 00 00", [{ name: "Lotte Vermeulen", role: "Woordvoerder" }]],
  // een dubbele achternaam met een tussenvoegsel na het koppelteken, ook alleen na `het lid`; een ondertekening onder een brief
  ["Vragen van het lid Van der Steen-Bakker (D66) aan de minister over de export.", [{ name: "Van der Steen-Bakker", role: "lid" }]],
  ["De staatssecretaris van Economische Zaken,\n\nmr. drs. B.C. Hofstede-van Dam", [{ name: "B.C. Hofstede-van Dam", role: "staatssecretaris van Economische Zaken" }]],
  ["Contactpersoon bij de provincie is drs. Femke van Rijn-de Jong, beleidsmedewerker export.", [{ name: "Femke van Rijn-de Jong", role: "beleidsmedewerker" }]],
  // een leeropdracht na `hoogleraar` is geen naam; een titel tussen functie en naam; een functie na `is`
  ["De jury werd voorgezeten door prof. dr. Anke Smits, hoogleraar Analytische Scheikunde.", [{ name: "Anke Smits", role: "hoogleraar" }]],
  ["Dr. Aigerim Sadykova, universitair hoofddocent aan de faculteit, leidt het veldwerk.", [{ name: "Aigerim Sadykova", role: "universitair hoofddocent" }]],
  ["„We bouwen een tweede hal”, zegt directeur ing. Tom van de Berg. Of de Gemeente Oosterveld meewerkt, is nog onduidelijk.", [{ name: "Tom van de Berg", role: "directeur" }]],
  ["Mr. Pieter Vos-Hendriks is advocaat bij een Rotterdams kantoor.", [{ name: "Pieter Vos-Hendriks", role: "advocaat" }]],
  // de `'s` van een bezitsvorm hoort niet bij de naam, en de naam is dezelfde persoon als zonder; een apostrof in een
  // achternaam wel (`D'Haese`)
  ["Gedeputeerde Dirk Sijtsma's voorstel werd aangenomen. Sijtsma dankte de raad.", [{ name: "Dirk Sijtsma", role: "Gedeputeerde", mentions: 2 }]],
  ["Het plan volgt op Anna Berg’s bezoek aan Almaty in mei.", [{ name: "Anna Berg", mentions: 1 }]],
  ["Directeur Ivo Joossens’ presentatie ging over de haven van Aktau.", [{ name: "Ivo Joossens", role: "Directeur" }]],
  ["Namens de provincie sprak Sanne D'Haese, directeur van het agentschap.", [{ name: "Sanne D'Haese", role: "directeur van het agentschap" }]],
  // een aanklager en een viceminister-president voor de naam, een bijvoeglijk naamwoord voor de rol, een acroniem na de naam,
  // een leeftijd voor initialen met tussenvoegsel, een achternaam na `aldus`
  ["De officier van justitie, mr. Sanne Kuipers, eiste een taakstraf.", [{ name: "Sanne Kuipers", role: "officier van justitie" }]],
  ["Viceminister-president Bart Claeys opende de beurs in Almaty samen met de commerciële attaché van Kazachstan, Dana Amanova.", [{ name: "Bart Claeys", role: "viceminister-president" }, { name: "Dana Amanova", role: "commerciële attaché" }]],
  ["De delegatie wordt begeleid door gedelegeerd bestuurder Koenraad Baeyens van VLEXO.", [{ name: "Koenraad Baeyens", role: "gedelegeerd bestuurder" }]],
  ["De 61-jarige H.W. van den Broek uit Zwolle werd vrijgesproken.", [{ name: "H.W. van den Broek" }]],
  ["Wethouder Marieke Jonkman tekende namens de stad. \"Een mooie dag,\" aldus Jonkman.", [{ name: "Marieke Jonkman", role: "wethouder", mentions: 2 }]],
  // voornamen die faker niet kent, uit het woordenboek van gender.c: Kazachse, Nederlandse en Vlaamse namen van elke generatie
  ["De delegatie bestond uit Yerlan Dzhaksybekov, Gulnara Seitkali en Henk Oosterbroek.", [{ name: "Yerlan Dzhaksybekov" }, { name: "Gulnara Seitkali" }, { name: "Henk Oosterbroek" }]],
  ["Gesprekken met Aigerim Tleuova en Annelies Verhaegen gingen 's middags verder.", [{ name: "Aigerim Tleuova" }, { name: "Annelies Verhaegen" }]],
  // een rol met twee voorwerpen en `en`: de naam begint na het laatste voorwerp, welke voornaam ook
  ["Minister van Economie en Klimaat Ruud Verschoor ontving de delegatie.", [{ name: "Ruud Verschoor", role: "Minister van Economie en Klimaat" }]],
  ["Minister van Economie en Klimaat Yeldos Peeters ontving de delegatie.", [{ name: "Yeldos Peeters", role: "Minister van Economie en Klimaat" }]],
  ["Minister van Landbouw, Natuur en Voedselkwaliteit Yeldos van Dam opende de beurs.", [{ name: "Yeldos van Dam", role: "Minister van Landbouw, Natuur en Voedselkwaliteit" }]],
  // een voornaam die ook een Engels woord is, na een rol
  ["Minister van Economie en Klimaat Frank Vermeulen bezocht de fabriek.", [{ name: "Frank Vermeulen", role: "Minister van Economie en Klimaat" }]],
  // een onbekende voornaam en de uitgang van een familienaam: een persoon na `volgens`, geen bron
  ["Volgens Nurzhigit Temirbekov telt de fabriek 400 werknemers.", [{ name: "Nurzhigit Temirbekov" }]],
  ["De terminal verwerkt volgens Symbat Kenzhebekova alleen graan.", [{ name: "Symbat Kenzhebekova" }]],
  ["Akim van de regio Mangystau Nurlybek Zhaksylykov bezocht de haven van Aktau.", [{ name: "Nurlybek Zhaksylykov", role: "Akim van de regio Mangystau" }]],
  // een portefeuille van voorwerpen met komma's en `en` direct na de kern
  ["Namens het ministerie tekende directeur Water, Verkeer en Leefomgeving Yeldos Peeters het memorandum.", [{ name: "Yeldos Peeters", role: "directeur Water, Verkeer en Leefomgeving" }]],
];
const NOT_PEOPLE: string[] = [
  // een adresblok: een straat na een woord dat ook een titel is
  "Aan de directie van het bedrijf\nPrinses Marijkestraat 14\nUtrecht",
  // een zaal na een woord dat ook een voornaam is
  "Het slotconcert vindt plaats in het Victoria Theater in Gent.",
  "De ambassadeur besprak de samenwerking op het vlak van transport en logistiek.",
  "Kazachstan voerde graan uit naar België en Nederland.",
  "De Middelste Corridor verbindt Centraal-Azië met Europa.",
  "Het Ministerie van Buitenlandse Zaken van Kazachstan meldt dat de handel groeide.",
  // een bedrijf met de naam van zijn stichter is het bedrijf
  "Baggeraar Jan De Nul won de aanbesteding; Jan De Nul Group begint in mei.",
  // een tussenkop met een bedrijfsnaam en de regel eronder zijn geen persoon
  "Over Roos Vastgoed\nRoos Vastgoed B.V. werd in 2001 opgericht in Venlo.",
  // een straat, steden en een bedrijf met de vorm van een naam
  "Het kantoor aan de Kasymovstraat in Ekibastuz ligt naast het gebouw van Kazakhtelecom in Pavlodar.",
  "San Diego en Hong Kong hebben de grootste terminals van de groep.",
];

describe("people in Dutch press releases", () => {
  for (const [text, wants] of CASES) {
    it(text, () => {
      const people = extract(text, { lang: "nl", types: ["people", "organisations"] }).people;
      for (const want of wants) {
        const p = people.find((x) => x.name === want.name);
        expect(p, `${want.name} in ${JSON.stringify(people.map((x) => x.name))}`).toBeDefined();
        if (want.role) expect(p!.roles.join(" | ").toLowerCase()).toContain(want.role.toLowerCase());
        if (want.organisation) expect(p!.organisation).toBe(want.organisation);
        if (want.mentions) expect(p!.mentions).toHaveLength(want.mentions);
        for (const m of p!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(p!.name).not.toMatch(/^(?:Dhr|Z\.E|Mevrouw|Ambassadeur|Minister|Gouverneur|Burgemeester)\b/i);
      }
      expect(people).toHaveLength(wants.length);
    });
  }
  for (const text of NOT_PEOPLE) it(`no person in: ${text}`, () => expect(extract(text, { lang: "nl" }).people).toEqual([]));
});
