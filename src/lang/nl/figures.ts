// Figure rules of this language: the shared builders filled with its words.
import type { Rule } from "../../rules.js";
import type { FigureValue } from "../../entities/figures.js";
import { withExamples } from "../common/dates.js";
import { figureRule, figureRangeRule, figurePartRule, phraseNumberRule } from "../common/figures.js";
import { FIGURES } from "./lexicon/figures.js";
import { PHRASE_NUMBERS } from "./lexicon/numbers.js";
import { lazy } from "../lazy.js";

export const figures = lazy((): Rule<FigureValue>[] =>
  withExamples<FigureValue, Rule<FigureValue>>(
    [figureRule(FIGURES), figureRangeRule(FIGURES), figureRangeRule(FIGURES, "second"), figurePartRule(FIGURES), phraseNumberRule("nl", PHRASE_NUMBERS)],
    {
      "figure.number": {
        examples: [
          { text: "een kwart miljoen euro", expect: { value: 250000, unit: "EUR" } },
          { text: "Kerncijfers:\n- 2,3 miljoen ton erts verwerkt", expect: { value: 2.3e6, unit: "t" } },
          { text: "met een gemiddeld gehalte van 3,8 g/t goud", expect: { value: 3.8, unit: "g/t" } },
          { text: "de temperatuur zakte tot -12 graden", expect: { value: -12 } },
          { text: "een nieuw distributiecentrum van 42.000 m2 bij de terminal", expect: { value: 42000, unit: "m2" } },
          { text: "de delegatie reist met een 68-koppig orkest", expect: { value: 68 } },
          { text: "De vlucht duurt zes en een half uur.", expect: { value: 6.5, unit: "h" } },
          { text: "die export bedroeg in 2024 € 86 miljoen", expect: { value: 86e6, unit: "EUR" } },
          { text: "een rit van 45 minuten", expect: { value: 45, unit: "min" } },
          { text: "over elke aanvraag wordt binnen 15 werkdagen beslist", expect: { value: 15, unit: "day" } },
          { text: "een koffie op de beurs kost een euro per kop", expect: { value: 1, unit: "EUR" } },
          { text: "32 Limburgse ondernemers", expect: { value: 32, counted: "ondernemers" } },
          { text: "1,5 miljoen euro", expect: { value: 1.5e6, unit: "EUR" } },
          { text: "1.500 ton", expect: { value: 1500, unit: "t" } },
          { text: "een half miljoen", expect: { value: 500000 } },
          { text: "drieëndertig", expect: { value: 33 } },
          { text: "ruim 10%", expect: { value: 10, approx: "more_than" } },
          { text: "de opdracht is verdeeld in 2 percelen", expect: { value: 2, counted: "percelen" } },
          { text: "het bedrijf staat op het punt 3 vestigingen te openen", expect: { value: 3 } },
        ],
        negatives: ["Twee derde van het graan gaat per spoor.", "De bank keert een dollar tranche uit in mei.", "Het gaat om mannen in de leeftijd van 38 en 52.", "De uitstoot in scope 1 en 2 daalde.", "De groep mikt op netto nul in 2045.", "Expo 2017", "steun uit het regionale programma \"Green Steppe 2030\".", "om 10:30 uur", "de 52-jarige directeur", "de lezing begint om 19 uur", "Vraag 2\nHoe groot was de export?", "in het academiejaar 2023/24", "de 63e editie", "CO2-uitstoot", "een bedrijf", "een van de grootste",
          "gelet op artikel 40 en 41 van het decreet", "Perceel 2: technische studie", "Ondernemingsnummer: 0207.512.334", "CPV-code: 71311000", "Kerkstraat 12, 3000 Leuven",
          "Mevrouw Jacobs (58) neemt afscheid", "De receptie begint vanaf 18.30 uur in de raadzaal."],
      },
      "figure.range-first": {
        examples: [{ text: "tussen 100 en 1000 gram", expect: { value: 100, unit: "g" } }, { text: "16 à 18 dagen", expect: { value: 16, unit: "day" } }, { text: "De provincie verhoogde de heffing van 4 naar 7 procent.", expect: { value: 4, unit: "%" } }, { text: "een looptijd van een tot drie jaar", expect: { value: 1, unit: "year" } }],
        negatives: ["tussen 2000 en 2007", "exporteert 500 ton per jaar, een jaar tot 38 landen"],
      },
      "figure.part-of": {
        examples: [{ text: "Hij kreeg 18 maanden cel, waarvan 6 voorwaardelijk.", expect: { value: 6, unit: "month" } }, { text: "een perceel van 40 hectare, waarvan twaalf bebouwd", expect: { value: 12, unit: "ha" } }],
        negatives: ["een omzet van 30 miljoen euro, waarvan 10 in Oezbekistan", "het bedrijf telt 120 medewerkers, waarvan 40 in Almaty", "30 maanden, waarvan 10 dagen"],
      },
      "figure.phrase-number": { examples: [{ text: "een twintigtal Vlaamse bedrijven", expect: { value: 20, approx: "about" } }], negatives: ["tientallen bedrijven", "een tal van"] },
    },
  ),
);
