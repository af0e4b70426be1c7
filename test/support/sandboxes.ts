import { createAplautSandbox } from '../../sandboxes/aplaut';
import { createBotobotSandbox } from '../../sandboxes/botobot';
import { createBroniboySandbox } from '../../sandboxes/broniboy';
import type { Sandbox } from '../../sandboxes/core/sandbox';
import { createKeyCrmSandbox } from '../../sandboxes/keycrm';

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
