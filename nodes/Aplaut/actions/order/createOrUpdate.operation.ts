import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { simplifyProperty } from '../common/queryProperties';
import { readId, recordPath, sendRecord } from '../common/recordOperations';
import {
	additionalFieldsProperty,
	consumerProperties,
	detailsProperty,
	ORDER_NUMBER,
	ORDER_TYPE,
	orderLinesProperties,
	orderNumberProperty,
	readOrderAttributes,
} from './orderFields';
import { formOnly, inputModeProperty, isKeyCrmOrderInput, keyCrmOrderProperties, readKeyCrmOrder } from './keyCrmOrderInput';

const properties: INodeProperties[] = [
	{
		displayName:
			'Creates the order when Aplaut does not have this number yet, else updates it: details are merged, order lines replaced. The safe choice when you do not know whether the order was sent before.',
		name: 'upsertNotice',
		type: 'notice',
		default: '',
	},
	inputModeProperty,
	...keyCrmOrderProperties,
	...formOnly([
		orderNumberProperty("The shop's order number (or Aplaut's internal ID of an existing order)"),
		...consumerProperties,
		...orderLinesProperties('Products bought; they replace the lines Aplaut has for this order', true),
	]),
	detailsProperty('Order attributes; merged into the ones Aplaut already has (and over the ones a preset maps)'),
	...formOnly([additionalFieldsProperty]),
	simplifyProperty,
];

export const createOrUpdateOrder: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const { number, attributes } = isKeyCrmOrderInput(this, itemIndex)
			? readKeyCrmOrder(this, itemIndex)
			: { number: readId(this, itemIndex, ORDER_NUMBER), attributes: readOrderAttributes(this, itemIndex) };
		return await sendRecord.call(this, itemIndex, { method: 'PUT', path: recordPath('/orders', number), type: ORDER_TYPE, attributes });
	},
};
