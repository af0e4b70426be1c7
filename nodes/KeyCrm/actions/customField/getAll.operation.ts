import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import { listLimit } from '../../../shared/execute/listLimit';
import type { Operation } from '../../../shared/execute/router';
import { fetchCustomFields } from '../../transport/customFields';
import { sortField, sortQuery } from '../common/sort';

const properties: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Models',
		name: 'models',
		type: 'multiOptions',
		default: [],
		description: 'Only fields of these records; none means all',
		options: [
			{ name: 'Buyer', value: 'client' },
			{ name: 'Lead (Pipeline Card)', value: 'lead' },
			{ name: 'Order', value: 'order' },
			{ name: 'Product', value: 'crm_product' },
		],
	},
	{
		displayName: 'Include List Choices',
		name: 'includeOptions',
		type: 'boolean',
		default: true,
		description: 'Whether to return the choices of list (select) fields',
	},
	sortField([{ name: 'Position', value: 'position' }], 'position'),
];

export const getManyCustomFields: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const fields = await fetchCustomFields.call(
			this,
			{
				models: this.getNodeParameter('models', itemIndex, []) as string[],
				includeOptions: this.getNodeParameter('includeOptions', itemIndex, true) as boolean,
				sort: sortQuery(this.getNodeParameter('sort', itemIndex, {})).sort,
			},
			itemIndex,
		);
		// The endpoint is not paged: "Limit" trims the one answer.
		const limit = listLimit(this, itemIndex);
		return limit === undefined ? fields : fields.slice(0, limit);
	},
};
