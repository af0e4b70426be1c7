import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';

const properties: INodeProperties[] = [];

export const getManyPlaces: Operation = {
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const places = await broniboyRequest.call(this, 'listPlaces', {}, itemIndex);
		return (Array.isArray(places) ? places : []) as IDataObject[];
	},
};
