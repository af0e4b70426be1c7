import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class AplautApi implements ICredentialType {
	name = 'aplautApi';

	displayName = 'Aplaut API';

	icon: Icon = { light: 'file:../icons/aplaut.svg', dark: 'file:../icons/aplaut.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-order-sync/n8n-nodes-order-sync/blob/main/docs/aplaut.md';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'In Aplaut: account → Developers → API key',
		},
		{
			displayName: 'Authorization Header Style',
			name: 'headerStyle',
			type: 'options',
			options: [
				{
					name: 'Token token=… (Orders Import Guide)',
					value: 'token',
					description: 'Authorization: Token token=<key>',
				},
				{
					name: 'Bearer … (Platform API 4.1)',
					value: 'bearer',
					description: 'Authorization: Bearer <key>',
				},
			],
			default: 'token',
			description: 'Aplaut documents both forms; keep the default unless your key is refused',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.aplaut.io/v4',
			description: 'Change only to reach Aplaut through a proxy or a test server',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization:
					'={{$credentials.headerStyle === "bearer" ? "Bearer " + $credentials.token : "Token token=" + $credentials.token}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/orders',
			qs: { page: 1, per_page: 5 },
			headers: { Accept: 'application/vnd.api+json' },
		},
	};
}
