'use strict';
// A folder lock, so two runs sharing one cache (a CI job and a developer, two checkouts) do not
// install into the same folder at once. A lock whose owner process is gone is taken over.
const fs = require('node:fs');
const path = require('node:path');

const { log } = require('../log');

function ownerAlive(lockDir) {
	try {
		const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

/** Runs `work` holding `<dir>.lock`; waits (up to `timeoutMs`) while another live process holds it. */
async function withLock(dir, work, timeoutMs = 30 * 60 * 1000) {
	const lockDir = `${dir}.lock`;
	fs.mkdirSync(path.dirname(lockDir), { recursive: true });
	const deadline = Date.now() + timeoutMs;
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			// Give a just-created lock a moment to get its pid file before judging it stale.
			const age = Date.now() - fs.statSync(lockDir).mtimeMs;
			if (age > 5000 && !ownerAlive(lockDir)) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (Date.now() > deadline) throw new Error(`Gave up waiting for ${lockDir}`);
			if (!announced) log(`Waiting for another run to finish with ${dir}`);
			announced = true;
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
	try {
		return await work();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

module.exports = { withLock };
