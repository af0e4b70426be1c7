import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Sort By',
				name: 'sort',
				type: 'string',
				default: '',
				placeholder: '-created,name',
				description: 'Field names separated by commas; a minus sign in front sorts that field from high to low (e.g. "-created,name")',
			},
		],
	},
];

export const getManyPlaces: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const sort = String((this.getNodeParameter('options', itemIndex, {}) as IDataObject).sort ?? '').replace(/\s+/g, '');
		const places = await broniboyRequest.call(this, 'listPlaces', { qs: sort ? { o: sort } : undefined }, itemIndex);
		return (Array.isArray(places) ? places : []) as IDataObject[];
	},
};
