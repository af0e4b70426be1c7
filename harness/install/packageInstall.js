'use strict';
// Our package as n8n sees a community package: built, packed with `npm pack`, and unpacked into
// `<userFolder>/.n8n/nodes/node_modules/<name>` (node types are then `<name>.<node>`).
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { withLock } = require('./lock');
const { log } = require('../log');
const { root } = require('../paths');
const { run } = require('../run');

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const packageName = manifest.name;

/** A hash of everything that goes into the built package: unchanged sources skip build and pack. */
function sourceHash() {
	const hash = crypto.createHash('sha256');
	const visit = (relative) => {
		const full = path.join(root, relative);
		if (!fs.existsSync(full)) return;
		const stat = fs.statSync(full);
		if (stat.isDirectory()) {
			for (const name of fs.readdirSync(full).sort()) visit(path.join(relative, name));
		} else {
			hash.update(relative).update('\0').update(fs.readFileSync(full)).update('\0');
		}
	};
	for (const entry of ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'gulpfile.js', 'nodes', 'credentials', 'icons']) {
		visit(entry);
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * Builds and packs the package unless a tarball of the same sources is cached; returns its path.
 * `build: true` rebuilds dist/ even then (npm test runs its tests on dist/). Under a lock: a build
 * empties dist/ first, so `npm start` and `npm test` in two terminals must not build at once.
 */
async function packPackage({ force = false, build = false } = {}) {
	// Per checkout, not in a shared cache: another checkout packs other sources.
	const packDir = path.join(root, '.cache', 'pack');
	fs.mkdirSync(packDir, { recursive: true });
	return await withLock(path.join(packDir, 'build'), async () => {
		const tarball = path.join(packDir, `${packageName}-${manifest.version}-${sourceHash()}.tgz`);
		const cached = !force && fs.existsSync(tarball);
		if (cached && !build) return tarball;
		log(cached ? 'Building the package (npm run build)' : 'Building the package (npm run build) and packing it (npm pack)');
		await run('npm', ['run', 'build', '--silent'], { cwd: root, quiet: true });
		if (cached) return tarball;
		const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, capture: true });
		const packed = path.join(packDir, JSON.parse(stdout)[0].filename);
		for (const old of fs.readdirSync(packDir)) {
			if (old.endsWith('.tgz') && path.join(packDir, old) !== packed) fs.rmSync(path.join(packDir, old));
		}
		fs.renameSync(packed, tarball);
		return tarball;
	});
}

/**
 * Unpacks the tarball as n8n's community-package folder holds it. Replaces an older copy; leaves an
 * identical one alone (n8n then starts without re-reading anything new).
 */
async function installPackage(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', packageName);
	const stamp = path.join(target, '.installed-from');
	if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === path.basename(tarball)) return target;
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { quiet: true });
	// n8n's own bookkeeping of the community-nodes folder: a package.json listing what is installed.
	const nodesManifest = path.join(nodesDir, 'package.json');
	const listed = fs.existsSync(nodesManifest) ? JSON.parse(fs.readFileSync(nodesManifest, 'utf8')) : { name: 'installed-nodes', private: true };
	listed.dependencies = { ...listed.dependencies, [packageName]: manifest.version };
	fs.writeFileSync(nodesManifest, `${JSON.stringify(listed, null, '\t')}\n`);
	fs.writeFileSync(stamp, path.basename(tarball));
	log(`Installed ${path.basename(tarball)} into ${target}`);
	return target;
}

module.exports = { packPackage, installPackage, packageName, manifest };
