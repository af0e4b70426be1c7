import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import {
	entriesOf,
	formToBody,
	toKeyCrmDate,
	toKeyCrmDateTime,
	type FieldTransform,
	type Plain,
} from '../../helpers/catalogValues';
import { inputError } from '../../../shared/execute/inputError';

/** "Form" or "JSON Body": every create/update can take KeyCRM's own JSON instead of the form. */
export function withJsonAlternative(formProperties: INodeProperties[], example: string): INodeProperties[] {
	return [
		{
			displayName: 'Input Mode',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Form', value: 'form', description: 'Fill in the fields below' },
				{ name: 'JSON Body', value: 'json', description: "Send KeyCRM's request body as you write it" },
			],
			default: 'form',
			description: 'How to give the data',
		},
		{
			displayName: 'JSON Body',
			name: 'jsonBody',
			type: 'json',
			default: example,
			displayOptions: { show: { inputMode: ['json'] } },
			description: 'The request body as KeyCRM documents it',
		},
		...formProperties.map((property) => ({
			...property,
			displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, inputMode: ['form'] } },
		})),
	];
}

/** The body from the JSON field or from the form, whichever the item uses. */
export function readBody(context: IExecuteFunctions, itemIndex: number, fromForm: () => Plain): Plain {
	if (context.getNodeParameter('inputMode', itemIndex, 'form') !== 'json') return fromForm();
	const raw = context.getNodeParameter('jsonBody', itemIndex, '{}') as unknown;
	const parsed = typeof raw === 'string' ? jsonParse<unknown>(raw, { fallbackValue: undefined }) : raw;
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw inputError(context, 'JSON Body must be a JSON object, e.g. {"name": "..."}', itemIndex);
	}
	return parsed as Plain;
}

/** A group the user can repeat (shipping addresses, products, payments...); each entry one object. */
export function repeatable(name: string, displayName: string, description: string, values: INodeProperties[]): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${displayName}`,
		default: {},
		description,
		options: [{ name: 'entry', displayName: 'Entry', values }],
	};
}

/** The entries of a `repeatable` group as API objects. */
export function repeatableTransform(transforms: Record<string, FieldTransform> = {}): FieldTransform {
	return (value) => entriesOf(value, 'entry').map((entry) => formToBody(entry, transforms));
}

/** Custom field values by uuid; the dropdown lists the account's fields of that kind. */
export function customFieldsProperty(loadOptionsMethod?: string): INodeProperties {
	const uuid: INodeProperties = loadOptionsMethod
		? {
				displayName: 'Field Name or ID',
				name: 'uuid',
				type: 'options',
				typeOptions: { loadOptionsMethod },
				default: '',
				description:
					'Custom field to set. Choose from the list, or specify a UUID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}
		: { displayName: 'Field UUID', name: 'uuid', type: 'string', default: '', description: 'UUID of the custom field, as shown in KeyCRM settings' };
	return repeatable('customFields', 'Custom Field', 'Values of custom fields', [
		uuid,
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description: "Value of the field. For a list field with several choices, give an array with an expression, e.g. {{ ['Red', 'Blue'] }}.",
		},
	]);
}

export const customFieldsTransform: FieldTransform = (value) =>
	entriesOf(value, 'entry')
		.filter((entry) => entry.uuid)
		.map((entry) => ({ uuid: entry.uuid, value: entry.value ?? '' }));

/**
 * Date and time inputs (name → label shown to the user) as KeyCRM's UTC text, calendar dates as they
 * are; a value that is not a date fails the item with the field's label.
 */
export function dateTransforms(context: IExecuteFunctions, itemIndex: number, dateTimes: Record<string, string>, dates: Record<string, string> = {}) {
	const zone = context.getTimezone();
	const transforms: Record<string, FieldTransform> = {};
	const wrap = (label: string, convert: (value: string, zone: string) => string) => (value: unknown) => {
		try {
			return convert(String(value), zone);
		} catch (error) {
			throw inputError(context, `${label}: ${(error as Error).message}`, itemIndex);
		}
	};
	for (const [name, label] of Object.entries(dateTimes)) transforms[name] = wrap(label, toKeyCrmDateTime);
	for (const [name, label] of Object.entries(dates)) transforms[name] = wrap(label, toKeyCrmDate);
	return transforms;
}

/** Options of a collection in the order n8n's linter and users expect: by name. */
export function byDisplayName(properties: INodeProperties[]): INodeProperties[] {
	return [...properties].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
