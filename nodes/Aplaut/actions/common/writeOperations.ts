import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { shapeAttributes, type AttributeKind } from '../../helpers/attributes';
import { simplifyProperty } from './queryProperties';
import { asInputError } from './readQuery';
import { idProperty, readId, recordPath, sendRecord, type IdParameter } from './recordOperations';

/** A top-level UI field that fills one attribute. */
export interface RequiredField {
	attribute: string;
	property: INodeProperties;
}

export interface WriteConfig {
	method: IHttpRequestMethods;
	/** `/products`; with `id` the request goes to `/products/{id}`. */
	collection: string;
	type: string;
	id?: IdParameter;
	/** Shown first, e.g. what an update does with fields it is not given. */
	notice?: string;
	required?: RequiredField[];
	/** Optional attributes, named by attribute, in an "Additional Fields" / "Update Fields" collection. */
	fields: INodeProperties[];
	fieldsLabel?: string;
	kinds?: Record<string, AttributeKind>;
	/** Extra UI and `data.meta` (e.g. ignore_invalid_photos). */
	metaProperties?: INodeProperties[];
	readMeta?: (context: IExecuteFunctions, itemIndex: number) => IDataObject | undefined;
	/** The parent path for nested records, e.g. a review's comments. */
	path?: (context: IExecuteFunctions, itemIndex: number) => string;
	/** Properties shown first (e.g. the parent record's ID). */
	leading?: INodeProperties[];
	/** `data.id` of the document (e.g. the answer to update). */
	documentId?: IdParameter;
}

/** Create or update one record from required fields plus a collection of optional attributes. */
export function writeRecordOperation(config: WriteConfig): Operation {
	const fieldsProperty: INodeProperties = {
		displayName: config.fieldsLabel ?? 'Additional Fields',
		name: 'fields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		...(config.fieldsLabel === 'Update Fields' ? { description: 'Only the fields you add are sent' } : {}),
		options: [...config.fields].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
	return {
		// A PUT names the record by its ID, so sending it twice stores the same record; a POST adds one more.
		resend: config.method === 'PUT' ? 'safe' : 'unsafe',
		...(config.method === 'PUT'
			? {}
			: { uncertain: { mayHave: `Aplaut may have created this record (${config.type})`, check: 'look for it with Get Many of the same resource' } }),
		description: [
			...(config.notice ? [{ displayName: config.notice, name: 'writeNotice', type: 'notice', default: '' } as INodeProperties] : []),
			...(config.leading ?? []),
			...(config.id ? [idProperty(config.id)] : []),
			...(config.documentId ? [idProperty(config.documentId)] : []),
			...(config.required ?? []).map((field) => field.property),
			fieldsProperty,
			...(config.metaProperties ?? []),
			simplifyProperty,
		],
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const values: IDataObject = {};
			for (const { attribute, property } of config.required ?? []) {
				values[attribute] = this.getNodeParameter(property.name, itemIndex);
			}
			Object.assign(values, this.getNodeParameter('fields', itemIndex, {}) as IDataObject);
			const attributes = asInputError(this, itemIndex, () => shapeAttributes(values, config.kinds, this.getTimezone())) as IDataObject;
			const base = config.path ? config.path(this, itemIndex) : config.collection;
			const path = config.id ? recordPath(base, readId(this, itemIndex, config.id)) : base;
			return await sendRecord.call(this, itemIndex, {
				method: config.method,
				path,
				type: config.type,
				attributes,
				id: config.documentId ? readId(this, itemIndex, config.documentId) : undefined,
				meta: config.readMeta?.(this, itemIndex),
			});
		},
	};
}

/** Reusable optional attribute fields. */
export const field = {
	text: (name: string, displayName: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		...extra,
	}),
	number: (name: string, displayName: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'number',
		default: 0,
		description,
	}),
	boolean: (name: string, displayName: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'boolean',
		default: false,
		description,
	}),
	date: (name: string, displayName: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description,
	}),
	list: (name: string, displayName: string, description: string): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: `${description}. Separate entries with commas or new lines.`,
	}),
	options: (name: string, displayName: string, description: string, values: string[]): INodeProperties => {
		const property: INodeProperties = {
			displayName,
			name,
			type: 'options',
			options: values.map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1), value })),
			default: '',
			description,
		};
		property.default = values[0];
		return property;
	},
	customAttributes: (description = 'Your own attributes (one level, no nesting); new keys are added, existing ones updated'): INodeProperties => ({
		displayName: 'Custom Attributes',
		name: 'custom_attributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Attribute',
		default: {},
		description,
		options: [
			{
				name: 'pairs',
				displayName: 'Attribute',
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '', description: 'Name of the attribute' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Its value' },
				],
			},
		],
	}),
};

/** Author fields shared by reviews, questions, comments and answers. */
export const authorFields: INodeProperties[] = [
	field.text('author_name', 'Author Name', 'Name shown with the text'),
	field.text('author_email', 'Author Email', "The author's email (not shown publicly)", { placeholder: 'name@email.com' }),
	field.text('author_external_id', 'Author External ID', 'ID of the author in your shop'),
	field.text('author_avatar_url', 'Author Avatar URL', "Link to the author's picture"),
	field.boolean('hide_my_data', 'Hide Author Data', "Whether to hide the author's name and picture on the site"),
];

export const moderationState = (values: string[]) =>
	field.options('state', 'Moderation State', 'Whether the text is published, waits for moderation, or is banned', values);
