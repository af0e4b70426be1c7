import type { IDataObject } from 'n8n-workflow';

import { useKeyCrmSandbox } from '../support/sandboxes';
import { runKeyCrm } from './orderSupport';

const N = 5;
const WINDOW_MS = 2000;

describe('KeyCRM Order → Create in a long batch under the rate limit', () => {
	const keycrm = useKeyCrmSandbox();
	beforeEach(() => keycrm.sandbox.setRateLimit({ limit: N, windowMs: WINDOW_MS }));

	const createMany = async (requestOptions: IDataObject) =>
		await runKeyCrm(
			keycrm,
			{
				resource: 'order',
				operation: 'create',
				sourceId: 2,
				buyerFullName: '={{ $json.name }}',
				additionalFields: { source_uuid: '={{ $json.number }}' },
				// One request per order is what the pace is measured on; the Source UUID lookup is tested in foundation/writes.
				ifSourceUuidExists: 'createAnother',
				requestOptions,
			},
			{ items: Array.from({ length: 3 * N }, (_, i) => ({ name: `Buyer ${i + 1}`, number: `BOT-${i + 1}` })) },
		);

	const numbersCreated = () => keycrm.store.orders.map((order) => order.source_uuid);
	const allNumbers = Array.from({ length: 3 * N }, (_, i) => `BOT-${i + 1}`);

	it('paced like the account, 3N creates meet no 429 and none fails', async () => {
		const { items, error } = await createMany({ rateLimitRequests: N, rateLimitPeriod: WINDOW_MS / 1000 });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3 * N);
		expect(items.filter((item) => item.json.error !== undefined)).toHaveLength(0);
		expect(keycrm.sandbox.journal.filter((entry) => entry.status === 429)).toHaveLength(0);
		expect(keycrm.sandbox.journal).toHaveLength(3 * N);
		expect(numbersCreated()).toEqual(allNumbers);
	}, 30_000);

	it("with pacing off, X-RateLimit-Remaining keeps the batch under the limit", async () => {
		const { items, error } = await createMany({ rateLimitRequests: 0, rateLimitPeriod: WINDOW_MS / 1000 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.source_uuid)).toEqual(allNumbers);
		expect(keycrm.sandbox.journal.filter((entry) => entry.status === 429)).toHaveLength(0);
		expect(numbersCreated()).toEqual(allNumbers);
	}, 30_000);

	it('with pacing off, the 429s after another client used up the window are waited out (Retry-After) and no item is lost', async () => {
		keycrm.sandbox.exhaustRateLimit();
		const { items, error } = await createMany({ rateLimitRequests: 0, rateLimitPeriod: WINDOW_MS / 1000 });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.source_uuid)).toEqual(allNumbers);
		expect(keycrm.sandbox.journal.filter((entry) => entry.status === 429).length).toBeGreaterThan(0);
		expect(keycrm.sandbox.requests('POST', '/order').filter((entry) => entry.status === 201)).toHaveLength(3 * N);
		expect(numbersCreated()).toEqual(allNumbers);
	}, 60_000);
});
