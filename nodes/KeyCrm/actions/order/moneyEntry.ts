import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assertNoProblems } from '../../../shared/execute/inputError';
import type { Operation } from '../../../shared/execute/router';
import type { Fields } from '../../helpers/compact';
import { moneyEntryBody } from '../../helpers/orderBody';
import { keyCrmRequest } from '../../transport';
import { orderIdField, orderPath, requiredId } from './fields/orderId';

/** Reads the named top-level parameters of a payment or expense form into a checked API body. */
export function readMoneyEntry(
	context: IExecuteFunctions,
	properties: INodeProperties[],
	itemIndex: number,
	label: string,
	check: (body: Fields) => string[],
): Fields {
	const fields: Fields = {};
	for (const { name, default: fallback } of properties) {
		if (name === 'orderId') continue;
		fields[name] = context.getNodeParameter(name, itemIndex, fallback);
	}
	const { body, problems } = moneyEntryBody(fields, label, context.getTimezone());
	assertNoProblems(context, [...problems, ...check(body)], itemIndex, 'KeyCRM');
	return body;
}

/** "Update Fields" of a payment or an expense, of which at least one must be given. */
function readChanges(context: IExecuteFunctions, itemIndex: number): Fields {
	const changes = { ...(context.getNodeParameter('updateFields', itemIndex, {}) as Fields) };
	if (changes.cancel === true) changes.status = 'canceled';
	delete changes.cancel;
	const { body, problems } = moneyEntryBody(changes, 'Update', context.getTimezone());
	assertNoProblems(context, Object.keys(body).length === 0 ? ['Nothing to update: add at least one field'] : problems, itemIndex, 'KeyCRM');
	return body;
}

/**
 * Changing a payment or an expense: `PUT /order/{orderId}/{segment}/{id}` with the "Update Fields"
 * the user added (a "cancel" switch becomes `status: canceled`).
 */
export function moneyEntryUpdate(segment: 'payment' | 'expense', idField: INodeProperties, updateOptions: INodeProperties[]): Operation {
	return {
		resend: 'safe',
		description: [
			orderIdField,
			idField,
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add field to update',
				default: {},
				options: updateOptions,
			},
		],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const body = readChanges(this, itemIndex);
			const entryId = requiredId(this, idField.name, itemIndex, idField.displayName);
			return await keyCrmRequest.call(this, 'PUT', orderPath(this, itemIndex, segment, entryId), { body }, itemIndex);
		},
	};
}
