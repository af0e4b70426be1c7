import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { buyerForm, readBuyer } from './create.operation';

export const buyerIdProperty: INodeProperties = {
	displayName: 'Buyer ID',
	name: 'buyerId',
	type: 'number',
	required: true,
	default: 0,
	description: 'ID of the buyer in KeyCRM',
};

export const updateBuyer: Operation = {
	// KeyCRM requires the full name on every update too.
	description: [buyerIdProperty, ...buyerForm],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const buyerId = this.getNodeParameter('buyerId', itemIndex) as number;
		const body = readBuyer(this, itemIndex);
		return await keyCrmRequest.call(this, 'PUT', `/buyer/${encodeURIComponent(String(buyerId))}`, { body }, itemIndex);
	},
};
