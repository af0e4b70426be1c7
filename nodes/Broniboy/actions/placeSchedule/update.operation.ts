import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/execute/inputError';
import type { Operation } from '../../../shared/execute/router';
import { buildWeek, readWeek, WEEK_DAYS, type DayHours } from '../../helpers/weekSchedule';
import { broniboyRequest } from '../../transport';
import { placeField, requiredText } from '../fields';

const timeField = (displayName: string, name: string, fallback: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: fallback,
	placeholder: fallback,
	description,
});

const properties: INodeProperties[] = [
	placeField(),
	{ ...timeField('Opens At', 'opensAt', '10:00', 'When the place opens on a usual day (24-hour time, e.g. 09:30)'), required: true },
	{ ...timeField('Closes At', 'closesAt', '22:00', 'When the place closes on a usual day (24-hour time, e.g. 23:00)'), required: true },
	{
		displayName: 'Days With Other Hours',
		name: 'otherDays',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Day',
		default: {},
		description: 'Days of the week whose hours differ from the usual ones',
		options: [
			{
				displayName: 'Day',
				name: 'day',
				values: [
					{
						displayName: 'Day of the Week',
						name: 'day',
						type: 'options',
						options: WEEK_DAYS.map((day) => ({ name: day[0].toUpperCase() + day.slice(1), value: day })),
						default: 'saturday',
						description: 'The day these hours apply to',
					},
					timeField('Opens At', 'opensAt', '11:00', 'When the place opens on this day'),
					timeField('Closes At', 'closesAt', '23:00', 'When the place closes on this day'),
				],
			},
		],
	},
];

export const updateSchedule: Operation = {
	resend: 'safe',
	description: properties,
	async execute(this: IExecuteFunctions, itemIndex: number) {
		const placeId = requiredText(this, 'placeId', itemIndex, 'Place');
		const otherDays = ((this.getNodeParameter('otherDays', itemIndex, {}) as IDataObject).day ?? []) as unknown as DayHours[];
		let week: string[][];
		try {
			week = buildWeek(
				{ opensAt: String(this.getNodeParameter('opensAt', itemIndex)), closesAt: String(this.getNodeParameter('closesAt', itemIndex)) },
				otherDays,
			);
		} catch (error) {
			throw inputError(this, (error as Error).message, itemIndex);
		}
		const saved = await broniboyRequest.call(this, 'changeSchedule', { params: { place_id: placeId }, body: week }, itemIndex);
		return { place: placeId, ...readWeek(saved) };
	},
};
