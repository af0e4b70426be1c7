'use strict';
// npm prints nothing for minutes without a terminal: long installs report the growing node_modules
// every 15 s instead, in the same words wherever they run (npm start, npm test, CI).
const fs = require('node:fs');
const path = require('node:path');

const { log } = require('../log');

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

/** Logs `<label>: <what is happening> (<seconds>s)` every 15 s; returns the function that stops it. */
function showProgress(label, { nodeModules } = {}) {
	const started = Date.now();
	let previous = 0;
	const timer = setInterval(() => {
		const elapsed = Math.round((Date.now() - started) / 1000);
		const packages = nodeModules ? countPackages(nodeModules) : 0;
		let detail = 'still working';
		if (nodeModules && packages === 0) detail = 'resolving dependencies';
		else if (nodeModules) detail = packages > previous ? `${packages} packages placed` : `${packages} packages placed, writing their files`;
		previous = packages;
		log(`${label}: ${detail} (${elapsed}s)`);
	}, 15000);
	return () => clearInterval(timer);
}

module.exports = { showProgress };
