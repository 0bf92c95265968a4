// Examples and negatives of the Dutch organisation rules, run by tests/rules.test.ts.
import type { RuleExample } from "../../../rules.js";
import type { OrganisationCandidate } from "../../../entities/organisations.js";

export const ORGANISATION_EXAMPLES: Record<string, RuleExample<OrganisationCandidate>[]> = {
  "nationality-head": [
    { text: "De missie wordt georganiseerd samen met de Nederlandse ambassade in Astana.", expect: { name: "Nederlandse ambassade", kind: "diplomatic" } },
    { text: "Het Belgische consulaat in Almaty helpt exporteurs.", expect: { name: "Belgische consulaat", kind: "diplomatic" } },
  ],
  "legal-form": [
    { text: "Opslagbedrijf Lekhaven Bulk Services BV (LBS) neemt een belang in een terminal.", expect: { name: "Lekhaven Bulk Services BV", kind: "company", alias: "LBS" } },
    { text: "Het contract ging naar Delta Marine Logistics NV vorig jaar.", expect: { name: "Delta Marine Logistics NV", kind: "company" } },
    { text: "Van den Bosch Pompen BV levert de installatie.", expect: { name: "Van den Bosch Pompen BV" } },
    { text: "Stand C4: De Korenmolen nv (Tielt)", expect: { name: "De Korenmolen nv" } },
    { text: "Melkveecoöperatie Veenweide Zuivel U.A. verhoogt de melkprijs. Veenweide Zuivel betaalt 51 euro.", expect: { name: "Veenweide Zuivel U.A.", kind: "company" } },
    { text: "Ook de Polder Pompen BV gaat dicht.", expect: { name: "Polder Pompen BV" } },
    { text: "Maandag tekende Delta Marine NV het contract.", expect: { name: "Delta Marine NV" } },
    { text: "Graanhandelaar Steppe Graan BV opent een kantoor.", expect: { name: "Graanhandelaar Steppe Graan BV" } },
    { text: "De leveringen lopen via Aktau; Van Hout Koeltechniek BV verzorgt het vervoer.", expect: { name: "Van Hout Koeltechniek BV" } },
    { text: "onder wie Delta Hydro, Van der Linden Kassen bv en Noord Techniek", expect: { name: "Van der Linden Kassen bv" } },
  ],
  cued: [
    { text: "Ook het Antwerpse baggerbedrijf Van Laere Dredging tekende een contract.", expect: { name: "Van Laere Dredging", kind: "company" } },
    { text: "een contract met de staatsspoorwegen Kazakhstan Temir Zholy voor 600 wagons", expect: { name: "Kazakhstan Temir Zholy" } },
    { text: "AquaFlow BV en de regionale waterbeheerder Kazvodkhoz tekenden een contract.", expect: { name: "Kazvodkhoz" } },
    { text: "Het Antwerpse logistieke bedrijf Katoen Natie sloot een contract.", expect: { name: "Katoen Natie", kind: "company" } },
    { text: "Ook de bouwgroep Besix was aanwezig.", expect: true },
    { text: "Hij tekende met de Oezbeekse supermarktketen Saryarka Market.", expect: { name: "Saryarka Market", kind: "company" } },
    { text: "samen met de Litouwse operator Baltic Intermodal", expect: { name: "Baltic Intermodal" } },
    { text: "De proeven lopen samen met de Groningse onderzoeksinstelling Polder Agronomie sinds maart.", expect: { name: "Polder Agronomie" } },
  ],
  "named-body": [
    { text: "De minister bezocht dinsdag het waterschap Drents Overijsselse Delta in Meppel.", expect: { name: "waterschap Drents Overijsselse Delta", kind: "government" } },
    { text: "Het hoogheemraadschap Hollands Noorderkwartier tekende het contract.", expect: { name: "hoogheemraadschap Hollands Noorderkwartier" } },
  ],
  "lower-head": [
    { text: "onder leiding van de directeur-generaal van het ministerie van Buitenlandse Zaken, Maarten de Vries.", expect: { name: "ministerie van Buitenlandse Zaken" } },
    { text: "Volgens het ministerie van Landbouw groeide de export.", expect: { name: "ministerie van Landbouw", kind: "government" } },
    { text: "De burgemeester werd ontvangen door het akimat van de stad Taraz.", expect: { name: "akimat van de stad Taraz", kind: "government" } },
    { text: "een consul van de ambassade van Oezbekistan in Brussel", expect: { name: "ambassade van Oezbekistan", kind: "diplomatic" } },
    { text: "een directeur van het ministerie van Buitenlandse Zaken", expect: { name: "ministerie van Buitenlandse Zaken" } },
  ],
  apposition: [
    { text: "Flanders Investment & Trade en Vexalis, de Belgische exportkredietverzekeraar, zijn belangrijk.", expect: { name: "Vexalis", kind: "company" } },
    { text: "Aktobe Rail Cargo, de regionale goederenvervoerder, zet twee treinen in.", expect: { name: "Aktobe Rail Cargo" } },
    { text: "Irtysh Cargo Lines, een Kazachs logistiek bedrijf, rijdt de treinen.", expect: { name: "Irtysh Cargo Lines", kind: "company" } }],
  "company-role": [
    { text: "Koen Maes, topman van Delta Feed Solutions, lichtte de plannen toe.", expect: { name: "Delta Feed Solutions", kind: "company" } },
    { text: "Hij is voorzitter van de raad van bestuur van Aral Cargo.", expect: { name: "Aral Cargo" } },
    { text: "Volgens vicevoorzitter van Aral Capital Yerbol Sadykov groeit de handel.", expect: { name: "Aral Capital" } },
  ],
  ampersand: [{ text: "Het Vlaams Agentschap Zorg & Gezondheid steunt de studie.", expect: { name: "Vlaams Agentschap Zorg & Gezondheid" } }],
  "camel-case": [
    { text: "KazMunayGas levert de raffinaderij vanaf volgend jaar.", expect: { name: "KazMunayGas", kind: "company" } },
    { text: "De pakketten worden bezorgd door PostNL.", expect: { name: "PostNL" } },
    { text: "FrieslandCampina opent een fabriek in Almaty.", expect: { name: "FrieslandCampina" } },
  ],
  quoted: [{ text: "Hij bezocht het bedrijf «Agrotech» in de haven.", expect: { name: "Agrotech", kind: "company" } }],
  "party-after-name": [
    { text: "De delegatie bestaat uit Kamerleden Maria de Wit (D66) en Tom van Dijk (GroenLinks-PvdA).", expect: { name: "D66", kind: "party" } },
    { text: "Vragen van het Kamerlid Joris Mertens (CD&V) aan de minister.", expect: { name: "CD&V", kind: "party" } },
  ],
  institution: [
    // een firma bij het vak waarop haar naam eindigt
    { text: "Ook Polder Water Consult en Steppe Graan Trading tekenden.", expect: { name: "Polder Water Consult", kind: "company" } },
    { text: "De bedrijven troffen elkaar op het Vlaams–Kazachs Forum in Gent.", expect: { name: "Vlaams–Kazachs Forum" } },
    { text: "De Gemengde Commissie inzake Landbouw en Visserij kwam bijeen in Kortrijk.", expect: { name: "Gemengde Commissie inzake Landbouw en Visserij" } },
    { text: "Zes studenten van het Koninklijk Conservatorium van Luik spelen mee.", expect: { name: "Koninklijk Conservatorium van Luik", kind: "education" } },
    { text: "Leerlingen van het Stedelijk Lyceum reizen in april naar Almaty.", expect: { name: "Stedelijk Lyceum", kind: "education" } },
    { text: "Het Gerechtshof Arnhem-Leeuwarden bevestigde het vonnis.", expect: { name: "Gerechtshof Arnhem-Leeuwarden", kind: "government" } },
    // een samenstelling op een klassewoord (`-universiteit`, `-bank`, `-dienst`); een getal voor een kleine letter is een bedrag, geen deel van de naam
    { text: "Onderzoekers van de Rijksuniversiteit Oostland werken mee.", expect: { name: "Rijksuniversiteit Oostland", kind: "education" } },
    { text: "Daarvan leent de Ontwikkelingsbank 12 miljoen euro aan de stad.", expect: { name: "Ontwikkelingsbank" } },
    { text: "Het Landbouwministerie in Astana keurde de invoer goed.", expect: { name: "Landbouwministerie", kind: "government" } },
    // een weggelaten kern (`Inlichtingen- en Veiligheidsdienst`)
    { text: "De Centrale Inlichtingen- en Veiligheidsdienst volgt de zaak.", expect: { name: "Centrale Inlichtingen- en Veiligheidsdienst", kind: "government" } },
    { text: "Partners zijn de Hogeschool van Aktobe en Oostende Universiteit voor Toegepaste Wetenschappen.", expect: { name: "Hogeschool van Aktobe" } },
    { text: "Het Aral Kamerorkest speelt in Oostende; het Steppe Orkest in Brugge.", expect: { name: "Steppe Orkest", kind: "other" } },
    { text: "Gedeputeerde Staten van Drenthe hebben de subsidie verleend.", expect: { name: "Gedeputeerde Staten van Drenthe", kind: "government" } },
    { text: "een lid van de Vlaamse Handelskamer van Limburg", expect: { name: "Vlaamse Handelskamer van Limburg", kind: "chamber" } },
    { text: "Het Kenniscentrum van de FOD Financiën publiceerde de cijfers.", expect: { name: "Kenniscentrum van de FOD Financiën" } },
    { text: "met steun van de Gewestelijke Investeringsmaatschappij Oost", expect: { name: "Gewestelijke Investeringsmaatschappij Oost", kind: "company" } },
    { text: "Het Ministerie van Buitenlandse Zaken organiseerde de missie.", expect: { name: "Ministerie van Buitenlandse Zaken", kind: "government" } },
    { text: "met steun van de Ambassade van Nederland in Astana", expect: { name: "Ambassade van Nederland in Astana", kind: "diplomatic" } },

    { text: "Volgens cijfers van de FOD Economie steeg de uitvoer.", expect: { name: "FOD Economie", kind: "government" } },
    { text: "Persdienst FOD Buitenlandse Zaken", expect: { name: "FOD Buitenlandse Zaken" } },
    { text: "Wie wil exporteren, kan terecht bij de Kamer van Koophandel voor een certificaat.", expect: { name: "Kamer van Koophandel", kind: "chamber" } },
    { text: "Dat schrijft het Noorder Dagblad vandaag.", expect: { name: "Noorder Dagblad", kind: "media" } },
    { text: "Gemeente Lommelveen investeert in een nieuw bedrijventerrein.", expect: { name: "Gemeente Lommelveen", kind: "government" } },
    { text: "Dat meldt Provincie Oostmark in een persbericht.", expect: { name: "Provincie Oostmark", kind: "government" } },
  ],
  "acronym-pair": [
    { text: "De Vereniging van Noordelijke Graanhandelaars (VENOG) tekende mee.", expect: { name: "Vereniging van Noordelijke Graanhandelaars", alias: "VENOG" } },
    { text: "Rijksdienst voor Internationaal Ondernemen (RIO) steunt exporteurs.", expect: { name: "Rijksdienst voor Internationaal Ondernemen", alias: "RIO" } },
    // een letter uit een samenstelling (`Vliet-dal`, `Water-schap`)
    { text: "De Intergemeentelijke Samenwerking Vlietdal (ISVD) schrijft de opdracht uit.", expect: { name: "Intergemeentelijke Samenwerking Vlietdal", alias: "ISVD" } },
    { text: "De Centrale Inlichtingen- en Veiligheidsdienst (CIVD) volgt de zaak.", expect: { name: "Centrale Inlichtingen- en Veiligheidsdienst", alias: "CIVD" } },
  ],
  listing: [{ text: "Lysbrook Holding NV (Nasdaq Stockholm: LYS) publiceert haar cijfers.", expect: { name: "Nasdaq Stockholm" } }],
  acronym: [{ text: "De OVSE verwelkomde de stemming.", expect: { name: "OVSE" } }],
  "copyright-holder": [
    { text: "© 2031 De Maaslandse Courant. Alle rechten voorbehouden.", expect: { name: "De Maaslandse Courant", kind: "media" } },
    { text: "© 2031 Handelskamer Maasland – Privacyverklaring", expect: { name: "Handelskamer Maasland" } },
  ],
  "dateline-agency": [
    { text: "ASTANA. KAZPRESS – De president ontving de delegatie.", expect: { name: "KAZPRESS", kind: "media" } },
    { text: "AKTAU. STEPPEWIRE – Een Belgische baggeraar won de aanbesteding.", expect: { name: "STEPPEWIRE", kind: "media" } },
  ],
  "cited-source": [
    { text: "De gesprekken verliepen goed, meldt Belga.", expect: { name: "Belga", kind: "media" } },
    { text: "De fabriek opent in mei, meldt de correspondent van Steppewire.", expect: { name: "Steppewire", kind: "media" } },
  ],
};

