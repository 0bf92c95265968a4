// Bundles the CLI into dist/bin/kzbe.cjs at build time. Node's ES module loader pays
// for every module it resolves, reads and links: the CLI's ~100 modules cost more of
// a cold start than reading one file. The packages stay outside the bundle (node
// resolves them as usual), and what the CLI loads only for some inputs (archives,
// HTML, the worker pool, the progress bar, zod for `kzbe schema`) stays in lazy
// chunks. The pool's worker is bundled too (worker.cjs, its own build, so the CLI's
// files stay as they are), with an entry that loads it with its code cache: each
// worker of a batch starts as the CLI does. bin/kzbe.js uses the bundle only
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
  const bundle = (input: string, name: string) =>
    build({
      input,
      platform: "node",
      // bare specifiers (packages, node: builtins) are loaded by node, except the small
      // packages every run loads (the command line, language detection, the CSV writer)
      external: (id: string) => !id.startsWith(".") && !path.isAbsolute(id) && !INLINED.has(packageOf(id)),
      logLevel: "warn",
      plugins: [lazyFrancModels, lazyChildProcess],
      // packages imported on demand are required (a `vm.Script` has no loader for `import()`)
      // whitespace and comments out (less to read, decode and hash on every start); names and code as written
      output: { dir: out, format: "cjs", entryFileNames: `${name}.cjs`, chunkFileNames: `${name}-[name]-[hash].cjs`, dynamicImportInCjs: false, minify: { compress: false, mangle: false } },
    });
  await bundle(path.join(dist, "cli", "main.js"), "kzbe");
  await bundle(path.join(dist, "worker.js"), "worker");
  // piscina requires the entry; the handler is the bundled worker's default export (the module itself, as rolldown writes a default-only module)
  fs.writeFileSync(
    path.join(out, WORKER_ENTRY),
    `"use strict";\n// piscina's worker: the bundled worker (worker.cjs) with its code cache (build-bundle.ts)\nconst w = require("./load-bundle.cjs").loadBundle(require("node:path").join(__dirname, "worker.cjs")).exports;\nmodule.exports = typeof w === "function" ? w : w.default;\n`,
  );
  // the loader too, for bin/kzbe.js, which is CommonJS: node then starts without its ES module loader (~10 ms)
  await build({
    input: path.join(dist, "cli", "load-bundle.js"),
    platform: "node",
    external: (id: string) => id.startsWith("node:"),
    logLevel: "warn",
    output: { file: path.join(out, "load-bundle.cjs"), format: "cjs" },
  });
}

/** The file piscina runs in each worker, beside the bundle (run/batch.ts). */
export const WORKER_ENTRY = "worker-entry.cjs";

/** Packages without assets or workers, loaded on every start: inlined, no module loads of their own (commander's `require`s of node builtins go through createRequire). */
const INLINED = new Set(["commander", "franc-min", "trigram-utils", "n-gram", "collapse-white-space", "csv-stringify"]);
const packageOf = (id: string) => id.split("/").slice(0, id.startsWith("@") ? 2 : 1).join("/");

/**
 * franc-min turns the trigram lists of all its 80-odd languages into lookup objects
 * when it loads (20-40 ms of every start); kzbe asks it only about English and Dutch,
 * and only when the function words leave the language open. In the bundle each list
 * is turned on first read instead, into the same object. Should franc-min's code
 * change, it is bundled as it is and the build says so.
 */
const lazyFrancModels = {
  name: "lazy-franc-models",
  transform(code: string, id: string) {
    if (!/[\\/]franc-min[\\/]index\.js$/.test(id)) return null;
    const eager = /( *)const model = languages\[name\]\.split\('\|'\)\n[^]*?numericData\[script\]\[name\] = trigrams\n/;
    const found = eager.exec(code);
    if (!found || !code.includes("numericData[script] = {}")) {
      console.error("bundle: franc-min's models are built at load (its code is not the one lazy-franc-models knows)");
      return null;
    }
    // (franc's loop variables are shared by every turn: the getter keeps its own)
    const lazy = `${found[1]}const models = numericData[script], key = name, list = languages[name]
${found[1]}Object.defineProperty(models, key, { enumerable: true, configurable: true, get() {
${found[1]}  const model = list.split('|'), trigrams = {}
${found[1]}  let weight = model.length
${found[1]}  while (weight--) trigrams[model[weight]] = weight
${found[1]}  Object.defineProperty(models, key, { value: trigrams, enumerable: true, configurable: true, writable: true })
${found[1]}  return trigrams
${found[1]}} })
`;
    return { code: code.replace(eager, lazy), map: null };
  },
};

/**
 * commander requires node:child_process when it loads (~6 ms of every start, with
 * the net and stream modules it pulls in) for executable subcommands, which kzbe
 * has none of: in the bundle it is required on the first spawn instead.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  transform(code: string, id: string) {
    if (!/[\\/]commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
    const eager = "const childProcess = require('node:child_process');";
    if (!code.includes(eager)) {
      console.error("bundle: commander requires node:child_process differently from what lazy-child-process knows");
      return null;
    }
    return { code: code.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), map: null };
  },
};
