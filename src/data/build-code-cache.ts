// Run by build.ts in a child process, after the bundle is built: loads the bundled CLI
// (src/cli/load-bundle.ts), runs it on a short English and Dutch release and an HTML
// page, and saves V8's code cache beside each bundle file; the same for the bundled worker. A start then skips the
// compiling of what a run uses. The cache belongs to the node that ran this: another
// node version rejects it, and the CLI compiles as usual.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable, Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { loadBundle } from "../cli/load-bundle.js";
import type { CliIO } from "../cli/io.js";
import type { RawDocument } from "../input/documents.js";
import { TASK_PROGRESS_BYTES, type WorkerTask } from "../run/task.js";
import v8 from "node:v8";
import { createRequire } from "node:module";

// the flags bin/kzbe.js runs under: V8 takes a code cache only under the flags it was made with
const { REGEXP_FLAGS } = createRequire(import.meta.url)("../../bin/flags.cjs") as { REGEXP_FLAGS: string };
v8.setFlagsFromString(REGEXP_FLAGS);

/** Texts that reach every entity type's rules in both languages (made up, not from the fixtures). */
const SAMPLES: Record<string, string> = {
  "en.txt": `Kazakhstan and Belgium sign agreement on logistics cooperation

ASTANA, 12 March 2025 – The Minister of Trade and Integration of Kazakhstan, Arman Shakkaliyev, met the Ambassador of Belgium, Mr. Pieter Janssens, on Tuesday to discuss grain exports through the port of Antwerp.
The sides signed a memorandum of understanding between KazakhExport JSC and the Port of Ostend. Trade between the two countries reached $1.2 billion in 2024, up 15 per cent, and is expected to grow to about 2 billion US dollars by 2027.
"We see great potential in the Middle Corridor," Shakkaliyev said. The Kazakh Invest National Company (KAZAKH INVEST) will open an office in Brussels next month, and a business forum will be held in Almaty from 3 to 5 June.
Prime Minister Olzhas Bektenov and Deputy Prime Minister Serik Zhumangarin also attended the meeting, together with representatives of the European Commission and DP World.`,
  "nl.txt": `Vlaanderen en Oezbekistan versterken samenwerking

BRUSSEL, 4 februari 2025 – De Vlaamse minister-president Joris Verhoeven ontving dinsdag in Gent de ambassadeur van Oezbekistan, mevrouw Aigul Nurlanova, om de handel in graan en staal te bespreken.
Beide partijen ondertekenden een samenwerkingsovereenkomst tussen Flanders Investment & Trade en de Nationale Bank van Oezbekistan. De uitvoer naar Oezbekistan steeg vorig jaar met 12 procent tot 450 miljoen euro.
"Wij zien veel kansen voor onze havens," zei Verhoeven. Volgende week opent Jan De Nul NV een kantoor in Almaty, en van 10 tot 12 mei vindt in Antwerpen een handelsmissie plaats met zo'n dertig bedrijven.`,
  "page.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Astana hosts investment forum | News</title>
<meta property="article:published_time" content="2025-04-08T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Astana hosts investment forum</h1>
<p>ASTANA, 8 April 2025 – More than 500 delegates from 30 countries took part in the Astana International Forum on Tuesday, the Ministry of Foreign Affairs said.</p>
<p>Agreements worth $3.5 billion were signed, including a deal between Samruk-Kazyna and the Belgian company Besix.</p></article>
<footer>© 2025 News. All rights reserved.</footer></body></html>`,
};

const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kzbe-cache-"));
try {
  const files = Object.entries(SAMPLES).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
  const bundle = loadBundle(path.join(dist, "bin", "kzbe.cjs"));
  const run = bundle.exports.run as (argv: string[], io: CliIO) => Promise<number>;
  const io: CliIO = { stdin: Readable.from([]), stdout: sink(), stderr: sink(), isTTY: false, stderrIsTTY: false };
  const code = await run(["extract", "--quiet", ...files], io);
  if (code !== 0) throw new Error(`the warm run ended with exit code ${code}`);
  bundle.saveCodeCache();
  // the pool's worker on the same documents
  const worker = loadBundle(path.join(dist, "bin", "worker.cjs"));
  type Handler = (task: WorkerTask) => Promise<unknown>;
  const processInWorker = (typeof worker.exports === "function" ? worker.exports : worker.exports.default) as Handler;
  const raws = files.map((file): RawDocument => ({ source: { path: file, format: "text" }, name: file, bytes: fs.readFileSync(file), warnings: [] }));
  await processInWorker({ raws, progress: new SharedArrayBuffer(TASK_PROGRESS_BYTES) });
  worker.saveCodeCache();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
