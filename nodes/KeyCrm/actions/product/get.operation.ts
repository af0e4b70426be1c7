import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { productIdProperty } from './update.operation';

export const includeCustomFields: INodeProperties = {
	displayName: 'Include Custom Fields',
	name: 'includeCustomFields',
	type: 'boolean',
	default: false,
	description: 'Whether to return the values of custom fields too',
};

export const getProduct: Operation = {
	description: [productIdProperty, includeCustomFields],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const productId = this.getNodeParameter('productId', itemIndex) as number;
		const qs = this.getNodeParameter('includeCustomFields', itemIndex, false) ? { include: 'custom_fields' } : undefined;
		return await keyCrmRequest.call(this, 'GET', `/products/${encodeURIComponent(String(productId))}`, { qs }, itemIndex);
	},
};