export const ORGANISATION_NEGATIVES: Record<string, string[]> = {
  "copyright-holder": ["© Jan Peeters", "© Belga", "© 2031 Oostende"],
  "nationality-head": ["De ambassade in Astana opent vandaag.", "Hij werkte jaren op de ambassade van Nederland."],
  "party-after-name": ["Het fonds wordt beheerd door Steppe Capital Partners (SCP).", "Mevrouw Anna Jacobs (58) neemt afscheid.", "Het kantoor van Kaspi Bank (Almaty) is nieuw."],
  institution: ["Trading Floors bleef dicht.", "het stadscentrum van Brugge", "gebruik zonnecrème met SPF 50", "De Kamer ontving de minister.", "Het bedrijf ligt in de gemeente Lommelveen.", "Nieuws\nBeeldbank\nKennisbank\nKlantendienst\nContact", "Daarna sprak Koenraad Maes over de plannen."],
  "named-body": ["Het bedrijf ligt in de gemeente Zwolle.", "Het waterschap zweeg.", "Het waterschap in Drenthe zweeg."],
  "lower-head": ["Het ministerie van economie zweeg.", "Het ministerie wil meer investeren.", "Het akimat van de stad zweeg.", "De ambassade van haar land sloot."],
  apposition: ["Dat zei Jan Peeters, de Belgische bedrijfsleider van de groep.", "Op dinsdag, de dag van de beurs, groeide het bedrijf.", "Almaty, een stad van twee miljoen inwoners, ontving het forum.", "Anna Peeters, een partner van het bedrijf, sprak."],
  "company-role": ["Hij was topman van Oezbekistan.", "De voorzitter van de raad van bestuur sprak."],
  "camel-case": ["Tijdens het gesprek stelde SofieLambrechts het plan voor.", "Zij behaalde een PhD in Leuven.", "Volg #InvestInKazakhstan voor nieuws.", "Het bedrijf van de familie DeVries groeide.", "Zie www.KazExport.kz voor details.", "Het werd getekend door de topman van Sambre BioPharma."],
  ampersand: ["De minister van Handel & Investeringen sprak.", "Treinen tussen Antwerpen & Brussel rijden weer."],
  cued: ["Het bedrijf wil meer investeren.", "De beheerder Jan Peeters sloot de zaal.", "Het bedrijf Van de week groeide.", "Partner Oezbekistan groeit snel.", "De bank Astana opende een kantoor.", "Het bedrijf van Jan Peeters groeit."],
  quoted: ["Hij zei “we zijn klaar om te investeren”.", "Het thema is ‘Future Energy’.", "Lysbrook NV (de “Vennootschap”) meldt", "(hierna \"de Emittent\")"],
  acronym: ["Het BBP groeide met 5%.", "De prijs is 20 EUR.", "in de IT-sector", "WEST-VLAANDEREN, BELGIË", "Tickersymbool: LYS", "Lysbrook NV (Nasdaq Stockholm: LYS)", "De REBITDA steeg met 8%.", "BESLISSING:\nArtikel 1. De raad keurt goed.", "De analistencall begint om 10.00 CET.", "De kasstroom uit bedrijfsactiviteiten (KUB) daalde; de KUB stijgt in 2028."],
  "cited-source": ["De fabriek telt volgens Nurzhan Temirbekova 400 werknemers.", "volgens Oezbekistan groeit de economie.", "Schepen Marleen Dierickx opende het plein. \"Het is eindelijk af,\" aldus Dierickx.", "De fabriek opent in mei, meldt de correspondent van Brussel."],
  // een kop in hoofdletters die in hoofdletters doorloopt, is geen dateline
  "dateline-agency": ["HEEFT ZIJ EEN PLAN VOOR DE HAVEN?\n\nGeen enkel thema overheerste."],
};
