import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { addExpense } from './addExpense.operation';
import { addPayment } from './addPayment.operation';
import { createOrder } from './create.operation';
import { getOrder } from './get.operation';
import { getManyOrders } from './getAll.operation';
import { importOrders } from './import.operation';
import { attachFile, attachTag, detachFile, detachTag } from './link.operations';
import { updateExpense } from './updateExpense.operation';
import { updateOrder } from './update.operation';
import { updatePayment } from './updatePayment.operation';

const entries: OperationEntry[] = [
	{ value: 'create', name: 'Create', action: 'Create an order', description: 'Create an order from the form or a JSON body', operation: createOrder },
	{ value: 'get', name: 'Get', action: 'Get an order', description: 'Get one order by ID', operation: getOrder },
	{ value: 'getAll', name: 'Get Many', action: 'Get many orders', description: 'List orders with filters', operation: getManyOrders },
	{ value: 'update', name: 'Update', action: 'Update an order', description: 'Change status, comments, shipping, products or custom fields', operation: updateOrder },
	{ value: 'import', name: 'Import', action: 'Import orders', description: 'Create many orders at once from a JSON list', operation: importOrders },
	{ value: 'addPayment', name: 'Add Payment', action: 'Add a payment to an order', description: 'Record a payment for an order', operation: addPayment },
	{ value: 'updatePayment', name: 'Update Payment', action: 'Update a payment of an order', description: "Change a payment's status or note", operation: updatePayment },
	{ value: 'addExpense', name: 'Add Expense', action: 'Add an expense to an order', description: 'Record a cost of an order, e.g. delivery', operation: addExpense },
	{ value: 'updateExpense', name: 'Update Expense', action: 'Update an expense of an order', description: "Cancel an expense or change its note", operation: updateExpense },
	{ value: 'attachTag', name: 'Attach Tag', action: 'Attach a tag to an order', description: 'Add a tag to an order', operation: attachTag },
	{ value: 'detachTag', name: 'Detach Tag', action: 'Detach a tag from an order', description: 'Remove a tag from an order', operation: detachTag },
	{ value: 'attachFile', name: 'Attach File', action: 'Attach a file to an order', description: 'Attach an uploaded file to an order', operation: attachFile },
	{ value: 'detachFile', name: 'Detach File', action: 'Detach a file from an order', description: 'Remove a file from an order', operation: detachFile },
];

export const orderDescription = resourceDescription('order', entries, 'get');
export const orderOperations = operationsOf(entries);
