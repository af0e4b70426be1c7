import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { urlSecretProblem } from '../../shared/trigger/webhook/urlSecret';
import { parseAllowList } from '../helpers/callbackGuard';
import { WEBHOOK_CREDENTIAL } from './properties';

const REGISTERED_URL = 'registeredUrl';

const MISSING_CREDENTIAL =
	'This trigger keeps its secret in a "Botobot Webhook API" credential: create one and select it. Upgrading from a version that had a Secret field on the node? Put the same secret into the credential, and the CRM url in Botobot keeps working.';

async function callbackSecret(context: IHookFunctions): Promise<string | undefined> {
	try {
		const credentials = await context.getCredentials(WEBHOOK_CREDENTIAL);
		return typeof credentials.secret === 'string' ? credentials.secret : undefined;
	} catch {
		return undefined;
	}
}

/** Checks the protection settings when the workflow is activated, so mistakes show there, not as 401s later. */
export async function checkTriggerSettings(this: IHookFunctions): Promise<void> {
	const protection = this.getNodeParameter('protection', 'urlSecret') as string;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (protection === 'urlSecret') {
		const secret = await callbackSecret(this);
		if (secret === undefined) {
			throw new NodeOperationError(this.getNode(), 'No Botobot Webhook API credential is selected', { description: MISSING_CREDENTIAL });
		}
		const problem = urlSecretProblem(secret);
		if (problem) {
			throw new NodeOperationError(this.getNode(), `The callback secret cannot be used: ${problem}`, {
				description: 'Change it in the Botobot Webhook API credential (e.g. a long random text from a password generator), then in Botobot\'s "CRM url".',
			});
		}
	}
	const { invalid } = parseAllowList(String(options.allowedIps ?? ''));
	if (invalid.length > 0) {
		throw new NodeOperationError(this.getNode(), `Not an IP address or range: ${invalid.join(', ')}`);
	}
}

// Botobot has no API to register a callback URL (it is pasted by hand in its dashboard), so the
// lifecycle checks the protection settings on activation and keeps or clears this node's own state.
// The delivery memory is kept on purpose: n8n re-registers webhooks on every save.
export const botobotWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return this.getWorkflowStaticData('node')[REGISTERED_URL] === this.getNodeWebhookUrl('default');
		},
		async create(this: IHookFunctions): Promise<boolean> {
			await checkTriggerSettings.call(this);
			this.getWorkflowStaticData('node')[REGISTERED_URL] = this.getNodeWebhookUrl('default');
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			const state = this.getWorkflowStaticData('node');
			delete state[REGISTERED_URL];
			// The memory of versions before the shared delivery memory.
			delete state.recent;
			return true;
		},
	},
};

