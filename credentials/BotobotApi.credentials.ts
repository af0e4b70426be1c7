import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class BotobotApi implements ICredentialType {
	name = 'botobotApi';

	displayName = 'Botobot API';

	icon: Icon = { light: 'file:../icons/botobot.svg', dark: 'file:../icons/botobot.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-order-sync/n8n-nodes-order-sync/blob/main/docs/botobot.md';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'In the Botobot dashboard: Settings → Botobot API token',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://www.botobot.ru/api/v1',
			description: 'Change only to reach Botobot through a proxy or a test server',
		},
	];

	// Botobot takes the token as the last URL segment (…/api/v1/<method>/<token>), which generic
	// header/query authentication cannot express. Requests name only the method: ".../updateOrderStatus".
	// The undocumented GET /orders takes the same token as a Bearer header instead; the request
	// already carries it then (set by the node's request core), and the URL must stay without it.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const headers = (requestOptions.headers ?? {}) as Record<string, unknown>;
		if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) return requestOptions;
		const token = encodeURIComponent(String(credentials.token ?? ''));
		const url = requestOptions.url.replace(/\/+$/, '');
		return { ...requestOptions, url: `${url}/${token}` };
	}

	// With a valid token Botobot answers 200 (a "fail" body about the unknown task 0), which n8n counts
	// as success. The answer to a wrong token is undocumented: we assume an HTTP error status (the test
	// sandbox uses 403). Should Botobot answer 200 + "fail" instead, the test passes and the first real
	// call reports Botobot's message (see docs/botobot.md).
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/getTask',
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'id=0',
		},
	};
}
