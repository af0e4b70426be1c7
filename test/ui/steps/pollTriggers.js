'use strict';
// Each polling trigger's setup screen: added from the node panel, it shows n8n's Poll Times and its
// own events (a polling trigger has no URL to show).
const { packageName } = require('../../../scripts/lib/packageInstall');
const { expect } = require('../../e2e/steps');
const { WAIT } = require('../editor');
const { addFromPanel } = require('./nodePanel');

const POLL_TRIGGERS = [
	{
		name: 'keyCrmPollTrigger',
		service: 'KeyCRM',
		events: ['New Buyer', 'New or Moved Pipeline Card', 'New Order', 'New Pipeline Card', 'Updated Order'],
	},
];

function pollTriggerStep(context, trigger) {
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

const pollTriggerSteps = (context) => POLL_TRIGGERS.map((trigger) => pollTriggerStep(context, trigger));

module.exports = { pollTriggerSteps };
