// endingTest stands in for a loop over a lexicon's endings in the start plans of
// compounds (`bouwgroep`, `samenwerkingsovereenkomst`): the same answers, the longest ending first.
import { describe, expect, it } from "vitest";
import { endingTest } from "../src/lang/common/endings.js";

describe("endingTest", () => {
  const endings = ["groep", "overeenkomst", "akkoord", "bedrijf", "s", "staalbedrijf"];
  const naive = (minStem: number) => (w: string) =>
    [...endings].sort((a, b) => b.length - a.length).find((e) => w.length >= e.length + minStem && w.endsWith(e));

  it("answers as a loop over every ending does, the longest first", () => {
    const words = ["bouwgroep", "groep", "samenwerkingsovereenkomst", "akkoord", "handelsakkoord", "staalbedrijf", "bedrijf", "havens", "s", "", "haven", "rgroep"];
    for (const minStem of [0, 3])
      for (const w of words) expect(endingTest(endings, minStem)(w), `${w} (stem ${minStem})`).toBe(naive(minStem)(w));
  });

  it("needs a stem of the length asked for", () => {
    expect(endingTest(["groep"], 3)("bouwgroep")).toBe("groep");
    expect(endingTest(["groep"], 3)("rgroep")).toBeUndefined();
    expect(endingTest(["groep"])("groep")).toBe("groep");
  });
});
