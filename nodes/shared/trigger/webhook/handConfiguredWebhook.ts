import type { IHookFunctions } from 'n8n-workflow';

/**
 * Webhook lifecycle of a trigger whose URL the user pastes into the service by hand (Aplaut,
 * Broniboy): nothing to register or remove there, only the URL must exist.
 */
export const handConfiguredWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return this.getNodeWebhookUrl('default') !== undefined;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return this.getNodeWebhookUrl('default') !== undefined;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};
