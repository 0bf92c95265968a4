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
    [figureRule(FIGURES), figureRangeRule(FIGURES), figureRangeRule(FIGURES, "second"), figurePartRule(FIGURES), phraseNumberRule("en", PHRASE_NUMBERS)],
    {
      "figure.number": {
        examples: [
          { text: "more than 13,000 companies", expect: { value: 13000, approx: "more_than", counted: "companies" } },
          { text: "Highlights:\n- 2.3 million tonnes of ore processed", expect: { value: 2.3e6, unit: "t" } },
          { text: "at an average grade of 3.8 g/t gold", expect: { value: 3.8, unit: "g/t" } },
          { text: "the temperature fell to -12 degrees", expect: { value: -12 } },
          { text: "a new distribution centre of 42,000 m2 near the terminal", expect: { value: 42000, unit: "m2" } },
          { text: "on a 174-seat aircraft with 16 business seats", expect: { value: 174 } },
          { text: "The flight time will be about six and a half hours.", expect: { value: 6.5, unit: "h", approx: "about" } },
          { text: "an annual turnover of 450 million euros", expect: { value: 450e6, unit: "EUR", subject: "annual turnover" } },
          { text: "US$4.7 billion", expect: { value: 4.7e9, unit: "USD" } },
          { text: "twenty-one thousand eleven", expect: { value: 21011 } },
          { text: "$20 and 43c", expect: { value: 20.43, unit: "USD" } },
          { text: "3km", expect: { value: 3, unit: "km" } },
          { text: "a 204-megawatt wind farm", expect: { value: 204, unit: "MW" } },
          { text: "about 720 gigawatt hours", expect: { value: 720, unit: "GWh", approx: "about" } },
          { text: "a 12,000 square metre warehouse", expect: { value: 12000, unit: "m2" } },
          { text: "the partners invest a quarter of a million euros", expect: { value: 250000, unit: "EUR" } },
          { text: "nearly half a million dollars", expect: { value: 500000, unit: "USD" } },
          { text: "exports reached in 2024 $ 86 million", expect: { value: 86e6, unit: "USD" } },
          { text: "a 30-minute drive from the port", expect: { value: 30, unit: "min" } },
          { text: "licences are issued within ten working days", expect: { value: 10, unit: "day" } },
          { text: "a coffee at the fair costs a euro per cup", expect: { value: 1, unit: "EUR" } },
        ],
        negatives: ["Two thirds of the grain goes by rail.", "The bank disburses a euro tranche in May.", "The driver, aged 61, was released on bail.", "Suspects aged 38 and 52 were held.", "Scope 1 and 2 emissions fell.", "The group aims for net zero by 2045.", "The networking session ends at 17.30 hours.", "Expo 2017", "subsidies under the regional programme \"Green Steppe 2030\".", "COVID-19", "B2B", "CO2", "the talks began at 14:35", "from the 2023/2024 academic year", "the second-largest port", "one of the largest", "In 2021",
          "the 45-year-old engineer", "a four-door model", "the lecture starts at 7 pm", "Question 2\nWhat is planned?", "director Jolien ten Velde",
          "under Article 12 of the law", "Lot 3: design services", "Company number: 0412.345", "our office at 40 Market Street", "Rue de la Loi 155, 1040 Brussels", "Mr Baizhanov, 47, has joined the board"],
      },
      "figure.range-first": { examples: [{ text: "10-20 dollars", expect: { value: 10, unit: "USD" } }, { text: "between 100 and 1000 grams", expect: { value: 100, unit: "g" } }, { text: "The levy went from 4 to 7 percent in January.", expect: { value: 4, unit: "%" } }], negatives: ["10-20 companies", "2020-2021", "grew by 12% to 70 thousand tons", "exports rose by 4.5% to USD 310 million", "ships 300 tonnes a year to 12 markets"] },
      "figure.part-of": {
        examples: [{ text: "He was sentenced to 18 months, of which 6 suspended.", expect: { value: 6, unit: "month" } }, { text: "a plot of 40 hectares, of which twelve are irrigated", expect: { value: 12, unit: "ha" } }],
        negatives: ["revenue of 30 million euros, of which 10 came from Kazakhstan", "the company has 120 employees, of which 40 in Almaty", "30 months, of which 10 days"],
      },
      "figure.phrase-number": { examples: [{ text: "a couple of firms", expect: { value: 2, counted: "firms" } }], negatives: ["couples"] },
    },
  ),
);
