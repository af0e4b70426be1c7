'use strict';
// The polling triggers' setup screen: opened in the example workflow that uses each, it shows the
// notices (where the data comes from; Botobot's endpoint is undocumented), the event, n8n's own
// "Poll Times" and the "Fetch Test Event" button; or added from the node panel, it shows Poll Times
// and its own events (a polling trigger has no URL to show).
const { packageName } = require('../../../harness/install/packageInstall');
const { expect } = require('../../../harness/runner/expect');
const { WAIT } = require('../editor');
const { addFromPanel } = require('./nodePanel');

const POLL_TRIGGERS = [
	{ name: 'aplautPollTrigger', service: 'Aplaut', mustSay: 'The first check after activation' },
	{ name: 'botobotPollTrigger', service: 'Botobot', mustSay: "Based on Botobot's undocumented GET /orders" },
];

// Added fresh from the node panel: the event dropdown lists exactly these.
const PANEL_POLL_TRIGGERS = [
	{
		name: 'keyCrmPollTrigger',
		service: 'KeyCRM',
		events: ['New Buyer', 'New or Moved Pipeline Card', 'New Order', 'New Pipeline Card', 'Updated Order'],
	},
];

function pollTriggerStep(context, trigger) {
	const typeName = `${packageName}.${trigger.name}`;
	const type = context.nodeTypes.find((candidate) => candidate.name === typeName);
	const name = `trigger: ${trigger.service} Poll Trigger shows its notices, event, Poll Times and Fetch Test Event`;
	if (!type) return { name, skip: `${typeName} is not in this build yet` };
	const workflow = context.workflows.find((candidate) => candidate.nodes.some((node) => node.type === typeName));
	if (!workflow) return { name, skip: `no example workflow uses ${typeName}` };
	return {
		name,
		async run({ editor }) {
			const node = workflow.nodes.find((candidate) => candidate.type === typeName);
			expect(type.polling === true, `${type.displayName} is a polling node`);
			await editor.openWorkflow(workflow.id);
			await editor.openNode(node.name);
			const ndv = editor.ndv();
			await ndv.getByText(trigger.mustSay).first().waitFor({ timeout: WAIT.short });
			await ndv.getByText('Poll Times', { exact: true }).first().waitFor({ timeout: WAIT.short });
			await ndv.getByText('Event', { exact: true }).first().waitFor({ timeout: WAIT.short });
			await ndv.getByText('Fetch Test Event').first().waitFor({ timeout: WAIT.short });
			await editor.screenshot(`5-trigger-${trigger.name}`);
			process.stdout.write(`  ${type.displayName}: notice, Event, Poll Times and Fetch Test Event shown\n`);
			await editor.closeNdv();
		},
	};
}

function panelPollTriggerStep(context, trigger) {
	const typeName = `${packageName}.${trigger.name}`;
	const type = context.nodeTypes.find((candidate) => candidate.name === typeName);
	const name = `trigger: ${type?.displayName ?? trigger.name} shows Poll Times and its events`;
	if (!type) return { name, skip: `${typeName} is not in this build yet` };
	return {
		name,
		async run({ editor }) {
			expect(type.polling === true, `${type.displayName} should be a polling node`);
			await editor.newWorkflow();
			await addFromPanel(editor, type);
			await editor.canvasNode(type.name).dblclick();
			await editor.ndv().waitFor({ timeout: WAIT.short });
			await editor.ndv().getByText('Poll Times', { exact: true }).first().waitFor({ timeout: WAIT.short });
			const shown = await editor.dropdownOptions('event');
			expect(JSON.stringify(shown) === JSON.stringify(trigger.events), `${type.displayName} events`, shown);
			await editor.page.keyboard.press('Escape');
			await editor.page.waitForFunction(() => !document.querySelector('.el-popper[aria-hidden="false"] .el-select-dropdown__item'), undefined, {
				timeout: WAIT.short,
			});
			await editor.screenshot(`5-trigger-${trigger.name}`);
			process.stdout.write(`  ${type.displayName}: Poll Times and events ${shown.join(', ')}\n`);
			await editor.closeNdv();
		},
	};
}

const pollTriggerSteps = (context) => [
	...POLL_TRIGGERS.map((trigger) => pollTriggerStep(context, trigger)),
	...PANEL_POLL_TRIGGERS.map((trigger) => panelPollTriggerStep(context, trigger)),
];

module.exports = { pollTriggerSteps };
