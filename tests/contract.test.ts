// The record contract holds on every fixture: the zod schema parses every record
// and every mention's offsets slice the plain text exactly (by code points).
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { extract } from "../src/pipeline.js";
import { DocumentRecord, type DocumentRecordT } from "../src/schema.js";
import { cpSlice, fixtureFiles } from "./helpers.js";

function allSpans(r: DocumentRecordT) {
  return [
    ...r.dates,
    ...r.figures,
    ...r.agreements,
    ...r.people.flatMap((p) => p.mentions),
    ...r.organisations.flatMap((o) => o.mentions),
    ...r.places.flatMap((p) => p.mentions),
  ];
}

function expectExactSpans(r: DocumentRecordT) {
  const text = r.text!;
  for (const s of allSpans(r)) expect(cpSlice(text, s.start, s.end)).toBe(s.text);
}

describe("contract on every fixture", () => {
  for (const file of fixtureFiles()) {
    it(`${file.split("/").slice(-2).join("/")} parses and slices exactly`, () => {
      const r = extract(fs.readFileSync(file, "utf8"), { includeText: true, explain: true });
      expect(DocumentRecord.safeParse(r).success).toBe(true);
      expect(allSpans(r).length).toBeGreaterThan(5);
      expectExactSpans(r);
    });
  }
});

describe("offsets are code points", () => {
  it("slices right after emoji and astral letters in both languages", () => {
    const en = extract("🇰🇿🎉 𝐀 In 2021, Ambassador John Smith said exports grew by 12% to 70 thousand tons.", { includeText: true });
    const nl = extract("😀 𝐀𝐁 In 2021 zei burgemeester Jan Peeters dat de uitvoer met 12% groeide tot 1,5 miljoen euro.", { includeText: true });
    for (const r of [en, nl]) {
      expectExactSpans(r);
      expect(r.dates.map((d) => d.value)).toContain("2021");
      expect(r.figures.some((f) => f.unit === "%" && f.value === 12)).toBe(true);
    }
    expect(nl.figures.some((f) => f.value === 1_500_000 && f.unit === "EUR")).toBe(true);
  });

  it("gives the same id for the same plain text and a 16-hex id", () => {
    const a = extract("Same text.\r\n");
    const b = extract("\uFEFFSame text.\n");
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.id).toBe(b.id);
  });
});
