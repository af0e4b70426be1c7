'use strict';
// The API sandboxes in their own process (so they do not share the engine's event loop or memory),
// prepared before each run through their control API: empty store, known records, a rate limit.
const { startSandboxes, control } = require('../../harness/services/sandboxProcess');

async function startBenchSandboxes() {
	const { services, stop } = await startSandboxes({ basePort: 0, echo: false });
	const seeded = {};

	/** Empties the operation's sandbox, creates KeyCRM orders 1..n when it needs ids, then applies `rateLimit`. */
	async function prepare(operation, { rateLimit } = {}) {
		const service = services[operation.service];
		await control(service.baseUrl, 'reset');
		const count = operation.ids ?? 0;
		for (let index = 1; index <= count; index++) {
			const response = await fetch(`${service.baseUrl}/order`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${service.apiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
				body: JSON.stringify({ source_id: 1, buyer: { full_name: `Seed buyer ${index}` } }),
			});
			if (response.status !== 201) throw new Error(`Seeding a KeyCRM order answered ${response.status}`);
		}
		seeded[operation.service] = count;
		// Set last: it also starts a fresh window, and the seeding above is not counted in it.
		await control(service.baseUrl, 'rate-limit', rateLimit ?? {});
		return count ? Array.from({ length: count }, (_, index) => index + 1) : [0];
	}

	/** What the operation's sandbox received since `prepare`, without the seeding requests. */
	async function journal(operation) {
		return (await control(services[operation.service].baseUrl, 'journal')).slice(seeded[operation.service] ?? 0);
	}

	return { services, prepare, journal, stop };
}

module.exports = { startBenchSandboxes };
