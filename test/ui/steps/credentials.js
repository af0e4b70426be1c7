'use strict';
// Step 4: each credential type created from the UI against the sandbox passes n8n's connection
// test; the same credential with a wrong secret shows n8n's failure banner with a reason.
const { SANDBOX_CREDENTIALS } = require('../../../harness/n8n/credentials');
const { expect } = require('../../../harness/runner/expect');
const { WAIT } = require('../editor');

// Five characters: wrong for every API, and too short for the Broniboy webhook secret check.
const WRONG_SECRET = 'wrong';
const FAILED = /Couldn.t connect with these settings/;

async function openNewCredential(editor, type) {
	await editor.page.goto(`${editor.baseUrl}/home/credentials`, { waitUntil: 'domcontentloaded' });
	await editor.byId('add-resource-credential').click();
	await editor.byId('new-credential-type-select').locator('input').fill(type.displayName);
	await editor.byId('new-credential-type-select-option').filter({ hasText: type.displayName }).first().click();
	await editor.byId('new-credential-type-button').click();
	const modal = editor.byId('editCredential-modal');
	await modal.waitFor({ timeout: WAIT.short });
	// n8n asks the server for a free name ("KeyCRM account 2"); saving before it came is refused.
	await editor.page.waitForFunction(
		() => document.querySelector('[data-test-id="credential-name"]')?.textContent.trim(),
		undefined,
		{ timeout: WAIT.long },
	);
	return modal;
}

async function fill(modal, type, values) {
	for (const [name, value] of Object.entries(values)) {
		const property = type.properties.find((candidate) => candidate.name === name);
		expect(property, `${type.displayName} should have a field ${name}`);
		// Empty optional fields and options left at their default need no typing.
		if (value === '' || (property.type === 'options' && value === property.default)) continue;
		expect(property.type === 'string', `${type.displayName}.${name}: only text fields are filled by this test`, property);
		await modal.getByTestId(`parameter-input-${name}`).locator('input, textarea').first().fill(String(value));
	}
}

/**
 * Saves; n8n then tests the credential. Returns what n8n's test answered, once the modal shows it:
 * the success tag, or the failure banner with the reason the test gave.
 */
async function saveAndReadTest(editor, modal) {
	// The banner of the previous test stays until the new one answers: wait for n8n's test call.
	// Both waits settle to a value, so the one that loses the race cannot reject unhandled later.
	const tested = editor.page
		.waitForResponse((response) => response.url().includes('/rest/credentials/test'), { timeout: WAIT.long })
		.catch(() => undefined);
	await editor.byId('credential-save-button').click();
	const refused = editor.page.locator('.el-notification').filter({ hasText: /Problem/ });
	const shown = refused.first().waitFor({ timeout: WAIT.long }).then(() => 'refused', () => undefined);
	const first = await Promise.race([tested, shown]);
	if (!first) throw new Error(`n8n neither tested nor refused the credential within ${WAIT.long / 1000} s`);
	if (first === 'refused') throw new Error(`n8n refused to save the credential: ${(await refused.first().innerText()).replace(/\s+/g, ' ')}`);
	const { data } = await first.json();
	if (data.status === 'OK') {
		await modal.getByTestId('credentials-config-container-test-success').filter({ hasText: 'Connection tested successfully' }).waitFor({ timeout: WAIT.short });
		return { ok: true, message: data.message };
	}
	await modal.getByText(FAILED).waitFor({ timeout: WAIT.short });
	const more = modal.getByText('More details');
	if (await more.isVisible()) await more.click();
	await modal.getByText(data.message, { exact: false }).first().waitFor({ timeout: WAIT.short });
	return { ok: false, reason: data.message };
}

async function closeModal(editor, modal) {
	await editor.page.keyboard.press('Escape');
	await modal.waitFor({ state: 'hidden', timeout: WAIT.short });
}

function credentialsStep(context) {
	return {
		name: `credentials: each of the ${context.credentialTypes.length} credential types, created in the UI, tests successfully against the sandbox; a wrong secret fails clearly`,
		async run({ editor, credentialTypes, services }) {
			for (const type of credentialTypes) {
				const sandbox = SANDBOX_CREDENTIALS.find((candidate) => candidate.type === type.name);
				expect(sandbox, `no sandbox values known for ${type.name} (harness/n8n/credentials.js)`);
				const secretField = type.properties.find((property) => property.typeOptions?.password && property.required);
				expect(secretField, `${type.displayName} should have a required password field`, type.properties);

				const modal = await openNewCredential(editor, type);
				await fill(modal, type, sandbox.data(services));
				const good = await saveAndReadTest(editor, modal);
				expect(good.ok, `${type.displayName} with the sandbox's values should test successfully`, good);
				await editor.screenshot(`4-credential-${type.name}-ok`, modal);

				await fill(modal, type, { [secretField.name]: WRONG_SECRET });
				const bad = await saveAndReadTest(editor, modal);
				expect(!bad.ok, `${type.displayName} with a wrong ${secretField.displayName} should fail its test`);
				expect(bad.reason.length > 0, `${type.displayName}: the failure should say why`, bad);
				await editor.screenshot(`4-credential-${type.name}-wrong`, modal);
				process.stdout.write(`  ${type.displayName}: tested successfully; wrong ${secretField.displayName} → "${bad.reason}"\n`);
				await closeModal(editor, modal);
			}
		},
	};
}

module.exports = { credentialsStep };
