import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { botobotPresetFields, createInputModeField, formOrBotobotOrder } from './fields/botobotPreset';
import { createOrderOnce, ifSourceUuidExistsField } from './existingOrder';
import { customFieldsField } from './fields/customFields';
import { newOrderDetails } from './fields/details';
import { jsonBodyField } from './fields/inputMode';
import { marketingCollection } from './fields/marketing';
import { newPaymentsField } from './fields/payments';
import { newProductsField } from './fields/products';
import { shippingCollection } from './fields/shipping';
import { applyPresetStatus } from './newOrderStatus';
import { readNewOrder } from './orderInput';

const JSON_EXAMPLE = `{
  "source_id": 1,
  "buyer": { "full_name": "Anna Koval", "phone": "+380501234567" },
  "products": [{ "sku": "TSHIRT-M", "price": 450, "quantity": 1 }]
}`;

const properties: INodeProperties[] = [
	createInputModeField,
	...botobotPresetFields,
	...formOrBotobotOrder([
		{
			displayName: 'Source Name or ID',
			name: 'sourceId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getSources' },
			required: true,
			default: '',
			description:
				'Sales channel the order came from (your site, bot, marketplace). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Buyer Full Name',
			name: 'buyerFullName',
			type: 'string',
			default: '',
			description: 'Name of the buyer. Give at least one of name, email or phone.',
		},
		{
			displayName: 'Buyer Email',
			name: 'buyerEmail',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Email of the buyer; it must be a valid address',
		},
		{
			displayName: 'Buyer Phone',
			name: 'buyerPhone',
			type: 'string',
			placeholder: '+380501234567',
			default: '',
			description: 'Phone of the buyer, best in international format with a plus',
		},
		newProductsField,
		newPaymentsField,
		shippingCollection('create'),
		marketingCollection,
		customFieldsField('order'),
		newOrderDetails,
	]),
	jsonBodyField(JSON_EXAMPLE),
	ifSourceUuidExistsField,
];

export const createOrder: Operation = {
	resend: 'unsafe',
	uncertain: {
		mayHave: 'KeyCRM may have created this order',
		check: "check Order → Get Many for an order with this buyer's phone or Order Number in Source",
	},
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = await readNewOrder(this, itemIndex);
		const { order, created } = await createOrderOnce(this, body, itemIndex);
		// An order found by its Source UUID was made by an earlier run: its status may have moved on since.
		return created ? await applyPresetStatus(this, order, itemIndex) : order;
	},
};
