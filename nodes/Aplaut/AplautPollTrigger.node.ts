import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/http/settings';
import { pollAplaut } from './poll/pollAplaut';
import { pollProperties } from './poll/properties';
import { aplautProfile } from './transport/profile';

export class AplautPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Aplaut Poll Trigger',
		name: 'aplautPollTrigger',
		icon: { light: 'file:../../icons/aplaut.svg', dark: 'file:../../icons/aplaut.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow when Aplaut has a new review, question or answer, or a review changed',
		defaults: { name: 'Aplaut Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'aplautApi', required: true }],
		properties: [...pollProperties, requestOptionsProperty(aplautProfile)],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollAplaut.call(this);
	}
}
