import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class KeyCrmApi implements ICredentialType {
	name = 'keyCrmApi';

	displayName = 'KeyCRM API';

	icon: Icon = { light: 'file:../icons/keycrm.svg', dark: 'file:../icons/keycrm.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-order-sync/n8n-nodes-order-sync/blob/main/docs/keycrm.md';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'In KeyCRM: Settings → General → API key',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://openapi.keycrm.app/v1',
			description: 'Change only to reach KeyCRM through a proxy or a test server',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.apiKey}}' } },
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/users', qs: { limit: 1 } },
	};
}
