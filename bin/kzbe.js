#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (built to dist/cli by `npm install`). The
// build also bundles it into dist/bin/kzbe.cjs (src/data/build-bundle.ts), which loads
// much faster than ~100 modules, with V8's code cache (src/cli/load-bundle.ts, built
// to dist/bin/load-bundle.cjs); it is used only when newer than dist/cli, so that a
// plain `tsc` build is never shadowed by a stale bundle.
// This file is CommonJS (bin/package.json): node starts a CommonJS entry without
// setting up its ES module loader, which cost a cold start ~10 ms.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { REGEXP_FLAGS } = require("./flags.cjs");

const dist = path.join(__dirname, "..", "dist");
const bundle = path.join(dist, "bin", "kzbe.cjs");
const loader = path.join(dist, "bin", "load-bundle.cjs");
const modules = path.join(dist, "cli", "main.js");
const mtime = (file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const argv = process.argv.slice(2);
// V8 compiles a regular expression to machine code on its first run instead of interpreting it first: the rules' patterns
// are large and run over whole texts, so the interpreted first run cost a single document more than it saved. Set
// before anything runs, and by the build before it records the code cache, which V8 takes only under the same flags.
require("node:v8").setFlagsFromString(REGEXP_FLAGS);

if (mtime(bundle) >= mtime(modules) && mtime(loader) >= mtime(modules)) require(loader).loadBundle(bundle).exports.main(argv);
else import(require("node:url").pathToFileURL(modules).href).then(({ main }) => main(argv));
