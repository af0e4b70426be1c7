import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { readChanges } from './fields/money';
import { orderIdField, orderPath } from './fields/orderId';

const properties: INodeProperties[] = [
	orderIdField,
	{
		displayName: 'Expense ID',
		name: 'expenseId',
		type: 'number',
		required: true,
		default: 0,
		description: 'ID of the expense in the order (see the order with Include → Expenses)',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add field to update',
		default: {},
		options: [
			{
				displayName: 'Cancel Expense',
				name: 'cancel',
				type: 'boolean',
				default: true,
				description: 'Whether to mark the expense as canceled (KeyCRM cannot set any other status here)',
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'Replaces the note of the expense',
			},
		],
	},
];

export const updateExpense: Operation = {
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readChanges(this, itemIndex);
		const expenseId = this.getNodeParameter('expenseId', itemIndex) as number;
		return await keyCrmRequest.call(this, 'PUT', orderPath(this, itemIndex, 'expense', expenseId), { body }, itemIndex);
	},
};
