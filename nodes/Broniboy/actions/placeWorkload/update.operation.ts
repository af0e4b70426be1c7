import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import type { Operation } from '../../../shared/execute/router';
import { WORKLOAD_STATE_OPTIONS } from '../../helpers/states';
import { broniboyRequest } from '../../transport';
import { placeField, requiredText } from '../fields';

const MIN_MINUTES = 30;
const MAX_MINUTES = 120;

const properties: INodeProperties[] = [
	placeField(),
	{
		displayName: 'Workload',
		name: 'state',
		type: 'options',
		options: WORKLOAD_STATE_OPTIONS,
		default: 'default',
		description: 'How busy the place is; Broniboy adjusts cooking time (and pickup times) to it',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Back to Default After (Minutes)',
				name: 'resetAfterMinutes',
				type: 'number',
				typeOptions: { minValue: MIN_MINUTES, maxValue: MAX_MINUTES },
				default: 60,
				description: `Return to the default workload after ${MIN_MINUTES}–${MAX_MINUTES} minutes. Leave unset to keep the new workload until the next day.`,
			},
		],
	},
];

export const updateWorkload: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const placeId = requiredText(this, 'placeId', itemIndex, 'Place');
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const body: IDataObject = { state: this.getNodeParameter('state', itemIndex) as string };
		if (options.resetAfterMinutes !== undefined && options.resetAfterMinutes !== null && options.resetAfterMinutes !== '') {
			const minutes = Number(options.resetAfterMinutes);
			if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
				throw inputError(
					this,
					`Back to Default After must be a whole number of minutes from ${MIN_MINUTES} to ${MAX_MINUTES} (got ${String(options.resetAfterMinutes)})`,
					itemIndex,
				);
			}
			body.reset_after_minutes = minutes;
		}
		const workload = (await broniboyRequest.call(this, 'changeWorkload', { params: { place_id: placeId }, body }, itemIndex)) as IDataObject;
		return { place: placeId, ...workload };
	},
};
