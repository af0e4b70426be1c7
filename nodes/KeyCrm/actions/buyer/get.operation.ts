import type { INodePropertyOptions } from 'n8n-workflow';

import { getOperation } from '../common/recordPath';
import { buyerIdProperty } from './update.operation';

export const buyerIncludes: INodePropertyOptions[] = [
	{ name: 'Company', value: 'company' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Loyalty', value: 'loyalty' },
	{ name: 'Manager', value: 'manager' },
	{ name: 'Shipping Addresses', value: 'shipping' },
];

export const getBuyer = getOperation({ path: '/buyer/{buyerId}', id: buyerIdProperty, include: buyerIncludes, what: 'buyer' });
