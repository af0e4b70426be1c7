import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { entriesOf, formToBody, type Plain } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { byDisplayName, readBody, repeatable, withJsonAlternative } from '../common/formBody';
import {
	assertContactValid,
	assertPaymentValid,
	cardCustomFields,
	cardProductsProperty,
	cardTransforms,
	communicateAtProperty,
	managerProperty,
	paymentAmountProperty,
	paymentFromForm,
	paymentOptionalFields,
	pipelineProperty,
	sourceProperty,
} from './cardFields';

const utm = (name: string, key: string, description: string): INodeProperties => ({ displayName: name, name: key, type: 'string', default: '', description });

const properties = withJsonAlternative(
	[
		{
			displayName: 'Contact',
			name: 'contact',
			type: 'collection',
			placeholder: 'Add Contact Detail',
			default: {},
			description: 'Who the card is about: a name, an email, a phone, or an existing buyer',
			options: [
				{ displayName: 'Buyer ID', name: 'clientId', type: 'number', default: 0, description: 'ID of an existing buyer; the other contact details are then ignored' },
				{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Email of the contact' },
				{ displayName: 'Full Name', name: 'fullName', type: 'string', default: '', description: 'Name of the contact' },
				{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'Phone in international format, e.g. +380501234567' },
			],
		},
		pipelineProperty,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([
				communicateAtProperty,
				cardCustomFields,
				{ displayName: 'Manager Comment', name: 'managerComment', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Comment for the manager' },
				managerProperty,
				repeatable('payments', 'Payment', 'Payments of the card', [paymentAmountProperty, paymentOptionalFields]),
				cardProductsProperty,
				sourceProperty,
				{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Title of the card; empty uses its ID' },
				utm('UTM Campaign', 'utmCampaign', 'Campaign name'),
				utm('UTM Content', 'utmContent', 'Ad identifier'),
				utm('UTM Medium', 'utmMedium', 'Type of traffic, e.g. banner'),
				utm('UTM Source', 'utmSource', 'Source of the campaign, e.g. facebook'),
				utm('UTM Term', 'utmTerm', 'Keyword'),
			]),
		},
	],
	'{\n  "title": "Wholesale request",\n  "pipeline_id": 1,\n  "contact": { "full_name": "John Doe", "phone": "+380501234567" }\n}',
);

function cardFromForm(context: IExecuteFunctions, itemIndex: number): Plain {
	const additional = context.getNodeParameter('additionalFields', itemIndex, {}) as Plain;
	const { payments, ...rest } = additional;
	const card = formToBody(
		{ ...rest, pipelineId: context.getNodeParameter('pipelineId', itemIndex, '') },
		cardTransforms(context, itemIndex),
	);
	card.contact = formToBody(context.getNodeParameter('contact', itemIndex, {}) as Plain, { clientId: (value) => (value ? value : undefined) });
	const paymentList = entriesOf(payments, 'entry').map((entry, index) => paymentFromForm(context, itemIndex, entry, `Payment ${index + 1}`));
	if (paymentList.length > 0) card.payments = paymentList;
	return card;
}

export const createCard: Operation = {
	resend: 'unsafe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const body = readBody(this, itemIndex, () => cardFromForm(this, itemIndex));
		assertContactValid(this, (body.contact ?? {}) as Plain, itemIndex);
		(Array.isArray(body.payments) ? (body.payments as Plain[]) : []).forEach((payment, index) =>
			assertPaymentValid(this, payment, itemIndex, `Payment ${index + 1}`),
		);
		return await keyCrmRequest.call(this, 'POST', '/pipelines/cards', { body }, itemIndex);
	},
};
