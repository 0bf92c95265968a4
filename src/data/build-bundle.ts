// Bundles the CLI into dist/bin/kzbe.cjs at build time. Node's ES module loader pays
// for every module it resolves, reads and links: the CLI's ~100 modules cost more of
// a cold start than reading one file. The packages stay outside the bundle (node
// resolves them as usual), and what the CLI loads only for some inputs (archives,
// HTML, the worker pool, the progress bar, zod for `kzbe schema`) stays in lazy
// chunks. Workers run dist/worker.js, unbundled. bin/kzbe.js uses the bundle only
// when it is newer than dist/cli/main.js, so a plain `tsc` build is never shadowed
// by a stale bundle.
//
// The bundle is CommonJS (`.cjs`), loaded by src/cli/load-bundle.ts with V8's code
// cache, which build-code-cache.ts writes after a warm run; ES modules cannot take one
// on node 20.
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
    // packages every run loads (the command line, language detection, the CSV writer)
    external: (id: string) => !id.startsWith(".") && !path.isAbsolute(id) && !INLINED.has(packageOf(id)),
    logLevel: "warn",
    // packages imported on demand are required (a `vm.Script` has no loader for `import()`)
    output: { dir: out, format: "cjs", entryFileNames: "kzbe.cjs", chunkFileNames: "kzbe-[name]-[hash].cjs", dynamicImportInCjs: false },
  });
}

/** Packages without assets or workers, loaded on every start: inlined, no module loads of their own (commander's `require`s of node builtins go through createRequire). */
const INLINED = new Set(["commander", "franc-min", "trigram-utils", "n-gram", "collapse-white-space", "csv-stringify"]);
const packageOf = (id: string) => id.split("/").slice(0, id.startsWith("@") ? 2 : 1).join("/");
