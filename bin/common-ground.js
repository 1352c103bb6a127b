#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher, run as it is */

// Written for any Node, so that an old one gets this sentence rather than a syntax error.
var major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    'common-ground: Node.js 22 or newer is required; this is Node.js ' + process.versions.node + '.\n',
  );
  process.exit(1);
}

var path = require('node:path');
var fs = require('node:fs');
var bundle = path.join(__dirname, '..', 'out', 'cli', 'index.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('common-ground: the command line is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
// Node keeps the compiled bundle on disk between runs (where it can: Node 22.1 and newer),
// which takes a third off the start of every command.
var nodeModule = require('node:module');
if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();
require(bundle);
