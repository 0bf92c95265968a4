// A fuzz corpus generated here (no blobs checked in): every kind of garbage a
// batch over scraped pages meets. Nothing crashes or hangs, every record passes
// the contract, spans slice exactly, and records out = documents in.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { PassThrough, Readable } from "node:stream";
import { OutputRecord } from "../src/schema.js";
import { run } from "../src/cli/main.js";
import { article, cpSlice, recordsOf, runCli, tmpDir, cpuMs } from "./helpers.js";

type Rec = Record<string, any>;

/** Every span of a record, to check against its plain text. */
function spans(rec: Rec): { text: string; start: number; end: number }[] {
  return [
    ...rec.dates,
    ...rec.figures,
    ...rec.agreements,
    ...[...rec.people, ...rec.organisations, ...rec.places].flatMap((e: Rec) => e.mentions),
  ];
}

export function checkRecords(stdout: string, expected: number): Rec[] {
  const recs = recordsOf(stdout);
  expect(recs).toHaveLength(expected);
  for (const rec of recs) {
    const parsed = OutputRecord.safeParse(rec);
    expect(parsed.success, JSON.stringify(parsed.error?.issues ?? []).slice(0, 500)).toBe(true);
    if (rec.error) {
      expect(rec.error.message).not.toMatch(/\n|\bat .*:\d+:\d+/);
      continue;
    }
    const points = Array.from(rec.text as string); // once per record: slicing by code points stays linear
    for (const s of spans(rec)) {
      if (points.slice(s.start, s.end).join("") !== s.text) expect(cpSlice(rec.text, s.start, s.end)).toBe(s.text);
    }
  }
  return recs;
}

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const utf16 = (s: string, bom: boolean, be = false) => {
  const le = Buffer.from(s, "utf16le");
  const body = be ? Buffer.from(le.map((_, i) => le[i ^ 1])) : le;
  return bom ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
};

/** name → content; each file is one document. */
function garbageFiles(): Record<string, Buffer | string> {
  const en = article(0);
  return {
    "empty.txt": "",
    "blank.txt": " \n\t\r\n   \n",
    "image.png": PNG,
    "data.gz": zlib.gzipSync(Buffer.from([0, 1, 2, 3, 0, 0, 0])),
    "nul.txt": Buffer.concat([Buffer.from("Astana 2021 "), Buffer.alloc(4096)]),
    "invalid-utf8.txt": Buffer.concat([Buffer.from("In 2021 exports grew by "), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]), Buffer.from(" 5%.")]),
    "cp1252.txt": Buffer.from("Caf\u00e9 in Br\u00fcssel kostte \u20ac 5 miljoen in 2019.", "latin1"),
    "utf16-bom.txt": utf16(en, true),
    "utf16be-bom.txt": utf16(en, true, true),
    "utf16-nobom.txt": utf16(en, false),
    "deep.html": "<div>".repeat(10_000) + "On 3 May 2019 the port handled 4 million tonnes." + "</div>".repeat(10_000),
    "script-only.html": "<html><head><script>fetch('https://example.org/x');document.write('<img src=http://example.org/p.png>')</script></head><body><script>while(1){}</script></body></html>",
    "entities.html": "<p>&amp &#99999999; &#x; &notanentity; &lt;&lt;&gt; &#0; &#xD800; &eacute&euro;5 miljoen</p><iframe src='https://example.org'></iframe>",
    "astral.txt": "😀😀 Ambassador 𝒜𝒷𝒸 Nurlan Seitkali met 🇰🇿 officials; 𝟙𝟚 companies, 🚢 3,5 miljoen ton, € 😀 12 million in 2020.",
    "control.txt": "In\u0000 2021\u0007 the\u001b[31m port\u0008 handled\u000b 3 million\u000c tonnes\u2028 on\u2029 5 May 2021.\u0085\uFEFF\uFFFE",
    "rtl-bidi.txt": "\u202eOn 12 March 2021\u202c the \u200bminister \u200d signed an agreement worth 5 million euros.",
    " name with spaces.txt": en,
    "ünïcödé-名前.txt": article(3),
    "-leading-dash.txt": article(4),
    "mixed-newlines.txt": "Title\r\rOn 1 June 2020\rthe partners signed\r\na contract.\n\n\n",
    "only-digits.txt": "1,2,3.4.5 ".repeat(5000),
  };
}

