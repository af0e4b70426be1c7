import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../shared/execute/inputError';
import type { Operation } from '../../../shared/execute/router';
import { orderProblems } from '../../helpers/orderValidation';
import { keyCrmRequest } from '../../transport';
import { jsonParameter } from './orderInput';

/** KeyCRM takes at most 50 orders per import request. */
export const IMPORT_BATCH_SIZE = 50;

const properties: INodeProperties[] = [
	{
		displayName: 'Orders (JSON)',
		name: 'orders',
		type: 'json',
		required: true,
		default: `[
  { "source_id": 1, "buyer": { "full_name": "Anna Koval" }, "products": [{ "sku": "TSHIRT-M", "price": 450, "quantity": 1 }] }
]`,
		description:
			'A list of orders in KeyCRM API format (the same fields as Create in JSON mode). More than 50 are sent in several requests of 50.',
	},
];

export const importOrders: Operation = {
	resend: 'unsafe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const orders = jsonParameter(this, 'orders', itemIndex);
		if (!Array.isArray(orders) || orders.length === 0) {
			assertNoProblems(this, ['Orders must be a non-empty JSON list of orders'], itemIndex, 'KeyCRM');
		}
		const list = orders as IDataObject[];
		const problems = list.flatMap((order, index) => orderProblems(order).map((problem) => `Order ${index + 1}: ${problem}`));
		assertNoProblems(this, problems, itemIndex, 'KeyCRM');
		const answers: IDataObject[] = [];
		for (let start = 0; start < list.length; start += IMPORT_BATCH_SIZE) {
			const batch = list.slice(start, start + IMPORT_BATCH_SIZE);
			answers.push(await keyCrmRequest.call(this, 'POST', '/order/import', { body: { orders: batch } }, itemIndex));
		}
		return { imported: list.length, requests: answers.length, responses: answers };
	},
};
