// `npm run build` step after tsc: generates the data the rules use (place gazetteer,
// first names) from their real sources into dist/data/. Where the source packages
// are not installed (a production install), the committed copy in src/data/ is used.
// `node dist/data/build.js --commit` also refreshes the committed copy.
// Beside them go the lookup tables derived from them, as sorted lines (data.ts): each
// language's gazetteer index (keys already folded) and place leads, and the first
// names, so that the first document of a run neither parses nor folds thousands of names.
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildFirstNameLines, buildGazetteerIndex, derivedSourcesFile, firstNameFiles, gazetteerIndexFiles, startPlansFile, type GazetteerData } from "../lang/common/data.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");
const targets = [path.join(root, "dist", "data"), ...(process.argv.includes("--commit") ? [path.join(root, "src", "data")] : [])];

async function generate(): Promise<Record<string, unknown> | null> {
  try {
    const { buildGazetteer } = await import("./build-gazetteer.js");
    const { buildFirstNames } = await import("./build-names.js");
    const gazetteer = buildGazetteer();
    const places = Object.values(gazetteer).flatMap((m) => Object.keys(m));
    return { "gazetteer.json": gazetteer, "first-names.json": buildFirstNames(places) };
  } catch (e) {
    console.error(`data: sources not installed (${(e as Error).message.split("\n")[0]}); using the committed copy`);
    return null;
  }
}

const data = await generate();
for (const dir of targets) {
  fs.mkdirSync(dir, { recursive: true });
  for (const file of ["gazetteer.json", "first-names.json"]) {
    const out = path.join(dir, file);
    if (data) fs.writeFileSync(out, JSON.stringify(data[file]));
    else if (dir !== path.join(root, "src", "data")) fs.copyFileSync(path.join(root, "src", "data", file), out);
  }
}
// the lookup tables are derived data (sorted lines, data.ts): written for the built code only, never committed
const dist = path.join(root, "dist", "data");
const gazetteer = JSON.parse(fs.readFileSync(path.join(dist, "gazetteer.json"), "utf8")) as GazetteerData;
for (const lang of Object.keys(gazetteer).filter((l) => l !== "*")) {
  const index = buildGazetteerIndex(gazetteer, lang);
  const files = gazetteerIndexFiles(lang);
  fs.writeFileSync(path.join(dist, files.entries), index.entries);
  fs.writeFileSync(path.join(dist, files.leads), index.leads);
}
const names = buildFirstNameLines(JSON.parse(fs.readFileSync(path.join(dist, "first-names.json"), "utf8")) as string[]);
fs.writeFileSync(path.join(dist, firstNameFiles.asWritten), names.asWritten);
fs.writeFileSync(path.join(dist, firstNameFiles.lowerCase), names.lowerCase);

// the rules' start plans, read from their patterns once here rather than in every run, and the regex
// sources their builders derive on the way (text/derived.ts), recorded from the first import of a rule on
const { recordDerivedSources } = await import("../text/derived.js");
const derivedSources = recordDerivedSources();
const { buildStartPlans } = await import("./build-plans.js");
for (const [prefix, plans] of Object.entries(buildStartPlans())) fs.writeFileSync(path.join(dist, startPlansFile(prefix)), JSON.stringify(plans));
fs.writeFileSync(path.join(dist, derivedSourcesFile), JSON.stringify(derivedSources));

// the CLI as one bundle (build-bundle.ts); without the bundler (a production install) bin/kzbe.js runs dist/cli
let bundled = false;
try {
  const { bundleCli } = await import("./build-bundle.js");
  await bundleCli(path.join(root, "dist"));
  bundled = true;
} catch (e) {
  console.error(`bundle: not built (${(e as Error).message.split("\n")[0]}); bin/kzbe.js runs dist/cli`);
}
// its code cache, from a warm run in a fresh process (build-code-cache.ts); without it the bundle compiles as usual
if (bundled) {
  const warm = spawnSync(process.execPath, [path.join(here, "build-code-cache.js")], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (warm.status !== 0) console.error(`code cache: not written (${(warm.stderr || warm.error?.message || "").trim().split("\n")[0]})`);
}
