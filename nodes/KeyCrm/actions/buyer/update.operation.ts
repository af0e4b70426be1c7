import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { keyCrmRequest } from '../../transport';
import { recordPath } from '../common/recordPath';
import { buyerForm, readBuyer } from './create.operation';

export const buyerIdProperty: INodeProperties = {
	displayName: 'Buyer ID',
	name: 'buyerId',
	type: 'number',
	required: true,
	default: 0,
	description: 'ID of the buyer in KeyCRM',
};

export const updateBuyer: Operation = {
	resend: 'safe',
	// KeyCRM requires the full name on every update too.
	description: [buyerIdProperty, ...buyerForm],
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const path = recordPath(this, itemIndex, '/buyer/{buyerId}');
		return await keyCrmRequest.call(this, 'PUT', path, { body: readBuyer(this, itemIndex) }, itemIndex);
	},
};
