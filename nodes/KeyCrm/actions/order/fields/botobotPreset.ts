import type { INodeProperties } from 'n8n-workflow';

import { inputModeField } from './inputMode';

export const BOTOBOT_ORDER_MODE = 'botobotOrder';

/** Create's Input Mode: the form, JSON, or the order mapped from a Botobot order item. */
export const createInputModeField: INodeProperties = {
	...inputModeField,
	options: [
		...(inputModeField.options ?? []),
		{
			name: 'From a Botobot Order',
			value: BOTOBOT_ORDER_MODE,
			description: 'Map the item of a Botobot Trigger, Botobot Poll Trigger or Botobot Order → Get Many; the form below overrides it',
		},
	],
};

/** The preset's own choices, read by the create: `{orderStatusId?, paymentMethodId?}`. */
export function botobotOptions(read: (name: string, fallback: object) => unknown): { orderStatusId?: unknown; paymentMethodId?: unknown } {
	return (read('botobotOptions', {}) ?? {}) as { orderStatusId?: unknown; paymentMethodId?: unknown };
}

/** Form fields that also show in the Botobot preset, where a value given wins over the mapped one. */
export function formOrBotobotOrder(properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, inputMode: ['fields', BOTOBOT_ORDER_MODE] } },
	}));
}

const presetOnly = { show: { inputMode: [BOTOBOT_ORDER_MODE] } };

export const botobotPresetFields: INodeProperties[] = [
	{
		displayName:
			'Buyer, recipient, address, delivery price, products, comments and the source UUID (the Botobot order ID) come from the Botobot order. Any field you fill in below replaces the mapped one.',
		name: 'botobotPresetNotice',
		type: 'notice',
		default: '',
		displayOptions: presetOnly,
	},
	{
		displayName: 'Preset Options',
		name: 'botobotOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: presetOnly,
		options: [
			{
				displayName: 'Order Status Name or ID',
				name: 'orderStatusId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getOrderStatuses' },
				default: '',
				description:
					'Move the new order to this status (KeyCRM sets its first status otherwise). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Payment Method for Paid Orders Name or ID',
				name: 'paymentMethodId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getPaymentMethods' },
				default: '',
				description:
					'A Botobot order marked paid gets one paid payment of its total with this method. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	},
];
