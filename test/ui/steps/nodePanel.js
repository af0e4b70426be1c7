'use strict';
// Step 1: every node of the package is found in the node panel by its service name and lands on
// the canvas of a new workflow; its codex reaches the panel: n8n serves its category to the editor
// and the panel finds the node by a search word of the codex (n8n 2.41.1 shows an app node's
// category nowhere in the panel: its categories only sort core and AI nodes).
const { expect } = require('../../../harness/runner/expect');
const { WAIT } = require('../editor');

/** "Broniboy Trigger" is found by typing "Broniboy", like a user who knows the service. */
const serviceName = (type) => type.displayName.replace(/ Trigger$/, '');
const isTrigger = (type) => (type.group ?? []).includes('trigger');

/**
 * Searches the node panel of a new workflow for the service of `type`, opens the service's entry
 * and returns the first trigger or action that adds a node of `type`.
 */
async function openServiceActions(editor, type, { slug } = {}) {
	await editor.newWorkflow();
	await editor.searchNodePanel(serviceName(type));
	const entry = editor.nodePanelEntry(serviceName(type));
	await entry.waitFor({ timeout: WAIT.short });
	if (slug) await editor.screenshot(`1-panel-${slug}`);
	await entry.click();
	// The service's triggers and actions slide in; a trigger type is under "Triggers", a regular
	// node under "Actions" (collapsed when the service also has triggers).
	const section = editor.byId('node-creator-category-item').filter({ hasText: isTrigger(type) ? /^Triggers/ : /^Actions/ });
	await section.waitFor({ timeout: WAIT.short });
	await entry.waitFor({ state: 'detached', timeout: WAIT.short });
	if ((await section.locator('..').getAttribute('data-category-collapsed')) === 'true') await section.click();
	const action = editor.actionsOf(type.name).first();
	await action.waitFor({ timeout: WAIT.short });
	return action;
}

/** The codex search word least like the node's name: the panel must find the node by it alone. */
const searchAlias = (type) =>
	(type.codex?.alias ?? [])
		.filter((alias) => !type.displayName.toLowerCase().includes(alias.toLowerCase()))
		.sort((a, b) => b.length - a.length)[0];

/** The node's codex categories as n8n serves them to the editor, and the node found by its alias. */
async function checkCodexInPanel(editor, type, { slug } = {}) {
	const categories = type.codex?.categories ?? [];
	expect(categories.length > 0, `n8n serves ${type.displayName} to the editor with its codex categories`, type.codex);
	const alias = searchAlias(type);
	expect(alias !== undefined, `${type.displayName} has a codex search word besides its name`, type.codex);
	await editor.newWorkflow();
	await editor.searchNodePanel(alias);
	await editor.nodePanelEntry(serviceName(type)).waitFor({ timeout: WAIT.short });
	if (slug) await editor.screenshot(`1-alias-${slug}`);
	return { alias, categories };
}

async function addFromPanel(editor, type, { slug } = {}) {
	const action = await openServiceActions(editor, type, { slug });
	if (slug) await editor.screenshot(`1-actions-${slug}`);
	const actionName = (await action.innerText()).split('\n')[0].trim();
	await action.click();
	await editor.ndv().waitFor({ timeout: WAIT.long });
	await editor.closeNdv();
	const node = editor.canvasNode(type.name);
	await node.waitFor({ timeout: WAIT.short });
	return { actionName, node };
}

function nodePanelStep(context) {
	return {
		name: `node panel: each of our ${context.nodeTypes.length} nodes has its codex category, is found by its service name and by a codex search word, and is added to a new workflow`,
		async run({ editor, nodeTypes }) {
			expect(nodeTypes.length >= 4, 'n8n should have loaded at least four node types of the package', nodeTypes.map((t) => t.name));
			for (const type of nodeTypes) {
				const slug = type.name.split('.').pop();
				const { alias, categories } = await checkCodexInPanel(editor, type, { slug });
				const { actionName, node } = await addFromPanel(editor, type, { slug });
				expect((await node.count()) === 1, `one ${type.displayName} node on the canvas after picking "${actionName}"`);
				const drawnAsTrigger = (await node.getByTestId('canvas-trigger-node').count()) > 0;
				expect(drawnAsTrigger === isTrigger(type), `${type.displayName} drawn as ${isTrigger(type) ? 'a trigger' : 'a regular node'}`);
				await editor.screenshot(`1-canvas-${slug}`);
				process.stdout.write(
					`  ${type.displayName}: found as "${serviceName(type)}", added with "${actionName}"; ` +
						`category ${categories.join(', ')}, found by "${alias}"\n`,
				);
			}
		},
	};
}

module.exports = { nodePanelStep, addFromPanel, checkCodexInPanel, openServiceActions, serviceName, isTrigger };
