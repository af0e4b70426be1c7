'use strict';
// The pinned n8n, installed once into the cache (`.cache/n8n-<version>`), reused afterwards.
const fs = require('node:fs');
const path = require('node:path');

const { withLock } = require('./lock');
const { log } = require('../log');
const { showProgress } = require('./progress');
const { cacheDir, N8N_VERSION } = require('../paths');
const { run, withoutNpmSettings } = require('../run');

const installDir = path.join(cacheDir, `n8n-${N8N_VERSION}`);
const n8nBin = path.join(installDir, 'node_modules', 'n8n', 'bin', 'n8n');
// Written last: a half-finished install (Ctrl-C, full disk) is redone, not trusted.
const readyMarker = path.join(installDir, '.install-complete');

/**
 * Environment for npm and n8n: Node 24 first on PATH, native builds against Node 24's headers.
 * `base` is the environment to start from (ours by default).
 */
function node24Env(node24, extra = {}, base = process.env) {
	const env = {
		...base,
		PATH: `${node24.binDir}${path.delimiter}${base.PATH}`,
		// npm's download cache too stays inside our cache folder.
		npm_config_cache: path.join(cacheDir, 'npm-cache'),
		...extra,
	};
	// The machine's ~/.npmrc may point native builds at another Node's headers.
	if (node24.headersDir) env.npm_config_nodedir = node24.headersDir;
	return env;
}

function installed() {
	return fs.existsSync(readyMarker) && fs.existsSync(n8nBin);
}

/** Whether Node 24 can load sqlite3's native binding (without it n8n cannot open its database). */
async function sqliteLoads(node24) {
	const script = `require(${JSON.stringify(path.join(installDir, 'node_modules', 'sqlite3'))})`;
	try {
		await run(node24.nodeBin, ['-e', script], { capture: true });
		return true;
	} catch {
		return false;
	}
}

async function ensureN8n(node24) {
	if (installed() && (await sqliteLoads(node24))) return { installDir, n8nBin };
	await withLock(installDir, async () => {
		if (!installed()) await install(node24);
		// Also repairs an install whose sqlite3 build was skipped or broken.
		else if (!(await sqliteLoads(node24))) await buildSqlite(node24);
	});
	return { installDir, n8nBin };
}

/** Nested npm commands: without npm's inherited settings (see withoutNpmSettings), Node 24 first. */
function npmEnv(node24) {
	return node24Env(node24, {}, withoutNpmSettings());
}

async function buildSqlite(node24) {
	log("Building sqlite3 for Node 24 (n8n's embedded database, ~2 minutes)");
	const stop = showProgress('npm rebuild sqlite3');
	try {
		await run('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts', '--loglevel=error'], {
			cwd: installDir,
			env: npmEnv(node24),
			quiet: true,
		});
	} finally {
		stop();
	}
	if (!(await sqliteLoads(node24))) throw new Error(`sqlite3 was not built for Node 24 in ${installDir}`);
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
	const stop = showProgress('npm install n8n', { nodeModules: path.join(installDir, 'node_modules') });
	try {
		// Install scripts stay off: one dependency (a Kafka client) downloads a binary in its script.
		await run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
			cwd: installDir,
			env: npmEnv(node24),
		});
	} finally {
		stop();
	}
	await buildSqlite(node24);
	fs.writeFileSync(readyMarker, `${new Date().toISOString()}\n`);
	log(`n8n ${N8N_VERSION} installed`);
}

module.exports = { ensureN8n, node24Env, installDir, n8nBin };
