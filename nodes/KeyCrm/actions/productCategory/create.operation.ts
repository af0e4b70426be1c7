import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { formToBody } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';

export const createCategory: Operation = {
	resend: 'unsafe',
	description: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Name of the category' },
		{
			displayName: 'Parent Category Name or ID',
			name: 'parentId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getProductCategories' },
			default: '',
			description: 'Category this one goes under; leave empty for a top-level category. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = formToBody({ name: this.getNodeParameter('name', itemIndex), parentId: this.getNodeParameter('parentId', itemIndex, '') });
		return await keyCrmRequest.call(this, 'POST', '/products/categories', { body }, itemIndex);
	},
};
