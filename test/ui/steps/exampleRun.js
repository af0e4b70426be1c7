'use strict';
// Step 6: one example workflow run from the editor ("Execute workflow"), its output items seen in
// the output panel of its last node, and the same items in the execution n8n stored.
const { missingOperations } = require('../../../scripts/lib/nodeTypes');
const { expect, eventually } = require('../../e2e/steps');
const { WAIT } = require('../editor');

const isManual = (workflow) => workflow.nodes.some((node) => node.type === 'n8n-nodes-base.manualTrigger');

/** The node that ran last: it has run data and none of the nodes it feeds ran. */
function lastRanNode(workflow, runData) {
	const ran = Object.keys(runData);
	const feeds = (name) => (workflow.connections[name]?.main ?? []).flat().map((connection) => connection.node);
	const last = ran.filter((name) => !feeds(name).some((next) => ran.includes(next)));
	return last[last.length - 1];
}

function exampleRunStep(context) {
	const runnable = context.workflows.filter((workflow) => isManual(workflow) && missingOperations(workflow, context.nodeTypes).length === 0);
	const name = 'example run: an example workflow executed from the editor shows its output items';
	if (runnable.length === 0) return { name, skip: 'no example with a manual trigger uses only loaded operations' };
	const workflow = runnable[runnable.length - 1];
	return {
		name: `example run: "${workflow.name}" executed from the editor shows its output items`,
		async run({ editor, api }) {
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
			// A value from the stored output must be on screen (the table shows the first items).
			const sample = Object.values(items[0].json).find((value) => typeof value === 'string' && value.length > 3 && value.length < 40);
			expect(sample, `${nodeName}'s first item should have a short text value to look for`, items[0].json);
			await output.getByText(sample, { exact: false }).first().waitFor({ timeout: WAIT.short });
			await editor.screenshot('6-run-output');
			process.stdout.write(`  "${nodeName}" shows ${count}; "${sample}" visible in the output panel\n`);
			await editor.closeNdv();
		},
	};
}

module.exports = { exampleRunStep };
