import type { INodeProperties } from 'n8n-workflow';

import type { IdParameter } from '../common/recordOperations';
import { field } from '../common/writeOperations';

export const CONSUMER_TYPE = 'consumers';

export const consumerId: IdParameter = {
	name: 'consumerId',
	displayName: 'Customer ID',
	description: "Aplaut's internal ID of the customer, or your external ID of them",
};

export const consumerKinds = { custom_attributes: 'pairs', created_at: 'date' } as const;

export const consumerFields: INodeProperties[] = [
	field.text('external_id', 'External ID', 'ID of the customer in your shop or CRM'),
	field.text('first_name', 'First Name', 'First name, for greetings in emails'),
	field.text('phone', 'Phone', 'Phone number'),
	field.text('avatar_url', 'Avatar URL', "Link to the customer's picture"),
	field.boolean('unsubscribed', 'Unsubscribed', 'Whether the customer opted out of emails'),
	field.boolean('complained', 'Complained', 'Whether the customer reported emails as spam'),
	field.date('created_at', 'Created At', 'When the customer registered'),
	field.customAttributes(),
];

export const consumerIncludes = [
	{ value: 'reviews', name: 'Reviews' },
	{ value: 'questions', name: 'Questions' },
	{ value: 'orders', name: 'Orders' },
];
