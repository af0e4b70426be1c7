import type { INodeParameters } from 'n8n-workflow';

import { runNode, type CredentialsMap } from '../../harness/engine/engine';
import { useAplautSandbox, useBotobotSandbox, useKeyCrmSandbox } from '../support/sandboxes';
import { aplautCredentials, botobotCredentials, keyCrmCredentials } from '../../sandboxes/credentials';

/**
 * One rule for every node: a date picked without an offset is the workflow's time. A Kyiv shop
 * (UTC+3 in July) picks 12:00; every service must receive 09:00 UTC, however it writes it.
 */
const TIMEZONE = 'Europe/Kyiv';
const PICKED = '2026-07-01T12:00:00';
const PICKED_END = '2026-07-01T18:00:00';
const KEYCRM_UTC = '2026-07-01 09:00:00';
const KEYCRM_UTC_END = '2026-07-01 15:00:00';
const MOMENT = Date.UTC(2026, 6, 1, 9, 0, 0);

const run = (type: string, parameters: INodeParameters, credentials: CredentialsMap) =>
	runNode({ type, parameters, credentials, timezone: TIMEZONE });

describe(`dates picked without an offset are read in the workflow's time zone (${TIMEZONE})`, () => {
	const keycrm = useKeyCrmSandbox();
	const aplaut = useAplautSandbox();
	const botobot = useBotobotSandbox();

	it('KeyCRM order create: ordered_at and payment dates', async () => {
		const { error } = await run(
			'keyCrm',
			{
				resource: 'order',
				operation: 'create',
				sourceId: 1,
				buyerFullName: 'Anna',
				payments: { payment: [{ payment_method_id: 2, amount: 10, status: 'paid', payment_date: PICKED }] },
				additionalFields: { ordered_at: PICKED },
			},
			keyCrmCredentials(keycrm.sandbox),
		);
		expect(error).toBeUndefined();
		const body = keycrm.sandbox.requests('POST', '/order')[0].body as { ordered_at: string; payments: Array<{ payment_date: string }> };
		expect(body.ordered_at).toBe(KEYCRM_UTC);
		expect(body.payments[0].payment_date).toBe(KEYCRM_UTC);
	});

	it.each([
		['order', 'createdBetween'],
		['order', 'updatedBetween'],
		['buyer', 'createdBetween'],
	])('KeyCRM %s Get Many: %s', async (resource, filter) => {
		const { error } = await run(
			'keyCrm',
			{ resource, operation: 'getAll', returnAll: false, limit: 1, filters: { [filter]: { range: { from: PICKED, to: PICKED_END } } } },
			keyCrmCredentials(keycrm.sandbox),
		);
		expect(error).toBeUndefined();
		const key = filter === 'createdBetween' ? 'created_between' : 'updated_between';
		expect(keycrm.sandbox.journal[0].query[`filter[${key}]`]).toBe(`${KEYCRM_UTC}, ${KEYCRM_UTC_END}`);
	});

	it('KeyCRM order Add Payment', async () => {
		keycrm.store.seedOrders(1);
		const { error } = await run(
			'keyCrm',
			{ resource: 'order', operation: 'addPayment', orderId: 1, payment_method_id: 2, amount: 5, payment_date: PICKED },
			keyCrmCredentials(keycrm.sandbox),
		);
		expect(error).toBeUndefined();
		expect((keycrm.sandbox.journal[0].body as { payment_date: string }).payment_date).toBe(KEYCRM_UTC);
	});

	it('Aplaut order create and a Get Many filter on created_at', async () => {
		const credentials = aplautCredentials(aplaut.sandbox);
		const created = await run(
			'aplaut',
			{
				resource: 'order',
				operation: 'create',
				number: 'TZ-1',
				consumerName: 'Anna',
				consumerEmail: 'anna@example.com',
				orderLines: { lines: [{ product_id: '1', name: 'Tea', price: 10 }] },
				additionalFields: { created_at: PICKED },
				requestOptions: { rateLimitRequests: 0 },
			},
			credentials,
		);
		expect(created.error).toBeUndefined();
		const attributes = JSON.parse(aplaut.sandbox.journal[0].rawBody).data.attributes as { created_at: string };
		expect(attributes.created_at).toBe('2026-07-01T12:00:00+03:00');
		expect(Date.parse(attributes.created_at)).toBe(MOMENT);

		const listed = await run(
			'aplaut',
			{
				resource: 'order',
				operation: 'getAll',
				filters: { conditions: [{ field: 'created_at', operator: 'gte', value: PICKED }] },
				requestOptions: { rateLimitRequests: 0 },
			},
			credentials,
		);
		expect(listed.error).toBeUndefined();
		expect(aplaut.sandbox.journal[1].query.filter).toBe('created_at:gte:2026-07-01T12:00:00+03:00');
		expect(listed.items.map((item) => item.json.number)).toEqual(['TZ-1']);
	});

	it('Botobot task: the same picked time is the same moment', async () => {
		const { items, error } = await run(
			'botobot',
			{ resource: 'task', operation: 'add', userId: 1, command: '/start', runAtMode: 'dateTime', runAt: PICKED },
			botobotCredentials(botobot.sandbox),
		);
		expect(error).toBeUndefined();
		expect(items[0].json.timestamp).toBe(MOMENT / 1000);
	});
});
