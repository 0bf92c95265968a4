// What keeps the CLI's cold start short: rules built per language and entity type on
// first use, the gazetteer and the first names looked up in prebuilt sorted lines, and the CLI
// bundled at build time and started from V8's code cache.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { extract } from "../src/pipeline.js";
import { LANGUAGE_PACKS } from "../src/lang/index.js";
import { lazy, lazyRuleSets } from "../src/lang/lazy.js";
import {
  buildFirstNameLines,
  buildGazetteerIndex,
  firstNameFiles,
  firstNamesLowerCase,
  gazetteer,
  gazetteerIndexFiles,
  isFirstName,
  placeFirstWords,
  SortedLines,
  type GazetteerData,
} from "../src/lang/common/data.js";
import { ROOT } from "./helpers.js";

const built = (rules: object, type: string) => "value" in (Object.getOwnPropertyDescriptor(rules, type) ?? {});

describe("rules built on first use", () => {
  it("builds only the language and the entity types a document needs", () => {
    const text = "ASTANA, 3 March 2024 – The Minister of Trade met exporters on Monday to discuss grain shipments.";
    const record = extract(text, { types: ["dates"] });
    expect(record.language).toBe("en");
    expect(record.dates.length).toBeGreaterThan(0);
    expect(built(LANGUAGE_PACKS.en.rules, "dates")).toBe(true);
    expect(built(LANGUAGE_PACKS.en.rules, "people")).toBe(false);
    expect(built(LANGUAGE_PACKS.en.rules, "agreements")).toBe(false);
    for (const type of Object.keys(LANGUAGE_PACKS.nl.rules)) expect(built(LANGUAGE_PACKS.nl.rules, type)).toBe(false);

    const dutch = extract("De minister van Economie ontmoette dinsdag in Gent de ambassadeur van Kazachstan, Anna Peeters.", { types: ["people"] });
    expect(dutch.language).toBe("nl");
    expect(dutch.people.map((p) => p.name)).toContain("Anna Peeters");
    // people need the organisations and the dates (the dateline); nothing else is built
    expect(built(LANGUAGE_PACKS.nl.rules, "people")).toBe(true);
    expect(built(LANGUAGE_PACKS.nl.rules, "figures")).toBe(false);
    expect(built(LANGUAGE_PACKS.nl.rules, "events")).toBe(false);
  });

  it("builds a rule set once, and every type is still enumerable", () => {
    let calls = 0;
    const none = () => [];
    const sets = lazyRuleSets({
      dates: lazy(() => {
        calls++;
        return [];
      }),
      figures: none, people: none, organisations: none, places: none, agreements: none, events: none,
    });
    expect(calls).toBe(0);
    expect(Object.keys(sets)).toEqual(["dates", "figures", "people", "organisations", "places", "agreements", "events"]);
    const first = sets.dates;
    expect(sets.dates).toBe(first);
    expect(calls).toBe(1);
    expect(Object.values(sets)).toHaveLength(7);
    expect(calls).toBe(1);
  });
});

describe("gazetteer index", () => {
  const data: GazetteerData = {
    "*": { "Liège": "city|BE|0", "Staden": "city|BE|1", "West Flanders": "region|BE|0", "'s-Hertogenbosch": "city|NL|0" },
    en: { "Republic of Kazakhstan": "country|KZ|0|Kazakhstan" },
    nl: { "Luik": "city|BE|0|Liège", "Staden": "city|BE|0" },
  };
  const lines = (lang: string) => {
    const index = buildGazetteerIndex(data, lang);
    return { entries: new SortedLines(index.entries), leads: new SortedLines(index.leads) };
  };

  it("finds a name as written, in capitals and without accents, with its canonical form", () => {
    const en = lines("en");
    expect(en.entries.get("liège")).toBe("Liège|city|BE|0");
    expect(en.entries.get("liege")).toBe("Liège|city|BE|0");
    expect(en.entries.get("republic of kazakhstan")).toBe("Kazakhstan|country|KZ|0");
    expect(en.entries.get("luik")).toBeUndefined();
    // (`s` from `s hertogenbosch`, the folded key)
    for (const w of ["liège", "liege", "west", "republic", "staden", "'s-hertogenbosch", "s"]) expect(en.entries.hasFirstWord(w)).toBe(true);
    for (const w of ["flanders", "wes", "republic of", "kazakhstan", ""]) expect(en.entries.hasFirstWord(w)).toBe(false);
    // the letters a first word opens with: a document's words are looked up by them
    for (const w of ["hertogenbosch", "west", "liège", "liege"]) expect(en.leads.has(w)).toBe(true);
    for (const w of ["flanders", "'s", "luik"]) expect(en.leads.has(w)).toBe(false);
  });

  it("lets a language's own entry win over the shared one", () => {
    expect(lines("en").entries.get("staden")).toBe("Staden|city|BE|1");
    expect(lines("nl").entries.get("staden")).toBe("Staden|city|BE|0");
    expect(lines("nl").entries.get("luik")).toBe("Liège|city|BE|0");
  });

  it("answers lookups from the real data, and nothing for object keys", () => {
    expect(gazetteer("en").get("brussels")).toMatchObject({ name: "Brussels", country: "BE", rank: 0 });
    expect(gazetteer("nl").get("kazachstan")).toMatchObject({ kind: "country", country: "KZ" });
    expect(gazetteer("en").get("constructor")).toBeUndefined();
    expect(gazetteer("en").get("__proto__")).toBeUndefined();
    expect(placeFirstWords("en").has("west")).toBe(true);
    expect(isFirstName("Anna")).toBe(true);
    expect(isFirstName("anna")).toBe(false);
    expect(firstNamesLowerCase().has("anna")).toBe(true);
  });

  const dist = path.join(ROOT, "dist", "data");
  const built = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");
  // (a build older than the index code it ran cannot be asked to match it)
  const indexFresh = fs.existsSync(path.join(dist, gazetteerIndexFiles("nl").entries)) && fs.statSync(path.join(dist, gazetteerIndexFiles("nl").entries)).mtimeMs >= fs.statSync(path.join(ROOT, "src", "lang", "common", "data.ts")).mtimeMs;
  it.skipIf(!indexFresh)("is prebuilt by the build exactly as it would be built at run time", () => {
    const source = JSON.parse(built("gazetteer.json")) as GazetteerData;
    for (const lang of ["en", "nl"]) {
      const files = gazetteerIndexFiles(lang);
      expect({ entries: built(files.entries), leads: built(files.leads) }).toEqual(buildGazetteerIndex(source, lang));
    }
    const names = buildFirstNameLines(JSON.parse(built("first-names.json")) as string[]);
    expect({ asWritten: built(firstNameFiles.asWritten), lowerCase: built(firstNameFiles.lowerCase) }).toEqual(names);
  });
});

