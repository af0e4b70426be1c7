'use strict';
/**
 * What `npm test` (and `npm start`) need before anything else, installed when missing, each once:
 * the dev toolchain from the lockfile (into node_modules), Node 24 when this Node is older, and the
 * pinned n8n (both into the cache, `.cache/` or $ORDER_SYNC_CACHE). The two installs run side by
 * side; each holds a lock, so a second terminal running `npm start` or `npm test` waits for them
 * instead of installing again. Then, with `--build`, builds dist/ and packs the package once.
 *
 * Needs nothing but Node and npm: it runs before node_modules exists.
 *
 *   node scripts/prepare.js [--build]
 */
const { ensureDevInstall } = require('../harness/install/devInstall');
const { log } = require('../harness/log');
const { ensureN8n } = require('../harness/install/n8nInstall');
const { ensureNode24 } = require('../harness/install/node24');
const { packPackage } = require('../harness/install/packageInstall');
const { stopRunning } = require('../harness/run');

async function ensureInstalled() {
	const results = await Promise.allSettled([ensureDevInstall(), ensureNode24().then((node24) => ensureN8n(node24))]);
	const failed = results.find((result) => result.status === 'rejected');
	if (failed) throw failed.reason;
}

async function main() {
	const build = process.argv.includes('--build');
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => {
			stopRunning();
			process.exit(130);
		});
	}
	await ensureInstalled();
	// dist/ for the tests and a cached tarball of the same sources for the real-n8n suites.
	if (build) await packPackage({ build: true });
}

if (require.main === module) {
	main().catch((error) => {
		log(`Preparing failed: ${error.message}`);
		stopRunning();
		process.exit(1);
	});
}

module.exports = { ensureInstalled };
