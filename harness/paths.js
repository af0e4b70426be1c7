'use strict';
// Where everything lives. The cache defaults to `.cache/` inside the project (git-ignored); CI can
// point ORDER_SYNC_CACHE at a folder kept between runs on the same machine.
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cacheDir = path.resolve(root, process.env.ORDER_SYNC_CACHE || '.cache');

/** The n8n release we run against: 2.41.3 is newer but does not install from the registry. */
const N8N_VERSION = '2.41.1';

module.exports = { root, cacheDir, N8N_VERSION };
