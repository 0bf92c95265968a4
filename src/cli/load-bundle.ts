// Loads the bundled CLI (dist/bin, built by src/data/build-bundle.ts) with V8's code
// cache. Compiling the bundle's JavaScript, its top level and then every function
// on its first call, cost a cold start more than reading it; the build runs the CLI
// once on sample texts and saves what V8 compiled beside each file (`.cache`), and
// a later start hands that back to V8 instead of compiling again.
//
// The bundle is CommonJS so that it can be compiled with `vm.Script`, which takes the
// cache (node 20 has no compile cache for ES modules). Its files require each other
// through this loader; packages and node builtins go to node's own `require` (the
// bundle has no `import()`: a script has no loader for it). A cache is used only when it was made from the
// same source (a hash in its header) by the same V8 with the same flags (V8 checks
// those itself and rejects the cache): otherwise the file is compiled as usual.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";

/** The source hash that opens a cache file (hex SHA-1), then V8's data. */
const HASH_LENGTH = 40;

export interface LoadedBundle {
  /** the entry file's exports */
  exports: Record<string, unknown>;
  /** files whose cache V8 took */
  cacheHits(): string[];
  /** writes each loaded file's cache (what V8 has compiled so far) beside it; returns the files written */
  saveCodeCache(): string[];
}

interface Loaded {
  script: vm.Script;
  hash: string;
  module: { exports: Record<string, unknown> };
  cached: boolean;
}

/** Loads the bundle's entry file (and, as it requires them, its other files). */
export function loadBundle(entry: string): LoadedBundle {
  const loaded = new Map<string, Loaded>();

  function load(file: string): Record<string, unknown> {
    const done = loaded.get(file);
    if (done) return done.module.exports;
    const bytes = fs.readFileSync(file);
    // (of the bytes as read: a little cheaper than of the decoded text)
    const hash = createHash("sha1").update(bytes).digest("hex");
    // the wrapper node gives a CommonJS file, in strict mode as the ES modules it was built from
    const source = `(function (exports, require, module, __filename, __dirname) { "use strict"; ${bytes.toString("utf8")}\n})`;
    const cachedData = readCache(file, hash);
    const script = new vm.Script(source, { filename: file, cachedData });
    const module = { exports: {} as Record<string, unknown> };
    loaded.set(file, { script, hash, module, cached: cachedData !== undefined && !script.cachedDataRejected });
    const nodeRequire = createRequire(file);
    const dir = path.dirname(file);
    const require = Object.assign(
      (id: string) => (id.startsWith("./") && id.endsWith(".cjs") ? load(path.join(dir, id)) : nodeRequire(id)),
      { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: undefined },
    );
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, dir);
    return module.exports;
  }

  const exports = load(path.resolve(entry));
  return {
    exports,
    cacheHits: () => [...loaded].filter(([, l]) => l.cached).map(([f]) => f),
    saveCodeCache() {
      const written: string[] = [];
      for (const [file, { script, hash }] of loaded) {
        fs.writeFileSync(cacheFile(file), Buffer.concat([Buffer.from(hash, "latin1"), script.createCachedData()]));
        written.push(file);
      }
      return written;
    },
  };
}

const cacheFile = (file: string) => `${file}.cache`;

function readCache(file: string, hash: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = fs.readFileSync(cacheFile(file));
  } catch {
    return undefined;
  }
  if (data.length <= HASH_LENGTH || data.toString("latin1", 0, HASH_LENGTH) !== hash) return undefined;
  return data.subarray(HASH_LENGTH);
}
