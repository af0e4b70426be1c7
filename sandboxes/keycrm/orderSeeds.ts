import type { Row } from './store';

const AT = '2024-01-10 09:00:00';

/** The order dictionaries and custom fields of the sandbox account. */
export interface OrderDictionaries {
	sources: Row[];
	statuses: Row[];
	paymentMethods: Row[];
	expenseTypes: Row[];
	deliveryServices: Row[];
	productStatuses: Row[];
	tags: Row[];
	customFields: Row[];
}

const stamp = (row: Row): Row => ({ created_at: AT, updated_at: AT, ...row });

export function seedOrderDictionaries(): OrderDictionaries {
	return {
		sources: [
			{ id: 1, name: 'Website', alias: 'website', driver: 'api', currency_code: 'UAH' },
			{ id: 2, name: 'Telegram Bot', alias: 'telegram_bot', driver: 'api', currency_code: 'UAH' },
			{ id: 3, name: 'Instagram', alias: 'instagram', driver: 'instagram', currency_code: 'UAH' },
		].map(stamp),
		statuses: [
			{ id: 1, name: 'New', alias: 'new', is_active: true, group_id: 1, is_closing_order: false },
			{ id: 2, name: 'Confirmed', alias: 'confirmed', is_active: true, group_id: 2, is_closing_order: false },
			{ id: 3, name: 'Shipped', alias: 'shipped', is_active: true, group_id: 3, is_closing_order: false },
			{ id: 4, name: 'Completed', alias: 'completed', is_active: true, group_id: 4, is_closing_order: true },
		].map(stamp),
		paymentMethods: [
			{ id: 1, name: 'Cash on delivery', alias: 'cod', is_active: true },
			{ id: 2, name: 'Apple Pay', alias: 'apple_pay', is_active: true },
			{ id: 3, name: 'Bank card', alias: 'card', is_active: true },
		],
		expenseTypes: [
			{ id: 1, name: 'Delivery', alias: 'delivery', is_active: true, is_reserved: true, by_order: true },
			{ id: 2, name: 'Packing', alias: 'packing', is_active: true, is_reserved: false, by_order: true },
		],
		deliveryServices: [
			{ id: 1, name: 'Nova Poshta', source_name: 'novaposhta', alias: 'np' },
			{ id: 2, name: 'Ukrposhta', source_name: 'ukrposhta', alias: 'ukrposhta' },
			{ id: 3, name: 'Courier', source_name: 'custom', alias: 'courier' },
		],
		productStatuses: [
			{ id: 1, name: 'Reserved', alias: 'reserved', position: 1, is_active: true, is_reserved: true },
			{ id: 2, name: 'Packed', alias: 'packed', position: 2, is_active: true, is_reserved: false },
		].map(stamp),
		tags: [
			{ id: 1, name: 'VIP', alias: 'vip', color: '#FF0000' },
			{ id: 2, name: 'Wholesale', alias: 'wholesale', color: '#00AA00' },
			{ id: 3, name: 'Bot order', alias: 'bot_order', color: '#0000FF' },
		].map(stamp),
		customFields: [
			{ id: 11, uuid: 'OR_1001', name: 'Gift note', model: 'order', type: 'text', required: false, position: 2, is_multiple: false, options: [] },
			{
				id: 12,
				uuid: 'OR_1002',
				name: 'Packaging',
				model: 'order',
				type: 'select',
				required: false,
				position: 1,
				is_multiple: true,
				options: [
					{ id: 1, field_id: 12, value: 'Box' },
					{ id: 2, field_id: 12, value: 'Ribbon' },
					{ id: 3, field_id: 12, value: 'Card' },
				],
			},
			{ id: 13, uuid: 'OR_1003', name: 'Delivery slot', model: 'order', type: 'datetime', required: false, position: 3, is_multiple: false, options: [] },
			{ id: 14, uuid: 'OR_1037', name: 'Gift wrap', model: 'order', type: 'text', required: false, position: 4, is_multiple: false, options: [] },
			// The catalog side's fields, same UUIDs as its own seeds so both sides read one account.
			{ id: 21, uuid: 'LD_1021', name: 'Budget', model: 'lead', type: 'number', required: false, position: 1, is_multiple: false, options: [] },
			{
				id: 31,
				uuid: 'CT_2001',
				name: 'Loyalty tier',
				model: 'client',
				type: 'select',
				required: false,
				position: 1,
				is_multiple: false,
				options: [
					{ id: 4, field_id: 31, value: 'VIP' },
					{ id: 5, field_id: 31, value: 'Regular' },
				],
			},
			{ id: 41, uuid: 'CT_1001', name: 'Material', model: 'crm_product', type: 'text', required: false, position: 1, is_multiple: false, options: [] },
		],
	};
}
