'use strict';
/**
 * `npm run scan`: n8n's own scanner for verified community nodes (@n8n/scan-community-package), run
 * here on what we would publish. Its CLI takes a package name and fetches the published tarball, its
 * npm provenance and the attested GitHub source from the internet; we call its exported
 * `analyzePackage` instead, on the same two inputs it lints: this checkout's sources
 * (`package.json`, `{nodes,credentials}/**` with its SOURCE_FILE_PATTERNS) and our packed tarball
 * (`**\/*.js` + package.json). Same rules, same plugins and versions, `allowInlineConfig: false`.
 * The provenance check itself only exists for a published version (see publish.yml).
 *
 * The scanner is installed once into the cache (`scanner-<version>`, ~20 s, ~90 MB).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { withLock } = require('../harness/install/lock');
const { log } = require('../harness/log');
const { packPackage } = require('../harness/install/packageInstall');
const { cacheDir, root } = require('../harness/paths');
const { run, withoutNpmSettings } = require('../harness/run');

const SCANNER_VERSION = '0.32.0';
const installDir = path.join(cacheDir, `scanner-${SCANNER_VERSION}`);
const scannerModule = path.join(installDir, 'node_modules', '@n8n', 'scan-community-package', 'scanner', 'scanner.mjs');
const readyMarker = path.join(installDir, '.install-complete');

async function ensureScanner() {
	if (fs.existsSync(readyMarker)) return;
	await withLock(installDir, async () => {
		if (fs.existsSync(readyMarker)) return;
		log(`Installing @n8n/scan-community-package@${SCANNER_VERSION} into ${installDir} (~20 s, once)`);
		fs.mkdirSync(installDir, { recursive: true });
		fs.writeFileSync(path.join(installDir, 'package.json'), JSON.stringify({ private: true, name: 'scanner-host' }, null, '\t'));
		await run('npm', ['install', `@n8n/scan-community-package@${SCANNER_VERSION}`, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: installDir,
			env: { ...withoutNpmSettings(), npm_config_cache: path.join(cacheDir, 'npm-cache') },
		});
		fs.writeFileSync(readyMarker, `${new Date().toISOString()}\n`);
	});
}

async function main() {
	await ensureScanner();
	const tarball = await packPackage({ force: true });
	const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'order-sync-scan-'));
	try {
		await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
		const scanner = await import(pathToFileURL(scannerModule).href);
		const legs = [
			{ name: 'source (package.json, nodes/, credentials/)', dir: root, patterns: scanner.SOURCE_FILE_PATTERNS },
			{ name: `packed tarball (${path.basename(tarball)})`, dir: unpacked, patterns: ['**/*.js', 'package.json'] },
		];
		let passed = true;
		for (const leg of legs) {
			const result = await scanner.analyzePackage(leg.dir, leg.patterns);
			log(`scanner ${SCANNER_VERSION}, ${leg.name}: ${result.passed ? 'passed' : `FAILED — ${result.message}`}`);
			if (result.details) process.stdout.write(`${result.details}\n`);
			passed &&= result.passed;
		}
		if (!passed) process.exitCode = 1;
	} finally {
		fs.rmSync(unpacked, { recursive: true, force: true });
	}
}

main().catch((error) => {
	log(`Scan failed: ${error.message}`);
	process.exit(1);
});
