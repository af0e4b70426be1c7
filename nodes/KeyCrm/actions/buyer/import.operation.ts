import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { entriesOf } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { readBody, repeatable, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';
import { assertBuyerValid, buyerAdditionalFields, buyerFromForm, buyerFullName } from './buyerFields';

const properties = withJsonAlternative(
	[repeatable('buyers', 'Buyer', 'Buyers to create in one request', [buyerFullName, buyerAdditionalFields])],
	'{\n  "buyers": [\n    { "full_name": "John Doe", "phone": ["+380501234567"] }\n  ]\n}',
);

export const importBuyers: Operation = {
	resend: 'unsafe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readBody(this, itemIndex, () => ({
			buyers: entriesOf(this.getNodeParameter('buyers', itemIndex, {}), 'entry').map((entry) =>
				buyerFromForm(this, itemIndex, entry as IDataObject),
			),
		}));
		const buyers = Array.isArray(body.buyers) ? (body.buyers as IDataObject[]) : [];
		if (buyers.length === 0) throw inputError(this, 'Add at least one buyer to import', itemIndex);
		buyers.forEach((buyer, index) => assertBuyerValid(this, buyer, itemIndex, `Buyer ${index + 1}`));
		return await keyCrmRequest.call(this, 'POST', '/buyer/import', { body }, itemIndex);
	},
};
