import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { sendKeyCrmWebhook } from '../../sandboxes/keycrm/automation';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

interface Received {
	method: string;
	url: string;
	body: string;
}

/** A receiver that answers the given statuses in turn (then 200) and records what came. */
async function receiver(statuses: number[]) {
	const received: Received[] = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			received.push({ method: req.method ?? '', url: req.url ?? '', body });
			res.writeHead(statuses.shift() ?? 200, { 'Content-Type': 'application/json' }).end('{"received":true}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/abc/keycrm/secret-0000000000000`;
	return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('KeyCRM sandbox: automation webhooks', () => {
	const keycrm = useKeyCrmSandbox();

	it('sends the event and context as JSON by POST, again until it gets 200', async () => {
		const target = await receiver([500, 503]);
		const sent = await sendKeyCrmWebhook({ url: target.url, event: 'order.change_order_status', context: { id: 5, status_id: 2 }, retryDelayMs: 1 });
		await target.close();
		expect(sent.attempts).toEqual([500, 503, 200]);
		expect(target.received.map(({ method, body }) => ({ method, body: JSON.parse(body) }))).toEqual(
			Array.from({ length: 3 }, () => ({ method: 'POST', body: { event: 'order.change_order_status', context: { id: 5, status_id: 2 } } })),
		);
	});

	it('gives up after its attempts, and sends a GET as query parameters after the URL’s own', async () => {
		const target = await receiver([401, 401, 401]);
		const sent = await sendKeyCrmWebhook({ url: `${target.url}?shop=1`, method: 'GET', event: 'lead.change_lead_status', context: { id: 7, status_id: 3 }, retryDelayMs: 1 });
		await target.close();
		expect(sent.attempts).toEqual([401, 401, 401]);
		expect(target.received[0]).toEqual({
			method: 'GET',
			url: '/webhook/abc/keycrm/secret-0000000000000?shop=1&event=lead.change_lead_status&context%5Bid%5D=7&context%5Bstatus_id%5D=3',
			body: '',
		});
	});

	it('a rule fires on a status change through the API, with the stamps the change leaves', async () => {
		const target = await receiver([]);
		await fetch(`${new URL(keycrm.sandbox.baseUrl).origin}/__sandbox/automation-rule`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ url: target.url, events: ['order.change_order_status'] }),
		});
		const order = keycrm.store.addOrder({ source_id: 1, buyer: { full_name: 'A' }, created_at: '2026-01-05 10:00:00', updated_at: '2026-01-05 10:00:00' });
		const put = (body: object) =>
			fetch(`${keycrm.sandbox.baseUrl}/order/${String(order.id)}`, {
				method: 'PUT',
				headers: { Authorization: `Bearer ${SANDBOX_TOKENS.keyCrmApiKey}`, 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			});
		expect((await put({ manager_comment: 'no status change' })).status).toBe(202);
		expect((await put({ status_id: 3 })).status).toBe(202);
		await keycrm.automation.settled();
		await target.close();
		expect(target.received).toHaveLength(1);
		const { event, context } = JSON.parse(target.received[0].body);
		expect(event).toBe('order.change_order_status');
		expect(context).toMatchObject({ id: order.id, status_id: 3, status_changed_at: order.status_changed_at, updated_at: order.updated_at });
		expect(order.status_changed_at).not.toBe('2026-01-05 10:00:00');
	});
});
