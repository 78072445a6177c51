#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const built = path.join(__dirname, '..', 'build', 'traguardo.js');
if (!fs.existsSync(built)) {
  process.stderr.write('traguardo: the CLI is not built; run `npm run build:cli` (npm install does it).\n');
  process.exit(2);
}
require(built).main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`traguardo: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 2; },
);
