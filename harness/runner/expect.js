'use strict';
// Assertions for the checks of the real-n8n suites: they say what was expected and what came.

function expect(condition, message, actual) {
	if (!condition) throw new Error(actual === undefined ? message : `${message}\n    got: ${JSON.stringify(actual)?.slice(0, 800)}`);
}

function expectEqual(actual, expected, what) {
	const a = JSON.stringify(actual);
	const e = JSON.stringify(expected);
	if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Polls `probe` until it returns a truthy value or the time is up. */
async function eventually(probe, { timeoutMs = 15000, intervalMs = 250, what = 'condition' } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline) {
		last = await probe();
		if (last) return last;
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
	throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

module.exports = { expect, expectEqual, eventually };
