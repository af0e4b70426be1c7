import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

/** "Sort" as a field and a direction; KeyCRM takes `sort=field` or `sort=-field`. */
export function sortField(fields: INodePropertyOptions[], defaultField: string): INodeProperties {
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'fixedCollection',
		placeholder: 'Add sort',
		default: {},
		description: 'Order of the results; without it KeyCRM uses its own order',
		options: [
			{
				displayName: 'Sort',
				name: 'value',
				values: [
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						options: [
							{ name: 'Ascending', value: 'asc', description: 'Smallest or oldest first' },
							{ name: 'Descending', value: 'desc', description: 'Largest or newest first' },
						],
						default: 'desc',
						description: 'Which way to sort',
					},
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						options: fields,
						default: defaultField,
						description: 'What to sort by',
					},
				],
			},
		],
	};
}

/** The `sort` query value of the collection above, or nothing. */
export function sortQuery(sort: unknown): { sort?: string } {
	const value = (sort as { value?: { field?: string; direction?: string } } | undefined)?.value;
	if (!value?.field) return {};
	return { sort: `${value.direction === 'asc' ? '' : '-'}${value.field}` };
}
