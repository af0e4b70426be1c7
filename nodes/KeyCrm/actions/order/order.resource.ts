import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { addExpense } from './addExpense.operation';
import { addPayment } from './addPayment.operation';
import { createOrder } from './create.operation';
import { detachFile } from './detachFile.operation';
import { detachTag } from './detachTag.operation';
import { getOrder } from './get.operation';
import { getManyOrders } from './getAll.operation';
import { importOrders } from './import.operation';
import { attachFile } from './attachFile.operation';
import { attachTag } from './attachTag.operation';
import { updateOrder } from './update.operation';
import { updateExpense } from './updateExpense.operation';
import { updatePayment } from './updatePayment.operation';

export const orderOperations: ResourceOperations = {
	create: createOrder,
	get: getOrder,
	getAll: getManyOrders,
	update: updateOrder,
	import: importOrders,
	addPayment: addPayment,
	updatePayment: updatePayment,
	addExpense: addExpense,
	updateExpense: updateExpense,
	attachTag: attachTag,
	detachTag: detachTag,
	attachFile: attachFile,
	detachFile: detachFile,
};

export const orderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{ name: 'Add Expense', value: 'addExpense', action: 'Add an expense to an order', description: 'Record a cost of an order, e.g. delivery' },
			{ name: 'Add Payment', value: 'addPayment', action: 'Add a payment to an order', description: 'Record a payment for an order' },
			{ name: 'Attach File', value: 'attachFile', action: 'Attach a file to an order', description: 'Attach an uploaded file to an order' },
			{ name: 'Attach Tag', value: 'attachTag', action: 'Attach a tag to an order', description: 'Add a tag to an order' },
			{ name: 'Create', value: 'create', action: 'Create an order', description: 'Create an order from the form or a JSON body' },
			{ name: 'Detach File', value: 'detachFile', action: 'Detach a file from an order', description: 'Remove a file from an order' },
			{ name: 'Detach Tag', value: 'detachTag', action: 'Detach a tag from an order', description: 'Remove a tag from an order' },
			{ name: 'Get', value: 'get', action: 'Get an order', description: 'Get one order by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many orders', description: 'List orders with filters' },
			{ name: 'Import', value: 'import', action: 'Import orders', description: 'Create many orders at once from a JSON list' },
			{ name: 'Update', value: 'update', action: 'Update an order', description: 'Change status, comments, shipping, products or custom fields' },
			{ name: 'Update Expense', value: 'updateExpense', action: 'Update an expense of an order', description: "Cancel an expense or change its note" },
			{ name: 'Update Payment', value: 'updatePayment', action: 'Update a payment of an order', description: "Change a payment's status or note" },
		],
		default: 'get',
	},
	...operationProperties('order', orderOperations),
];
