import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The secret that proves a callback comes from your Botobot setup (Botobot cannot sign): it is part
 * of the callback URL you paste into Botobot. Checked by the Botobot Trigger's credential test.
 */
export class BotobotWebhookApi implements ICredentialType {
	name = 'botobotWebhookApi';

	displayName = 'Botobot Webhook API';

	icon: Icon = { light: 'file:../icons/botobot.svg', dark: 'file:../icons/botobot.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-order-sync/n8n-nodes-order-sync/blob/main/docs/botobot.md#botobot-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Callback Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A long random text you choose (at least 16 characters: letters, digits, - _ . ~). It replaces :secret in the Botobot Trigger\'s Production URL that you paste into Botobot as "CRM url". Callbacks without it are refused.',
		},
	];
}
