'use strict';
// Each credential type's own `test`, run by n8n's credential-test endpoint (what the editor's
// "Test" / save button calls): passes for the sandbox's token, fails for a wrong one.
const { expect } = require('../../../harness/runner/expect');

const { sandboxCredentials, shippedCredentialTypes } = require('../../../harness/n8n/credentials');

/**
 * The field holding the secret, per credential type. The four API types are checked by the service
 * (the sandbox); the two webhook secrets only locally (their nodes' tests), so a too-short one fails.
 */
const SECRET_FIELD = {
	keyCrmApi: 'apiKey',
	aplautApi: 'token',
	broniboyApi: 'appToken',
	botobotApi: 'token',
	broniboyWebhookApi: 'secret',
	botobotWebhookApi: 'secret',
	keyCrmWebhookApi: 'secret',
	aplautWebhookApi: 'secret',
};
const API_TYPES = ['keyCrmApi', 'aplautApi', 'broniboyApi', 'botobotApi'];

async function testCredential(api, credential) {
	const result = await api.rest('POST', '/credentials/test', {
		credentials: { id: credential.id, name: credential.name, type: credential.type, data: credential.data },
	});
	return result;
}

async function checkCredentialTests({ api, services, packageDir, summary }) {
	const credentials = sandboxCredentials(services, shippedCredentialTypes(packageDir)).filter(
		(credential) => SECRET_FIELD[credential.type],
	);
	const types = credentials.map((credential) => credential.type);
	expect(API_TYPES.every((type) => types.includes(type)), 'the four API credential types are shipped', types);
	summary.credentialTests = [];
	for (const credential of credentials) {
		const good = await testCredential(api, credential);
		expect(good?.status === 'OK', `${credential.type}: test with the sandbox token should pass`, good);
		const wrong = await testCredential(api, {
			...credential,
			data: { ...credential.data, [SECRET_FIELD[credential.type]]: 'wrong-token' },
		});
		expect(wrong?.status === 'Error', `${credential.type}: test with a wrong token should fail`, wrong);
		summary.credentialTests.push(`${credential.type}: OK / wrong token → "${wrong.message}"`);
		process.stdout.write(`  ${credential.type}: sandbox secret OK, wrong one refused (${wrong.message})\n`);
	}
}

module.exports = { checkCredentialTests };
