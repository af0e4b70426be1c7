import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { formToBody, isValidEmail, type Plain } from '../../helpers/catalogValues';
import { byDisplayName, customFieldsProperty, customFieldsTransform, dateTransforms, repeatable, repeatableTransform } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';

export const cardIdProperty: INodeProperties = { displayName: 'Card ID', name: 'cardId', type: 'number', required: true, default: 0, description: 'ID of the pipeline card in KeyCRM' };

export const pipelineProperty: INodeProperties = {
	displayName: 'Pipeline Name or ID',
	name: 'pipelineId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getPipelines' },
	default: '',
	description:
		'Pipeline of the card; empty puts it in the first pipeline. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const managerProperty: INodeProperties = {
	displayName: 'Manager Name or ID',
	name: 'managerId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getUsers' },
	default: '',
	description: 'User responsible for the card. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const communicateAtProperty: INodeProperties = { displayName: 'Next Contact At', name: 'communicateAt', type: 'dateTime', default: '', description: 'When to contact the client next' };
export const sourceProperty: INodeProperties = { displayName: 'Source ID', name: 'sourceId', type: 'number', default: 0, description: 'ID of the source (sales channel) the card came from' };

/** Products of a card: a create sets them, an update adds them (KeyCRM never replaces card products). */
export const cardProductsProperty = repeatable('products', 'Product', 'Products of the card', [
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the product' },
	{ displayName: 'Picture URL', name: 'picture', type: 'string', default: '', description: 'Link to a picture of the product' },
	{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'Price of one unit' },
	{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 0 }, default: 1, description: 'Number of units' },
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'SKU of the product in the catalog' },
	{ displayName: 'Unit Type', name: 'unitType', type: 'string', default: '', description: 'Unit the product is sold in, e.g. pcs' },
]);

/** A payment of a card, as both "Add Payment" and a new card's payments take it. */
export const paymentAmountProperty: INodeProperties = {
	displayName: 'Amount',
	name: 'amount',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	required: true,
	default: 0,
	description: 'Amount of the payment',
};
export const paymentStatusProperty: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: [
		{ name: 'Canceled', value: 'canceled' },
		{ name: 'Not Paid', value: 'not_paid' },
		{ name: 'Paid', value: 'paid' },
	],
	default: 'not_paid',
	description: 'State of the payment',
};
export const paymentDescriptionProperty: INodeProperties = { displayName: 'Description', name: 'description', type: 'string', default: '', description: 'Comment on the payment' };

export const paymentOptionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: byDisplayName([
		paymentDescriptionProperty,
		{ displayName: 'Payment Date', name: 'paymentDate', type: 'dateTime', default: '', description: 'When the payment was made; empty means now' },
		{ displayName: 'Payment Method ID', name: 'paymentMethodId', type: 'number', default: 0, description: 'ID of the payment method in KeyCRM (or give its name below)' },
		{ displayName: 'Payment Method Name', name: 'paymentMethod', type: 'string', default: '', description: 'Name of the payment method, e.g. Apple Pay, when no ID is given' },
		paymentStatusProperty,
	]),
};

/** One payment from its form values; KeyCRM needs the method by ID or by name. */
export function paymentFromForm(context: IExecuteFunctions, itemIndex: number, values: Plain, label: string): Plain {
	const { additionalFields, ...top } = values;
	const payment = formToBody({ ...top, ...(additionalFields as Plain) }, {
		...dateTransforms(context, itemIndex, { paymentDate: 'Payment Date' }),
		paymentMethodId: (value) => (value ? value : undefined),
	});
	assertPaymentValid(context, payment, itemIndex, label);
	return payment;
}

export function assertPaymentValid(context: IExecuteFunctions, payment: Plain, itemIndex: number, label: string): void {
	if (typeof payment.amount !== 'number') throw inputError(context, `${label}: Amount is required`, itemIndex);
	if (!payment.payment_method_id && !payment.payment_method) throw inputError(context, `${label}: give the Payment Method ID or the Payment Method Name`, itemIndex);
}

/** Transforms of the card form's fields that are not sent as typed. */
export function cardTransforms(context: IExecuteFunctions, itemIndex: number) {
	return {
		...dateTransforms(context, itemIndex, { communicateAt: 'Next Contact At' }),
		customFields: customFieldsTransform,
		products: repeatableTransform(),
		sourceId: (value: unknown) => (value ? value : undefined),
		clientId: (value: unknown) => (value ? value : undefined),
	};
}

/** A card's contact needs a name, an email, a phone or an existing buyer; a given email must be valid. */
export function assertContactValid(context: IExecuteFunctions, contact: Plain, itemIndex: number): void {
	if (!contact.full_name && !contact.email && !contact.phone && !contact.client_id) {
		throw inputError(context, 'Contact: give a full name, an email, a phone or a buyer ID', itemIndex);
	}
	if (contact.email !== undefined && !isValidEmail(String(contact.email))) {
		throw inputError(context, `Contact: "${String(contact.email)}" is not a valid email address`, itemIndex);
	}
}

export const cardCustomFields = customFieldsProperty('getLeadCustomFields');
