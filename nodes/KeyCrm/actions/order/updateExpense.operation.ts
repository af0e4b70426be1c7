import type { Operation } from '../../../shared/execute/router';
import { moneyEntryUpdate } from './moneyEntry';

export const updateExpense: Operation = moneyEntryUpdate(
	'expense',
	{
		displayName: 'Expense ID',
		name: 'expenseId',
		type: 'number',
		required: true,
		default: 0,
		description: 'ID of the expense in the order (see the order with Include → Expenses)',
	},
	[
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
);
