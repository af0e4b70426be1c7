import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/** The secret Aplaut puts into the body of every review webhook. Checked by the trigger's credential test. */
export class AplautWebhookApi implements ICredentialType {
	name = 'aplautWebhookApi';

	displayName = 'Aplaut Webhook API';

	icon: Icon = { light: 'file:../icons/aplaut.svg', dark: 'file:../icons/aplaut.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-order-sync/n8n-nodes-order-sync/blob/main/docs/aplaut.md#aplaut-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Webhook Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"The secret of the webhook in Aplaut's webhook settings. Every delivery whose body does not carry exactly this secret is refused.",
		},
	];
}
