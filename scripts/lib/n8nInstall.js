'use strict';
// The pinned n8n, installed once into the cache (`.cache/n8n-<version>`), reused afterwards.
const fs = require('node:fs');
const path = require('node:path');

const { withLock } = require('./lock');
const { log } = require('./log');
const { cacheDir, N8N_VERSION } = require('./paths');
const { run } = require('./run');

const installDir = path.join(cacheDir, `n8n-${N8N_VERSION}`);
const n8nBin = path.join(installDir, 'node_modules', 'n8n', 'bin', 'n8n');
// Written last: a half-finished install (Ctrl-C, full disk) is redone, not trusted.
const readyMarker = path.join(installDir, '.install-complete');

/** Environment for npm and n8n: Node 24 first on PATH, native builds against Node 24's headers. */
function node24Env(node24, extra = {}) {
	const env = {
		...process.env,
		PATH: `${node24.binDir}${path.delimiter}${process.env.PATH}`,
		// npm's download cache too stays inside our cache folder.
		npm_config_cache: path.join(cacheDir, 'npm-cache'),
		...extra,
	};
	// The machine's ~/.npmrc may point native builds at another Node's headers.
	if (node24.headersDir) env.npm_config_nodedir = node24.headersDir;
	return env;
}

function countPackages(dir) {
	try {
		let count = 0;
		for (const name of fs.readdirSync(dir)) {
			if (name.startsWith('.')) continue;
			count += name.startsWith('@') ? fs.readdirSync(path.join(dir, name)).length : 1;
		}
		return count;
	} catch {
		return 0;
	}
}

/** npm prints nothing for minutes without a terminal: report the growing node_modules instead. */
function showProgress(label, { countPackages: count = false } = {}) {
	const started = Date.now();
	let previous = 0;
	const timer = setInterval(() => {
		const elapsed = Math.round((Date.now() - started) / 1000);
		const packages = count ? countPackages(path.join(installDir, 'node_modules')) : 0;
		let detail = 'still working';
		if (count && packages === 0) detail = 'resolving dependencies';
		else if (count) detail = packages > previous ? `${packages} packages placed` : `${packages} packages placed, writing their files`;
		previous = packages;
		log(`${label}: ${detail} (${elapsed}s)`);
	}, 15000);
	return () => clearInterval(timer);
}

function installed() {
	return fs.existsSync(readyMarker) && fs.existsSync(n8nBin);
}

async function ensureN8n(node24) {
	if (!installed()) await withLock(installDir, () => (installed() ? undefined : install(node24)));
	return { installDir, n8nBin };
}

async function install(node24) {
	log(`Installing n8n ${N8N_VERSION} into ${installDir} — once, takes 3-8 minutes and ~3 GB`);
	fs.mkdirSync(installDir, { recursive: true });
	const manifest = {
		private: true,
		name: 'n8n-host',
		dependencies: { n8n: N8N_VERSION },
		// linkedom 0.18.15+ needs a package the registry lacks.
		overrides: { linkedom: '0.18.14' },
	};
	fs.writeFileSync(path.join(installDir, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	const env = node24Env(node24);
	const stop = showProgress('npm install n8n', { countPackages: true });
	try {
		// Install scripts stay off: one dependency (a Kafka client) downloads a binary in its script.
		await run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
			cwd: installDir,
			env,
		});
	} finally {
		stop();
	}
	log('Building sqlite3 for Node 24 (n8n\'s embedded database, ~2 minutes)');
	const stopRebuild = showProgress('npm rebuild sqlite3');
	try {
		await run('npm', ['rebuild', 'sqlite3', '--foreground-scripts', '--loglevel=error'], { cwd: installDir, env, quiet: true });
	} finally {
		stopRebuild();
	}
	fs.writeFileSync(readyMarker, `${new Date().toISOString()}\n`);
	log(`n8n ${N8N_VERSION} installed`);
}

module.exports = { ensureN8n, node24Env, installDir, n8nBin };
