import type { IExecuteFunctions } from 'n8n-workflow';

import type { Operation } from '../../../shared/execute/router';
import { formToBody, type Plain } from '../../helpers/catalogValues';
import { keyCrmRequest } from '../../transport';
import { byDisplayName, readBody, withJsonAlternative } from '../common/formBody';
import { inputError } from '../../../shared/execute/inputError';
import { recordPath } from '../common/recordPath';
import { cardCustomFields, cardIdProperty, cardProductsProperty, cardTransforms, communicateAtProperty, managerProperty, pipelineProperty, sourceProperty } from './cardFields';

const properties = [
	cardIdProperty,
	...withJsonAlternative(
		[
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: byDisplayName([
					{ displayName: 'Buyer ID', name: 'clientId', type: 'number', default: 0, description: 'ID of an existing buyer to link the card to' },
					communicateAtProperty,
					cardCustomFields,
					managerProperty,
					{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Note on the card' },
					{
						...pipelineProperty,
						description:
							'Pipeline whose statuses the Status list shows; the card moves to the pipeline of the status chosen. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{ ...cardProductsProperty, description: 'Products to add to the card (KeyCRM adds them; it does not change the ones already there)' },
					sourceProperty,
					{
						displayName: 'Status Name or ID',
						name: 'statusId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getPipelineStatuses', loadOptionsDependsOn: ['updateFields.pipelineId'] },
						default: '',
						description: 'New status of the card. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Title of the card' },
				]),
			},
		],
		'{\n  "status_id": 2,\n  "note": "Called back"\n}',
	),
];

export const updateCard: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const path = recordPath(this, itemIndex, '/pipelines/cards/{cardId}');
		const body = readBody(this, itemIndex, () => {
			// The pipeline only narrows the status list: KeyCRM moves a card by its status.
			const fields = { ...(this.getNodeParameter('updateFields', itemIndex, {}) as Plain) };
			delete fields.pipelineId;
			return formToBody(fields, cardTransforms(this, itemIndex));
		});
		if (Object.keys(body).length === 0) throw inputError(this, 'Choose at least one field to update', itemIndex);
		return await keyCrmRequest.call(this, 'PUT', path, { body }, itemIndex);
	},
};
