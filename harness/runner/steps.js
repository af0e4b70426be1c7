'use strict';
// A tiny named-step runner: each check runs alone, its failure is reported with its name and the
// run goes on to the next check (unless a step marks itself as required for the rest).

class Steps {
	constructor() {
		this.results = [];
	}

	async run(name, fn, { required = false } = {}) {
		const started = Date.now();
		process.stdout.write(`\n▶ ${name}\n`);
		try {
			await fn();
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			this.results.push({ name, ok: true, seconds });
			process.stdout.write(`✔ ${name} (${seconds} s)\n`);
			return true;
		} catch (error) {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			this.results.push({ name, ok: false, seconds, error: error.message });
			process.stdout.write(`✘ ${name} (${seconds} s)\n  ${error.stack ?? error.message}\n`);
			if (required) throw new Error(`Required step failed: ${name}`);
			return false;
		}
	}

	skip(name, reason) {
		this.results.push({ name, ok: true, skipped: reason });
		process.stdout.write(`\n- ${name}: skipped (${reason})\n`);
	}

	get failed() {
		return this.results.filter((result) => !result.ok);
	}
}

module.exports = { Steps };
