import type { INodeProperties } from 'n8n-workflow';

import { operationProperties } from '../../../shared/descriptions/properties';
import type { ResourceOperations } from '../../../shared/execute/router';
import { addCardPayment } from './addPayment.operation';
import { attachCardFile } from './attachFile.operation';
import { createCard } from './create.operation';
import { detachCardFile } from './detachFile.operation';
import { getCard } from './get.operation';
import { getManyCards } from './getAll.operation';
import { updateCard } from './update.operation';
import { updateCardPayment } from './updatePayment.operation';

export const pipelineCardOperations: ResourceOperations = {
	addPayment: addCardPayment,
	attachFile: attachCardFile,
	create: createCard,
	detachFile: detachCardFile,
	get: getCard,
	getAll: getManyCards,
	update: updateCard,
	updatePayment: updateCardPayment,
};

export const pipelineCardDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['pipelineCard'] } },
		options: [
			{ name: 'Add Payment', value: 'addPayment', action: 'Add a payment to a pipeline card', description: 'Add a payment to a card' },
			{ name: 'Attach File', value: 'attachFile', action: 'Attach a file to a pipeline card', description: 'Attach a stored file to a card' },
			{ name: 'Create', value: 'create', action: 'Create a pipeline card', description: 'Create a new card in a pipeline' },
			{ name: 'Detach File', value: 'detachFile', action: 'Detach a file from a pipeline card', description: 'Remove a file from a card' },
			{ name: 'Get', value: 'get', action: 'Get a pipeline card', description: 'Get one card by ID' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many pipeline cards', description: 'List cards of pipelines' },
			{ name: 'Update', value: 'update', action: 'Update a pipeline card', description: 'Change a card, move it to another status' },
			{ name: 'Update Payment', value: 'updatePayment', action: 'Update a payment of a pipeline card', description: 'Change the status or description of a payment' },
		],
		default: 'get',
	},
	...operationProperties('pipelineCard', pipelineCardOperations),
];
