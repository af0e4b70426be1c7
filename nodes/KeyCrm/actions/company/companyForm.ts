import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { formToBody, type Plain } from '../../helpers/catalogValues';
import { customFieldsProperty, customFieldsTransform, readBody, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';

export const companyId: INodeProperties = { displayName: 'Company ID', name: 'companyId', type: 'number', required: true, default: 0, description: 'ID of the company in KeyCRM' };

/** Related records KeyCRM returns with a company (Get and Get Many). */
export const companyIncludes: INodePropertyOptions[] = [
	{ name: 'Buyer', value: 'buyer' },
	{ name: 'Custom Fields', value: 'custom_fields' },
	{ name: 'Manager', value: 'manager' },
];

/** The company form, shared by Create and Update (KeyCRM wants the name on both). */
export const companyForm: INodeProperties[] = withJsonAlternative(
	[
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Short name of the company' },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Bank Account', name: 'bankAccount', type: 'string', default: '', description: 'Banking details, e.g. the IBAN' },
				{ displayName: 'Buyer IDs', name: 'buyerId', type: 'string', typeOptions: { multipleValues: true }, default: [], description: 'IDs of buyers to link to the company' },
				// KeyCRM does not document the model name of company fields, so no dropdown here.
				customFieldsProperty(),
				{
					displayName: 'Manager Name or ID',
					name: 'managerId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getUsers' },
					default: '',
					description: 'User responsible for the company. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Note about the company' },
				{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Full legal name of the company' },
			],
		},
	],
	'{\n  "name": "Koval LLC",\n  "title": "Koval Trading LLC"\n}',
);

export function readCompany(context: IExecuteFunctions, itemIndex: number): Plain {
	const body = readBody(context, itemIndex, () =>
		formToBody(
			{ name: context.getNodeParameter('name', itemIndex), ...(context.getNodeParameter('additionalFields', itemIndex, {}) as Plain) },
			{
				customFields: customFieldsTransform,
				buyerId: (value) => (value as unknown[]).map((id) => String(id).trim()).filter(Boolean).map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
			},
		),
	);
	if (typeof body.name !== 'string' || body.name.trim() === '') throw inputError(context, 'Company: Name is required', itemIndex);
	return body;
}
