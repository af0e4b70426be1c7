import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { callWebhook, type WebhookOutcome } from '../../harness/engine/engine';
import { useBotobotSandbox } from '../support/sandboxes';
import { TYPED_SAMPLE_ORDER } from '../../sandboxes/botobot/samples';

const SECRET = 'sandbox-to-trigger-secret-51a7';

/**
 * A stand-in for n8n's webhook server: takes the HTTP request the sandbox sends, parses it the "simple"
 * way (flat bracket keys) as Express 5 would, hands it to the trigger and answers with its response.
 */
function triggerServer() {
	const outcomes: WebhookOutcome[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', async () => {
			const rawBody = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url ?? '/', 'http://n8n.local');
			const type = String(req.headers['content-type'] ?? '');
			const body = type.includes('json') ? JSON.parse(rawBody) : type.includes('multipart') ? {} : Object.fromEntries(new URLSearchParams(rawBody));
			// n8n's dynamic path `botobot/<webhook id>/:secret` puts the last segment into req.params.
			const pathSecret = /\/botobot\/3f1c\/([^/?]+)/.exec(url.pathname)?.[1];
			const outcome = await callWebhook({
				type: 'botobotTrigger',
				parameters: { protection: 'urlSecret', ignoreRepeats: false, options: {} },
				credentials: { botobotWebhookApi: { secret: SECRET } },
				request: {
					method: req.method as 'GET' | 'POST',
					headers: req.headers as Record<string, string>,
					query: Object.fromEntries(url.searchParams),
					params: pathSecret === undefined ? undefined : { secret: pathSecret },
					url: req.url,
					body,
					rawBody,
					ip: req.socket.remoteAddress,
				},
			});
			outcomes.push(outcome);
			// As n8n does in the "onReceived" mode: the node's own answer, else its webhookResponse with 200.
			const answered = outcome.noWebhookResponse === true;
			res.writeHead(answered ? (outcome.response.status ?? 200) : 200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(answered ? outcome.response.body : outcome.webhookResponse));
		});
	});
	return {
		outcomes,
		url: '',
		secretUrl: '',
		async start() {
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/3f1c/botobot`;
			this.secretUrl = `${this.url}/3f1c/${SECRET}`;
		},
		stop: async () => await new Promise((resolve) => server.close(resolve)),
	};
}

describe('Botobot sandbox: send-callback control → Botobot Trigger over HTTP', () => {
	const botobot = useBotobotSandbox();
	const target = triggerServer();
	beforeAll(async () => await target.start());
	afterAll(async () => await target.stop());

	const sendCallback = async (input: Record<string, unknown>) => {
		const response = await fetch(`${new URL(botobot.sandbox.baseUrl).origin}/__sandbox/send-callback`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(input),
		});
		return { httpStatus: response.status, answer: (await response.json()) as Record<string, unknown> };
	};

	it.each([
		['GET', undefined],
		['POST', 'form'],
		['POST', 'json'],
		['POST', 'multipart'],
		['POST', undefined],
	])('delivers the sample order by %s (%s) to the URL with the secret as its last segment', async (method, encoding) => {
		const before = target.outcomes.length;
		const { httpStatus, answer } = await sendCallback({ url: target.secretUrl, method, encoding });
		expect(httpStatus).toBe(200);
		expect(answer).toEqual({ status: 200, body: { status: 'success', started: true, orders: 1 } });
		expect(target.outcomes).toHaveLength(before + 1);
		expect(target.outcomes[before].workflowData?.[0][0].json).toEqual(TYPED_SAMPLE_ORDER);
	});

	it.each(['&', '?'])('joins the order to a URL that has a query with %s, by GET and POST', async (join) => {
		for (const method of ['GET', 'POST']) {
			const before = target.outcomes.length;
			const { answer } = await sendCallback({ url: `${target.url}?secret=${SECRET}`, method, join, query: { source: 'bot' } });
			expect(answer).toMatchObject({ status: 200, body: { started: true } });
			const received = target.outcomes[before];
			expect(received.workflowData?.[0][0].json).toEqual(method === 'GET' ? TYPED_SAMPLE_ORDER : { ...TYPED_SAMPLE_ORDER, source: 'bot' });
		}
	});

	it('sends a given order, and relays a refusal as it came', async () => {
		const custom = { id: 1003, cost_total: '99.90', goods: [{ id: 1, count: 4, title: 'Mug' }] };
		const accepted = await sendCallback({ url: target.secretUrl, method: 'POST', encoding: 'json', order: custom });
		expect(accepted.answer.status).toBe(200);
		expect(target.outcomes[target.outcomes.length - 1].workflowData?.[0][0].json).toEqual({
			id: 1003,
			cost_total: 99.9,
			goods: [{ id: 1, count: 4, title: 'Mug' }],
		});

		const refused = await sendCallback({ url: `${target.url}/3f1c/wrong-secret-of-some-length`, method: 'GET' });
		expect(refused.answer).toEqual({ status: 401, body: { status: 'fail', message: 'Wrong or missing secret' } });
	});

	it('refuses unusable input with 500 and a reason', async () => {
		const bad = await sendCallback({ url: 'ftp://example.com', method: 'GET' });
		expect(bad).toEqual({ httpStatus: 500, answer: { error: '"url" must be an http(s) URL' } });
		const badMethod = await sendCallback({ url: target.url, method: 'PUT' });
		expect(badMethod.answer).toEqual({ error: '"method" must be GET or POST' });
		const badJoin = await sendCallback({ url: target.url, method: 'GET', join: ';' });
		expect(badJoin.answer).toEqual({ error: '"join" must be & or ?' });
	});
});
