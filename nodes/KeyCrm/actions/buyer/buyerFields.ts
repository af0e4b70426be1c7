import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { formToBody, isValidEmail, type Plain } from '../../helpers/catalogValues';
import { customFieldsProperty, customFieldsTransform, dateTransforms, repeatable, repeatableTransform } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';

/** Fields of a buyer, shared by Create, Update and Import. */
export const buyerFullName: INodeProperties = {
	displayName: 'Full Name',
	name: 'fullName',
	type: 'string',
	required: true,
	default: '',
	description: 'Full name of the buyer',
};

const shippingAddress = repeatable('shipping', 'Shipping Address', 'Delivery addresses of the buyer', [
	{ displayName: 'Additional Address', name: 'additionalAddress', type: 'string', default: '', description: 'Apartment, floor or other address details' },
	{ displayName: 'Address', name: 'address', type: 'string', default: '', description: 'Street and house' },
	{ displayName: 'City', name: 'city', type: 'string', default: '', description: 'City of delivery' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '', description: 'Country of delivery' },
	{ displayName: 'Recipient Full Name', name: 'recipientFullName', type: 'string', default: '', description: 'Name of the recipient, if not the buyer' },
	{ displayName: 'Recipient Phone', name: 'recipientPhone', type: 'string', default: '', description: 'Phone of the recipient in international format, e.g. +380501234567' },
	{ displayName: 'Region', name: 'region', type: 'string', default: '', description: 'Region, state or oblast' },
	{ displayName: 'Shipping Service', name: 'shippingService', type: 'string', default: '', description: 'Name of the delivery service, e.g. Nova Poshta' },
	{ displayName: 'Warehouse Ref', name: 'warehouseRef', type: 'string', default: '', description: 'UUID of the Nova Poshta warehouse' },
	{ displayName: 'ZIP Code', name: 'zipCode', type: 'string', default: '', description: 'Postal code' },
]);

export const buyerOptionalFields: INodeProperties[] = [
	{ displayName: 'Birthday', name: 'birthday', type: 'dateTime', default: '', description: 'Date of birth of the buyer' },
	{ displayName: 'Company ID', name: 'companyId', type: 'number', default: 0, description: 'ID of the company the buyer belongs to' },
	customFieldsProperty('getClientCustomFields'),
	{ displayName: 'Discount (%)', name: 'discount', type: 'number', typeOptions: { minValue: 0, maxValue: 100 }, default: 0, description: 'Personal discount of the buyer in percent' },
	{ displayName: 'Emails', name: 'email', type: 'string', typeOptions: { multipleValues: true }, default: [], placeholder: 'name@email.com', description: 'Email addresses of the buyer' },
	{
		displayName: 'Manager Name or ID',
		name: 'managerId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		description: 'User responsible for the buyer. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Note about the buyer' },
	{ displayName: 'Phones', name: 'phone', type: 'string', typeOptions: { multipleValues: true }, default: [], description: 'Phone numbers in international format, e.g. +380501234567' },
	shippingAddress,
];

export const buyerAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: buyerOptionalFields,
};

/** One buyer's form values (full name + additional fields) as KeyCRM's buyer object. */
export function buyerFromForm(context: IExecuteFunctions, itemIndex: number, values: IDataObject): Plain {
	const { additionalFields, ...top } = values;
	return formToBody({ ...top, ...(additionalFields as IDataObject) }, {
		...dateTransforms(context, itemIndex, {}, { birthday: 'Birthday' }),
		customFields: customFieldsTransform,
		shipping: repeatableTransform(),
		// 0 is the form's "not set" for an ID
		companyId: (value) => (value ? value : undefined),
	});
}

/** KeyCRM takes a malformed email as it is; catch it here with a message that names the buyer. */
export function assertBuyerValid(context: IExecuteFunctions, buyer: Plain, itemIndex: number, label = 'Buyer'): void {
	const emails = Array.isArray(buyer.email) ? buyer.email : buyer.email === undefined ? [] : [buyer.email];
	const bad = emails.filter((email) => typeof email !== 'string' || !isValidEmail(email));
	if (bad.length > 0) throw inputError(context, `${label}: "${bad.map(String).join('", "')}" is not a valid email address`, itemIndex);
	if (typeof buyer.full_name !== 'string' || buyer.full_name.trim() === '') {
		throw inputError(context, `${label}: Full Name is required`, itemIndex);
	}
}
