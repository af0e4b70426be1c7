'use strict';
// Step 3b: example 1 opened in the editor: its KeyCRM node shows the "From a Botobot Order" preset
// (Input Mode, the preset's notice, the Source and the Payment Method for Paid Orders), no expression.
const { eventually, expect } = require('../../../harness/runner/expect');
const { WAIT } = require('../editor');

const EXAMPLE_1 = 'osExBotobotToCrm';

async function presetInExample1({ editor }) {
	await editor.openWorkflow(EXAMPLE_1);
	await editor.openNode('Create KeyCRM order');
	const ndv = editor.ndv();
	const inputMode = ndv.getByTestId('parameter-input-inputMode').locator('input').first();
	await inputMode.waitFor({ timeout: WAIT.short });
	expect((await inputMode.inputValue()) === 'From a Botobot Order', 'Input Mode shows the preset', await inputMode.inputValue());
	await ndv.getByText('come from the Botobot order', { exact: false }).first().waitFor({ timeout: WAIT.short });
	for (const name of ['sourceId', 'paymentMethodId']) {
		await ndv.getByTestId(`parameter-input-${name}`).waitFor({ timeout: WAIT.short });
	}
	// The dropdowns load their options from the sandbox account: the screenshot waits for the chosen names.
	for (const [name, shown] of [['sourceId', 'Telegram Bot'], ['paymentMethodId', 'Bank card']]) {
		const input = ndv.getByTestId(`parameter-input-${name}`).locator('input').first();
		await eventually(async () => ((await input.inputValue()) === shown ? true : undefined), { timeoutMs: WAIT.long, intervalMs: 300, what: `${name} showing "${shown}"` });
	}
	const expressions = await ndv.locator('.cm-content, [data-test-id="inline-expression-editor-input"]').count();
	expect(expressions === 0, 'no field of the preset holds an expression', expressions);
	await editor.screenshot('3-keycrm-preset-from-botobot');
	await editor.closeNdv();
}

function presetPanelSteps() {
	return [{ name: 'preset: example 1’s KeyCRM node shows Input Mode "From a Botobot Order" with its dropdowns', run: presetInExample1 }];
}

module.exports = { presetPanelSteps };
