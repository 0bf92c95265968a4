// Property tests (fast-check): for arbitrary strings, byte arrays, HTML
// fragments and JSONL lines, processing never throws, every record passes the
// contract, every span slices exactly by code points, and records out =
// documents in.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extract } from "../src/pipeline.js";
import { processRaw } from "../src/process.js";
import { DocumentRecord, OutputRecord } from "../src/schema.js";
import { SENTENCES, recordsOf, runCli } from "./helpers.js";

type Rec = Record<string, any>;
const RUNS = { numRuns: 150 };

function expectExactSpans(rec: Rec, text: string): void {
  const points = Array.from(text);
  const spans = [
    ...rec.dates,
    ...rec.figures,
    ...rec.agreements,
    ...[...rec.people, ...rec.organisations, ...rec.places].flatMap((e: Rec) => e.mentions),
  ];
  for (const s of spans) expect(points.slice(s.start, s.end).join("")).toBe(s.text);
}

// text near what the rules look for, with arbitrary characters spliced in
const wordy = fc.array(
  fc.oneof(
    fc.constantFrom(...SENTENCES.flatMap((s) => s.split(" "))),
    fc.constantFrom("😀", "𝒜", "\u0000", "\u200b", "\r\n", "\n\n", "€", "%", "-", ".", ",", "meer dan", "Mr", "Z.E.", "12", "1.500,5"),
    fc.string({ unit: "binary", maxLength: 6 }),
  ),
  { maxLength: 60 },
).map((parts) => parts.join(" "));

describe("properties", () => {
  it("extract never throws on any string, and its record is valid with exact spans", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), wordy), fc.constantFrom<"en" | "nl" | undefined>("en", "nl", undefined), (text, lang) => {
        const rec = extract(text, { lang, includeText: true });
        expect(DocumentRecord.safeParse(rec).success).toBe(true);
        expectExactSpans(rec, rec.text!);
      }),
      RUNS,
    );
  });

  it("any bytes, read as any format, give one valid record", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom("a.txt", "a.html", "a"), async (bytes, name) => {
        const rec = await processRaw({ source: { path: name, format: "text" }, name, bytes, warnings: [] }, { includeText: true });
        expect(OutputRecord.safeParse(rec).success).toBe(true);
        if (!("error" in rec)) expectExactSpans(rec, rec.text!);
      }),
      RUNS,
    );
  });

  it("any HTML fragment gives one valid record with exact spans", async () => {
    const tag = fc.constantFrom("p", "div", "h1", "title", "script", "style", "span", "br", "table", "td", "a", "iframe", "img");
    const piece = fc.oneof(
      wordy,
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom("&amp;", "&#x1F600;", "&#99999999;", "&bogus;", "&", "<", ">", "<!--", "-->", "<![CDATA[", '<meta name="date" content="2020-02-30">', "<img src=http://example.org/x.png onerror=alert(1)>"),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (parts) => {
        const html = parts.join("");
        const rec = await processRaw({ source: { path: "p.html", format: "html" }, name: "p.html", bytes: Buffer.from(html), format: "html", warnings: [] }, { includeText: true });
        expect(OutputRecord.safeParse(rec).success).toBe(true);
        if (!("error" in rec)) expectExactSpans(rec, rec.text!);
      }),
      RUNS,
    );
  });

  it("any JSONL input gives exactly one record per non-empty line, in order", async () => {
    const line = fc.oneof(
      fc.record({ text: wordy, id: fc.option(fc.string(), { nil: undefined }), published: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }) }).map((o) => JSON.stringify(o)),
      fc.record({ html: wordy.map((t) => `<p>${t}</p>`) }).map((o) => JSON.stringify(o)),
      fc.json({ maxDepth: 2 }),
      fc.string({ maxLength: 40 }),
    ).map((l) => l.replace(/[\r\n]/g, " "));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
        const r = await runCli(["extract", "--jobs", "0", "--input-format", "jsonl", "-"], lines.join("\n"));
        const recs = recordsOf(r.stdout);
        const expected = lines.map((l, i) => (l.trim() ? i + 1 : 0)).filter(Boolean);
        expect(recs.map((x) => x.source.line)).toEqual(expected);
        for (const rec of recs) expect(OutputRecord.safeParse(rec).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
