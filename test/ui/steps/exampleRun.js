'use strict';
// Step 6: one example workflow run from the editor ("Execute workflow"), its output items seen in
// the output panel of its last node, and the same items in the execution n8n stored.
const { missingOperations } = require('../../../scripts/lib/nodeTypes');
const { control } = require('../../../scripts/lib/sandboxProcess');
const { expect, eventually } = require('../../e2e/steps');
const { WAIT } = require('../editor');

// Example 4 delivers KeyCRM order 1 with Broniboy; it needs that order to have an address.
const EXAMPLE_ID = 'osExCrmToCourier';

/** KeyCRM order 1 as a shop's site would create it: a fresh sandbox makes it number 1. */
async function prepareOrder(services) {
	await control(services.keyCrm.baseUrl, 'reset');
	const response = await fetch(`${services.keyCrm.baseUrl}/order`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${services.keyCrm.apiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify({
			source_id: 2,
			source_uuid: '1001',
			buyer: { full_name: 'Anna Koval', email: 'anna@example.com', phone: '+380501112233' },
			shipping: { shipping_address_city: 'Kyiv', shipping_secondary_line: 'Khreshchatyk St 22, apt 5', recipient_phone: '+380671234567' },
			products: [{ sku: 'TEA-001', name: 'Green tea 100 g', price: 250, quantity: 2 }],
		}),
	});
	const order = await response.json();
	expect(response.status === 201 && order.id === 1, 'the KeyCRM sandbox should create order 1 for the example', order);
}

function textLeaves(value) {
	if (typeof value === 'string') return [value];
	if (value && typeof value === 'object') return Object.values(value).flatMap(textLeaves);
	return [];
}

/** The node that ran last: it has run data and none of the nodes it feeds ran. */
function lastRanNode(workflow, runData) {
	const ran = Object.keys(runData);
	const feeds = (name) => (workflow.connections[name]?.main ?? []).flat().map((connection) => connection.node);
	const last = ran.filter((name) => !feeds(name).some((next) => ran.includes(next)));
	return last[last.length - 1];
}

function exampleRunStep(context) {
	const workflow = context.workflows.find((candidate) => candidate.id === EXAMPLE_ID);
	const name = `example run: "${workflow?.name ?? EXAMPLE_ID}" executed from the editor shows its output items`;
	if (!workflow) return { name, skip: `examples/ has no workflow ${EXAMPLE_ID}` };
	const missing = missingOperations(workflow, context.allNodeTypes);
	if (missing.length > 0) return { name, skip: `n8n has no ${missing.join(', ')} yet` };
	return {
		name,
		async run({ editor, api, services }) {
			await prepareOrder(services);
			const before = await api.publicApi('GET', `/executions?workflowId=${workflow.id}&limit=1`);
			const previousId = before.data[0]?.id;
			await editor.openWorkflow(workflow.id);
			await editor.byId('execute-workflow-button').click();
			const execution = await eventually(
				async () => {
					const { data } = await api.publicApi('GET', `/executions?workflowId=${workflow.id}&limit=1&includeData=true`);
					return data[0] && data[0].id !== previousId && data[0].finished !== undefined && data[0].stoppedAt ? data[0] : undefined;
				},
				{ timeoutMs: WAIT.long * 2, intervalMs: 1000, what: `an execution of "${workflow.name}"` },
			);
			expect(execution.status === 'success', `the run should succeed`, { status: execution.status, error: execution.data?.resultData?.error });
			const runData = execution.data.resultData.runData;
			const nodeName = lastRanNode(workflow, runData);
			const items = runData[nodeName][0].data.main.flat().filter(Boolean);
			expect(items.length > 0, `${nodeName} should have output items`);
			await editor.screenshot('6-run-canvas');

			await editor.openNode(nodeName);
			const output = editor.byId('output-panel');
			const count = `${items.length} item${items.length === 1 ? '' : 's'}`;
			await output.getByText(count, { exact: false }).first().waitFor({ timeout: WAIT.short });
			// A text value from the stored output must be on screen; the JSON view shows nested ones too.
			await output.getByTestId('radio-button-json').click();
			const sample = textLeaves(items[0].json)
				.filter((value) => value.length < 60)
				.sort((a, b) => b.length - a.length)[0];
			expect(sample, `${nodeName}'s first item should have a short text value to look for`, items[0].json);
			await output.getByText(sample, { exact: false }).first().waitFor({ timeout: WAIT.short });
			await editor.screenshot('6-run-output');
			process.stdout.write(`  "${nodeName}" shows ${count}; "${sample}" visible in the output panel\n`);
			await editor.closeNdv();
		},
	};
}

module.exports = { exampleRunStep };
