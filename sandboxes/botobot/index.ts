import { parseForm } from '../core/form';
import { Sandbox, type Fault, type SandboxRequest } from '../core/sandbox';
import { SANDBOX_TOKENS } from '../tokens';
import { readSendCallbackInput, sendOrderCallback } from './callbacks';
import { authenticateOrders, isOrdersPath, recordOrder, registerOrders } from './orders';
import { BotobotStore, ORDER_STATUS_CODES } from './store';

export const fail = (message: string, status = 200) => ({ status, body: { status: 'fail', message } });
export const success = (data?: unknown) => ({ status: 200, body: data === undefined ? { status: 'success' } : { status: 'success', data } });

type Params = Record<string, unknown>;

const isWholeNumber = (value: unknown) => typeof value !== 'object' && /^\d+$/.test(String(value ?? ''));

/**
 * The parameters a PHP method sees in `$_POST`: a form body only. A JSON (or any other) body leaves
 * `$_POST` empty, so the method runs without its parameters — as Botobot's PHP would.
 */
function postParams(request: SandboxRequest): Params {
	const type = String(request.headers['content-type'] ?? '');
	return /^application\/x-www-form-urlencoded\b/i.test(type) ? parseForm(request.rawBody) : {};
}

/** 200 answers that are not Botobot's JSON (a maintenance page, nothing, `{}`), for the node to refuse. */
export const NON_ANSWERS: Record<'html' | 'empty' | 'emptyObject' | 'otherStatus', Fault> = {
	html: { kind: 'status', status: 200, body: '<!DOCTYPE html><html><body><h1>Технические работы</h1></body></html>', contentType: 'text/html; charset=utf-8' },
	empty: { kind: 'status', status: 200 },
	emptyObject: { kind: 'status', status: 200, body: {} },
	otherStatus: { kind: 'status', status: 200, body: { status: 'ok' } },
};

/**
 * Botobot API v1 as a local server: `POST /api/v1/<method>/<token>`, parameters read from a
 * form-urlencoded body only (PHP's `$_POST`), `{status: success|fail}` answers. An unknown token gets
 * 403 with a "fail" body, or 200 with it after `store.badTokenStatus = 200` (control `bad-token-status`):
 * the real answer to a bad token is not documented.
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
			if (isOrdersPath(request.path)) return authenticateOrders(request);
			const token = request.path.split('/')[2];
			if (token === SANDBOX_TOKENS.botobotToken) return undefined;
			return fail('Access denied: invalid API token', store.badTokenStatus);
		},
		tooManyRequests: ({ retryAfterSeconds }) => ({
			...fail('Too many requests', 429),
			headers: retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : undefined,
		}),
		notFound: () => fail('Unknown method', 404),
		reset: () => store.reset(),
	});
	const method = (name: string, handler: (params: Params) => ReturnType<typeof success>) =>
		sandbox.route('POST', `/${name}/:token`, (request) => handler(postParams(request)));

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
	sandbox.addControl('bad-token-status', (input) => {
		store.badTokenStatus = Number(input.status ?? 403);
	});
	sandbox.addControl('non-answer', (input) => {
		const fault = NON_ANSWERS[String(input.kind) as keyof typeof NON_ANSWERS];
		if (!fault) throw new Error(`unknown non-answer "${String(input.kind)}"`);
		sandbox.injectFault({ fault, times: Number(input.times ?? 1), path: input.path as string | undefined });
	});
	sandbox.addControl('send-callback', async (input) => {
		const callback = readSendCallbackInput(input);
		recordOrder(store, callback.order);
		return await sendOrderCallback(callback);
	});
	registerOrders(sandbox, store);
	return { sandbox, store };
}

export type BotobotSandbox = ReturnType<typeof createBotobotSandbox>;
