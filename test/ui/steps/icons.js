'use strict';
// Step 2: every node and credential icon of the package renders in the light and the dark theme:
// the <img> points at our own file for that theme, the browser decodes it, it paints most of its
// box, and its bytes are the file in icons/. n8n's fallback for a missing icon is a letter in a
// box drawn with text, which has no such <img>.
const fs = require('node:fs');
const path = require('node:path');

const { root } = require('../../../harness/paths');
const { expect } = require('../../../harness/runner/expect');
const { imageReport, WAIT } = require('../editor');
const { openServiceActions } = require('./nodePanel');

const THEMES = ['light', 'dark'];

/** `icons/n8n-nodes-order-sync/dist/icons/keycrm.svg` → `keycrm.svg` (the file in our icons/ folder). */
function expectedIconFile(type, theme) {
	const url = typeof type.iconUrl === 'string' ? type.iconUrl : type.iconUrl?.[theme];
	expect(typeof url === 'string', `${type.displayName} should declare an icon for the ${theme} theme`, type.iconUrl);
	return path.basename(url);
}

async function checkIcon(editor, img, { what, file, theme }) {
	await img.waitFor({ timeout: WAIT.short });
	const report = await imageReport(img);
	expect(path.basename(report.src) === file, `${what} (${theme}) should show ${file}`, report);
	expect(report.naturalWidth > 0, `${what} (${theme}): the browser could not decode ${report.src}`, report);
	expect(report.opaqueShare > 0.5, `${what} (${theme}): the icon paints almost nothing`, report);
	const served = await editor.page.evaluate(async (src) => (await fetch(src)).text(), report.src);
	const local = fs.readFileSync(path.join(root, 'icons', file), 'utf8');
	expect(served === local, `${what} (${theme}): n8n serves other bytes than icons/${file}`, served.slice(0, 200));
	return report;
}

async function nodeIcons(editor, nodeTypes, theme) {
	const colors = {};
	for (const type of nodeTypes) {
		const action = await openServiceActions(editor, type);
		const file = expectedIconFile(type, theme);
		const report = await checkIcon(editor, action.locator('img').first(), { what: `${type.displayName} in the node panel`, file, theme });
		colors[type.name] = report.edgeColor.join(',');
		if (type === nodeTypes[0]) await editor.screenshot(`2-icons-panel-${theme}`);
	}
	return colors;
}

async function credentialIcons(editor, credentialTypes, theme) {
	await editor.page.goto(`${editor.baseUrl}/home/credentials`, { waitUntil: 'domcontentloaded' });
	await editor.byId('resources-list-item').first().waitFor({ timeout: WAIT.long });
	for (const type of credentialTypes) {
		// The imported sandbox credentials: one card per credential type, subtitle "<type> | Last updated ...".
		const card = editor.byId('resources-list-item').filter({ hasText: type.displayName }).first();
		await checkIcon(editor, card.getByTestId('card-prepend').locator('img'), {
			what: `${type.displayName} credential card`,
			file: expectedIconFile(type, theme),
			theme,
		});
	}
	await editor.screenshot(`2-icons-credentials-${theme}`);
}

function iconsStep(context) {
	return {
		name: `icons: ${context.nodeTypes.length} node and ${context.credentialTypes.length} credential icons render in the light and dark themes`,
		async run({ editor, nodeTypes, credentialTypes }) {
			const colorsByTheme = {};
			try {
				for (const theme of THEMES) {
					await editor.setTheme(theme);
					colorsByTheme[theme] = await nodeIcons(editor, nodeTypes, theme);
					await credentialIcons(editor, credentialTypes, theme);
				}
			} finally {
				await editor.setTheme('light');
			}
			for (const type of nodeTypes) {
				expect(
					colorsByTheme.light[type.name] !== colorsByTheme.dark[type.name],
					`${type.displayName}: the dark icon should look different from the light one`,
					colorsByTheme,
				);
			}
		},
	};
}

module.exports = { iconsStep, checkIcon, expectedIconFile };
