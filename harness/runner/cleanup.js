'use strict';
// Everything a run starts (sandboxes, n8n and its process group, PostgreSQL, Redis, a browser) is
// stopped on the way out, last started first, also after Ctrl-C, a failure or a hang: whatever
// starts something registers its stop while it runs. One registry per process.
const { log } = require('../log');
const { stopRunning } = require('../run');

const stops = new Set();

/** Registers `stop`; returns the function that forgets it again (once it was stopped another way). */
function onCleanup(stop) {
	stops.add(stop);
	return () => stops.delete(stop);
}

/** Ends the commands still running, then runs every registered stop once. */
async function cleanupAll() {
	stopRunning();
	for (const stop of [...stops].reverse()) {
		stops.delete(stop);
		await Promise.resolve()
			.then(stop)
			.catch((error) => log(`cleanup: ${error.message}`));
	}
}

/** Ctrl-C and SIGTERM clean up, then exit with `code`. */
function cleanUpOnSignals(code = 130) {
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanupAll().then(() => process.exit(code)));
}

/** A run that takes longer than `limitMs` is stopped: cleaned up, exit 1. */
function stopAfter(limitMs, what) {
	const timer = setTimeout(() => {
		log(`${what} ran longer than ${limitMs / 60000} minutes: stopping everything`);
		void cleanupAll().then(() => process.exit(1));
	}, limitMs);
	timer.unref();
}

module.exports = { onCleanup, cleanupAll, cleanUpOnSignals, stopAfter };
