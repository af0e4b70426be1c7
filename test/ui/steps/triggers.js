'use strict';
// Step 5: each trigger shows its production URL and the instructions for giving it to the service.
// Opened in the example workflow that uses it (published by the start), so the URL shown can be
// called: it must reach our trigger (which refuses an unsigned call), not n8n's 404.
const { packageName } = require('../../../harness/install/packageInstall');
const { expect } = require('../../../harness/runner/expect');
const { webhookPathOf } = require('../../../harness/n8n/webhooks');
const { WAIT } = require('../editor');

const TRIGGERS = [
	{ name: 'broniboyTrigger', service: 'Broniboy' },
	{ name: 'botobotTrigger', service: 'Botobot' },
	{ name: 'aplautTrigger', service: 'Aplaut' },
	// Its URL ends in `keycrm/<webhook id>/:secret`: called as shown, the trigger refuses the placeholder secret (401).
	{ name: 'keyCrmTrigger', service: 'KeyCRM' },
];

async function productionUrl(editor) {
	const ndv = editor.ndv();
	const production = ndv.getByTestId('radio-button-production');
	if (!(await production.isVisible())) await ndv.getByText('Webhook URLs', { exact: true }).click();
	await production.click();
	const url = ndv.locator('.webhook-url').first();
	await editor.page.waitForFunction(
		(element) => element && !element.textContent.includes('/webhook-test/'),
		await url.elementHandle(),
		{ timeout: WAIT.short },
	);
	return (await url.innerText()).trim();
}

function triggerStep(context, trigger) {
	const typeName = `${packageName}.${trigger.name}`;
	const type = context.nodeTypes.find((candidate) => candidate.name === typeName);
	const name = `trigger: ${trigger.service} Trigger shows its production URL and how to give it to ${trigger.service}`;
	if (!type) return { name, skip: `${typeName} is not in this build yet` };
	const workflow = context.workflows.find((candidate) => candidate.nodes.some((node) => node.type === typeName));
	if (!workflow) return { name, skip: `no example workflow uses ${typeName}` };
	return {
		name,
		async run({ editor, baseUrl, api }) {
			const node = workflow.nodes.find((candidate) => candidate.type === typeName);
			const published = (await api.publicApi('GET', `/workflows/${workflow.id}`)).active;
			expect(published, `"${workflow.name}" should have been published by the start (it uses only loaded operations)`);
			await editor.openWorkflow(workflow.id);
			await editor.openNode(node.name);
			const url = await productionUrl(editor);
			const expected = `${baseUrl}/webhook/${node.webhookId}/${webhookPathOf(type.webhooks[0], node)}`;
			expect(url === expected, `production URL shown should be ${expected}`, url);
			const notice = type.properties.find((property) => property.type === 'notice');
			expect(notice && /Production URL/.test(notice.displayName), `${type.displayName} should have a notice that tells what to do with the Production URL`);
			// The notice may hold HTML (<code>): look for its plain opening words.
			const opening = notice.displayName.split('<')[0].slice(0, 60).trim();
			await editor.ndv().getByText(opening).first().waitFor({ timeout: WAIT.short });
			await editor.screenshot(`5-trigger-${trigger.name}`);
			const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
			expect(response.status !== 404, `the production URL shown should be live, got ${response.status}`);
			expect(response.status >= 400 && response.status < 500, `an unsigned call to ${url} should be refused`, response.status);
			process.stdout.write(`  ${url} shown; unsigned POST refused with ${response.status}\n`);
			await editor.closeNdv();
		},
	};
}

const triggerSteps = (context) => TRIGGERS.map((trigger) => triggerStep(context, trigger));

module.exports = { triggerSteps };
