'use strict';
// Talking to the sandboxes from the e2e checks: their own APIs (to set up data) and control APIs.
const { control } = require('../../harness/services/sandboxProcess');

async function resetAll(services, names = Object.keys(services)) {
	for (const name of names) await control(services[name].baseUrl, 'reset');
}

const journal = (services, name) => control(services[name].baseUrl, 'journal');

/** Creates an order through the KeyCRM sandbox's own API, as a shop's site would. */
async function createKeyCrmOrder(services, order) {
	const response = await fetch(`${services.keyCrm.baseUrl}/order`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${services.keyCrm.apiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify(order),
	});
	const body = await response.json();
	if (response.status !== 201) throw new Error(`KeyCRM sandbox refused the order (${response.status}): ${JSON.stringify(body)}`);
	return body;
}

module.exports = { resetAll, journal, createKeyCrmOrder, control };