/** A made-up capitalised word for each number (`Kari`, `Monelu`, …), for texts of thousands of different names. */
const coined = (n: number) => {
  const syllables = ["ka", "ri", "mo", "ne", "lu", "ta", "sa", "vi", "do", "re", "an", "el"];
  let word = "";
  for (let k = (n * 7919) % 1_000_003 + 150; k > 0; k = Math.floor(k / 12)) word += syllables[k % 12];
  return word[0].toUpperCase() + word.slice(1);
};

describe("fuzz corpus", () => {
  it("processes every kind of garbage file: one valid record each, no crash, no stack trace", async () => {
    const dir = tmpDir("kzbe-fuzz-");
    const files = garbageFiles();
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    // things that are not files: a symlink loop, a dangling link, a FIFO; and a file we may not read
    fs.symlinkSync("loop-b", path.join(dir, "loop-a"));
    fs.symlinkSync("loop-a", path.join(dir, "loop-b"));
    fs.symlinkSync("nowhere", path.join(dir, "dangling"));
    fs.mkdirSync(path.join(dir, "sub"));
    fs.symlinkSync("..", path.join(dir, "sub", "up")); // a directory loop
    const locked = path.join(dir, "locked.txt");
    fs.writeFileSync(locked, article(2));
    fs.chmodSync(locked, 0);
    let fifo = false;
    try {
      const { execFileSync } = await import("node:child_process");
      execFileSync("mkfifo", [path.join(dir, "pipe")]);
      fifo = true;
    } catch {
      // no mkfifo here
    }
    const r = await runCli(["extract", "--include-text", "--jobs", "0", dir]);
    const expected = Object.keys(files).length + 4 + (fifo ? 1 : 0);
    const recs = checkRecords(r.stdout, expected);
    const byName = new Map(recs.map((x) => [path.basename(x.source.path), x]));
    expect(byName.get("image.png")!.error.code).toBe("decode");
    expect(byName.get("loop-a")!.error.code).toBe("unreadable");
    expect(byName.get("dangling")!.error.code).toBe("unreadable");
    if (fifo) expect(byName.get("pipe")!.error.code).toBe("unreadable");
    if (process.getuid?.() !== 0) expect(byName.get("locked.txt")!.error.code).toBe("unreadable");
    expect(byName.get("invalid-utf8.txt")!.warnings.join(" ")).toMatch(/encoding/);
    expect(byName.get("utf16-bom.txt")!.text).toContain("Kazakhstan");
    expect(byName.get("deep.html")!.text).toContain("4 million tonnes");
    expect(byName.get("script-only.html")!.text).not.toMatch(/fetch|example\.org/);
    expect(r.stderr).toBe("");
  }, 60_000);

  it("accounts for every malformed JSONL line", async () => {
    const good = JSON.stringify({ id: 1, text: article(1) });
    const lines = [
      good,
      "{",
      "}",
      "[]",
      "[1,2]",
      "null",
      "42",
      '"just a string"',
      "{}",
      '{"text": 5}',
      '{"html": null}',
      '{"text": "ok", "text": "duplicate key wins"}',
      '{"text": "\\ud800 lone surrogate \\udfff"}',
      '{"text": "' + "é".repeat(10) + '", "published": "not a date", "lang": "xx", "id": {"nested": true}, "url": 7}',
      '{"html": "<script>alert(1)</script><p>On 5 May 2020 the parties signed a contract.</p>"}',
      '{"text": "truncated',
      "\u0000\u0001\u0002",
      '\uFEFF{"text": "BOM at the start of a line"}',
      '{"text": "trailing comma",}',
      good + " " + good,
      "{" + '"a":{'.repeat(5000) + "}".repeat(5000) + "}",
    ];
    const input = lines.join("\r\n") + "\n\n   \n";
    const r = await runCli(["extract", "--include-text", "--input-format", "jsonl", "--jobs", "0", "-"], input);
    const recs = checkRecords(r.stdout, lines.length);
    expect(recs.map((x) => x.source.line)).toEqual(lines.map((_, i) => i + 1));
    expect(recs[1].error.code).toBe("parse");
    expect(recs[0].source.id).toBe("1");
    expect(r.code).toBe(1);
  });

  it("truncates a 50 MB single line to --max-bytes with a warning, and refuses a JSONL line over it", async () => {
    const dir = tmpDir("kzbe-big-");
    const big = path.join(dir, "big.txt");
    const unit = "In 2021 the port of Aktau handled 3 million tonnes of grain. ";
    fs.writeFileSync(big, unit.repeat(Math.ceil((50 * 1024 * 1024) / unit.length)));
    const bigJsonl = path.join(dir, "big.jsonl");
    fs.writeFileSync(bigJsonl, JSON.stringify({ text: "x".repeat(3 * 1024 * 1024) }) + "\n" + JSON.stringify({ text: article(1) }) + "\n");
    const started = Date.now();
    const r = await runCli(["extract", "--include-text", "--max-bytes", "64KB", "--jobs", "0", big, bigJsonl]);
    const recs = checkRecords(r.stdout, 3);
    expect(recs[0].warnings.join(" ")).toMatch(/truncated: more than --max-bytes \(65536\); only the first 65536 bytes read/);
    expect(recs[1].error.code).toBe("too_large");
    expect(recs[2].error).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it("stops reading an endless standard input at --max-bytes (yes | kzbe extract -)", async () => {
    const line = Buffer.from("The port of Aktau handled 3 million tonnes of grain.\n".repeat(100));
    let sent = 0;
    const endless = new Readable({
      read() {
        sent += line.length;
        this.push(line);
      },
    });
    const out: string[] = [];
    const stdout = new PassThrough().on("data", (c) => out.push(String(c)));
    const code = await run(["extract", "--include-text", "--jobs", "0", "--max-bytes", "200KB", "-"], { stdin: endless, stdout, stderr: new PassThrough(), isTTY: false });
    const recs = checkRecords(out.join(""), 1);
    expect(code).toBe(0);
    expect(recs[0].warnings).toContain("truncated: more than --max-bytes (204800); only the first 204800 bytes read");
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });

  it("reads file names that look like options after --", async () => {
    const dir = tmpDir();
    const dashed = path.join(dir, "--help.txt");
    fs.writeFileSync(dashed, article(5));
    const r = await runCli(["extract", "--jobs", "0", "--", dashed]);
    expect(recordsOf(r.stdout)[0].source.path).toBe(dashed);
  });

  // linear inputs take up to ~4 s of CPU (60,000 dates in `months`) and a loaded machine stretches even CPU time by a
  // quarter; the quadratic slips this guards against took 12 s to 82 s
  it("finishes inputs up to 1 MB of adversarial text within 10 s of CPU each", async () => {
    const inputs = {
      digitRun: "1,234.567,8".repeat(100_000),
      // every number a figure: 1 MB of these gives ~140,000 figures (about 20 MB of JSON), so a quarter of it
      digitsSpaced: "1,234.567 8.9,0 ".repeat(16_000),
      capitals: Array.from({ length: 30_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}`).join(" "),
      titles: "Minister Ambassador Mr Dr Z.E. burgemeester ".repeat(25_000),
      meerDan: "meer dan meer dan ongeveer ".repeat(40_000),
      dots: ". ".repeat(500_000),
      quotes: "\"'«»„“".repeat(150_000),
      months: "March 2021 - April 2022 to 5 June ".repeat(30_000),
      // tens of thousands of mentions of people, organisations, places and dates, each once checked against
      // all the others (quadratic: 12 s and 13 s for 1 MB)
      names: "Mr. Abc Def of the Ministry of Xyz ".repeat(30_000),
      release: (
        "Astana, 12 March 2021 - Ambassador Margulan Baimukhan met with the Mayor of Antwerp, Bart De Wever, to discuss " +
        "cooperation between the Port of Antwerp and the port of Aktau. The parties signed a memorandum of understanding on " +
        "logistics. Trade between Belgium and Kazakhstan reached 1.2 billion euros in 2020, up 15 percent. "
      ).repeat(3_500),
      // thousands of different people and organisations, each once clustered against all the others (82 s and 20 s)
      people: Array.from({ length: 12_000 }, (_, i) => `Mr. ${coined(i)} ${coined(i + 1)} met Minister ${coined(i + 2)} ${coined(i + 3)} of ${coined(i + 4)} NV in Astana.`).join(" "),
      organisations: Array.from({ length: 10_000 }, (_, i) => `${coined(i)} ${coined(i + 1)} NV and the ${coined(i + 2)} Chamber of Commerce signed an agreement with ${coined(i + 3)} Group.`).join(" "),
    };
    for (const [name, text] of Object.entries(inputs)) {
      // (CPU time: the machine may be busy with other work, which wall time would count against the input)
      const started = process.cpuUsage();
      const r = await runCli(["extract", "--include-text", "--jobs", "0", "-"], text.slice(0, 1024 * 1024));
      const seconds = cpuMs(started) / 1000;
      expect(seconds, `${name}: ${seconds.toFixed(1)} s`).toBeLessThan(10);
      checkRecords(r.stdout, 1);
    }
  }, 120_000);
});
