'use strict';
// Step 6: the example workflows that start by hand, each run from the editor ("Execute workflow")
// on the demo data `npm start` seeds; the output items of its last node are seen in the output
// panel and match the execution n8n stored.
const { missingOperations } = require('../../../harness/n8n/nodeTypes');
const { expect, eventually } = require('../../../harness/runner/expect');
const { WAIT } = require('../editor');

const isManual = (workflow) => workflow.nodes.some((node) => node.type === 'n8n-nodes-base.manualTrigger');

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

async function runFromEditor({ editor, api }, workflow, shot) {
	const before = await api.publicApi('GET', `/executions?workflowId=${workflow.id}&limit=1`);
	const previousId = before.data[0]?.id;
	await editor.openWorkflow(workflow.id);
	await editor.byId('execute-workflow-button').click();
	const execution = await eventually(
		async () => {
			const { data } = await api.publicApi('GET', `/executions?workflowId=${workflow.id}&limit=1&includeData=true`);
			return data[0] && data[0].id !== previousId && data[0].stoppedAt ? data[0] : undefined;
		},
		{ timeoutMs: WAIT.long * 2, intervalMs: 1000, what: `an execution of "${workflow.name}"` },
	);
	expect(execution.status === 'success', `"${workflow.name}" should run successfully from the editor`, {
		status: execution.status,
		error: execution.data?.resultData?.error?.message,
	});
	const runData = execution.data.resultData.runData;
	const nodeName = lastRanNode(workflow, runData);
	const items = runData[nodeName][0].data.main.flat().filter(Boolean);
	expect(items.length > 0, `${nodeName} should have output items`);
	await editor.screenshot(`6-run-${shot}-canvas`);

	await editor.openNode(nodeName);
	const output = editor.byId('output-panel');
	const count = `${items.length} item${items.length === 1 ? '' : 's'}`;
	await output.getByText(count, { exact: false }).first().waitFor({ timeout: WAIT.short });
	// A text value from the stored output must be on screen; the JSON view shows nested ones too.
	await output.getByTestId('radio-button-json').click();
	// One line: the JSON view shows a line break as "\n", so a text across lines is not found as it is.
	const sample = textLeaves(items[0].json)
		.filter((value) => value.length < 60 && !value.includes('\n'))
		.sort((a, b) => b.length - a.length)[0];
	expect(sample, `${nodeName}'s first item should have a short text value to look for`, items[0].json);
	await output.getByText(sample, { exact: false }).first().waitFor({ timeout: WAIT.short });
	await editor.screenshot(`6-run-${shot}-output`);
	process.stdout.write(`  ${workflow.name}: "${nodeName}" shows ${count}; "${sample}" visible in the output panel\n`);
	await editor.closeNdv();
}

function exampleRunStep(context) {
	const manual = context.workflows.filter(isManual);
	const runnable = manual.filter((workflow) => missingOperations(workflow, context.allNodeTypes).length === 0);
	const name = `example runs: ${runnable.length} of ${manual.length} manual example workflows run from the editor and show their output items`;
	if (runnable.length === 0) return { name, skip: 'no manual example uses only loaded operations yet' };
	return {
		name,
		async run(stepContext) {
			for (const workflow of runnable) await runFromEditor(stepContext, workflow, workflow.id);
		},
	};
}

module.exports = { exampleRunStep };
