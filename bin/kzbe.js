#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (built to dist/cli by `npm install`).
import { main } from "../dist/cli/main.js";

main(process.argv.slice(2));
