import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { entriesOf, type Plain } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { readBody, repeatable, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';
import { assertProductValid, productAdditionalFields, productFromForm, productName } from './productFields';

export const importProducts: Operation = {
	resend: 'unsafe',
	description: withJsonAlternative(
		[repeatable('products', 'Product', 'Products to create in one request', [productName, productAdditionalFields])],
		'{\n  "products": [\n    { "name": "Runner sneakers", "sku": "RUN-1", "price": 2400 }\n  ]\n}',
	),
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readBody(this, itemIndex, () => ({
			products: entriesOf(this.getNodeParameter('products', itemIndex, {}), 'entry').map(({ additionalFields, ...top }) =>
				productFromForm({ ...top, ...(additionalFields as Plain) }),
			),
		}));
		const products = Array.isArray(body.products) ? (body.products as Plain[]) : [];
		if (products.length === 0) throw inputError(this, 'Add at least one product to import', itemIndex);
		products.forEach((product, index) => assertProductValid(this, product, itemIndex, `Product ${index + 1}`));
		return await keyCrmRequest.call(this, 'POST', '/products/import', { body }, itemIndex);
	},
};
