import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from '../shared/execute/router';
import { requestOptionsProperty } from '../shared/http/settings';
import { broniboyOperationProperties, broniboyResources } from './actions';
import { getPlaces } from './methods/loadOptions';
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
				options: [
					{ name: 'B2B Order', value: 'b2bOrder', description: 'Courier deliveries you order from Broniboy' },
					{ name: 'Merchant Order', value: 'merchantOrder', description: 'Orders your places receive through Broniboy' },
					{ name: 'Place', value: 'place', description: 'Your restaurants and shops' },
					{ name: 'Place Schedule', value: 'placeSchedule', description: 'Weekly opening hours of a place' },
					{ name: 'Place Workload', value: 'placeWorkload', description: 'How busy a place is right now' },
					{ name: 'Schedule Override', value: 'scheduleOverride', description: 'Special hours or days off on given dates' },
				],
				default: 'b2bOrder',
			},
			...broniboyOperationProperties,
			requestOptionsProperty(broniboyProfile),
		],
	};

	methods = { loadOptions: { getPlaces } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, broniboyProfile, broniboyResources);
	}
}
