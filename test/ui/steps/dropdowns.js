'use strict';
// Step 3: dropdowns filled from the sandbox account: KeyCRM Order → Create (Source, Payment
// method; skipped while a build lacks that operation) and the Broniboy Place dropdown.
const { SANDBOX_CREDENTIALS } = require('../../../harness/n8n/credentials');
const { hasOperation } = require('../../../harness/n8n/nodeTypes');
const { packageName } = require('../../../harness/install/packageInstall');
const { expect } = require('../../../harness/runner/expect');
const { WAIT } = require('../editor');
const { addFromPanel } = require('./nodePanel');

async function sandboxList(url, headers) {
	const response = await fetch(url, { headers: { Accept: 'application/json', ...headers } });
	const body = await response.json();
	expect(response.ok, `sandbox ${url} answered ${response.status}`, body);
	const rows = Array.isArray(body) ? body : body.data;
	return rows.map((row) => String(row.name ?? row.full_name ?? row.title ?? row.id));
}

function expectSameNames(shown, expected, what) {
	const missing = expected.filter((name) => !shown.includes(name));
	expect(expected.length > 0, `the sandbox should have ${what} to show`);
	expect(missing.length === 0, `${what} dropdown lacks ${missing.join(', ')} (shown: ${shown.join(', ')})`);
	expect(shown.length === expected.length, `${what} dropdown shows ${shown.length} entries, the sandbox has ${expected.length}`, shown);
}

async function openNodeOf(editor, nodeTypes, name) {
	const type = nodeTypes.find((candidate) => candidate.name === `${packageName}.${name}`);
	expect(type, `n8n should have loaded ${packageName}.${name}`);
	await addFromPanel(editor, type);
	await editor.canvasNode(type.name).dblclick();
	await editor.ndv().waitFor({ timeout: WAIT.short });
	// The credential the start imported, pointing at the sandbox (n8n preselects the newest one).
	const credentialType = type.credentials[0].name;
	const sandbox = SANDBOX_CREDENTIALS.find((candidate) => candidate.type === credentialType);
	await editor.choose('credential', sandbox.name, { testId: 'node-credentials-select' });
}

async function keyCrmOrderCreate({ editor, nodeTypes, services }) {
	const auth = { Authorization: `Bearer ${services.keyCrm.apiKey}` };
	const sources = await sandboxList(`${services.keyCrm.baseUrl}/order/source?limit=50`, auth);
	const methods = await sandboxList(`${services.keyCrm.baseUrl}/order/payment-method?limit=50`, auth);
	await openNodeOf(editor, nodeTypes, 'keyCrm');
	await editor.choose('resource', 'Order');
	await editor.choose('operation', 'Create');
	expectSameNames(await editor.dropdownOptions('sourceId'), sources, 'KeyCRM Source');
	await editor.screenshot('3-keycrm-order-create-source');
	await editor.page.keyboard.press('Escape');
	await editor.ndv().getByRole('button', { name: 'Add payment' }).click();
	expectSameNames(await editor.dropdownOptions('payment_method_id'), methods, 'KeyCRM Payment Method');
	await editor.screenshot('3-keycrm-order-create-payment-method');
	await editor.page.keyboard.press('Escape');
	await editor.closeNdv();
}

async function broniboyPlace({ editor, nodeTypes, services }) {
	const places = await sandboxList(`${services.broniboy.baseUrl}/places/`, { 'X-App-Token': services.broniboy.appToken });
	await openNodeOf(editor, nodeTypes, 'broniboy');
	await editor.choose('resource', 'Place Workload');
	await editor.choose('operation', 'Get');
	expectSameNames(await editor.dropdownOptions('placeId'), places, 'Broniboy Place');
	await editor.screenshot('3-broniboy-place-dropdown');
	await editor.page.keyboard.press('Escape');
	await editor.closeNdv();
}

function dropdownSteps({ nodeTypes }) {
	const keyCrm = { name: 'dropdowns: KeyCRM Order → Create shows the sandbox account’s sources and payment methods', run: keyCrmOrderCreate };
	if (!hasOperation(nodeTypes, `${packageName}.keyCrm`, 'order', 'create')) keyCrm.skip = 'KeyCRM Order → Create is not in this build yet';
	return [keyCrm, { name: 'dropdowns: Broniboy Place Workload → Get shows the sandbox account’s places', run: broniboyPlace }];
}

module.exports = { dropdownSteps };
