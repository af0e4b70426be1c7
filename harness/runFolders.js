'use strict';
// Throwaway folders for one run's services (`<cache>/queue/<kind>-<pid>`). A folder whose run died
// (Ctrl-C twice, a killed CI job) is cleaned up by the next run: its service stopped, the folder removed.
const fs = require('node:fs');
const path = require('node:path');

const { log } = require('./log');
const { cacheDir } = require('./paths');

const queueDir = path.join(cacheDir, 'queue');

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

/**
 * A new folder `<base>/<kind>-<our pid>`, after stopping (`cleanStale(folder)`) and removing the
 * folders of this kind left by runs that are gone. `base` defaults to the cache's `queue/` folder.
 */
async function claimRunFolder(kind, cleanStale = async () => {}, base = queueDir) {
	fs.mkdirSync(base, { recursive: true });
	for (const name of fs.readdirSync(base)) {
		const match = new RegExp(`^${kind}-(\\d+)$`).exec(name);
		if (!match || Number(match[1]) === process.pid || alive(Number(match[1]))) continue;
		log(`Cleaning up ${path.join(base, name)} (left by a run that is gone)`);
		await cleanStale(path.join(base, name)).catch(() => undefined);
		fs.rmSync(path.join(base, name), { recursive: true, force: true });
	}
	const folder = path.join(base, `${kind}-${process.pid}`);
	fs.rmSync(folder, { recursive: true, force: true });
	fs.mkdirSync(folder, { recursive: true });
	return folder;
}

module.exports = { claimRunFolder, queueDir };
