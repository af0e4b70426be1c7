import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The secret of the KeyCRM Trigger's URL. KeyCRM sends its webhooks unsigned and without custom
 * headers, so the secret travels in the URL pasted into KeyCRM. Checked by the trigger's credential test.
 */
export class KeyCrmWebhookApi implements ICredentialType {
	name = 'keyCrmWebhookApi';

	displayName = 'KeyCRM Webhook API';

	icon: Icon = { light: 'file:../icons/keycrm.svg', dark: 'file:../icons/keycrm.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-order-sync/n8n-nodes-order-sync/blob/main/docs/keycrm.md#keycrm-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'URL Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A long random text (at least 16 letters, digits, - _ . or ~) that you put into the webhook URL in KeyCRM, in place of :secret. Requests without it are refused with 401.',
		},
	];
}
