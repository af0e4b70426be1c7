import { runNode } from '../../harness/engine/engine';
import { sampleBroniboyOrder } from '../../sandboxes/broniboy/samples';
import { botobotCredentials } from '../../sandboxes/credentials';
import { useBotobotSandbox } from '../support/sandboxes';

describe('Botobot Order → Update Status from a KeyCRM order or a Broniboy delivery', () => {
	const botobot = useBotobotSandbox();
	const run = (parameters: Record<string, unknown>, items: Array<Record<string, unknown>>, continueOnFail = false) =>
		runNode({
			type: 'botobot',
			parameters: { resource: 'order', operation: 'updateStatus', ...parameters },
			credentials: botobotCredentials(botobot.sandbox),
			items,
			continueOnFail,
		});
	const sentBodies = () => botobot.sandbox.requests('POST').map((entry) => entry.rawBody);

	it("confirms the Botobot order named by a KeyCRM order's source UUID", async () => {
		const { items, error } = await run({ input: 'keyCrmOrder', status: 20 }, [{ id: 1, source_id: 2, source_uuid: '1002' }]);
		expect(error).toBeUndefined();
		expect(sentBodies()).toEqual(['id=1002&status=20']);
		expect(items[0].json).toEqual({ id: 1002, status: 20, statusName: 'Confirmed (20)', updated: true });
	});

	it('fails a KeyCRM order without a source UUID by name, before sending', async () => {
		const { items } = await run({ input: 'keyCrmOrder', status: 20 }, [{ id: 1 }], true);
		expect(items[0].json.error).toMatch(/^The item has no `source_uuid` — connect KeyCRM Order → Create \(From a Botobot Order\)/);
		expect(sentBodies()).toEqual([]);
	});

	it('moves the Botobot order of each Broniboy delivery by the default state table', async () => {
		const deliveries = [
			{ event: 'order.changed', data: sampleBroniboyOrder('on_way', 1001) },
			{ event: 'order.changed', data: sampleBroniboyOrder('finished', 1002) },
			{ event: 'order.changed', data: sampleBroniboyOrder('cooking', 1003) },
		];
		const { items, error } = await run({ input: 'broniboyDelivery' }, deliveries);
		expect(error).toBeUndefined();
		expect(sentBodies()).toEqual(['id=1001&status=70', 'id=1002&status=80']);
		expect(items.map((item) => item.json)).toEqual([
			{ id: 1001, status: 70, statusName: 'Sent (70)', state: 'on_way', updated: true },
			{ id: 1002, status: 80, statusName: 'Delivered (80)', state: 'finished', updated: true },
			{ id: 1003, state: 'cooking', updated: false, reason: 'No Botobot status is set for the Broniboy state "cooking"' },
		]);
	});

	it('follows an edited table', async () => {
		const table = { mapping: [{ state: 'ready', status: 60 }] };
		const { error } = await run({ input: 'broniboyDelivery', stateStatuses: table }, [{ data: sampleBroniboyOrder('ready', 1003) }]);
		expect(error).toBeUndefined();
		expect(sentBodies()).toEqual(['id=1003&status=60']);
	});

	it('fails a delivery without the Botobot reference by name', async () => {
		const data = { ...sampleBroniboyOrder('on_way'), drop_off: [{ comment: 'Order #1001' }] };
		const { error } = await run({ input: 'broniboyDelivery' }, [{ data }]);
		expect(error?.message).toMatch(/^The delivery carries no Botobot order reference/);
		expect(sentBodies()).toEqual([]);
	});
});
