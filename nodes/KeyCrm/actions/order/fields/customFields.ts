import type { INodeProperties } from 'n8n-workflow';

/** Values of the account's custom fields, picked by their UUID; list (select) fields take several values. */
export function customFieldsField(model: 'order'): INodeProperties {
	const fieldsMethod = `get${model[0].toUpperCase()}${model.slice(1)}CustomFields`;
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add custom field',
		default: {},
		description: "Values for the account's own fields (Settings → Custom fields in KeyCRM)",
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'uuid',
						type: 'options',
						typeOptions: { loadOptionsMethod: fieldsMethod },
						default: '',
						description:
							'The custom field to fill. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'Value to store. For a list (select) field, separate several choices with commas (or give a JSON list such as ["A, B", "C"]): the node sends them as a list.',
					},
				],
			},
		],
	};
}
