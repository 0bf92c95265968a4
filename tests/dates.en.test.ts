// English dates in press-release sentences, through the rules and the range refiner.
import { describe, expect, it } from "vitest";
import { extractDates } from "../src/entities/dates.js";
import { splitSentences } from "../src/text/sentences.js";
import { dates } from "../src/lang/en/dates.js";
import { figures } from "../src/lang/en/figures.js";
import type { LanguagePack } from "../src/lang/types.js";

const pack = { lang: "en", decimal: ".", abbreviations: new Set<string>(), rules: { dates: dates(), figures: figures() } } as unknown as LanguagePack;
export const datesOf = (text: string, anchor: string | null = "2022-02-24") =>
  extractDates({ text, lang: "en", pack, sentences: splitSentences(text, new Set()), anchor, published: anchor, explain: true });

const CASES: [string, Record<string, unknown>][] = [
  ["The forum will take place on 21 June 2017 in Astana.", { value: "2017-06-21", grain: "day", inferred: false }],
  ["The agreement was signed on June 21, 2017 in Brussels.", { value: "2017-06-21" }],
  ["The delegation arrives on the 21st of June.", { value: "2022-06-21", inferred: true }],
  ["Registration closes on 20/06/2017 at noon.", { value: "2017-06-20" }],
  ["The memorandum dated 21.06.2017 was published today.", { value: "2017-06-21" }],
  ["The report of 2017-06-21 lists the projects.", { value: "2017-06-21" }],
  ["Exports grew in March 2022 after the new route opened.", { value: "2022-03", grain: "month" }],
  ["In 2021, the port handled record volumes.", { value: "2021", grain: "year" }],
  ["Established in 1979, the company employs 300 people.", { value: "1979" }],
  ["The company has been active in Kazakhstan since 1991.", { value: "1991" }],
  ["In 2020-2021, Kazakhstan exported grain to Belgium.", { value: "2020", until: "2021" }],
  ["The mission runs from 21 to 24 June 2017.", { value: "2017-06-21", until: "2017-06-24" }],
  ["The exhibition is open from March to May 2022.", { value: "2022-03", until: "2022-05", grain: "month" }],
  ["Trade doubled between 2000 and 2007.", { value: "2000", until: "2007" }],
  ["The ambassador met the governor yesterday.", { value: "2022-02-23", inferred: true }],
  ["The new terminal will open next week.", { value: "2022-02-28", until: "2022-03-06" }],
  ["Talks continue next year in Astana.", { value: "2023", grain: "year", inferred: true }],
  ["Last Wednesday the minister visited the port.", { value: "2022-02-23" }],
  ["The referendum will be held on March 15.", { value: "2022-03-15", inferred: true }],
  ["Recently, the two chambers signed a memorandum.", { value: "PAST_REF" }],
  ["The parties will meet again in the near future.", { value: "FUTURE_REF" }],
  ["Construction starts in autumn 2021.", { value: "2021-FA", grain: "season" }],
  ["Deliveries resume in Q1 2022, the operator said.", { value: "2022-Q1", grain: "quarter" }],
  ["Sales fell in the first quarter of 2022.", { value: "2022-Q1" }],
  ["By the end of 2020, output had doubled.", { value: "2020", mod: "end" }],
  ["The line opens in mid-2024.", { value: "2024", mod: "mid" }],
  ["Growth was strongest in the 1990s.", { value: "199X", grain: "decade" }],
  ["The results were announced three weeks ago.", { value: "2022-02-03" }],
  ["Two years ago the company opened an office in Almaty.", { value: "2020", grain: "year" }],
  ["The first Monday of March is reserved for the forum.", { value: "2022-03-07" }],
  // a Thursday release telling of Thursday: that very day
  ["The two ministers met on Thursday in Astana.", { value: "2022-02-24" }],
  // a day later in the year than the February anchor, told in the past tense: last year's
  ["The memorandum was signed in Astana on 14 June.", { text: "on 14 June", value: "2021-06-14" }],
  ["The fair closes on Tuesday.", { text: "Tuesday", value: "2022-03-01" }],
  ["It was signed on 3 Sept. in Astana.", { text: "on 3 Sept.", value: "2021-09-03" }],
  ["It will be signed on 3 Sept. in Astana.", { text: "on 3 Sept.", value: "2022-09-03" }],
  // a month with a shifted year after it, the last year of a list
  ["The contract was signed in October last year.", { value: "2021-10", grain: "month" }],
  ["The plant will open in March next year.", { value: "2023-03" }],
  ["The chamber will organise trade missions in 2023 and 2024.", { value: "2024", grain: "year" }],
  ["Subsidies were paid in 2019, 2020 or 2021.", { value: "2020" }],
  // a results release: the year of a report or period, the year a figure is compared with, a year opening a quote
  ["Net profit for the financial year 2021 rose to USD 40 million.", { value: "2021", grain: "year" }],
  ["Revenue reached EUR 96 million (2020: EUR 81 million).", { text: "2020", value: "2020" }],
  ["\"2021 was the best year in our history,\" the CEO said.", { text: "2021", value: "2021" }],
  ["Forecasts for 2023 will be published in March.", { value: "2023" }],
  // a year the text does not write, an October told in the past in a February release, thirty years back
  ["The outgoing chairman stays on as an adviser until the end of the year.", { value: "2022", mod: "end" }],
  ["In October the company signed a lease for a warehouse in Almaty.", { value: "2021-10", grain: "month" }],
  ["Thirty years ago the first Belgian firm opened an office in Almaty.", { value: "1992" }],

];

