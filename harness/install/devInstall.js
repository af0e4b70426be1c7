'use strict';
// `npm start` / `npm test` on a fresh clone: the project's own dev install (TypeScript, gulp,
// ts-node, jest, eslint, n8n-core) is needed to build the package, run the sandboxes and the tests.
// Installed from the lockfile when node_modules is missing, under a lock, so `npm start` and
// `npm test` started together in two terminals install it once.
const fs = require('node:fs');
const path = require('node:path');

const { withLock } = require('./lock');
const { log } = require('../log');
const { root } = require('../paths');
const { showProgress } = require('./progress');
const { run } = require('../run');

const NEEDED = ['typescript', 'ts-node', 'gulp', 'n8n-workflow', 'n8n-core', 'jest', 'ts-jest', 'eslint', '@n8n/node-cli'];
const nodeModules = path.join(root, 'node_modules');

function missingPackages() {
	return NEEDED.filter((name) => !fs.existsSync(path.join(nodeModules, name, 'package.json')));
}

async function ensureDevInstall() {
	if (missingPackages().length === 0) return;
	await withLock(nodeModules, async () => {
		const missing = missingPackages();
		if (missing.length === 0) return;
		// A clean install from the lockfile, as CI does; a partial node_modules (a package added by
		// hand, an interrupted install) is completed with npm install instead of being wiped.
		const fresh = !fs.existsSync(nodeModules) && fs.existsSync(path.join(root, 'package-lock.json'));
		const command = fresh ? 'ci' : 'install';
		const what = fresh ? 'node_modules is missing' : `missing: ${missing.join(', ')}`;
		log(`The project's dev dependencies are not installed (${what}): running npm ${command} (~2-3 minutes and ~950 MB, once)`);
		const stop = showProgress(`npm ${command}`, { nodeModules });
		try {
			// The project's .npmrc turns install scripts off, as this toolchain needs.
			await run('npm', [command, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root });
		} finally {
			stop();
		}
		const still = missingPackages();
		if (still.length > 0) throw new Error(`npm ${command} finished but ${still.join(', ')} is still missing`);
		log(`Dev dependencies installed (npm ${command})`);
	});
}

module.exports = { ensureDevInstall };
