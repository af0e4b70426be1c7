import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { entriesOf, formToBody, type Plain } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { byDisplayName, readBody, repeatable, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';
import { offerReference, offerReferenceFields } from '../common/offerReference';
import { measureFields } from '../product/productFields';

const offerChanges = repeatable('offers', 'Offer', 'Offers to change; fields you do not add stay as they are', [
	...offerReferenceFields,
	{
		displayName: 'Fields to Change',
		name: 'changes',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: byDisplayName([{ displayName: 'Image URL', name: 'imageUrl', type: 'string', default: '', description: 'Link to a picture of the offer' }, ...measureFields]),
	},
]);

export const updateOffers: Operation = {
	resend: 'safe',
	description: withJsonAlternative([offerChanges], '{\n  "offers": [\n    { "sku": "RUN-1-42", "price": 2300 }\n  ]\n}'),
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readBody(this, itemIndex, () => ({
			offers: entriesOf(this.getNodeParameter('offers', itemIndex, {}), 'entry').map((entry, index) => ({
				...offerReference(this, entry, itemIndex, `Offer ${index + 1}`),
				...formToBody((entry.changes ?? {}) as Plain),
			})),
		}));
		if (!Array.isArray(body.offers) || body.offers.length === 0) throw inputError(this, 'Add at least one offer to change', itemIndex);
		return await keyCrmRequest.call(this, 'PUT', '/offers', { body }, itemIndex);
	},
};
