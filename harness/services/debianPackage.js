'use strict';
// Services the queue-mode tests need (PostgreSQL, Redis) come from Debian's own packages: installed
// with apt-get when missing, once per machine.
const fs = require('node:fs');

const { withLock } = require('../install/lock');
const { log } = require('../log');
const { cacheDir } = require('../paths');
const { run } = require('../run');

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Makes sure `present()` holds, installing the Debian `packages` when it does not. Only root may
 * install; anyone else is told the one command to run.
 */
async function ensureDebianPackages(packages, present, what) {
	if (present()) return;
	if (!isRoot() || !fs.existsSync('/usr/bin/apt-get')) {
		throw new Error(`${what} is missing: install it with "sudo apt-get install -y ${packages.join(' ')}" and run again`);
	}
	// Two runs sharing a cache would otherwise race for dpkg's lock.
	await withLock(`${cacheDir}/apt`, async () => {
		if (present()) return;
		log(`Installing ${packages.join(', ')} from Debian (apt-get, once per machine, ~1 minute)`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const install = ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', ...packages];
		try {
			await run('apt-get', install, { env, quiet: true });
		} catch {
			// A fresh image has no package lists yet.
			await run('apt-get', ['update', '-o', 'DPkg::Lock::Timeout=300'], { env, quiet: true });
			await run('apt-get', install, { env, quiet: true });
		}
	});
	if (!present()) throw new Error(`${what} is still missing after apt-get install ${packages.join(' ')}`);
}

module.exports = { ensureDebianPackages, isRoot };
