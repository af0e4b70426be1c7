import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { entriesOf, type Plain } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { readBody, repeatable, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';
import { offerReference, offerReferenceFields } from '../common/offerReference';

export const updateStocks: Operation = {
	resend: 'safe',
	description: withJsonAlternative(
		[
			{ displayName: 'Warehouse ID', name: 'warehouseId', type: 'number', required: true, default: 1, description: 'ID of the warehouse whose stock is set' },
			repeatable('stocks', 'Stock', 'New quantities of offers in the warehouse', [
				...offerReferenceFields,
				{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 0 }, default: 0, description: 'Units of the offer in the warehouse' },
			]),
		],
		'{\n  "warehouse_id": 1,\n  "stocks": [\n    { "sku": "RUN-1-42", "quantity": 10 }\n  ]\n}',
	),
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readBody(this, itemIndex, () => ({
			warehouse_id: this.getNodeParameter('warehouseId', itemIndex),
			stocks: entriesOf(this.getNodeParameter('stocks', itemIndex, {}), 'entry').map((entry: Plain, index) => ({
				...offerReference(this, entry, itemIndex, `Stock ${index + 1}`),
				quantity: Number(entry.quantity ?? 0),
			})),
		}));
		if (!Array.isArray(body.stocks) || body.stocks.length === 0) throw inputError(this, 'Add at least one stock to set', itemIndex);
		return await keyCrmRequest.call(this, 'PUT', '/offers/stocks', { body }, itemIndex);
	},
};
