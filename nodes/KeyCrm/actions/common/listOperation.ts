import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions/properties';
import { listLimit } from '../../../shared/execute/listLimit';
import type { Operation } from '../../../shared/execute/router';
import { toBetween, toCommaList } from '../../helpers/catalogValues';
import { keyCrmList } from '../../transport';
import { inputError } from '../../../shared/execute/inputError';

/** One documented `filter[key]` of a KeyCRM list, and the input that fits it. */
export type ListFilter = {
	key: string;
	displayName: string;
	description: string;
} & (
	| { kind: 'list' } // several values, sent as a comma list
	| { kind: 'pick'; loadOptionsMethod: string; dependsOn?: string[] } // several values from a dropdown
	| { kind: 'text' }
	| { kind: 'boolean' }
	| { kind: 'choice'; options: INodePropertyOptions[] }
	| { kind: 'dateRange' }
);

export interface ListConfig {
	/** Path of the list, or of one item's list when it depends on the item's input. */
	path: string | ((context: IExecuteFunctions, itemIndex: number) => string);
	/** Inputs shown before Return All (e.g. the pipeline whose statuses are listed). */
	before?: INodeProperties[];
	filters?: ListFilter[];
	include?: INodePropertyOptions[];
	/** Documented `sort` fields; "-field" sorts descending. */
	sort?: INodePropertyOptions[];
}

const camel = (key: string) => key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

function filterProperty(filter: ListFilter): INodeProperties {
	const base = { displayName: filter.displayName, name: camel(filter.key), description: filter.description };
	switch (filter.kind) {
		case 'list':
			return { ...base, type: 'string', typeOptions: { multipleValues: true }, default: [] };
		case 'pick':
			return {
				...base,
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: filter.loadOptionsMethod, loadOptionsDependsOn: filter.dependsOn },
				default: [],
			};
		case 'text':
			return { ...base, type: 'string', default: '' };
		case 'boolean':
			return { ...base, type: 'boolean', default: false };
		case 'choice': {
			const property: INodeProperties = { ...base, type: 'options', options: filter.options, default: '' };
			property.default = filter.options[0].value;
			return property;
		}
		case 'dateRange':
			return {
				...base,
				type: 'fixedCollection',
				default: {},
				options: [
					{
						name: 'range',
						displayName: 'Range',
						values: [
							{ displayName: 'From', name: 'from', type: 'dateTime', default: '', description: 'Start of the period (leave empty for no start)' },
							{ displayName: 'To', name: 'to', type: 'dateTime', default: '', description: 'End of the period (leave empty for no end)' },
						],
					},
				],
			};
	}
}

function listProperties(config: ListConfig): INodeProperties[] {
	const properties: INodeProperties[] = [...(config.before ?? []), ...returnAllOrLimit()];
	if (config.filters?.length) {
		properties.push({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: config.filters.map(filterProperty).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		});
	}
	if (config.include?.length) {
		properties.push({
			displayName: 'Include',
			name: 'include',
			type: 'multiOptions',
			default: [],
			description: 'Related records to return with each result',
			options: config.include,
		});
	}
	if (config.sort?.length) {
		const field: INodeProperties = { displayName: 'Field', name: 'field', type: 'options', options: config.sort, default: '', description: 'Field to sort the results by' };
		field.default = config.sort[0].value;
		properties.push({
			displayName: 'Sort',
			name: 'sort',
			type: 'fixedCollection',
			default: {},
			placeholder: 'Add Sort',
			options: [
				{
					name: 'order',
					displayName: 'Order',
					values: [
						field,
						{
							displayName: 'Direction',
							name: 'direction',
							type: 'options',
							options: [
								{ name: 'Ascending', value: 'asc' },
								{ name: 'Descending', value: 'desc' },
							],
							default: 'asc',
							description: 'Whether smaller values come first (ascending) or last (descending)',
						},
					],
				},
			],
		});
	}
	return properties;
}

/** The query of one item: `filter[...]` from the Filters, `include` and `sort`. */
export function listQuery(context: IExecuteFunctions, itemIndex: number, config: ListConfig): IDataObject {
	const qs: IDataObject = {};
	const values = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	for (const filter of config.filters ?? []) {
		const value = values[camel(filter.key)];
		if (value === undefined) continue;
		let sent: string | undefined;
		if (filter.kind === 'dateRange') {
			try {
				sent = toBetween((value as IDataObject).range as { from?: string; to?: string } ?? {}, context.getTimezone());
			} catch (error) {
				throw inputError(context, `${filter.displayName}: ${(error as Error).message}`, itemIndex);
			}
		} else if (filter.kind === 'boolean') {
			sent = value ? 'true' : 'false';
		} else {
			sent = toCommaList(value);
		}
		if (sent !== undefined) qs[`filter[${filter.key}]`] = sent;
	}
	const include = context.getNodeParameter('include', itemIndex, []) as string[];
	if (config.include?.length && include.length > 0) qs.include = include.join(',');
	const sort = (context.getNodeParameter('sort', itemIndex, {}) as IDataObject).order as IDataObject | undefined;
	if (config.sort?.length && sort?.field) qs.sort = `${sort.direction === 'desc' ? '-' : ''}${String(sort.field)}`;
	return qs;
}

/** A "Get Many" over one of KeyCRM's paginated lists: Return All / Limit, filters, include, sort. */
export function listOperation(config: ListConfig): Operation {
	return {
		resend: 'safe',
		description: listProperties(config),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const path = typeof config.path === 'string' ? config.path : config.path(this, itemIndex);
			return await keyCrmList.call(this, path, listQuery(this, itemIndex, config), listLimit(this, itemIndex), itemIndex);
		},
	};
}
