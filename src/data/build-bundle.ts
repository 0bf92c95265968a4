// Bundles the CLI into dist/bin/kzbe.js at build time. Node's ES module loader pays
// for every module it resolves, reads and links: the CLI's ~100 modules cost more of
// a cold start than reading one file. The packages stay outside the bundle (node
// resolves them as usual), and what the CLI loads only for some inputs (archives,
// HTML, the worker pool, the progress bar, zod for `kzbe schema`) stays in lazy
// chunks. Workers run dist/worker.js, unbundled. bin/kzbe.js uses the bundle only
// when it is newer than dist/cli/main.js, so a plain `tsc` build is never shadowed
// by a stale bundle.
import fs from "node:fs";
import path from "node:path";

export async function bundleCli(dist: string): Promise<void> {
  const { build } = await import("rolldown");
  const out = path.join(dist, "bin");
  fs.rmSync(out, { recursive: true, force: true });
  await build({
    input: path.join(dist, "cli", "main.js"),
    platform: "node",
    // bare specifiers (packages, node: builtins) are loaded by node, except the small
    // ES-module packages every run loads (language detection, the CSV writer)
    external: (id: string) => !id.startsWith(".") && !path.isAbsolute(id) && !INLINED.has(packageOf(id)),
    logLevel: "warn",
    output: { dir: out, format: "esm", entryFileNames: "kzbe.js", chunkFileNames: "kzbe-[name]-[hash].js" },
  });
}

/** ES-module packages without assets, loaded on every start: inlined, one module load less each. */
const INLINED = new Set(["franc-min", "trigram-utils", "n-gram", "collapse-white-space", "csv-stringify"]);
const packageOf = (id: string) => id.split("/").slice(0, id.startsWith("@") ? 2 : 1).join("/");
