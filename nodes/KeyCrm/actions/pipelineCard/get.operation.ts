import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { cardIdProperty } from './cardFields';

export const cardIncludes: INodePropertyOptions[] = [
	{ name: 'Contact and Buyer', value: 'contact.client' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Manager', value: 'manager' },
	{ name: 'Payments', value: 'payments' },
	{ name: 'Products', value: 'products' },
	{ name: 'Products with Offers', value: 'products.offer' },
	{ name: 'Status', value: 'status' },
];

export const getCard: Operation = {
	description: [cardIdProperty, { displayName: 'Include', name: 'include', type: 'multiOptions', default: [], description: 'Related records to return with the card', options: cardIncludes }],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const cardId = this.getNodeParameter('cardId', itemIndex) as number;
		const include = this.getNodeParameter('include', itemIndex, []) as string[];
		const qs = include.length ? { include: include.join(',') } : undefined;
		return await keyCrmRequest.call(this, 'GET', `/pipelines/cards/${encodeURIComponent(String(cardId))}`, { qs }, itemIndex);
	},
};
