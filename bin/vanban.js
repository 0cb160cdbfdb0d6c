#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json says so for this folder), as is its launcher: an ES module
// entry point starts Node's ESM loader, ~12 ms of every run. The name stays vanban.js for the scripts that call it.
const { join } = require('node:path');
const { launch } = require('../dist/cli/startup/launch.cjs');

launch(join(__dirname, '..', 'dist', 'bundle', 'vanban.cjs'), process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