describe("sorted lines", () => {
  const words = ["west flanders", "west", "a", "b c", "ab", "é", "z", "zz", "west-vlaanderen", "westerlo"];
  const table = new SortedLines(SortedLines.write(words.map((w, i) => [w, String(i)] as const)));

  it("finds every key with its value, and nothing between them", () => {
    words.forEach((w, i) => expect(table.get(w)).toBe(String(i)));
    for (const w of ["", " ", "aa", "abc", "b", "west ", "wes", "zzz", "é ", "{", "\u0000"]) expect(table.get(w)).toBeUndefined();
  });

  it("answers for first words as a set of the keys' first words would", () => {
    const firstWords = new Set(words.map((w) => w.split(" ")[0]));
    for (const w of [...firstWords, "", "we", "west-", "wester", "b c", "c", "zz", "z "]) expect(table.hasFirstWord(w)).toBe(firstWords.has(w));
  });

  it("lists its keys in order, without their values", () => {
    expect(table.keys()).toEqual([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("answers first names the same after more distinct words than the kept answers (then from a set)", () => {
    const probe = ["Anna", "Jan", "anna", "Kazakhstan", "Minister", "Sofie"];
    const before = probe.map(isFirstName);
    for (let i = 0; i < 25_000; i++) isFirstName(`Zq${i.toString(36)}`);
    expect(probe.map(isFirstName)).toEqual(before);
    expect(before.slice(0, 2)).toEqual([true, true]);
    expect(isFirstName("Zq0")).toBe(false);
  });

  it("holds keys without values", () => {
    const keys = new SortedLines(SortedLines.write([["b"], ["a"]]));
    expect(keys.has("a")).toBe(true);
    expect(keys.get("b")).toBe("");
    expect(keys.has("c")).toBe(false);
  });
});

describe("bundled CLI", () => {
  const bundle = path.join(ROOT, "dist", "bin", "kzbe.cjs");
  const modules = path.join(ROOT, "dist", "cli", "main.js");
  const loader = path.join(ROOT, "dist", "cli", "load-bundle.js");
  const fresh = fs.existsSync(bundle) && fs.existsSync(modules) && fs.statSync(bundle).mtimeMs >= fs.statSync(modules).mtimeMs;
  const file = path.join(ROOT, "fixtures", "nl", fs.readdirSync(path.join(ROOT, "fixtures", "nl"))[0]);
  /** runs `extract --explain file` through `code`, which defines `main` */
  const runWith = (code: string) =>
    spawnSync(process.execPath, ["--input-type=module", "-e", `${code}; main(process.argv.slice(1));`, "extract", "--explain", file], { encoding: "utf8" });
  // under the V8 flags bin/kzbe.js sets, as the build's code cache was made
  const flags = path.join(ROOT, "bin", "flags.cjs");
  const viaBundle = (entry: string, report = "") =>
    runWith(
      `import v8 from "node:v8"; import { createRequire } from "node:module"; v8.setFlagsFromString(createRequire(import.meta.url)(${JSON.stringify(flags)}).REGEXP_FLAGS); ` +
        `import { loadBundle } from ${JSON.stringify(loader)}; const b = loadBundle(${JSON.stringify(entry)}); const { main } = b.exports; ${report}`,
    );

  it.skipIf(!fresh)("gives the same records as the modules it was built from", () => {
    const fromBundle = viaBundle(bundle);
    const fromModules = runWith(`import { main } from ${JSON.stringify(modules)}`);
    expect(fromBundle.status).toBe(0);
    expect(fromBundle.stdout.length).toBeGreaterThan(100);
    expect(fromBundle.stdout).toBe(fromModules.stdout);
  }, 30_000);

  it.skipIf(!fresh)("tells languages apart as the modules do where the function words leave it open (franc, whose models the bundle builds on first use)", () => {
    const texts = [
      "Astana hosts grain exporters from Belgium and the Netherlands today.",
      "Brussel ontvangt graanexporteurs uit Kazachstan, dinsdag in Gent.",
      "Der Minister traf heute in Berlin die Botschafterin zu Gesprächen über Getreide.",
      "Le ministre a rencontré l'ambassadeur à Bruxelles pour discuter des exportations.",
      "Министр встретился с послом в Астане.",
    ];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kzbe-languages-"));
    try {
      const jsonl = path.join(dir, "short.jsonl");
      fs.writeFileSync(jsonl, texts.map((text) => JSON.stringify({ text })).join("\n"));
      const languages = (code: string) => {
        const run = spawnSync(process.execPath, ["--input-type=module", "-e", `${code}; main(process.argv.slice(1));`, "extract", "--input-format", "jsonl", jsonl], { encoding: "utf8" });
        expect(run.status).toBe(0);
        return run.stdout.trim().split("\n").map((line) => JSON.parse(line).language);
      };
      const fromBundle = languages(`import { loadBundle } from ${JSON.stringify(loader)}; const { main } = loadBundle(${JSON.stringify(bundle)}).exports`);
      expect(fromBundle).toEqual(languages(`import { main } from ${JSON.stringify(modules)}`));
      expect(fromBundle.slice(0, 2)).toEqual(["en", "nl"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  const workerEntry = path.join(ROOT, "dist", "bin", "worker-entry.cjs");
  it.skipIf(!fresh || !fs.existsSync(workerEntry))("has a bundled pool worker that gives the same records as the modules, from its code cache", () => {
    // as piscina loads it: required, a function from a task of raw documents to their outcomes
    const code = `const fs = require("node:fs");
      const worker = require(${JSON.stringify(workerEntry)});
      const raw = { source: { path: "f", format: "text" }, name: "f.txt", bytes: fs.readFileSync(${JSON.stringify(file)}), warnings: [] };
      worker({ raws: [raw], progress: new SharedArrayBuffer(16) }).then(([o]) => process.stdout.write(o.json));`;
    const bundled = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
    expect(bundled.status, bundled.stderr).toBe(0);
    const modules = spawnSync(process.execPath, ["--input-type=module", "-e", `import w from ${JSON.stringify(path.join(ROOT, "dist", "worker.js"))}; import fs from "node:fs";
      const [o] = await w({ raws: [{ source: { path: "f", format: "text" }, name: "f.txt", bytes: fs.readFileSync(${JSON.stringify(file)}), warnings: [] }], progress: new SharedArrayBuffer(16) }); process.stdout.write(o.json);`], { encoding: "utf8" });
    expect(bundled.stdout.length).toBeGreaterThan(100);
    expect(bundled.stdout).toBe(modules.stdout);
    expect(fs.existsSync(path.join(ROOT, "dist", "bin", "worker.cjs.cache"))).toBe(true);
  }, 30_000);

  const hits = `process.on("exit", () => process.stderr.write(JSON.stringify(b.cacheHits().map((f) => f.split(/[\\\\/]/).pop()))));`;
  it.skipIf(!fresh || !fs.existsSync(`${bundle}.cache`))("starts from the code cache the build wrote", () => {
    const run = viaBundle(bundle, hits);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stderr)).toContain("kzbe.cjs");
  }, 30_000);

  it.skipIf(!fresh)("compiles as usual when a cache was made from another source, and gives the same records", () => {
    // beside dist/bin, where the bundle finds its data (dist/data) and its packages
    const dir = fs.mkdtempSync(path.join(ROOT, "dist", "bin-copy-"));
    try {
      for (const f of fs.readdirSync(path.dirname(bundle))) fs.copyFileSync(path.join(path.dirname(bundle), f), path.join(dir, f));
      // the same length, another source: V8 alone would not notice
      const entry = path.join(dir, "kzbe.cjs");
      const source = fs.readFileSync(entry, "utf8");
      fs.writeFileSync(entry, source.replace(/(value:\s*)["`]Module["`]/, '$1"MODULE"'));
      expect(fs.readFileSync(entry, "utf8")).not.toBe(source);
      // and a cache that is not V8's at all
      fs.writeFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith("kzbe-time") && f.endsWith(".cjs"))! + ".cache"), "0".repeat(200));
      const run = viaBundle(entry, hits);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stderr)).not.toContain("kzbe.cjs");
      expect(run.stdout).toBe(viaBundle(bundle).stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
