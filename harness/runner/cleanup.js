'use strict';
// Everything the benchmarks start (sandboxes, n8n in its own process group) is stopped on the way
// out, also after Ctrl-C or a failure: sections register a stop function while their process runs.
const stops = new Set();

function onCleanup(stop) {
	stops.add(stop);
	return () => stops.delete(stop);
}

async function cleanupAll() {
	for (const stop of [...stops].reverse()) {
		stops.delete(stop);
		await Promise.resolve()
			.then(stop)
			.catch(() => undefined);
	}
}

module.exports = { onCleanup, cleanupAll };
