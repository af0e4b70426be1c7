'use strict';
// The credentials our examples use, pointing at the sandboxes. Fixed ids, so the example workflows
// can name them and a later start updates them in place (the sandbox ports may differ).
const fs = require('node:fs');
const path = require('node:path');

const { root } = require('../paths');

const SANDBOX_CREDENTIALS = [
	{
		id: 'osSandboxKeyCrm1',
		name: 'KeyCRM (sandbox)',
		type: 'keyCrmApi',
		data: (s) => ({ apiKey: s.keyCrm.apiKey, baseUrl: s.keyCrm.baseUrl }),
	},
	{
		id: 'osSandboxKcrmHk1',
		name: 'KeyCRM Webhook (sandbox)',
		type: 'keyCrmWebhookApi',
		data: (s) => ({ secret: s.keyCrm.webhookSecret }),
	},
	{
		id: 'osSandboxAplaut1',
		name: 'Aplaut (sandbox)',
		type: 'aplautApi',
		data: (s) => ({ token: s.aplaut.token, headerStyle: 'token', baseUrl: s.aplaut.baseUrl }),
	},
	{
		id: 'osSandboxAplHook',
		name: 'Aplaut Webhook (sandbox)',
		type: 'aplautWebhookApi',
		data: (s) => ({ secret: s.aplaut.webhookSecret }),
	},
	{
		id: 'osSandboxBroniby',
		name: 'Broniboy (sandbox)',
		type: 'broniboyApi',
		data: (s) => ({ appToken: s.broniboy.appToken, userToken: '', baseUrl: s.broniboy.baseUrl }),
	},
	{
		id: 'osSandboxBrnHook',
		name: 'Broniboy Webhook (sandbox)',
		type: 'broniboyWebhookApi',
		data: (s) => ({ secret: s.broniboy.webhookSecret }),
	},
	{
		id: 'osSandboxBotobot',
		name: 'Botobot (sandbox)',
		type: 'botobotApi',
		data: (s) => ({ token: s.botobot.token, baseUrl: s.botobot.baseUrl }),
	},
	{
		id: 'osSandboxBotHook',
		name: 'Botobot Webhook (sandbox)',
		type: 'botobotWebhookApi',
		data: (s) => ({ secret: s.botobot.callbackSecret }),
	},
];

/** The credential type names the package ships, read from its built files (`name = '...'`). */
function shippedCredentialTypes(packageDir = root) {
	const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	return manifest.n8n.credentials.map((file) => {
		const source = fs.readFileSync(path.join(packageDir, file), 'utf8');
		const match = /this\.name\s*=\s*['"](\w+)['"]/.exec(source) ?? /\bname\s*=\s*['"](\w+)['"]/.exec(source);
		if (!match) throw new Error(`No credential type name found in ${file}`);
		return match[1];
	});
}

/** n8n's import format (plain `data` is encrypted on import) for the types the package ships. */
function sandboxCredentials(services, shippedTypes) {
	return SANDBOX_CREDENTIALS.filter((credential) => shippedTypes.includes(credential.type)).map((credential) => ({
		id: credential.id,
		name: credential.name,
		type: credential.type,
		data: credential.data(services),
	}));
}

module.exports = { SANDBOX_CREDENTIALS, shippedCredentialTypes, sandboxCredentials };
