import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { entriesOf, formToBody, type Plain } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { readBody, repeatableTransform, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';
import { recordPath } from '../common/recordPath';
import { newOfferEntry } from './productFields';
import { productIdProperty } from './update.operation';

export const addProductOffers: Operation = {
	resend: 'unsafe',
	description: [
		productIdProperty,
		...withJsonAlternative([newOfferEntry], '{\n  "offers": [\n    { "sku": "RUN-1-44", "price": 2400, "properties": [{ "name": "Size", "value": "44" }] }\n  ]\n}'),
	],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const path = recordPath(this, itemIndex, '/products/{productId}/offers');
		const body = readBody(this, itemIndex, () => ({
			offers: entriesOf(this.getNodeParameter('offers', itemIndex, {}), 'entry').map(({ additionalFields, ...top }) =>
				formToBody({ ...top, ...(additionalFields as Plain) }, { properties: repeatableTransform() }),
			),
		}));
		if (!Array.isArray(body.offers) || body.offers.length === 0) throw inputError(this, 'Add at least one offer', itemIndex);
		return await keyCrmRequest.call(this, 'POST', path, { body }, itemIndex);
	},
};
