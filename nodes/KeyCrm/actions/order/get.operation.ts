import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { includeField, includeQuery } from '../common/includes';
import { orderIdField, orderPath } from './fields/orderId';

const properties: INodeProperties[] = [orderIdField, { ...includeField, description: 'Related records to return with the order' }];

export const getOrder: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const include = this.getNodeParameter('include', itemIndex, []) as string[];
		return await keyCrmRequest.call(this, 'GET', orderPath(this, itemIndex), { qs: includeQuery(include) }, itemIndex);
	},
};
