import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class BroniboyApi implements ICredentialType {
	name = 'broniboyApi';

	displayName = 'Broniboy API';

	icon: Icon = { light: 'file:../icons/broniboy.svg', dark: 'file:../icons/broniboy.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-order-sync/n8n-nodes-order-sync/blob/main/docs/broniboy.md';

	properties: INodeProperties[] = [
		{
			displayName: 'App Token',
			name: 'appToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The static merchant token Broniboy issues, sent as X-App-Token',
		},
		{
			displayName: 'Merchant User Token',
			name: 'userToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Optional merchant user token, sent as X-Auth-Token when set',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.broniboy.ru/v1.0b2b',
			description: 'Change to use the Broniboy dev host, a proxy or a test server',
		},
	];

	// A function rather than generic headers: an empty X-Auth-Token must not be sent at all.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers: Record<string, string> = { 'X-App-Token': String(credentials.appToken ?? '') };
		if (credentials.userToken) headers['X-Auth-Token'] = String(credentials.userToken);
		return { ...requestOptions, headers: { ...requestOptions.headers, ...headers } };
	}

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/places/' },
	};
}
