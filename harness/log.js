'use strict';
// One prefix for every line our scripts print, so they stand out from n8n's own log.
const started = Date.now();

function log(message) {
	const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
	process.stdout.write(`[order-sync ${seconds}s] ${message}\n`);
}

module.exports = { log };