describe("English dates", () => {
  for (const [text, expected] of CASES) {
    it(text, () => expect(datesOf(text)).toContainEqual(expect.objectContaining(expected)));
  }

  it("writes XXXX for a month nothing anchors, and leaves a shifted month without a value", () => {
    expect(datesOf("The next business breakfast will be held in Antwerp in June.", null)).toContainEqual(expect.objectContaining({ value: "XXXX-06", grain: "month" }));
    expect(datesOf("The forum returns next June.", null).map((d) => d.value)).toEqual([null]);
  });

  it("writes XXXX for a year nothing anchors", () => {
    expect(datesOf("The vote is on March 15.", null)).toContainEqual(expect.objectContaining({ value: "XXXX-03-15", inferred: false }));
  });

  it("gives spans that slice the text", () => {
    const text = "The mission runs from 21 to 24 June 2017 in Astana.";
    for (const d of datesOf(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it("puts a deadline long behind the anchor in the year ahead, but not a day told of in the past", () => {
    expect(datesOf("Companies can register until 31 January.", "2022-11-28")).toContainEqual(expect.objectContaining({ value: "2023-01-31" }));
    expect(datesOf("The memorandum was signed on 31 January.", "2022-11-28")).toContainEqual(expect.objectContaining({ value: "2022-01-31" }));
  });

  const NEGATIVES = [
    "Expo 2017 attracted many visitors.",
    "The COVID-19 pandemic slowed trade.",
    "Call +32 2 123 45 67 for details.",
    "The service runs 24/7 in the port.",
    "Version 2.10 of the software was installed.",
    "The company sold 2017 tonnes of flax.",
    "He may visit the plant soon after the talks.",
  ];
  for (const text of NEGATIVES) {
    it(`finds no calendar date in ${JSON.stringify(text)}`, () => {
      expect(datesOf(text).filter((d) => d.grain !== null)).toEqual([]);
    });
  }
});

describe("English dates counted from a time the story tells", () => {
  it("counts `a year later` from the year written just before, and gives no value without one", () => {
    expect(datesOf("In 2014 the founder came to Almaty with a trade mission. A year later he registered the company.")).toContainEqual(expect.objectContaining({ text: "A year later", value: "2015", grain: "year" }));
    expect(datesOf("The port opened its first berth in 2019; two years later it added a grain terminal.")).toContainEqual(expect.objectContaining({ text: "two years later", value: "2021" }));
    expect(datesOf("A year later the company registered a branch in Astana.").find((d) => d.text === "A year later")?.value).toBeNull();
    expect(datesOf("Three weeks later the first train left Dostyk.").find((d) => d.text === "Three weeks later")?.value).toBeNull();
    // counted from the anchor as before
    expect(datesOf("The results were announced three weeks ago.")).toContainEqual(expect.objectContaining({ value: "2022-02-03" }));
  });
});

describe("English months told ahead", () => {
  it("puts a month far before the anchor's in the year ahead after `will`, English's way of telling it", () => {
    expect(datesOf("The new knowledge centre will open in February with twenty staff.", "2017-11-20").find((d) => d.text === "February")?.value).toBe("2018-02");
    expect(datesOf("The knowledge centre was opened in February with twenty staff.", "2017-11-20").find((d) => d.text === "February")?.value).toBe("2017-02");
  });
});

describe("English quarters without their year", () => {
  it("leaves a quarter without its year alone (a game's quarter in sports news), and reads one with its year", () => {
    expect(datesOf("Glass threw for two touchdowns in the third quarter.").filter((d) => d.grain === "quarter")).toEqual([]);
    expect(datesOf("Sales fell in the first quarter of 2021.").map((d) => d.value)).toEqual(["2021-Q1"]);
  });
  it("reads `the first quarter of last year` and `the spring of next year` from the anchor's year, and `since November` as last year's", () => {
    expect(datesOf("Transit times fell from 7 days in the first quarter of last year.").map((d) => [d.text, d.value])).toEqual([["the first quarter of last year", "2021-Q1"]]);
    expect(datesOf("The terminal opens in the spring of next year.").map((d) => d.value)).toEqual(["2023-SP"]);
    expect(datesOf("The group has run a block train to Almaty since November.").map((d) => d.value)).toEqual(["2021-11"]);
    expect(datesOf("The group has run a block train to Almaty since January.").map((d) => d.value)).toEqual(["2022-01"]);
  });
  it("reads `the same quarter of 2015` as the quarter named before it, in the year it writes", () => {
    expect(datesOf("Container volumes in the fourth quarter of 2016 were 12 percent above the same quarter of 2015.").map((d) => d.value)).toEqual(["2016-Q4", "2015-Q4"]);
  });
});

describe("English dates counted from a month the sentence tells", () => {
  it("gives `a year earlier` no year when a month stands between it and the year before", () => {
    expect(datesOf("Exports were weak in 2018. The rate averaged 5.7 percent in October, down from 6.2 percent a year earlier.").find((d) => d.text === "a year earlier")?.value).toBeNull();
  });
});

describe("English opening hours", () => {
  it("reads no date in the weekdays of a schedule, and still dates one day with its hours", () => {
    const schedule = datesOf("Opening hours of the visa section:\nMonday to Wednesday: 08:30–12:00\nFriday: 09:00-11:30\nPhone lines are open Monday through Friday, 14:00–17:00.");
    expect(schedule.filter((d) => d.grain !== null)).toEqual([]);
    expect(datesOf("The trade office is open on Saturday from 10:00 to 13:00 for the fair.").map((d) => d.text)).toContain("Saturday");
  });
});

describe("English dates in a quarterly report and a January release", () => {
  it("ends a month at its sentence's period, reads a year the budget is for and a quarter written Q2", () => {
    const report = datesOf("Port dues went up on 1 July. The new quay opens in spring. Waiting times were shorter than in Q2.", "2025-10-09");
    expect(report).toContainEqual(expect.objectContaining({ text: "on 1 July", value: "2025-07-01" }));
    expect(report).toContainEqual(expect.objectContaining({ text: "Q2", value: "2025-Q2", grain: "quarter" }));
    expect(datesOf("The council set aside €3 million in its budget for 2026.")).toContainEqual(expect.objectContaining({ value: "2026", grain: "year" }));
    expect(datesOf("The mill signed a contract for 2000 tonnes of wheat.").filter((d) => d.grain !== null)).toEqual([]);
    expect(datesOf("Container volumes fell in Q4, the operator said.", "2026-02-10").map((d) => d.value)).toEqual(["2025-Q4"]);
    expect(datesOf("Volumes in Q2 2024 were a record.").map((d) => d.value)).toEqual(["2024-Q2"]);
  });

  it("puts a month or day later in the year than a January anchor in the year before when its clause tells of the past", () => {
    expect(datesOf("The two ministries signed a protocol in November on customs data.", "2026-01-29").map((d) => d.value)).toEqual(["2025-11"]);
    expect(datesOf("The contract was signed on 12 November in Astana.", "2026-01-29").map((d) => d.value)).toEqual(["2025-11-12"]);
    expect(datesOf("The forum will take place in November in Astana.", "2026-01-29").map((d) => d.value)).toEqual(["2026-11"]);
    // a span of days as a single day
    expect(datesOf("The minister visited Almaty on Nov. 3-5 with a delegation.", "2026-01-29").map((d) => [d.value, d.until])).toEqual([["2025-11-03", "2025-11-05"]]);
    expect(datesOf("The minister will visit Almaty on Nov. 3-5 with a delegation.", "2026-01-29").map((d) => [d.value, d.until])).toEqual([["2026-11-03", "2026-11-05"]]);
    // a plan told in the past tense still looks ahead (`agreed to start … from March`)
    expect(datesOf("The airlines agreed last week to start a direct flight from March.", "2025-11-18").map((d) => d.value)).toContain("2026-03");
  });
});

describe("English dates after a past-tense clause", () => {
  it("keeps a date ahead when the past tense is a passive present or opens a reported plan", () => {
    expect(datesOf("Entry is free, but payment is required before 20 November.", "2025-09-01").map((d) => d.value)).toEqual(["2025-11-20"]);
    expect(datesOf("The mayors decided that the choir performs in Aktobe in May.", "2026-01-27").map((d) => d.value)).toEqual(["2026-05"]);
    expect(datesOf("The applications are expected in May.", "2026-01-27").map((d) => d.value)).toEqual(["2026-05"]);
    expect(datesOf("The museum closed its west wing and from October on the paintings will hang in the new hall.", "2026-01-27").map((d) => d.value)).toEqual(["2026-10"]);
  });
});

describe("English seasons bounded by a preposition", () => {
  it("reads `before the summer` and `after the summer` as the season with its mod, the next one once it is over", () => {
    expect(datesOf("The minister will report to parliament before the summer.")).toContainEqual(expect.objectContaining({ value: "2022-SU", mod: "before" }));
    expect(datesOf("The minister will report to parliament before the summer.", "2022-10-10")).toContainEqual(expect.objectContaining({ value: "2023-SU", mod: "before" }));
    expect(datesOf("Construction starts after the summer.")).toContainEqual(expect.objectContaining({ value: "2022-SU", mod: "after" }));
  });
});

describe("English horizons", () => {
  it("reads `within ten years` as the future, and `within two weeks` and `in five years` as dates", () => {
    expect(datesOf("The city wants to be carbon neutral within ten years.").map((d) => d.value)).toEqual(["FUTURE_REF"]);
    expect(datesOf("The ministry will answer within two weeks.").map((d) => d.value)).toEqual(["2022-03-10"]);
    expect(datesOf("The plant opens in five years.").map((d) => d.grain)).toEqual(["month"]);
  });
});

describe("English `today` set against the past", () => {
  it("reads `Today` after a time long past as nowadays, and as the day otherwise", () => {
    expect(datesOf("Ten years ago the port had a single crane. Today it runs twelve of them.").map((d) => d.value)).toContain("PRESENT_REF");
    expect(datesOf("Until recently the valley had no railway, but today it ships grain to four countries.").map((d) => d.value)).toContain("PRESENT_REF");
    expect(datesOf("The minister visited the port on Monday. Today she opens the fair.").map((d) => d.value)).toContain("2022-02-24");
    expect(datesOf("The bridge was planned in 2016. A newspaper today writes that the works are late.").map((d) => d.value)).toContain("2022-02-24");
    expect(datesOf("In 2014 the founder came to Almaty. Today the company signed a new contract.").map((d) => d.value)).toContain("2022-02-24");
  });
});
