'use strict';
// Step 3: dropdowns filled from the sandbox account. KeyCRM Order → Create (Source, Payment
// method) when the loaded KeyCRM node has that operation; until then the Broniboy Place dropdown,
// the one dropdown the package already ships.
const { hasOperation } = require('../../../scripts/lib/nodeTypes');
const { packageName } = require('../../../scripts/lib/packageInstall');
const { expect } = require('../../e2e/steps');
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

function dropdownStep({ nodeTypes }) {
	const keyCrmCreate = hasOperation(nodeTypes, `${packageName}.keyCrm`, 'order', 'create');
	return keyCrmCreate
		? { name: 'dropdowns: KeyCRM Order → Create shows the sandbox account’s sources and payment methods', run: keyCrmOrderCreate }
		: {
				name: 'dropdowns: Broniboy Place Workload → Get shows the sandbox account’s places (KeyCRM Order → Create not built yet)',
				run: broniboyPlace,
			};
}

module.exports = { dropdownStep };
