// V8 flags the CLI runs under (bin/kzbe.js), shared with the build's code-cache step (src/data/build-code-cache.ts).
"use strict";
module.exports = { REGEXP_FLAGS: "--no-regexp-tier-up" };
