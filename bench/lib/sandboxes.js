'use strict';
// The API sandboxes in their own process (so they do not share the engine's event loop or memory),
// prepared before each run through their control API: empty store, known records, a rate limit.
const { startSandboxes, control } = require('../../scripts/lib/sandboxProcess');

async function startBenchSandboxes() {
	const { services, stop } = await startSandboxes({ basePort: 0, echo: false });
	const keyCrm = services.keyCrm;
	let seeded = 0;

	/** Empties the KeyCRM sandbox, creates `orders` orders (ids 1..n), then applies `rateLimit`. */
	async function prepareKeyCrm({ orders = 3, rateLimit } = {}) {
		await control(keyCrm.baseUrl, 'reset');
		for (let index = 1; index <= orders; index++) {
			const response = await fetch(`${keyCrm.baseUrl}/order`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${keyCrm.apiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
				body: JSON.stringify({ source_id: 1, buyer: { full_name: `Seed buyer ${index}` } }),
			});
			if (response.status !== 201) throw new Error(`Seeding a KeyCRM order answered ${response.status}`);
		}
		seeded = orders;
		// Set last: it also starts a fresh window, and the seeding above is not counted in it.
		await control(keyCrm.baseUrl, 'rate-limit', rateLimit ?? {});
		return Array.from({ length: orders }, (_, index) => index + 1);
	}

	/** What the KeyCRM sandbox received since the last prepare, without the seeding requests. */
	async function keyCrmJournal() {
		return (await control(keyCrm.baseUrl, 'journal')).slice(seeded);
	}

	return { services, prepareKeyCrm, keyCrmJournal, stop };
}

module.exports = { startBenchSandboxes };
