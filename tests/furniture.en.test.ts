// English web pages copied as text: the site's menus, share lines, lists of other pages and footer give nothing;
// the article between them gives everything it did before.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

const PAGE = [
  "Skip to main content",
  "EN | FR | RU",
  "Home   About us   Trade   Events   Contact",
  "Home › News › Logistics",
  "",
  "Grain terminal in Ghent signs deal with Kostanay exporter",
  "",
  "Published: 14.05.2031 | Views: 2 318",
  "",
  "Ghent, 14 May 2031 – Lieven Aerts, managing director of Graanhaven Gent NV, signed a supply agreement with Tobol Grain LLP on Tuesday for 120,000 tonnes of wheat a season.",
  "",
  "Tags: grain, Kazakhstan, Ghent",
  "Share this article   LinkedIn   X   Facebook",
  "",
  "Related news",
  "12.05.2031 Barge traffic to Liège resumes",
  "03.05.2031 Port of Riga signs MoU with Aktobe forwarder",
  "",
  "Graanhaven Gent NV · Kaaiweg 12, 9000 Gent · VAT BE 0123.456.789",
  "Call centre: 1550",
  "© 2031 Graanhaven Gent NV. All rights reserved.",
].join("\n");

describe("page furniture (en)", () => {
  const r = extract(PAGE);
  it("reads the article's people, organisations, places, figures, dates and agreement", () => {
    expect(r.people.map((p) => p.name)).toEqual(["Lieven Aerts"]);
    expect(r.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(["Graanhaven Gent NV", "Tobol Grain LLP"]));
    expect(r.places.map((p) => p.name)).toEqual(["Ghent", "Kostanay"]);
    expect(r.figures.map((f) => f.value)).toEqual([120000]);
    expect(r.agreements).toHaveLength(1);
  });
  it("reads nothing in the menus, the language switcher, the share line and the tags", () => {
    expect(r.organisations.map((o) => o.name)).toEqual(expect.not.arrayContaining(["EN", "FR", "RU", "LinkedIn", "Facebook"]));
    expect(r.places.map((p) => p.name)).not.toContain("Kazakhstan");
  });
  it("reads nothing in the list of other pages: no date, place or agreement", () => {
    expect(r.dates.map((d) => d.value)).toEqual(expect.not.arrayContaining(["2031-05-12", "2031-05-03"]));
    expect(r.places.map((p) => p.name)).toEqual(expect.not.arrayContaining(["Liège", "Riga", "Aktobe"]));
  });
  it("reads nothing in the footer: no house number, registration number, call centre or copyright year", () => {
    expect(r.figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([12, 9000, 123, 1550, 2318]));
  });
  it("keeps a body line that opens like a site's word, and a list of deadlines", () => {
    const body = extract("Search engines find the page the day it goes live.\n\nDeadlines\n- interviews: 18–29 January 2031\n- results: by 31 March 2031");
    expect(body.dates.map((d) => d.value)).toEqual(["2031-01-18", "2031-03-31"]);
    expect(body.figures).toHaveLength(0);
    // a biscuit maker's cookies are no cookie notice
    const cookies = extract("Ghent cookie maker Koekenbakkerij Verhulst NV ships 400 tonnes of cookies a year to Almaty.");
    expect(cookies.places.map((p) => p.name)).toEqual(["Ghent", "Almaty"]);
  });
});

describe("a web page's headline and date (en)", () => {
  const page = (meta: string) =>
    ["DAILY STEPPE", "Subscribe | Log in", "Politics   Economy   Business", "Monday, 20 October 2031  |  USD 520.10  |  Almaty +4°C", "", "Economy › Trade", "", "Dutch dairy firm opens plant near Almaty", "", meta, "", "ALMATY – Zuivel Oost BV opened a cheese plant near Almaty on Friday, the regional akimat said on Saturday. The plant employs 85 people and processes 60 tonnes of milk a day."].join("\n");
  it("takes the headline under the menus and the date of its byline, with a clock time, a counter or an update after it", () => {
    for (const meta of ["By Aruzhan Temirova\nOctober 18, 2031, 17:20 · Updated October 19, 2031, 09:05", "Published: 18.10.2031 | Views: 1 204", "Date of publication: 18 October 2031, 11:42 | Last updated: 19 October 2031, 15:10"]) {
      const r = extract(page(meta));
      expect(r.title, meta).toBe("Dutch dairy firm opens plant near Almaty");
      expect(r.published, meta).toBe("2031-10-18");
    }
  });
  it("reads no date, figure or place in the masthead above the headline", () => {
    const r = extract(page("Published: 18.10.2031"));
    expect(r.dates.map((d) => d.value)).not.toContain("2031-10-20");
    expect(r.figures.map((f) => f.value)).toEqual(expect.not.arrayContaining([520.1, 4]));
    expect(r.places.find((p) => p.name === "Almaty")?.mentions).toHaveLength(3);
  });
  it("takes a press release's first line as its title, as before", () => {
    expect(extract("Port of Aktau opens new berth\n\nAktau, 3 March 2031 – The port opened a berth.").title).toBe("Port of Aktau opens new berth");
  });
});
