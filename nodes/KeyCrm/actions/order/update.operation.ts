import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { customFieldsField } from './fields/customFields';
import { orderUpdateDetails } from './fields/details';
import { formOnly, inputModeField, jsonBodyField } from './fields/inputMode';
import { orderIdField, orderPath } from './fields/orderId';
import { updatedProductsField } from './fields/products';
import { shippingCollection } from './fields/shipping';
import { readOrderUpdate } from './orderInput';

const JSON_EXAMPLE = `{
  "status_id": 2,
  "manager_comment": "Called the buyer, confirmed"
}`;

const properties: INodeProperties[] = [
	orderIdField,
	inputModeField,
	...formOnly([orderUpdateDetails, shippingCollection('update'), updatedProductsField, customFieldsField('order')]),
	jsonBodyField(JSON_EXAMPLE),
];

export const updateOrder: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = await readOrderUpdate(this, itemIndex);
		return await keyCrmRequest.call(this, 'PUT', orderPath(this, itemIndex), { body }, itemIndex);
	},
};
