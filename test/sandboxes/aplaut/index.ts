import { Sandbox, type SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { AplautStore } from './store';

const JSON_API = 'application/vnd.api+json';

/** Aplaut's `{errors: {status, title, details}}` envelope, as the server really answers. */
export function aplautError(status: number, title: string, details?: Record<string, unknown>) {
	return { status, contentType: JSON_API, body: { errors: { status, title, ...(details ? { details } : {}) } } };
}

/** Aplaut Platform API 4.1 as a local server: JSON:API, both Authorization forms, plain-text 401/429. */
export function createAplautSandbox() {
	const store = new AplautStore();
	const sandbox = new Sandbox({
		name: 'Aplaut',
		prefix: '/v4',
		authenticate(request: SandboxRequest) {
			const header = request.headers.authorization;
			const token = SANDBOX_TOKENS.aplautToken;
			if (header === `Token token=${token}` || header === `Bearer ${token}`) return undefined;
			return {
				status: 401,
				body: 'HTTP Token: Access denied.\n',
				headers: { 'WWW-Authenticate': 'Token realm="Application"' },
			};
		},
		tooManyRequests: (retryAfter) => ({
			status: 429,
			body: 'Throttled\n',
			headers: {
				'Retry-After': String(retryAfter),
				'X-RateLimit-Limit': '2',
				'X-RateLimit-Period': '1',
				'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + retryAfter),
			},
		}),
		notFound: () => aplautError(404, 'Record not found'),
		reset: () => store.reset(),
	});
	sandbox.route('GET', '/orders', (request) => ({
		status: 200,
		contentType: JSON_API,
		body: store.listDocument('orders', request.query),
	}));
	sandbox.route('GET', '/orders/:id', (request) => {
		const order = store.findOrder(request.params.id);
		return order
			? { status: 200, contentType: JSON_API, body: { data: store.resource('orders', order) } }
			: aplautError(404, 'Record not found');
	});
	return { sandbox, store };
}

export type AplautSandbox = ReturnType<typeof createAplautSandbox>;
