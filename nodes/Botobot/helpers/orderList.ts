/**
 * The answer of Botobot's undocumented `GET /orders`: a JSON list of orders (`id`, `mobile`,
 * `email`, `paid`, `goods[]`, …), as a public client used in production saw it. Pure.
 *
 * Anything else is an unexpected answer, never an empty success: the endpoint may change or
 * vanish without notice. A list wrapped in Botobot's usual `{status: "success", data: [...]}` is
 * read too.
 */
export type BotobotListedOrder = Record<string, unknown> & { id: number };

export type OrderListVerdict = { ok: true; orders: BotobotListedOrder[] } | { ok: false; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export function orderIdOf(value: unknown): number | undefined {
	const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
	return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

function describe(body: unknown): string {
	if (body === undefined || body === '') return 'an empty answer';
	if (typeof body === 'string') return `text ("${body.trim().slice(0, 80)}")`;
	if (Array.isArray(body)) return 'a list';
	if (isRecord(body)) return `an object with ${Object.keys(body).slice(0, 5).join(', ') || 'no fields'}`;
	return `a ${typeof body}`;
}

export function readOrderList(body: unknown): OrderListVerdict {
	const list = Array.isArray(body) ? body : isRecord(body) && body.status === 'success' && Array.isArray(body.data) ? body.data : undefined;
	if (!list) return { ok: false, problem: `${describe(body)} instead of a list of orders` };
	const orders: BotobotListedOrder[] = [];
	for (const [index, entry] of list.entries()) {
		const id = isRecord(entry) ? orderIdOf(entry.id) : undefined;
		if (!isRecord(entry) || id === undefined) {
			return { ok: false, problem: `a list whose entry ${index} is not an order with a numeric id` };
		}
		orders.push({ ...entry, id });
	}
	return { ok: true, orders };
}

/** Newest first (the highest id), how the operation and a test event present them. */
export function newestFirst(orders: BotobotListedOrder[]): BotobotListedOrder[] {
	return [...orders].sort((a, b) => b.id - a.id);
}
