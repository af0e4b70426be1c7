import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import { readPickedDate } from '../../../shared/dates/pickedDate';
import type { Operation } from '../../../shared/execute/router';
import { earliestPickupTime } from '../../helpers/pickupTimes';
import { broniboyRequest } from '../../transport';
import { buildOrderBody, orderBodyProperties } from './orderBody';

const properties: INodeProperties[] = [
	...orderBodyProperties,
	{
		displayName: 'Pickup Time',
		name: 'pickupTimeMode',
		type: 'options',
		options: [
			{
				name: 'Earliest Available',
				value: 'earliest',
				description: 'Verify the order first and book the earliest pickup time Broniboy offers',
			},
			{ name: 'At a Time I Choose', value: 'given', description: 'Book the time you enter; it must be one Broniboy offers' },
		],
		default: 'earliest',
		description: 'When the courier picks the order up',
	},
	{
		displayName: 'Pickup At',
		name: 'pickupTime',
		type: 'dateTime',
		required: true,
		default: '',
		displayOptions: { show: { pickupTimeMode: ['given'] } },
		description: "One of the pickup times a Verify returned (in the workflow's time zone unless the value has its own)",
	},
];

function chosenTime(context: IExecuteFunctions, itemIndex: number): string {
	const value = String(context.getNodeParameter('pickupTime', itemIndex, '') ?? '').trim();
	const parsed = readPickedDate(value, context.getTimezone());
	if (!parsed) {
		throw inputError(context, `Pickup At must be a date and time (got "${value}")`, itemIndex);
	}
	return parsed.toISO({ suppressMilliseconds: true }) as string;
}

export const createOrder: Operation = {
	resend: 'unsafe',
	uncertain: {
		mayHave: 'Broniboy may have created this order (and called a courier)',
		check: 'check B2B Order → Get Many for an order with this pickup time and drop-off address',
	},
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		let pickupTime: string;
		if (this.getNodeParameter('pickupTimeMode', itemIndex) === 'earliest') {
			const verified = (await broniboyRequest.call(this, 'verifyOrder', { body: buildOrderBody(this, itemIndex), resend: 'safe' }, itemIndex)) as IDataObject;
			const earliest = earliestPickupTime(verified?.available_pickup_times);
			if (earliest === undefined) {
				throw inputError(this, 'Broniboy offered no pickup time for this order', itemIndex, 'Try again later, or check the place\'s schedule and workload (a paused place takes no orders).');
			}
			pickupTime = earliest;
		} else {
			pickupTime = chosenTime(this, itemIndex);
		}
		const body = buildOrderBody(this, itemIndex, pickupTime);
		return (await broniboyRequest.call(this, 'createOrder', { body }, itemIndex)) as IDataObject;
	},
};
