#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (built to dist/cli by `npm install`). The
// build also bundles it into dist/bin/kzbe.cjs (src/data/build-bundle.ts), which loads
// much faster than ~100 modules, with V8's code cache (src/cli/load-bundle.ts); it is
// used only when newer than dist/cli, so that a plain `tsc` build is never shadowed by
// a stale bundle.
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../dist/bin/kzbe.cjs", import.meta.url);
const modules = new URL("../dist/cli/main.js", import.meta.url);
const mtime = (url) => fs.statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const { main } =
  mtime(bundle) >= mtime(modules)
    ? (await import("../dist/cli/load-bundle.js")).loadBundle(fileURLToPath(bundle)).exports
    : await import(modules.href);

main(process.argv.slice(2));
