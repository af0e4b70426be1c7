import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../shared/execute/inputError';
import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import { listLimit } from '../../../shared/execute/listLimit';
import type { Operation } from '../../../shared/execute/router';
import { orderFilterQuery } from '../../helpers/orderFilters';
import { keyCrmList } from '../../transport';
import { sortField, sortQuery } from '../common/sort';
import { orderFiltersField } from './fields/filters';
import { includeField, includeQuery } from '../common/includes';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	orderFiltersField,
	includeField,
	sortField(
		[
			{ name: 'Created At', value: 'created_at' },
			{ name: 'ID', value: 'id' },
			{ name: 'Updated At', value: 'updated_at' },
		],
		'id',
	),
];

export const getManyOrders: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const { qs: filterQs, problems } = orderFilterQuery(filters, this.getTimezone());
		assertNoProblems(this, problems, itemIndex, 'KeyCRM');
		const qs: IDataObject = {
			...filterQs,
			...includeQuery(this.getNodeParameter('include', itemIndex, []) as string[]),
			...sortQuery(this.getNodeParameter('sort', itemIndex, {})),
		};
		return await keyCrmList.call(this, '/order', qs, listLimit(this, itemIndex), itemIndex);
	},
};
