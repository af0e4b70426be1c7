import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { createAplautSandbox } from '../../sandboxes/aplaut';
import { createBotobotSandbox } from '../../sandboxes/botobot';
import { createBroniboySandbox } from '../../sandboxes/broniboy';
import type { Sandbox } from '../../sandboxes/core/sandbox';
import { createKeyCrmSandbox } from '../../sandboxes/keycrm';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

export { SANDBOX_TOKENS };

/** Starts a sandbox before the file's tests, resets it before each, stops it after all. */
export function useSandbox<T extends { sandbox: Sandbox }>(create: () => T): T {
	const instance = create();
	beforeAll(async () => {
		await instance.sandbox.start();
	});
	beforeEach(() => instance.sandbox.reset());
	afterAll(async () => {
		await instance.sandbox.stop();
	});
	return instance;
}

export const useKeyCrmSandbox = () => useSandbox(createKeyCrmSandbox);
export const useAplautSandbox = () => useSandbox(createAplautSandbox);
export const useBroniboySandbox = () => useSandbox(createBroniboySandbox);
export const useBotobotSandbox = () => useSandbox(createBotobotSandbox);

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
