import { Sandbox, type SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { BotobotStore } from './store';

export const fail = (message: string, status = 200) => ({ status, body: { status: 'fail', message } });
export const success = (data?: unknown) => ({ status: 200, body: data === undefined ? { status: 'success' } : { status: 'success', data } });

type Params = Record<string, unknown>;

/**
 * Botobot API v1 as a local server: `POST /api/v1/<method>/<token>`, form-urlencoded (JSON also
 * accepted), `{status: success|fail}` answers. An unknown token gets 403 with a "fail" body
 * (assumed: the real answer to a bad token is not documented).
 */
export function createBotobotSandbox() {
	const store = new BotobotStore();
	const sandbox = new Sandbox({
		name: 'Botobot',
		prefix: '/api/v1',
		authenticate(request: SandboxRequest) {
			const token = request.path.split('/')[2];
			if (token === SANDBOX_TOKENS.botobotToken) return undefined;
			return fail('Access denied: invalid API token', 403);
		},
		tooManyRequests: (retryAfter) => ({ ...fail('Too many requests', 429), headers: { 'Retry-After': String(retryAfter) } }),
		notFound: () => fail('Unknown method', 404),
		reset: () => store.reset(),
	});
	const method = (name: string, handler: (params: Params) => ReturnType<typeof success>) =>
		sandbox.route('POST', `/${name}/:token`, (request) => handler((request.body ?? {}) as Params));

	method('updateOrderStatus', (params) => {
		const order = store.orders.get(Number(params.id));
		if (!order) return fail('Order not found');
		const status = Number(params.status);
		if (![0, 10, 20, 30, 40, 50, 60, 70, 80, 90].includes(status)) return fail('Invalid status');
		if (status < order.status) return fail('Order status cannot be lowered');
		order.status = status;
		return success();
	});
	method('getTask', (params) => {
		const task = store.tasks.get(Number(params.id));
		if (!task) return fail('Task not found');
		return success(store.taskView(task));
	});
	return { sandbox, store };
}

export type BotobotSandbox = ReturnType<typeof createBotobotSandbox>;
