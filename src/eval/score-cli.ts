// `npm run eval`: extracts every fixture in-process and scores it against
// fixtures/gold with the dev-set metric. --verbose lists every miss.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { listFiles, documentsOf } from "../input/documents.js";
import { processDocument } from "../process.js";
import type { DocumentRecordT } from "../schema.js";
import { score, FIELDS, type Gold } from "./score.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = path.join(root, "fixtures");

export async function evaluate(): Promise<ReturnType<typeof score>> {
  const golds: Gold[] = fs
    .readdirSync(path.join(fixtures, "gold"))
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(fixtures, "gold", f), "utf8")));
  const records = new Map<string, DocumentRecordT>();
  for (const file of listFiles([path.join(fixtures, "en"), path.join(fixtures, "nl")])) {
    for await (const doc of documentsOf(file, "auto", async () => Buffer.alloc(0))) {
      const r = processDocument(doc, {});
      if (!("error" in r)) records.set(path.basename(file), r);
    }
  }
  return score(golds, records);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const s = await evaluate();
  const pct = (x: number | null) => (x == null ? "  n/a" : (100 * x).toFixed(1).padStart(5));
  console.log("field          P      R      F1    tp  fp  fn");
  for (const f of FIELDS) {
    const x = s.fields[f];
    console.log(`${f.padEnd(13)} ${pct(x.p)}  ${pct(x.r)}  ${pct(x.f1)}  ${String(x.tp).padStart(3)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}`);
  }
  console.log(`roles ${pct(s.roleAccuracy)}  published ${pct(s.publishedAccuracy)}  language ${pct(s.languageAccuracy)}`);
  if (process.argv.includes("--verbose")) for (const m of s.misses) console.log("  " + m);
  console.log(`macro F1 ${pct(s.macroF1)}`);
}
