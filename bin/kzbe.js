#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (built to dist/cli by `npm install`). The
// build also bundles it into dist/bin/kzbe.js (src/data/build-bundle.ts), which loads
// much faster than ~100 modules; it is used only when newer than dist/cli, so that a
// plain `tsc` build is never shadowed by a stale bundle.
import fs from "node:fs";

const bundle = new URL("../dist/bin/kzbe.js", import.meta.url);
const modules = new URL("../dist/cli/main.js", import.meta.url);
const mtime = (url) => fs.statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const { main } = await import(mtime(bundle) >= mtime(modules) ? bundle.href : modules.href);

main(process.argv.slice(2));
