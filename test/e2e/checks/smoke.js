'use strict';
// One call to each service through a workflow run by n8n: proves the package, credentials and
// sandboxes talk to each other inside the real product.
const { control } = require('../../../harness/services/sandboxProcess');
const { executeWorkflow, nodeOutput } = require('../n8nRun');
const { expect, expectEqual } = require('../../../harness/runner/expect');

async function checkSmokeWorkflow({ instance, services, summary }) {
	for (const service of Object.values(services)) await control(service.baseUrl, 'reset');
	const run = await executeWorkflow(instance, 'osE2eSmokeCalls1');
	summary.workflows.push('E2E: one call to each service');
	await verifySmokeRun({ services }, run);
}

/**
 * What the smoke workflow's run (n8n execute's output, or an execution read with its data: both
 * hold `data.resultData.runData`) put out, and what the sandboxes received from it.
 */
async function verifySmokeRun({ services }, run) {
	// What n8n shows must be what the service has: ask the sandbox's own API for comparison.
	const answer = await fetch(`${services.broniboy.baseUrl}/places/`, { headers: { 'X-App-Token': services.broniboy.appToken } });
	const seeded = (await answer.json()).data;
	expect(Array.isArray(seeded) && seeded.length > 0, 'the Broniboy sandbox lists places', seeded);
	const places = nodeOutput(run, 'Broniboy: list places');
	expectEqual(places.map((place) => place.id), seeded.map((place) => place.id), 'Broniboy places in n8n');
	const confirmed = nodeOutput(run, 'Botobot: confirm order 1001').map(({ id, status, updated }) => ({ id, status, updated }));
	expectEqual(confirmed, [{ id: 1001, status: 20, updated: true }], 'Botobot Update Status output');
	expectEqual(nodeOutput(run, 'KeyCRM: list orders'), [], 'KeyCRM orders (the sandbox was reset)');

	const keyCrm = await control(services.keyCrm.baseUrl, 'journal');
	expect(keyCrm.some((entry) => entry.method === 'GET' && entry.path === '/order' && entry.status === 200), 'KeyCRM got GET /order', keyCrm);
	const botobot = await control(services.botobot.baseUrl, 'journal');
	const update = botobot.find((entry) => entry.path.startsWith('/updateOrderStatus/'));
	expect(update, 'Botobot got updateOrderStatus', botobot);
	expectEqual({ id: String(update.body.id), status: String(update.body.status) }, { id: '1001', status: '20' }, 'Botobot updateOrderStatus body');
	const broniboy = await control(services.broniboy.baseUrl, 'journal');
	expect(broniboy.some((entry) => entry.path === '/places/' && entry.headers['x-app-token']), 'Broniboy got GET /places/ with X-App-Token', broniboy);
}

module.exports = { checkSmokeWorkflow, verifySmokeRun };
