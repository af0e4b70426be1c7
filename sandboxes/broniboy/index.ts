import { Sandbox, type SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { addOrderRoutes } from './orders';
import { addPlaceRoutes } from './places';
import { BroniboyStore } from './store';
import { failure, notFound } from './validate';
import { addWebhookControl } from './webhooks';

export { failure, ok } from './validate';

/** Broniboy Merchant API 1.0b2b as a local server, plus a control that sends signed webhooks. */
export function createBroniboySandbox() {
	const store = new BroniboyStore();
	const sandbox = new Sandbox({
		name: 'Broniboy',
		prefix: '/v1.0b2b',
		authenticate(request: SandboxRequest) {
			const token = request.headers['x-app-token'];
			if (token === SANDBOX_TOKENS.broniboyAppToken) return undefined;
			if (token === SANDBOX_TOKENS.broniboyBlockedToken) {
				return failure(403, 4, 'Операция запрещена, переавторизуйтесь', 'Токен заблокирован.');
			}
			return failure(401, 1, 'Учетные данные не были предоставлены.', 'Invalid or missing X-App-Token.');
		},
		tooManyRequests: ({ retryAfterSeconds }) => ({
			...failure(
				429,
				7,
				'Слишком много запросов.',
				retryAfterSeconds !== undefined ? `Request was throttled. Expected available in ${retryAfterSeconds} seconds.` : 'Request was throttled.',
			),
			headers: retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : undefined,
		}),
		notFound,
		reset: () => store.reset(),
	});
	addOrderRoutes(sandbox, store);
	addPlaceRoutes(sandbox, store);
	addWebhookControl(sandbox);
	return { sandbox, store };
}

export type BroniboySandbox = ReturnType<typeof createBroniboySandbox>;
