import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { readBody, withJsonAlternative } from '../common/formBody';
import { assertBuyerValid, buyerAdditionalFields, buyerFromForm, buyerFullName } from './buyerFields';

export const buyerForm = withJsonAlternative(
	[buyerFullName, buyerAdditionalFields],
	'{\n  "full_name": "John Doe",\n  "email": ["john.doe@mail.app"],\n  "phone": ["+380501234567"]\n}',
);

/** The buyer of this item, from the form or the JSON body, checked before it is sent. */
export function readBuyer(context: IExecuteFunctions, itemIndex: number) {
	const body = readBody(context, itemIndex, () =>
		buyerFromForm(context, itemIndex, {
			fullName: context.getNodeParameter('fullName', itemIndex),
			additionalFields: context.getNodeParameter('additionalFields', itemIndex, {}),
		}),
	);
	assertBuyerValid(context, body, itemIndex);
	return body;
}

export const createBuyer: Operation = {
	resend: 'unsafe',
	uncertain: { mayHave: 'KeyCRM may have created this buyer', check: "check Buyer → Get Many for the buyer's phone or email" },
	description: buyerForm,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		return await keyCrmRequest.call(this, 'POST', '/buyer', { body: readBuyer(this, itemIndex) }, itemIndex);
	},
};
