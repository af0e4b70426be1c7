import type { INodeProperties } from 'n8n-workflow';

/** "Form" for most users, "JSON" for power users who already hold a KeyCRM-shaped body. */
export const inputModeField: INodeProperties = {
	displayName: 'Input Mode',
	name: 'inputMode',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Form', value: 'fields', description: 'Fill in the order field by field' },
		{ name: 'JSON', value: 'json', description: 'Send a request body written in KeyCRM API format' },
	],
	default: 'fields',
	description: 'How to give the order data',
};

export function jsonBodyField(example: string): INodeProperties {
	return {
		displayName: 'JSON Body',
		name: 'jsonBody',
		type: 'json',
		default: example,
		displayOptions: { show: { inputMode: ['json'] } },
		description: 'The request body as KeyCRM documents it (snake_case field names). It is checked the same way as the form.',
	};
}

/** Shows form fields only in form mode. */
export function formOnly(properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, inputMode: ['fields'] } },
	}));
}
