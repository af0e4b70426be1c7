import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject } from 'n8n-workflow';

import { callWebhook } from '../../harness/engine/engine';
import { useBroniboySandbox } from '../support/sandboxes';
import { SANDBOX_TOKENS } from '../../sandboxes/tokens';

/** A stand-in for n8n's webhook server: each request goes to the trigger through n8n-core's WebhookContext. */
function triggerServer(memory: { staticData: IDataObject; workflowId: string }, executions: unknown[]) {
	const server = http.createServer(async (req, res) => {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks).toString('utf8');
		let body: unknown = {};
		try {
			body = JSON.parse(rawBody);
		} catch {
			// n8n's body parser would leave it unparsed too.
		}
		const outcome = await callWebhook({
			type: 'broniboyTrigger',
			parameters: { events: ['*'], options: {} },
			credentials: { broniboyWebhookApi: { secret: SANDBOX_TOKENS.broniboyWebhookSecret } },
			request: { method: 'POST', headers: req.headers as Record<string, string>, rawBody, body },
			staticData: memory.staticData,
			workflowId: memory.workflowId,
		});
		if (outcome.workflowData) executions.push(outcome.workflowData[0][0].json);
		res.writeHead(outcome.response.status ?? 200, { 'Content-Type': 'application/json' });
		res.end(JSON.stringify(outcome.response.body ?? { message: 'Workflow was started' }));
	});
	return server;
}

describe('Broniboy sandbox: POST /__sandbox/send-webhook', () => {
	const broniboy = useBroniboySandbox();
	// A delivery memory of its own per test: the trigger knows a delivery by its signed data too, and
	// the tests send the same data.
	const memory = { staticData: {} as IDataObject, workflowId: '' };
	let tests = 0;
	const executions: unknown[] = [];
	const server = triggerServer(memory, executions);
	let url = '';

	beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/broniboy`;
	});
	afterAll(async () => {
		await new Promise<void>((resolve) => server.close(() => resolve()));
	});
	beforeEach(() => {
		executions.length = 0;
		memory.staticData = {};
		memory.workflowId = `send-webhook-${++tests}`;
	});

	const send = async (input: Record<string, unknown>) => {
		const control = `${new URL(broniboy.sandbox.baseUrl).origin}/__sandbox/send-webhook`;
		const response = await fetch(control, { method: 'POST', body: JSON.stringify({ url, ...input }) });
		return { httpStatus: response.status, answer: (await response.json()) as { status: number; body: unknown; deliveryId: string } };
	};
	const data = { id: 'eb3b595d-3653-41a3-a531-ebeba332154c', state: 'on_way', comment: 'Звонить заранее' };

	it.each(['hex', 'HEX', 'base64'])('delivers a valid %s signature: 200 and one execution', async (encoding) => {
		const { httpStatus, answer } = await send({ event: 'order.changed', data, signature: 'valid', encoding });
		expect(httpStatus).toBe(200);
		expect(answer.status).toBe(200);
		expect(executions).toEqual([{ event: 'order.changed', deliveryId: answer.deliveryId, signatureFormat: 'raw', data }]);
	});

	it.each(['wrong', 'missing'])('delivers a %s signature: the target answers 401, no execution', async (signature) => {
		const { answer } = await send({ event: 'order.changed', data, signature });
		expect(answer).toMatchObject({ status: 401, body: { error: expect.any(String) } });
		expect(executions).toHaveLength(0);
	});

	it('repeats a delivery id: 200 both times, one execution', async () => {
		const first = await send({ event: 'courier.changed', data, deliveryId: 'sandbox-repeat-1' });
		const second = await send({ event: 'courier.changed', data, deliveryId: 'sandbox-repeat-1' });
		expect([first.answer.status, second.answer.status]).toEqual([200, 200]);
		expect(second.answer.body).toMatchObject({ duplicate: true });
		expect(executions).toHaveLength(1);
	});

	it('signs a compact body over Python json.dumps of data (a Django sender), or over any listed form', async () => {
		const python = await send({ event: 'order.changed', data, bodyFormat: 'compact', signedAs: 'python' });
		expect(python.answer.status).toBe(200);
		const sorted = await send({ event: 'order.changed', data, bodyFormat: 'compact', signedAs: 'python-utf8-sorted' });
		expect(sorted.answer.status).toBe(200);
		expect(executions.map((execution) => (execution as IDataObject).signatureFormat)).toEqual(['python', 'python-utf8-sorted']);
		const bad = await send({ event: 'order.changed', data, signedAs: 'yaml' });
		expect(bad).toMatchObject({ httpStatus: 500, answer: { error: expect.stringContaining('signedAs') } });
	});

	it('refuses bad control input with a 500 and a reason', async () => {
		const { httpStatus, answer } = await send({ event: 'order.changed', data, signature: 'sometimes' });
		expect(httpStatus).toBe(500);
		expect(answer).toMatchObject({ error: expect.stringContaining('signature') });
	});
});
