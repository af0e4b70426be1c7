/** Related records KeyCRM reads with a record (`include=`): shared by the operations and the triggers. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export const includeField: INodeProperties = {
	displayName: 'Include',
	name: 'include',
	type: 'multiOptions',
	default: [],
	description: 'Related records to return with each order',
	options: [
		{ name: 'Assigned', value: 'assigned', description: 'Team members assigned to the order' },
		{ name: 'Buyer', value: 'buyer' },
		{ name: 'Custom Fields', value: 'custom_fields' },
		{ name: 'Expenses', value: 'expenses' },
		{ name: 'Manager', value: 'manager' },
		{ name: 'Marketing', value: 'marketing', description: 'UTM tags' },
		{ name: 'Payments', value: 'payments' },
		{ name: 'Products With Offer', value: 'products.offer', description: 'Products with their catalog offer (variant)' },
		{ name: 'Shipping Delivery Service', value: 'shipping.deliveryService' },
		{ name: 'Shipping Last History', value: 'shipping.lastHistory', description: 'Latest tracking event' },
		{ name: 'Status', value: 'status' },
		{ name: 'Tags', value: 'tags' },
	],
};

export const buyerIncludes: INodePropertyOptions[] = [
	{ name: 'Company', value: 'company' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Loyalty', value: 'loyalty' },
	{ name: 'Manager', value: 'manager' },
	{ name: 'Shipping Addresses', value: 'shipping' },
];

export const cardIncludes: INodePropertyOptions[] = [
	{ name: 'Contact and Buyer', value: 'contact.client' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Manager', value: 'manager' },
	{ name: 'Payments', value: 'payments' },
	{ name: 'Products', value: 'products' },
	{ name: 'Products with Offers', value: 'products.offer' },
	{ name: 'Status', value: 'status' },
];

/** KeyCRM takes includes as one comma list. */
export function includeQuery(include: string[]): { include?: string } {
	return include.length > 0 ? { include: include.join(',') } : {};
}
