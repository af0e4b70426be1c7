'use strict';
// Each credential type's own `test`, run by n8n's credential-test endpoint (what the editor's
// "Test" / save button calls): passes for the sandbox's token, fails for a wrong one.
const { expect } = require('../steps');

const { sandboxCredentials, shippedCredentialTypes } = require('../../../scripts/lib/credentials');

/** The field holding the secret the service checks, per credential type. */
const SECRET_FIELD = { keyCrmApi: 'apiKey', aplautApi: 'token', broniboyApi: 'appToken', botobotApi: 'token' };

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
	expect(credentials.length >= 4, 'expected the four API credential types', credentials.map((c) => c.type));
	summary.credentialTests = [];
	for (const credential of credentials) {
		const good = await testCredential(api, credential);
		expect(good?.status === 'OK', `${credential.type}: test with the sandbox token should pass`, good);
		const wrong = await testCredential(api, {
			...credential,
			data: { ...credential.data, [SECRET_FIELD[credential.type]]: 'wrong-token-0000' },
		});
		expect(wrong?.status === 'Error', `${credential.type}: test with a wrong token should fail`, wrong);
		summary.credentialTests.push(`${credential.type}: OK / wrong token → "${wrong.message}"`);
		process.stdout.write(`  ${credential.type}: sandbox token OK, wrong token refused (${wrong.message})\n`);
	}
}

module.exports = { checkCredentialTests };
