import type { IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { urlSecretProblem } from '../../shared/trigger/webhook/urlSecret';
import { WEBHOOK_CREDENTIAL } from './properties';

/** Checks the settings when the workflow is activated, so mistakes show there and not as 401s later. */
export async function checkTriggerSettings(this: IHookFunctions): Promise<void> {
	const credentials = await this.getCredentials(WEBHOOK_CREDENTIAL);
	const problem = urlSecretProblem(credentials.secret);
	if (problem) {
		throw new NodeOperationError(this.getNode(), `KeyCRM Webhook credential: ${problem}`, {
			description: 'Use a long random text, e.g. from a password generator, and put it into the URL in KeyCRM.',
		});
	}
	if (this.getNodeParameter('fetchRecord', false) && !this.getNode().credentials?.keyCrmApi) {
		throw new NodeOperationError(this.getNode(), 'Fetch Full Record needs a KeyCRM API credential', {
			description: 'Choose a KeyCRM API credential in the node, or turn Fetch Full Record off.',
		});
	}
}

// KeyCRM has no API to register webhooks (the URL is pasted into an automation rule by hand):
// activation checks the settings, and there is nothing to remove on KeyCRM's side.
export const keyCrmWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return false;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			await checkTriggerSettings.call(this);
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};
