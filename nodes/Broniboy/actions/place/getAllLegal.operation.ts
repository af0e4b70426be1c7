import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { broniboyRequest } from '../../transport';

export const getManyPlacesWithLegalInfo: Operation = {
	resend: 'safe',
	description: [],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const places = await broniboyRequest.call(this, 'listPlacesLegal', {}, itemIndex);
		return (Array.isArray(places) ? places : []) as IDataObject[];
	},
};
