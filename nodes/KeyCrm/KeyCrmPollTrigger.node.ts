import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { catalogLoadOptions } from './methods/catalogOptions';
import { orderLoadOptions } from './methods/orderOptions';
import { pollKeyCrm } from './poll/pollKeyCrm';
import { pollProperties } from './poll/properties';

export class KeyCrmPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'KeyCRM Poll Trigger',
		name: 'keyCrmPollTrigger',
		icon: { light: 'file:../../icons/keycrm.svg', dark: 'file:../../icons/keycrm.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ {"buyerCreated": "New buyer", "orderCreated": "New order", "orderUpdated": "Updated order", "cardCreated": "New pipeline card", "cardCreatedOrMoved": "New or moved pipeline card"}[$parameter["event"]] }}',
		description: 'Starts the workflow when KeyCRM has new or changed orders, buyers or pipeline cards, checked on a schedule',
		defaults: { name: 'KeyCRM Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'keyCrmApi', required: true }],
		properties: pollProperties,
	};

	methods = {
		loadOptions: {
			getSources: orderLoadOptions.getSources,
			getOrderStatuses: orderLoadOptions.getOrderStatuses,
			getPipelines: catalogLoadOptions.getPipelines,
			getPipelineStatuses: catalogLoadOptions.getPipelineStatuses,
		},
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollKeyCrm.call(this);
	}
}
