import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

/** A field the API filters or sorts on, with the operators its documentation allows. */
export interface QueryField {
	value: string;
	name: string;
	/** Allowed operators, shown to the user; empty = any. */
	operators?: string;
}

const DATE_OPS = 'eq, neq, gt, gte, lt, lte';

export const createdAt: QueryField = { value: 'created_at', name: 'Created At', operators: DATE_OPS };
export const updatedAt: QueryField = { value: 'updated_at', name: 'Updated At', operators: DATE_OPS };

const OPERATORS: INodePropertyOptions[] = [
	{ name: 'Equals (Eq)', value: 'eq' },
	{ name: 'Not Equals (Neq)', value: 'neq' },
	{ name: 'Greater Than (Gt)', value: 'gt' },
	{ name: 'Greater or Equal (Gte)', value: 'gte' },
	{ name: 'Less Than (Lt)', value: 'lt' },
	{ name: 'Less or Equal (Lte)', value: 'lte' },
	{ name: 'In List (In)', value: 'in' },
	{ name: 'Exists', value: 'exists' },
];

const fieldOptions = (fields: QueryField[]): INodePropertyOptions[] =>
	fields.map(({ value, name, operators }) => ({
		name,
		value,
		description: operators ? `Operators Aplaut accepts here: ${operators}` : undefined,
	}));

/** The row's Field dropdown starts on the resource's first field (literal defaults keep the linter able to read them). */
function withFirstFieldDefault(fields: QueryField[], property: INodeProperties): INodeProperties {
	const row = (property.options as INodePropertyCollection[])[0].values;
	row[0].default = fields[0].value;
	return property;
}

/** The filter builder: conditions joined into Aplaut's `filter=field:operator:value,...`. */
export function filterProperty(fields: QueryField[], description?: string): INodeProperties {
	return withFirstFieldDefault(fields, {
		displayName: 'Filters',
		name: 'filters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		description: description ?? 'Only records matching all these conditions are returned',
		options: [
			{
				name: 'conditions',
				displayName: 'Condition',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						options: fieldOptions(fields),
						default: '',
						description: 'Which attribute of the record to compare',
					},
					{
						displayName: 'Operator',
						name: 'operator',
						type: 'options',
						options: OPERATORS,
						default: 'eq',
						description: 'How to compare. Aplaut refuses an operator the field does not support.',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. 2024-05-01T00:00:00Z',
						description:
							'What to compare with. Dates as 2024-05-01T00:00:00Z. For "In List" separate values with | or commas; for "Exists" write true or false.',
					},
				],
			},
		],
	});
}

/** The sort builder: rules joined into Aplaut's `sort=field:direction,...`. */
export function sortProperty(fields: QueryField[]): INodeProperties {
	return withFirstFieldDefault(fields, {
		displayName: 'Sort',
		name: 'sort',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Sort Rule',
		default: {},
		description: 'Order of the results; the first rule counts most',
		options: [
			{
				name: 'rules',
				displayName: 'Rule',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						options: fields.map(({ value, name }) => ({ name, value })),
						default: '',
						description: 'Which attribute to sort by',
					},
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						options: [
							{ name: 'Ascending', value: 'asc' },
							{ name: 'Descending', value: 'desc' },
						],
						default: 'asc',
						description: 'Smallest or oldest first (ascending), or the other way round',
					},
				],
			},
		],
	});
}

/** Related records to embed in the answer (`include=`). */
export function includeProperty(values: Array<{ value: string; name: string }>): INodeProperties {
	return {
		displayName: 'Include Related Records',
		name: 'include',
		type: 'multiOptions',
		options: values.map(({ value, name }) => ({ name, value })),
		default: [],
		description: 'Related records Aplaut should send along; they appear under "included" in each output item',
	};
}

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return one flat item per record (ID, type and attributes at the top level) instead of the raw JSON:API document',
};
