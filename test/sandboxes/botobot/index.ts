import { Sandbox, type SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { readSendCallbackInput, sendOrderCallback } from './callbacks';
import { BotobotStore, ORDER_STATUS_CODES } from './store';

export { sampleBotobotOrder } from './callbacks';

export const fail = (message: string, status = 200) => ({ status, body: { status: 'fail', message } });
export const success = (data?: unknown) => ({ status: 200, body: data === undefined ? { status: 'success' } : { status: 'success', data } });

type Params = Record<string, unknown>;

const isWholeNumber = (value: unknown) => typeof value !== 'object' && /^\d+$/.test(String(value ?? ''));

/**
 * Botobot API v1 as a local server: `POST /api/v1/<method>/<token>`, form-urlencoded (JSON also
 * accepted), `{status: success|fail}` answers. An unknown token gets 403 with a "fail" body
 * (assumed: the real answer to a bad token is not documented).
 *
 * Control: `POST /__sandbox/send-callback` with `{url, method: 'GET'|'POST', encoding?: 'form'|'json',
 * order?}` sends a new-order callback the way Botobot does and answers `{status, body}` of the target.
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
		if (!isWholeNumber(params.status) || !ORDER_STATUS_CODES.includes(status)) return fail('Invalid status');
		if (status < order.status) return fail('Order status cannot be lowered');
		order.status = status;
		return success();
	});
	method('paidOrder', (params) => {
		const order = store.orders.get(Number(params.id));
		if (!order) return fail('Order not found');
		order.paid = true;
		return success();
	});
	method('addTask', (params) => {
		if (!isWholeNumber(params.user_id) || Number(params.user_id) <= 0) return fail('Invalid user_id');
		if (typeof params.command !== 'string' || params.command.trim() === '') return fail('Empty command');
		if (!isWholeNumber(params.timestamp)) return fail('Invalid timestamp');
		const task = store.addTask(Number(params.user_id), params.command, Number(params.timestamp));
		return success({ id: task.id });
	});
	method('removeTask', (params) => {
		const task = store.tasks.get(Number(params.id));
		if (!task || task.removed) return fail('Task not found');
		if (store.isDone(task)) return fail('Task has already been executed and cannot be removed');
		task.removed = true;
		return success();
	});
	method('getTask', (params) => {
		const task = store.tasks.get(Number(params.id));
		if (!task) return fail('Task not found');
		return success(store.taskView(task));
	});
	sandbox.addControl('send-callback', async (input) => {
		const callback = readSendCallbackInput(input);
		// Botobot calls back about orders its shop has: a later updateOrderStatus for it must find it.
		const id = Number(callback.order.id);
		if (Number.isInteger(id) && id > 0 && !store.orders.has(id)) store.orders.set(id, { id, status: 0, paid: false });
		return await sendOrderCallback(callback);
	});
	return { sandbox, store };
}

export type BotobotSandbox = ReturnType<typeof createBotobotSandbox>;
