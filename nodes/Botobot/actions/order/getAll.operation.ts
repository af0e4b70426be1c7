import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import type { Operation } from '../../../shared/execute/router';
import { listLimit } from '../../../shared/execute/listLimit';
import { newestFirst } from '../../helpers/orderList';
import { asItems, listBotobotOrders, UNDOCUMENTED_ORDERS_NOTICE } from '../../transport/orders';

const properties: INodeProperties[] = [
	{ displayName: UNDOCUMENTED_ORDERS_NOTICE, name: 'undocumentedNotice', type: 'notice', default: '' },
	// Botobot answers the whole list at once (no paging is known), so Limit trims that list.
	...returnAllOrLimit(),
];

export const getAllOrders: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const orders = newestFirst(await listBotobotOrders.call(this, itemIndex));
		const limit = listLimit(this, itemIndex);
		return asItems(limit === undefined ? orders : orders.slice(0, limit));
	},
};
