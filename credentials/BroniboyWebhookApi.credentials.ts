import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/** The secret Broniboy signs webhooks with (Hook-HMAC). Checked by the trigger's credential test. */
export class BroniboyWebhookApi implements ICredentialType {
	name = 'broniboyWebhookApi';

	displayName = 'Broniboy Webhook API';

	icon: Icon = { light: 'file:../icons/broniboy.svg', dark: 'file:../icons/broniboy.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-order-sync/n8n-nodes-order-sync/blob/main/docs/broniboy.md#broniboy-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Signing Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The secret Broniboy gives you with the webhook setup. Every webhook whose Hook-HMAC signature was not made with it is refused.',
		},
	];
}
