import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import { listLimit } from '../../../shared/execute/listLimit';
import type { Operation } from '../../../shared/execute/router';
import { keyCrmList } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit()];

export const getManyOrders: Operation = {
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return await keyCrmList.call(this, '/order', {}, listLimit(this, itemIndex), itemIndex);
	},
};
