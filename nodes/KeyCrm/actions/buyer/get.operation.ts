import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { buyerIdProperty } from './update.operation';

export const buyerIncludes: INodePropertyOptions[] = [
	{ name: 'Company', value: 'company' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Loyalty', value: 'loyalty' },
	{ name: 'Manager', value: 'manager' },
	{ name: 'Shipping Addresses', value: 'shipping' },
];

export const getBuyer: Operation = {
	description: [
		buyerIdProperty,
		{ displayName: 'Include', name: 'include', type: 'multiOptions', default: [], description: 'Related records to return with the buyer', options: buyerIncludes },
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const buyerId = this.getNodeParameter('buyerId', itemIndex) as number;
		const include = this.getNodeParameter('include', itemIndex, []) as string[];
		const qs = include.length ? { include: include.join(',') } : undefined;
		return await keyCrmRequest.call(this, 'GET', `/buyer/${encodeURIComponent(String(buyerId))}`, { qs }, itemIndex);
	},
};
