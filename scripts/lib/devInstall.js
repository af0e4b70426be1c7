'use strict';
// `npm start` on a fresh clone: the project's own dev install (TypeScript, gulp, ts-node) is needed
// to build the package and run the sandboxes. Run `npm install` once if it is missing.
const fs = require('node:fs');
const path = require('node:path');

const { log } = require('./log');
const { root } = require('./paths');
const { run } = require('./run');

const NEEDED = ['typescript', 'ts-node', 'gulp', 'n8n-workflow'];

async function ensureDevInstall() {
	const missing = NEEDED.filter((name) => !fs.existsSync(path.join(root, 'node_modules', name, 'package.json')));
	if (missing.length === 0) return;
	log(`The project's dev dependencies are missing (${missing.join(', ')}): running npm install (a few minutes, once)`);
	// The project's .npmrc turns install scripts off, as this toolchain needs.
	await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: root });
}

module.exports = { ensureDevInstall };
