// The whole CLI in-process from argv arrays, and once through the built binary.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { OutputRecord } from "../src/schema.js";
import { CSV_COLUMNS } from "../src/output/csv.js";
import { ROOT, fixtureFiles, runCli, tmpDir } from "./helpers.js";

const EN = fixtureFiles().find((f) => f.includes("/en/"))!;
const NL = fixtureFiles().find((f) => f.includes("/nl/"))!;
const lines = (s: string) => s.split("\n").filter(Boolean);

describe("kzbe extract", () => {
  it("writes one JSONL record per document, valid against the contract", async () => {
    const r = await runCli(["extract", ...fixtureFiles()]);
    expect(r.code).toBe(0);
    const records = lines(r.stdout).map((l) => JSON.parse(l));
    expect(records).toHaveLength(fixtureFiles().length);
    for (const rec of records) expect(OutputRecord.safeParse(rec).success).toBe(true);
    expect(records.map((x) => x.language)).toContain("nl");
  });

  it("walks a directory recursively in sorted order", async () => {
    const r = await runCli(["extract", path.join(ROOT, "fixtures")]);
    const paths = lines(r.stdout).map((l) => JSON.parse(l).source.path);
    expect(paths.filter((p: string) => p.endsWith(".txt"))).toEqual([...fixtureFiles()].sort());
  });

  it("reads standard input with '-' and without paths", async () => {
    const text = fs.readFileSync(NL, "utf8");
    for (const argv of [["extract", "-"], ["extract"]]) {
      const r = await runCli(argv, text);
      const rec = JSON.parse(r.stdout);
      expect(rec.source.path).toBeNull();
      expect(rec.language).toBe("nl");
    }
  });

  it("writes a JSON array", async () => {
    const r = await runCli(["extract", "--format", "json", EN, NL]);
    const arr = JSON.parse(r.stdout);
    expect(arr).toHaveLength(2);
  });

  it("writes CSV with exactly the contract's columns", async () => {
    const r = await runCli(["extract", "--format", "csv", EN]);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(new Set(rows.map((x) => x.type))).toEqual(new Set(["date", "person", "organisation", "place", "figure", "agreement", "event"]));
    const money = rows.find((x) => x.type === "figure" && x.unit === "EUR");
    expect(Number(money!.value)).toBeGreaterThan(1e6);
  });

  it("writes CSV cells a spreadsheet would run as formulas with a leading ', recoverably; numbers stay numbers", async () => {
    const dir = tmpDir();
    const doc = path.join(dir, "=HYPERLINK(1).txt");
    fs.writeFileSync(doc, '@SUM(A1) =cmd, "Zoë, Beëlen"\nsaid: -5% and +31 fell 3 percent in 2020; \'-quote.\n');
    const r = await runCli(["extract", "--format", "csv", "--jobs", "0", doc]);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const cell of Object.values(row)) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
    }
    const percent = rows.find((x) => x.type === "figure" && x.unit === "%" && x.value === "-5");
    expect(percent?.text).toBe("'-5%");
    // the guard is undone by taking one ' off a cell that starts with 's before one of = + - @ tab CR
    const { guardFormula } = await import("../src/output/csv.js");
    const unguard = (c: string) => (/^'+[=+\-@\t\r]/.test(c) ? c.slice(1) : c);
    for (const v of ["=1+1", "'=1+1", "''@x", "'s-Hertogenbosch", "-5", "-", "-:3", "plain", "\tx", "+31 20"]) {
      expect(unguard(String(guardFormula(v)))).toBe(v);
      expect(String(guardFormula(v))).not.toMatch(/^[=+@\t\r]|^-(?!\d|:\d|$)/);
    }
    expect(guardFormula("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });

  it("keeps a JSONL id too long for a double as written, ignores a published day that is none, reads lang as NL or nl-BE, and a document encoded twice", async () => {
    const jsonl = [
      '{"id": 1234567890123456789012, "text": "Astana.", "published": "2021-02-30"}',
      '{"id": 9007199254740993, "text": "Astana.", "published": "2021-13-45T10:00:00Z"}',
      '{"meta": {"id": 5}, "id": 9007199254740993, "text": "Astana.", "published": "2020-02-29"}',
      // English words, a Dutch document by its given lang
      '{"id": 12, "text": "Yesterday the minister visited Astana.", "lang": "NL"}',
      '{"text": "Yesterday the minister visited Astana.", "lang": "nl-BE"}',
      // the document's object written as a JSON string (encoded twice)
      JSON.stringify(JSON.stringify({ id: "twice", text: "Astana." })).replace("twice", "9007199254740993").replace('\\"9007199254740993\\"', "9007199254740993"),
      JSON.stringify("{ not an object"),
    ].join("\n");
    const recs = lines((await runCli(["extract", "--jobs", "0", "--input-format", "jsonl", "-"], jsonl)).stdout).map((l) => JSON.parse(l));
    expect(recs.map((x) => x.source.id)).toEqual(["1234567890123456789012", "9007199254740993", "9007199254740992", "12", undefined, "9007199254740993", undefined]);
    expect(recs.map((x) => x.published)).toEqual([null, null, "2020-02-29", null, null, null, undefined]);
    expect(recs[5].warnings[0]).toMatch(/^jsonl: the line is a JSON string holding the document's object/);
    expect(recs[6].error).toEqual({ code: "parse", message: "line 7: a JSONL document must be an object" });
    expect(recs[0].warnings).toContain("published: '2021-02-30' is no calendar day; ignored");
    expect(recs.slice(3, 5).map((x) => x.language)).toEqual(["nl", "nl"]);
    for (const rec of recs) expect(OutputRecord.safeParse(rec).success).toBe(true);
  });

  it("reads JSONL documents, copying id and url, and honours their lang and published", async () => {
    const jsonl = [
      JSON.stringify({ id: "a1", url: "https://example.org/a", text: "Gisteren bezocht de minister Astana.", lang: "nl", published: "2020-05-04" }),
      "{not json",
      JSON.stringify({ id: "a3", html: "<html><body><p>On 21 June 2017 the parties signed an agreement.</p></body></html>" }),
    ].join("\n");
    const r = await runCli(["extract", "--input-format", "jsonl", "-"], jsonl);
    const recs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(recs).toHaveLength(3);
    expect(recs[0].source).toMatchObject({ id: "a1", url: "https://example.org/a", line: 1 });
    expect(recs[0].published).toBe("2020-05-04");
    expect(recs[1].error.code).toBe("parse");
    expect(recs[2].dates[0].value).toBe("2017-06-21");
    expect(r.code).toBe(1);
  });

  it("anchors relative dates only from a day in the years 1000-9899: a CMS's 0001-01-01 or --reference-date 9999-12-31 made values that are no ISO date", async () => {
    const text = "The embassy opened last year. Three years ago, on 5 May, trade grew.";
    for (const day of ["0500-06-01", "0003-06-01", "9999-12-31"]) {
      const usage = await runCli(["extract", "--reference-date", day, "-"], text);
      expect(usage.code, day).toBe(2);
      expect(usage.stderr).toMatch(/--reference-date must be a day in the years 1000 to 9899/);
      const rec = JSON.parse((await runCli(["extract", "-"], JSON.stringify({ text, published: day }) + "\n")).stdout);
      expect(rec.published, day).toBeNull();
      expect(rec.warnings.join(), day).toMatch(new RegExp(`published: '${day}' is (outside the years 1000-9899|no calendar day); ignored`));
      for (const d of rec.dates) expect(d.value === null || /^(\d{4}|XXXX)(-\d{2}){0,2}$/.test(d.value), `${day}: ${d.value}`).toBe(true);
    }
    const ok = JSON.parse((await runCli(["extract", "--reference-date", "2021-06-01", "-"], text)).stdout);
    expect(ok.dates.map((d: { value: string }) => d.value)).toEqual(["2020", "2018", "2021-05-05"]);
  });

  it("anchors nothing from a date the text itself gives outside those years (a header line or a dateline)", async () => {
    for (const text of ["date 0500-06-01 ASTANA. The embassy opened last year. Three years ago, on 5 May, trade grew.", "ASTANA, 3 May 0500 – The embassy opened last year. Three years ago, on 5 May, trade grew."]) {
      const rec = JSON.parse((await runCli(["extract", "-"], text)).stdout);
      for (const d of rec.dates) expect(d.value === null || /^(\d{4}|XXXX)(-\d{2}){0,2}$/.test(d.value), `${text.slice(0, 16)}: ${d.value}`).toBe(true);
    }
  });

  it("reads a JSONL line's html when its text is empty, as scrapers that keep the page write it", async () => {
    const page = "<html><body><p>On 21 June 2017 the parties signed an agreement in Astana.</p></body></html>";
    const jsonl = [JSON.stringify({ id: "a", text: "", html: page }), JSON.stringify({ id: "b", text: " ", html: page }), JSON.stringify({ id: "c", text: "", html: "" })].join("\n");
    const recs = lines((await runCli(["extract", "--include-text", "-"], jsonl)).stdout).map((l) => JSON.parse(l));
    expect(recs.map((x) => x.source.format)).toEqual(["jsonl+html", "jsonl+html", "jsonl"]);
    expect(recs[0].text).toBe("On 21 June 2017 the parties signed an agreement in Astana.");
    expect(recs[0].dates[0].value).toBe("2017-06-21");
  });

  it("writes a JSONL title, id or url with a lone surrogate escape as U+FFFD, as it does the text", async () => {
    const line = '{"id": "a\\udc00", "url": "https://example.org/\\ud800", "title": "\\ud83d Visit to Astana", "text": "\\ud800 Gisteren bezocht de minister Astana."}';
    const r = await runCli(["extract", "--include-text", "-"], line + "\n");
    expect(r.stdout).not.toMatch(/\\u[dD][89a-fA-F]/);
    const rec = JSON.parse(r.stdout);
    expect(rec.title).toBe("\uFFFD Visit to Astana");
    expect(rec.source).toMatchObject({ id: "a\uFFFD", url: "https://example.org/\uFFFD" });
    expect(rec.text.startsWith("\uFFFD Gisteren")).toBe(true);
  });

  it("filters types and explains rules", async () => {
    const r = await runCli(["extract", "--types", "dates,figures", "--explain", EN]);
    const rec = JSON.parse(r.stdout);
    expect(rec.people).toEqual([]);
    expect(rec.figures.length).toBeGreaterThan(0);
    expect(rec.figures.every((f: { rule?: string }) => /^(en|common)\./.test(f.rule ?? ""))).toBe(true);
  });

  it("anchors relative dates on --reference-date", async () => {
    const r = await runCli(["extract", "--lang", "en", "--reference-date", "2013-02-12", "-"], "The referendum is on March 15.");
    expect(JSON.parse(r.stdout).dates[0]).toMatchObject({ value: "2013-03-15", inferred: true });
  });

  it("gives usage errors on stderr, one line, exit 2", async () => {
    for (const argv of [
      ["extract", "--format", "xml", EN],
      ["extract", "--types", "dates,weather", EN],
      // a list that names no type (`--types ,` extracted nothing, `--types ''` everything)
      ["extract", "--types", ",", EN],
      ["extract", "--types", "", EN],
      ["extract", "--reference-date", "2013-02-30", EN],
      ["extract", "/no/such/file.txt"],
      ["extract", "--no-such-option"],
    ]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("turns an unreadable document into an error record and goes on (exit 1)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kzbe-cli-"));
    fs.writeFileSync(path.join(dir, "a.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 1, 2]));
    fs.writeFileSync(path.join(dir, "b.txt"), "In 2021 the port handled 3 million tonnes.");
    const r = await runCli(["extract", dir]);
    const recs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(recs).toHaveLength(2);
    expect(recs[0]).toMatchObject({ id: null, error: { code: "decode" } });
    expect(recs[1].figures[0]).toMatchObject({ value: 3e6, unit: "t" });
    expect(r.code).toBe(1);
  });

  it("names a symlink loop given on the command line as such, in an error record (exit 1)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kzbe-cli-"));
    const loop = path.join(dir, "loop.txt");
    fs.symlinkSync("loop.txt", loop);
    const r = await runCli(["extract", loop, EN]);
    const recs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(recs).toHaveLength(2);
    expect(recs[0]).toMatchObject({ id: null, source: { path: loop }, error: { code: "unreadable", message: "too many levels of symbolic links" } });
    expect(recs[1].error).toBeUndefined();
    expect(r.code).toBe(1);
  });

  it("reads files whose names are not UTF-8 (Latin-1 names from an old archive), named as Latin-1", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kzbe-cli-"));
    const bytes = (name: string) => Buffer.concat([Buffer.from(dir + path.sep), Buffer.from(name, "latin1")]);
    fs.writeFileSync(bytes("caf\u00e9.txt"), "In 2021 the port handled 3 million tonnes.");
    fs.mkdirSync(bytes("d\u00e8r"));
    fs.writeFileSync(Buffer.concat([bytes("d\u00e8r"), Buffer.from("/x.txt")]), "In 2022 the port handled 4 million tonnes.");
    const r = await runCli(["extract", "--jobs", "0", dir]);
    const recs = lines(r.stdout).map((l) => JSON.parse(l));
    expect(recs.map((x) => [path.relative(dir, x.source.path), x.error?.code ?? x.figures[0]?.value])).toEqual([
      ["caf\u00e9.txt", 3e6],
      [path.join("d\u00e8r", "x.txt"), 4e6],
    ]);
    expect(r.code).toBe(0);
  });

  it("prints help with examples and the version", async () => {
    const help = await runCli(["extract", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    const v = await runCli(["--version"]);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("prints the JSON Schema of a record", async () => {
    const r = await runCli(["schema"]);
    const schema = JSON.parse(r.stdout);
    expect(JSON.stringify(schema)).toMatch(/kzbe\.record\/1/);
  });
});

describe("bin/kzbe.js", () => {
  it("runs the built CLI and ends quietly when the reader closes early", () => {
    const bin = path.join(ROOT, "bin", "kzbe.js");
    const r = spawnSync(process.execPath, [bin, "extract", ...fixtureFiles()], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(fixtureFiles().length);
    const piped = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" extract "${EN}" "${EN}" "${EN}" | head -c 10`], { encoding: "utf8" });
    expect(piped.stderr).toBe("");
  });

  it("fails with a one-line message when the output cannot be written (a full disk), instead of exit 0", () => {
    if (!fs.existsSync("/dev/full")) return;
    const bin = path.join(ROOT, "bin", "kzbe.js");
    const full = fs.openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [bin, "extract", EN, EN], { encoding: "utf8", stdio: ["ignore", full, "pipe"] });
      expect(r.stderr).toBe("kzbe: cannot write the output: no space left on device\n");
      expect(r.status).toBe(1);
    } finally {
      fs.closeSync(full);
    }
  });

  it("gives a directory on standard input (kzbe extract - < dir) an error record, not an empty document", () => {
    const bin = path.join(ROOT, "bin", "kzbe.js");
    const fd = fs.openSync(tmpDir(), "r");
    try {
      const r = spawnSync(process.execPath, [bin, "extract", "-"], { encoding: "utf8", stdio: [fd, "pipe", "pipe"] });
      expect(JSON.parse(r.stdout).error).toEqual({ code: "unreadable", message: "standard input is a directory" });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe("");
    } finally {
      fs.closeSync(fd);
    }
  });
});
