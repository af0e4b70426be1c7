'use strict';
// The real-n8n suites and the benchmarks are plain Node; what they share with the TypeScript side
// (the sandboxes' samples) is loaded through ts-node, registered here once per process. Needs the
// dev install (ts-node): call it after ensureDevInstall.
const path = require('node:path');

const { root } = require('../paths');

let registered = false;

function registerTypeScript() {
	if (registered) return;
	process.env.TS_NODE_PROJECT ??= path.join(root, 'tsconfig.json');
	require(require.resolve('ts-node/register/transpile-only', { paths: [root] }));
	registered = true;
}

module.exports = { registerTypeScript };
