import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** Texts a token refusal plausibly has (English and Russian, as Botobot writes both). */
const TOKEN_REFUSALS = [
	'Access denied',
	'Access denied: invalid API token',
	'Invalid token',
	'Invalid API token',
	'Wrong token',
	'Token not found',
	'Неверный токен',
	'Токен не найден',
	'Доступ запрещен',
	'Доступ запрещён',
];

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

	// With a valid token Botobot answers 200 with a "fail" body about the unknown task 0, which n8n
	// counts as success. Botobot's answer to a wrong token is undocumented: an HTTP error status fails
	// the test as it is; a 200 "fail" fails it only when its message is one of the token refusals
	// below (n8n's rules compare a body field for equality, nothing looser). Any other wording passes,
	// and the first real call reports Botobot's message (see docs/botobot.md).
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/getTask',
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'id=0',
		},
		rules: TOKEN_REFUSALS.map((text) => ({
			type: 'responseSuccessBody' as const,
			properties: { key: 'message', value: text, message: `Botobot refused the token: "${text}"` },
		})),
	};
}
