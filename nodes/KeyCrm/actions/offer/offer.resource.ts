import type { IExecuteFunctions } from 'n8n-workflow';

import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import type { Operation } from '../../../shared/execute/router';
import { entriesOf, formToBody, type Plain } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { byDisplayName, readBody, repeatable, withJsonAlternative } from '../common/formBody';
import { inputError } from '../common/inputError';
import { listOperation } from '../common/listOperation';
import { offerReference, offerReferenceFields } from '../common/offerReference';
import { measureFields } from '../product/productFields';

const getManyOffers = listOperation({
	path: '/offers',
	filters: [
		{ kind: 'list', key: 'id', displayName: 'Offer IDs', description: 'Only these offers' },
		{ kind: 'list', key: 'product_id', displayName: 'Product IDs', description: 'Only offers of these products' },
		{ kind: 'list', key: 'sku', displayName: 'SKUs', description: 'Only offers with these SKUs' },
		{ kind: 'boolean', key: 'is_archived', displayName: 'Archived', description: 'Whether to return only archived offers (on) or only active ones (off)' },
	],
	include: [{ name: 'Product', value: 'product' }],
	sort: [{ name: 'ID', value: 'id' }],
});

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

const updateOffers: Operation = {
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

const entries: OperationEntry[] = [
	{ value: 'getAll', name: 'Get Many', action: 'Get many offers', description: 'List offers (product variants)', operation: getManyOffers },
	{ value: 'updateMany', name: 'Update Many', action: 'Update many offers', description: 'Change prices, sizes or pictures of several offers in one request', operation: updateOffers },
];

export const offerDescription = resourceDescription('offer', entries, 'getAll');
export const offerOperations = operationsOf(entries);
