import type { INodePropertyOptions } from 'n8n-workflow';

import { getOperation } from '../common/recordPath';
import { cardIdProperty } from './cardFields';

export const cardIncludes: INodePropertyOptions[] = [
	{ name: 'Contact and Buyer', value: 'contact.client' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Manager', value: 'manager' },
	{ name: 'Payments', value: 'payments' },
	{ name: 'Products', value: 'products' },
	{ name: 'Products with Offers', value: 'products.offer' },
	{ name: 'Status', value: 'status' },
];

export const getCard = getOperation({ path: '/pipelines/cards/{cardId}', id: cardIdProperty, include: cardIncludes, what: 'card' });
