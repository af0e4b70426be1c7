import type { INodeProperties } from 'n8n-workflow';

const shippingOptions: INodeProperties[] = [
	{
		displayName: 'City',
		name: 'shipping_address_city',
		type: 'string',
		default: '',
		description: 'City of the delivery address',
	},
	{
		displayName: 'Country',
		name: 'shipping_address_country',
		type: 'string',
		default: '',
		description: 'Country of the delivery address',
	},
	{
		displayName: 'Delivery Service Name or ID',
		name: 'delivery_service_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDeliveryServices' },
		default: '',
		description:
			'Delivery service set up in KeyCRM (needed together with Warehouse Ref for Nova Poshta). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Pickup Point',
		name: 'shipping_receive_point',
		type: 'string',
		default: '',
		description: 'Where the buyer collects the parcel, e.g. a street and house or "Warehouse #12"',
	},
	{
		displayName: 'Recipient Full Name',
		name: 'recipient_full_name',
		type: 'string',
		default: '',
		description: 'Name of whoever receives the parcel, if not the buyer',
	},
	{
		displayName: 'Recipient Phone',
		name: 'recipient_phone',
		type: 'string',
		default: '',
		description: 'Phone of the recipient, if not the buyer, best in international format with a plus',
	},
	{
		displayName: 'Region',
		name: 'shipping_address_region',
		type: 'string',
		default: '',
		description: 'Region, state or oblast of the delivery address',
	},
	{
		displayName: 'Second Address Line',
		name: 'shipping_secondary_line',
		type: 'string',
		default: '',
		description: 'Apartment, floor or other extra address details',
	},
	{
		displayName: 'Shipping Date',
		name: 'shipping_date',
		type: 'dateTime',
		default: '',
		description: 'Day the order is shipped or delivered',
	},
	{
		displayName: 'Shipping Service Name',
		name: 'shipping_service',
		type: 'string',
		default: '',
		description: 'Name of the delivery service as text, e.g. "Nova Poshta", when it is not picked from the list',
	},
	{
		displayName: 'Tracking Code',
		name: 'tracking_code',
		type: 'string',
		default: '',
		description: "The carrier's tracking number. KeyCRM refuses a new one when the order already has one.",
	},
	{
		displayName: 'Warehouse Ref',
		name: 'warehouse_ref',
		type: 'string',
		default: '',
		placeholder: '1ec09d2e-e1c2-11e3-8c4a-0050568002cf',
		description:
			'UUID of a Nova Poshta warehouse, so KeyCRM fills in the branch itself. Needs the Nova Poshta delivery service. Also fill the address fields in case the lookup fails.',
	},
	{
		displayName: 'ZIP Code',
		name: 'shipping_address_zip',
		type: 'string',
		default: '',
		description: 'Postal code of the delivery address',
	},
];

/** KeyCRM's `shipping` object. The update endpoint has no free-text service name. */
export function shippingCollection(mode: 'create' | 'update'): INodeProperties {
	return {
		displayName: 'Shipping',
		name: 'shipping',
		type: 'collection',
		placeholder: 'Add shipping field',
		default: {},
		description: 'Where and how the order is delivered',
		options: shippingOptions.filter((option) => mode === 'create' || option.name !== 'shipping_service'),
	};
}
