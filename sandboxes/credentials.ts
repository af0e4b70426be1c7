/** The credential data that points a node at a running sandbox, with the token the sandbox accepts. */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Sandbox } from './core/sandbox';
import { SANDBOX_TOKENS } from './tokens';

export const keyCrmCredentials = (sandbox: Sandbox, apiKey: string = SANDBOX_TOKENS.keyCrmApiKey) => ({
	keyCrmApi: { apiKey, baseUrl: sandbox.baseUrl } as ICredentialDataDecryptedObject,
});

export const aplautCredentials = (
	sandbox: Sandbox,
	headerStyle: 'token' | 'bearer' = 'token',
	token: string = SANDBOX_TOKENS.aplautToken,
) => ({ aplautApi: { token, headerStyle, baseUrl: sandbox.baseUrl } as ICredentialDataDecryptedObject });

export const broniboyCredentials = (sandbox: Sandbox, appToken: string = SANDBOX_TOKENS.broniboyAppToken) => ({
	broniboyApi: { appToken, userToken: '', baseUrl: sandbox.baseUrl } as ICredentialDataDecryptedObject,
});

export const botobotCredentials = (sandbox: Sandbox | string, token: string = SANDBOX_TOKENS.botobotToken) => ({
	botobotApi: {
		token,
		baseUrl: typeof sandbox === 'string' ? sandbox : sandbox.baseUrl,
	} as ICredentialDataDecryptedObject,
});
