import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import type { Fields } from '../../helpers/compact';
import { keyCrmRequest } from '../../transport';
import { readMoneyEntry } from './moneyEntry';
import { orderIdField, orderPath } from './fields/orderId';

const properties: INodeProperties[] = [
	orderIdField,
	{
		displayName: 'Expense Type Name or ID',
		name: 'expense_type_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getExpenseTypes' },
		default: '',
		description:
			'Kind of cost, e.g. delivery or packing. Leave empty to give the type by name below. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Expense Type by Name',
		name: 'expense_type',
		type: 'string',
		default: '',
		placeholder: 'Packing',
		description: 'Name of the expense type, used when none is picked from the list',
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		required: true,
		default: 0,
		description: 'What the expense cost',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Note about the expense, e.g. "courier fee"',
	},
	{
		displayName: 'Expense Date',
		name: 'payment_date',
		type: 'dateTime',
		default: '',
		description: "When the cost was paid, in the workflow's time zone unless the value has its own offset; empty means now",
	},
];

function expenseProblems(expense: Fields): string[] {
	return expense.expense_type_id === undefined && expense.expense_type === undefined
		? ['The expense needs a type (from the list or by name)']
		: [];
}

export const addExpense: Operation = {
	resend: 'unsafe',
	uncertain: { mayHave: 'KeyCRM may have added this expense to the order', check: 'check the expenses of the order (Order → Get, Include: Expenses)' },
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readMoneyEntry(this, properties, itemIndex, 'Expense', expenseProblems);
		return await keyCrmRequest.call(this, 'POST', orderPath(this, itemIndex, 'expense'), { body }, itemIndex);
	},
};
