import { Sandbox, type SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { BroniboyStore } from './store';

export function ok(data: unknown, status = 200) {
	return { status, body: { success: true, status_code: status, data } };
}

/** Broniboy's error envelope: `dev_err` is field → messages for 400, a string otherwise. */
export function failure(status: number, code: number, message: string, devErr: unknown) {
	return { status, body: { success: false, status_code: status, error: { code, message, dev_err: devErr } } };
}

/** Broniboy Merchant API 1.0b2b as a local server. */
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
		tooManyRequests: (retryAfter) => ({
			...failure(429, 7, 'Слишком много запросов.', `Request was throttled. Expected available in ${retryAfter} seconds.`),
			headers: { 'Retry-After': String(retryAfter) },
		}),
		notFound: () => failure(404, 5, 'Не найдено.', 'Not found.'),
		reset: () => store.reset(),
	});
	sandbox.route('GET', '/places/', () => ok(store.places));
	return { sandbox, store };
}

export type BroniboySandbox = ReturnType<typeof createBroniboySandbox>;
