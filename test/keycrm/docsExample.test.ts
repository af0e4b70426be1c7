import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { sampleBotobotOrderOf } from '../../sandboxes/botobot/samples';
import { useKeyCrmSandbox } from '../support/sandboxes';
import { runKeyCrm } from './orderSupport';

/** The KeyCRM node of the example workflow in docs/keycrm.md, exactly as a reader would import it. */
function documentedKeyCrmParameters(): IDataObject {
	const doc = readFileSync(path.resolve(__dirname, '../../docs/keycrm.md'), 'utf8');
	const block = /## Example: a Botobot order[\s\S]*?```json\n([\s\S]*?)\n```/.exec(doc);
	if (!block) throw new Error('docs/keycrm.md has no example workflow');
	const workflow = JSON.parse(block[1]) as { nodes: Array<{ type: string; parameters: IDataObject }> };
	return workflow.nodes.find((node) => node.type === 'n8n-nodes-order-sync.keyCrm')!.parameters;
}

// What the Botobot Trigger outputs for one callback (docs/botobot.md), with two goods.
const botobotOrder = sampleBotobotOrderOf(2) as IDataObject;

describe('docs/keycrm.md example: a Botobot order becomes a KeyCRM order', () => {
	const keycrm = useKeyCrmSandbox();

	it('the documented KeyCRM node sends the order KeyCRM expects', async () => {
		const { items, error } = await runKeyCrm(keycrm, documentedKeyCrmParameters(), { items: [botobotOrder] });
		expect(error).toBeUndefined();
		expect(keycrm.sandbox.requests('POST', '/order').map((entry) => entry.body)).toEqual([
			{
				source_id: 2,
				source_uuid: '1001',
				buyer: { full_name: 'Olena Kovalenko', phone: '+380671234567' },
				shipping: {
					shipping_receive_point: 'Kyiv, Khreshchatyk St 22, apt 5',
					recipient_full_name: 'Olena Kovalenko',
					recipient_phone: '+380671234567',
				},
				shipping_price: 250,
				manager_comment: 'Botobot order 1001, time: 2026-11-23 14:00',
				marketing: { utm_source: 'telegram', utm_medium: 'botobot' },
				products: [
					{ sku: 'TEA-GRN-100', name: 'Green tea Sencha 100 g', price: 320, discount_amount: 20, quantity: 2 },
					{ sku: 'CUP-CER-01', name: 'Ceramic cup', price: 540, discount_amount: 0, quantity: 1 },
				],
			},
		]);
		expect(items[0].json).toMatchObject({ id: 1, source_uuid: '1001', grand_total: 1390 });
	});
});
