import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { byDisplayName, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';
import { recordPath } from '../common/recordPath';
import { productName, productOptionalFields, readProduct } from './productFields';

export const productIdProperty: INodeProperties = { displayName: 'Product ID', name: 'productId', type: 'number', required: true, default: 0, description: 'ID of the product in KeyCRM' };

export const updateProduct: Operation = {
	resend: 'safe',
	description: [
		productIdProperty,
		...withJsonAlternative(
			[
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: byDisplayName([{ ...productName, required: false }, ...productOptionalFields]),
				},
			],
			'{\n  "price": 2500\n}',
		),
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const path = recordPath(this, itemIndex, '/products/{productId}');
		const body = readProduct(this, itemIndex, false);
		if (Object.keys(body).length === 0) throw inputError(this, 'Choose at least one field to update', itemIndex);
		return await keyCrmRequest.call(this, 'PUT', path, { body }, itemIndex);
	},
};
