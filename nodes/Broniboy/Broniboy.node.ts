import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsProperty } from '../shared/http/settings';
import { placeDescription } from './actions/place/place.resource';
import { router } from './actions/router';
import { broniboyProfile } from './transport/profile';

export class Broniboy implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Broniboy',
		name: 'broniboy',
		icon: { light: 'file:../../icons/broniboy.svg', dark: 'file:../../icons/broniboy.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Order courier deliveries from Broniboy and manage places, workload and schedules',
		defaults: { name: 'Broniboy' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'broniboyApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Place', value: 'place' }],
				default: 'place',
			},
			...placeDescription,
			requestOptionsProperty(broniboyProfile),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
