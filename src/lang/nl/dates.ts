// Date rules of this language: the shared builders filled with its words, and
// examples (anchor 2013-02-12, a Tuesday) that tests/rules.test.ts runs.
import type { Rule } from "../../rules.js";
import type { DateValue } from "../../entities/dates.js";
import { registerRangeWords, withExamples } from "../common/dates.js";
import { absoluteDateRules } from "../common/dates-absolute.js";
import { relativeDateRules } from "../common/dates-relative.js";
import { periodDateRules } from "../common/dates-periods.js";
import { TIME } from "./lexicon/time.js";
import { lazy } from "../lazy.js";

registerRangeWords("nl", { from: TIME.rangeFrom, to: TIME.rangeTo, between: TIME.between, and: TIME.and });

export const dates = lazy((): Rule<DateValue>[] =>
  withExamples<DateValue, Rule<DateValue>>(
    [...absoluteDateRules(TIME), ...relativeDateRules(TIME), ...periodDateRules(TIME)],
    {
      "date.numeric-day": { examples: [{ text: "op 21.06.2017", expect: { value: "2017-06-21" } }, { text: "31-10-74", expect: { value: "1974-10-31" } }], negatives: ["1.500.000 euro"] },
      "date.numeric-day-month": { examples: [{ text: "op 15-2", expect: { value: "2013-02-15" } }, { text: "op 10.10", expect: { value: "2013-10-10" } }], negatives: ["24/7 open", "2,5 procent", "10-20 dollar"] },
      "date.day-month-year": { examples: [{ text: "21 juni 2017", expect: { value: "2017-06-21" } }, { text: "18de juli 2014", expect: { value: "2014-07-18" } }], negatives: ["21 ondernemers"] },
      "date.month-day-year": { examples: [{ text: "februari 15", expect: { value: "2013-02-15" } }], negatives: ["februari 2015"] },
      "date.month-year": { examples: [{ text: "juni 2017", expect: { value: "2017-06" } }], negatives: ["juni 45"] },
      "date.month": {
        examples: [
          { text: "in maart", expect: { value: "2013-03" } },
          { text: "volgend jaar maart", expect: { value: "2014-03" } },
          { text: "In januari tekende het bedrijf een contract.", expect: { value: "2013-01" } },
          { text: "De volgende missie zal in januari vertrekken.", expect: { value: "2014-01" } },
          { text: "Twintig ingenieurs volgen vanaf januari een opleiding in Lelystad.", expect: { value: "2014-01" } },
          { text: "Vanaf januari groeide de export naar Almaty.", expect: { value: "2013-01" } },
          { text: "In oktober sloot de terminaluitbater een huurcontract.", expect: { value: "2012-10" } },
          { text: "De beurs, die in Gent werd gehouden, keert in oktober terug.", expect: { value: "2013-10" } },
          { text: "In oktober wordt de nieuwe terminal geopend.", expect: { value: "2013-10" } },
          { text: "Afgesproken werd dat een delegatie in mei naar Almaty reist.", expect: { value: "2013-05" } },
        ],
        negatives: ["maartse buien"],
      },
      "date.season-shift": {
        examples: [
          { text: "volgend voorjaar", expect: { value: "2013-SP", grain: "season" } },
          { text: "vorige zomer", expect: { value: "2012-SU" } },
          { text: "dit najaar", expect: { value: "2013-FA" } },
          { text: "De missie keert in het najaar terug.", expect: { value: "2013-FA", inferred: true } },
        ],
        negatives: ["de lentebeurs", "volgende seizoenen", "het najaar"],
      },
      "date.day-word": { examples: [{ text: "gisteren", expect: { value: "2013-02-11" } }, { text: "overmorgen", expect: { value: "2013-02-14" } }], negatives: ["morgens"] },
      "date.weekday": { examples: [{ text: "volgende week vrijdag", expect: { value: "2013-02-22" } }, { text: "afgelopen dinsdag", expect: { value: "2013-02-05" } }], negatives: ["Zo'n bedrijf", "zondagen", "de nieuwsbrief, elke vrijdag in uw mailbox"] },
      "date.period": {
        examples: [
          { text: "vorige maand", expect: { value: "2013-01" } },
          { text: "volgend jaar", expect: { value: "2014" } },
          { text: "vier medewerkers zullen de komende jaren in het buitenland werken", expect: { value: "FUTURE_REF", grain: null } },
          { text: "de export groeide de afgelopen maanden", expect: { value: "PAST_REF" } },
          { text: "In 2010 groeide de export sterker dan in het voorgaande jaar.", expect: { value: "2009" } },
        ],
        negatives: ["vorige dagen"],
      },
      "date.count-ago": { examples: [{ text: "twee weken geleden", expect: { value: "2013-01-29" } }, { text: "over een week", expect: { value: "2013-02-19" } }, { text: "Twintig jaar geleden opende het consulaat.", expect: { value: "1993" } }, { text: "Het kantoor telt dubbel zoveel mensen als vijf jaar geleden.", expect: { value: "2008" } }, { text: "De productie lag 14 procent hoger dan een jaar eerder.", expect: { value: "2012" } }], negatives: ["weken geleden", "het zoutgehalte steeg in dertig jaar met een derde", "de grootste verhuring op het terrein in tien jaar", "De uitvoer groeit voor het eerst in vijf jaar.", "De trein rijdt de 6.400 kilometer naar Tasjkent in 12 dagen."] },
      "date.span": { examples: [{ text: "komende 3 dagen", expect: { value: "2013-02-13", until: "2013-02-15" } }], negatives: ["in de afgelopen vijftien jaar"] },
      "date.nth-in-month": { examples: [{ text: "laatste zondag van maart 2014", expect: { value: "2014-03-30" } }], negatives: ["eerste van de klas"] },
      "date.day-of-month": { examples: [{ text: "op de 15de", expect: { value: "2013-02-15" } }], negatives: ["de 15de editie"] },
      "date.noun-year": { examples: [{ text: "de winst over het boekjaar 2012", expect: { value: "2012" } }, { text: "Jaarverslag 2012", expect: { value: "2012" } }], negatives: ["Expo 2017", "het jaar 20123"] },
      "date.subject-year": { examples: [{ text: "De haven groeide. 2012 was een recordjaar.", expect: { value: "2012" } }, { text: "„2012 wordt een scharnierjaar”, zegt ze.", expect: { value: "2012" } }], negatives: ["De Expo 2017 was een succes", "2012 bezoekers kwamen"] },
      "date.preposition-year": { examples: [{ text: "sinds 1991", expect: { value: "1991" } }, { text: "een stijging van 12 procent vergeleken met 2023", expect: { value: "2023" } }, { text: "de uitvoer steeg tegenover 2023", expect: { value: "2023" } }], negatives: ["Expo 2017"] },
      "date.year-range-words": { examples: [{ text: "tussen 2000 en 2007", expect: { value: "2000", until: "2007" } }], negatives: ["tussen 2007 en 2000"] },
      "date.decade": { examples: [{ text: "in de jaren negentig", expect: { value: "199X" } }, { text: "de jaren '80", expect: { value: "198X" } }], negatives: ["jaren later"] },
      "date.season-quarter": { examples: [{ text: "najaar 2021", expect: { value: "2021-FA" } }, { text: "eerste kwartaal van 2022", expect: { value: "2022-Q1" } }, { text: "In het tweede kwartaal van 2026 steeg de omzet met 7% tegenover hetzelfde kwartaal van 2025.", expect: { value: "2025-Q2" } }], negatives: ["kwartaal 2022", "De omzet bleef gelijk aan hetzelfde kwartaal van 2025."] },
      "date.mod": {
        examples: [
          { text: "begin januari", expect: { value: "2013-01", mod: "start" } }, { text: "half 2021", expect: { value: "2021", mod: "mid" } }, { text: "eind 2020", expect: { value: "2020", mod: "end" } },
          { text: "ze blijft adviseur tot het einde van het jaar", expect: { value: "2013", mod: "end" } },
          { text: "de fabriek opent begin volgend jaar", expect: { value: "2014", mod: "start" } },
        ],
        negatives: ["het begin van de reis", "aan het einde van de jaren"],
      },
      "date.day-range": { examples: [{ text: "21 tot en met 24 juni 2017", expect: { value: "2017-06-21", until: "2017-06-24" } }, { text: "van 12 tot en met 14 mei volgend jaar", expect: { value: "2014-05-12", until: "2014-05-14" } }, { text: "13 t/m 15 juli", expect: { until: "2013-07-15" } }, { text: "op 1 en 2 oktober", expect: { value: "2013-10-01", until: "2013-10-02" } }], negatives: ["13 tot 15 bedrijven", "op 3 en 10 oktober"] },
      "date.vague": { examples: [{ text: "onlangs", expect: { value: "PAST_REF" } }, { text: "binnenkort", expect: { value: "FUTURE_REF" } }], negatives: ["recentste"] },
    },
  ),
);
