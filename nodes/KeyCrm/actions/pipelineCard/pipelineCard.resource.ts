import { operationsOf, resourceDescription, type OperationEntry } from '../../../shared/descriptions/properties';
import { createCard } from './create.operation';
import { getCard } from './get.operation';
import { getManyCards } from './getAll.operation';
import { addCardPayment, attachCardFile, detachCardFile, updateCardPayment } from './payment.operations';
import { updateCard } from './update.operation';

const entries: OperationEntry[] = [
	{ value: 'addPayment', name: 'Add Payment', action: 'Add a payment to a pipeline card', description: 'Add a payment to a card', operation: addCardPayment },
	{ value: 'attachFile', name: 'Attach File', action: 'Attach a file to a pipeline card', description: 'Attach a stored file to a card', operation: attachCardFile },
	{ value: 'create', name: 'Create', action: 'Create a pipeline card', description: 'Create a new card in a pipeline', operation: createCard },
	{ value: 'detachFile', name: 'Detach File', action: 'Detach a file from a pipeline card', description: 'Remove a file from a card', operation: detachCardFile },
	{ value: 'get', name: 'Get', action: 'Get a pipeline card', description: 'Get one card by ID', operation: getCard },
	{ value: 'getAll', name: 'Get Many', action: 'Get many pipeline cards', description: 'List cards of pipelines', operation: getManyCards },
	{ value: 'update', name: 'Update', action: 'Update a pipeline card', description: 'Change a card, move it to another status', operation: updateCard },
	{ value: 'updatePayment', name: 'Update Payment', action: 'Update a payment of a pipeline card', description: 'Change the status or description of a payment', operation: updateCardPayment },
];

export const pipelineCardDescription = resourceDescription('pipelineCard', entries, 'get');
export const pipelineCardOperations = operationsOf(entries);
